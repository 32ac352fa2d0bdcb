// MCP stdio transport that a hostile server cannot use against the scanner: no shell, own process
// group, the whole tree killed on close, bounded stdout lines/bytes and a bounded stderr tail.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { JSONRPCMessageSchema, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { trackChild, untrackChild } from "./cleanup.js";

export interface StdioServerParams {
  command: string;
  args: string[];
  /** The complete environment of the child; build it with minimalEnv(). */
  env: Record<string, string>;
  cwd?: string;
}

export interface StdioLimits {
  /** A single stdout line longer than this aborts the server. */
  maxLineBytes: number;
  /** All stdout bytes together; more aborts the server (endless junk). */
  maxTotalBytes: number;
  /** How much of stderr is kept (the tail). */
  stderrTailBytes: number;
  /** Time between SIGTERM and SIGKILL on close. */
  killGraceMs: number;
}

/** How long close() waits for a server to exit on its own after its input ends. */
const GRACEFUL_EXIT_MS = 50;

export const DEFAULT_STDIO_LIMITS: StdioLimits = {
  maxLineBytes: 16 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  stderrTailBytes: 8 * 1024,
  killGraceMs: 500,
};

export class GuardedStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private child?: ChildProcess;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private totalBytes = 0;
  private stderrTail = Buffer.alloc(0);
  private closed = false;
  private exitInfo?: { code: number | null; signal: NodeJS.Signals | null };
  /** Lines on stdout that were not JSON-RPC; reported as a warning. */
  invalidLines = 0;
  validMessages = 0;
  /** Why the transport gave up on its own (cap exceeded, spawn failure, early exit). */
  fatalError?: string;
  private readonly limits: StdioLimits;

  constructor(
    private readonly params: StdioServerParams,
    limits: Partial<StdioLimits> = {},
  ) {
    this.limits = { ...DEFAULT_STDIO_LIMITS, ...limits };
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The child's exit, once it happened (null while it runs). */
  get exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo;
  }

  /** Last bytes of the child's stderr, not yet redacted. */
  get stderr(): string {
    return this.stderrTail.toString("utf8");
  }

  start(): Promise<void> {
    if (this.child) throw new Error("GuardedStdioTransport already started");
    return new Promise((resolve, reject) => {
      let child: ChildProcess;
      try {
        child = spawn(this.params.command, this.params.args, {
          shell: false,
          // Own process group, so one kill reaches every descendant that did not leave it.
          detached: process.platform !== "win32",
          windowsHide: true,
          env: this.params.env,
          cwd: this.params.cwd,
          stdio: ["pipe", "pipe", "pipe"],
        });
      } catch (err) {
        reject(this.fail(spawnErrorText(this.params.command, err)));
        return;
      }
      this.child = child;
      child.once("spawn", () => {
        if (child.pid !== undefined) trackChild(child.pid, this);
        resolve();
      });
      child.once("error", (err) => {
        const message = spawnErrorText(this.params.command, err);
        if (!child.pid) reject(this.fail(message));
        else this.onerror?.(new Error(message));
      });
      child.once("exit", (code, signal) => {
        this.exitInfo = { code, signal };
        if (!this.closed) {
          this.fatalError ??= `server exited${code !== null ? ` with code ${code}` : ` on ${signal}`}`;
          // Let stdout that is already buffered arrive, but grandchildren may hold it open: never wait for EOF.
          const stdout = child.stdout;
          if (!stdout || stdout.readableEnded) void this.close();
          else {
            const timer = setTimeout(() => void this.close(), 100);
            stdout.once("end", () => {
              clearTimeout(timer);
              void this.close();
            });
          }
        }
      });
      child.stdout?.on("data", (chunk: Buffer) => this.onStdout(chunk));
      child.stderr?.on("data", (chunk: Buffer) => this.onStderr(chunk));
      // A child that stops reading stdin must not crash us with EPIPE.
      child.stdin?.on("error", () => undefined);
      child.stdout?.on("error", () => undefined);
      child.stderr?.on("error", () => undefined);
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || this.closed || !stdin.writable) {
        reject(new Error(this.fatalError ?? "server is not running"));
        return;
      }
      const data = JSON.stringify(message) + "\n";
      if (stdin.write(data)) resolve();
      else stdin.once("drain", resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    this.pending = [];
    if (child) {
      child.stdout?.removeAllListeners("data");
      child.stderr?.removeAllListeners("data");
      child.stdin?.destroy();
      child.stdout?.destroy();
      child.stderr?.destroy();
      if (child.pid !== undefined) {
        // A well-behaved server exits on end of input within milliseconds; give it that chance
        // before signalling, so a clean close costs no polling.
        if (this.exitInfo === undefined) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, GRACEFUL_EXIT_MS);
            child.once("exit", () => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        await killTree(child.pid, () => this.exitInfo !== undefined, this.limits.killGraceMs);
        untrackChild(child.pid);
      }
    }
    this.onclose?.();
  }

  private fail(message: string): Error {
    this.fatalError ??= message;
    return new Error(message);
  }

  private abort(message: string): void {
    this.fatalError ??= message;
    this.onerror?.(new Error(message));
    void this.close();
  }

  private onStdout(chunk: Buffer): void {
    if (this.closed) return;
    this.totalBytes += chunk.length;
    if (this.totalBytes > this.limits.maxTotalBytes) {
      this.abort(`server wrote more than ${formatBytes(this.limits.maxTotalBytes)} to stdout`);
      return;
    }
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      if (newline === -1) break;
      const piece = chunk.subarray(start, newline);
      const line = this.pendingBytes ? Buffer.concat([...this.pending, piece]) : piece;
      this.pending = [];
      this.pendingBytes = 0;
      start = newline + 1;
      if (line.length > this.limits.maxLineBytes) {
        this.abort(`server wrote a stdout line longer than ${formatBytes(this.limits.maxLineBytes)}`);
        return;
      }
      this.onLine(line);
      if (this.closed) return;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.pending.push(rest);
      this.pendingBytes += rest.length;
      if (this.pendingBytes > this.limits.maxLineBytes) {
        this.abort(`server wrote a stdout line longer than ${formatBytes(this.limits.maxLineBytes)}`);
      }
    }
  }

  private onLine(raw: Buffer): void {
    // Cheap rejection of junk: a flood of short non-JSON lines must not cost a thrown exception each.
    let first = 0;
    while (first < raw.length && (raw[first] === 32 || raw[first] === 9 || raw[first] === 13)) first++;
    if (first === raw.length) return;
    if (raw[first] !== 0x7b /* { */) {
      this.invalidLines++;
      return;
    }
    const text = raw.toString("utf8").replace(/\r$/, "");
    let message: JSONRPCMessage;
    try {
      message = JSONRPCMessageSchema.parse(JSON.parse(text));
    } catch {
      this.invalidLines++;
      return;
    }
    this.validMessages++;
    this.onmessage?.(message);
  }

  private onStderr(chunk: Buffer): void {
    const max = this.limits.stderrTailBytes;
    const joined = this.stderrTail.length + chunk.length > max * 2 ? Buffer.concat([this.stderrTail, chunk]).subarray(-max) : Buffer.concat([this.stderrTail, chunk]);
    this.stderrTail = joined.length > max ? joined.subarray(joined.length - max) : joined;
  }
}

function spawnErrorText(command: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `command not found: ${command}`;
  if (code === "EACCES") return `command not executable: ${command}`;
  const message = err instanceof Error ? err.message : String(err);
  return `could not start ${command}: ${message.split("\n")[0]}`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}

/**
 * Every process below `rootPid`. Linux reads /proc; elsewhere we rely on the process group alone.
 * Needed because a grandchild may start its own session (setsid) and leave our process group.
 */
export function descendantsOf(rootPid: number): number[] {
  if (process.platform !== "linux") return [];
  return descendantsViaTaskChildren(rootPid) ?? descendantsViaProcScan(rootPid);
}

/**
 * Walks /proc/PID/task/TID/children from the root: cost grows with the server's own tree, not with
 * every process on the machine. Undefined when the kernel does not offer the file (CONFIG_PROC_CHILDREN).
 */
function descendantsViaTaskChildren(rootPid: number): number[] | undefined {
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // ended while we looked
    }
    for (const tid of tasks) {
      let text: string;
      try {
        text = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT" && pid === rootPid && existsSync(`/proc/${pid}/task/${tid}`)) return undefined;
        continue;
      }
      for (const c of text.split(" ")) {
        const child = Number(c);
        if (c && Number.isInteger(child) && !out.includes(child)) {
          out.push(child);
          queue.push(child);
        }
      }
    }
  }
  return out;
}

function descendantsViaProcScan(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses; fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      /* process ended while we looked */
    }
  }
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const c of children.get(pid) ?? []) {
      if (!out.includes(c)) {
        out.push(c);
        queue.push(c);
      }
    }
  }
  return out;
}

function signalAll(pid: number, extra: number[], signal: NodeJS.Signals): void {
  if (process.platform === "win32") {
    // taskkill /T ends the tree; spawned directly, never through a shell.
    try {
      spawn("taskkill", ["/pid", String(pid), "/T", "/F"], { shell: false, windowsHide: true, stdio: "ignore" }).on("error", () => undefined);
    } catch {
      /* nothing more we can do */
    }
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    /* group already gone */
  }
  for (const p of extra) {
    try {
      process.kill(p, signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM the group and every known descendant, then SIGKILL whatever is left after the grace. */
export async function killTree(pid: number, hasExited: () => boolean, graceMs: number): Promise<void> {
  const descendants = descendantsOf(pid);
  signalAll(pid, descendants, "SIGTERM");
  const until = Date.now() + graceMs;
  while (Date.now() < until) {
    if (hasExited() && !groupAlive(pid) && descendants.every((p) => !alive(p))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  signalAll(pid, [...descendants, ...descendantsOf(pid)], "SIGKILL");
}

/** Synchronous last resort for process exit: no grace, no waiting. */
export function killTreeNow(pid: number): void {
  signalAll(pid, descendantsOf(pid), "SIGKILL");
}

function alive(pid: number): boolean {
  if (process.platform === "linux") {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // A zombie is dead; it only waits for its parent to collect it.
      return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function groupAlive(pgid: number): boolean {
  if (process.platform === "win32") return false;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

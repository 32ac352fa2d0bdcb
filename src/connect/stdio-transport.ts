// MCP stdio transport that a hostile server cannot use against the scanner: no shell, own process
// group, the whole tree killed on close, bounded stdout lines/bytes and a bounded stderr tail.
import type { ChildProcess } from "node:child_process";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { JSONRPCMessageSchema, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { untrackChild } from "./cleanup.js";
import { killTree } from "./process-tree.js";
import { spawnServer, type SpawnedServer, type StdioServerParams } from "./spawn.js";

export { descendantsOf } from "./process-tree.js";
export type { StdioServerParams } from "./spawn.js";

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

/** How long an exited server's buffered output may take to arrive; grandchildren may hold the pipes open. */
const EXIT_DRAIN_MS = 100;

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
    /** A child already started by prespawn() for these params; adopted instead of spawning again. */
    private prespawned?: SpawnedServer,
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
    const spawned = this.prespawned ?? spawnServer(this.params);
    this.prespawned = undefined;
    const child = spawned.child;
    if (!child) return spawned.ready.catch((err: unknown) => Promise.reject(this.fail(spawnErrorText(this.params.command, err))));
    this.child = child;
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      this.exitInfo = { code, signal };
      if (this.closed) return;
      this.fatalError ??= `server exited${code !== null ? ` with code ${code}` : ` on ${signal}`}`;
      // Let output that is already buffered arrive (the last stderr lines say why it exited).
      void outputDrained(child, EXIT_DRAIN_MS).then(() => this.close());
    };
    // Take over the streams in one synchronous step, so no chunk falls between the two listeners.
    spawned.release();
    for (const chunk of spawned.early.stderr) this.onStderr(chunk);
    child.stderr?.on("data", (chunk: Buffer) => this.onStderr(chunk));
    // A server has nothing to say before initialize; early stdout still counts towards the caps and junk.
    for (const chunk of spawned.early.stdout) this.onStdout(chunk);
    child.stdout?.on("data", (chunk: Buffer) => this.onStdout(chunk));
    return spawned.ready.then(
      () => {
        child.on("error", (err) => this.onerror?.(new Error(spawnErrorText(this.params.command, err))));
        if (!spawned.exit) {
          child.once("exit", onExit);
          return;
        }
        // A prespawned server exited before we attached: read what it left before anyone closes us.
        const { code, signal } = spawned.exit;
        return outputDrained(child, EXIT_DRAIN_MS).then(() => onExit(code, signal));
      },
      (err: unknown) => {
        throw this.fail(spawnErrorText(this.params.command, err));
      },
    );
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

/** Resolves when stdout and stderr have ended, or after `ms`: never waits for EOF that may not come. */
function outputDrained(child: ChildProcess, ms: number): Promise<void> {
  const open = [child.stdout, child.stderr].filter((s): s is NonNullable<typeof s> => s !== null && !s.readableEnded);
  if (open.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    let ended = 0;
    for (const stream of open) {
      stream.once("end", () => {
        if (++ended < open.length) return;
        clearTimeout(timer);
        resolve();
      });
    }
  });
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


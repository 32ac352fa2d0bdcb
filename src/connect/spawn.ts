// Starts a stdio server process: no shell, own process group, tracked for cleanup. Deliberately free of
// SDK imports, so servers can start while the SDK is still loading (they take longer to boot than it does).
import { spawn, type ChildProcess } from "node:child_process";
import type { ServerEntry } from "../model.js";
import { trackChild } from "./cleanup.js";
import { minimalEnv } from "./env.js";

export interface StdioServerParams {
  command: string;
  args: string[];
  /** The complete environment of the child; build it with minimalEnv(). */
  env: Record<string, string>;
  cwd?: string;
}

/** A started child with its early events recorded, so none is lost before a transport adopts it. */
export interface SpawnedServer {
  /** Absent when spawn() itself threw (e.g. a NUL byte in an argument); `ready` then rejects. */
  child?: ChildProcess;
  /** Resolves once the process runs; rejects when it could not be started (ENOENT, EACCES). */
  ready: Promise<void>;
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  /**
   * Output that arrived before a transport adopted the child. Node discards the output of pipes nobody
   * listens to when a child exits, and the stderr of a server that dies at once says why.
   */
  early: { stdout: Buffer[]; stderr: Buffer[]; bytes: number };
  /** Stops collecting early output; the adopter then owns the streams. */
  release(): void;
}

/** Early output kept per server; a server says nothing on stdout before initialize anyway. */
const EARLY_OUTPUT_BYTES = 1024 * 1024;

export function stdioParamsOf(entry: ServerEntry): StdioServerParams {
  return { command: entry.command ?? "", args: entry.args, env: minimalEnv(entry.env), cwd: entry.cwd };
}

export function spawnServer(params: StdioServerParams): SpawnedServer {
  let child: ChildProcess;
  try {
    child = spawn(params.command, params.args, {
      shell: false,
      // Own process group, so one kill reaches every descendant that did not leave it.
      detached: process.platform !== "win32",
      windowsHide: true,
      env: params.env,
      cwd: params.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (err) {
    const failed = Promise.reject(err);
    failed.catch(() => undefined);
    return { ready: failed, early: { stdout: [], stderr: [], bytes: 0 }, release: () => undefined };
  }
  const early = { stdout: [] as Buffer[], stderr: [] as Buffer[], bytes: 0 };
  const keep = (into: Buffer[]) => (chunk: Buffer) => {
    if (early.bytes + chunk.length > EARLY_OUTPUT_BYTES) return;
    early.bytes += chunk.length;
    into.push(chunk);
  };
  const onStdout = keep(early.stdout);
  const onStderr = keep(early.stderr);
  child.stdout?.on("data", onStdout);
  child.stderr?.on("data", onStderr);
  const spawned: SpawnedServer = {
    child,
    early,
    release: () => {
      child.stdout?.off("data", onStdout);
      child.stderr?.off("data", onStderr);
    },
    ready: new Promise<void>((resolve, reject) => {
      child.once("spawn", () => resolve());
      child.once("error", (err) => {
        if (child.pid === undefined) reject(err);
      });
    }),
  };
  spawned.ready.catch(() => undefined);
  // The pid exists as soon as spawn() returns: track it at once, so an exit in between still ends the child.
  if (child.pid !== undefined) trackChild(child.pid, spawned);
  // Always listening: an 'error' without a listener would crash the scanner.
  child.on("error", () => undefined);
  child.once("exit", (code, signal) => {
    spawned.exit = { code, signal };
  });
  // A child that stops reading stdin must not crash us with EPIPE.
  child.stdin?.on("error", () => undefined);
  child.stdout?.on("error", () => undefined);
  child.stderr?.on("error", () => undefined);
  return spawned;
}

/**
 * Starts up to `limit` stdio servers of `entries` right away, before the SDK is loaded.
 * connectAll() adopts them; anything not adopted is ended at exit like every tracked child.
 */
export function prespawn(entries: ServerEntry[], limit: number): Map<ServerEntry, SpawnedServer> {
  const out = new Map<ServerEntry, SpawnedServer>();
  for (const entry of entries) {
    if (out.size >= limit) break;
    if (entry.transport !== "stdio" || entry.disabled || entry.skipReason || !entry.command) continue;
    out.set(entry, spawnServer(stdioParamsOf(entry)));
  }
  return out;
}

// Starts the guard as a real process for tests, with the SDK client on stdin/stdout.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { expect } from "@jest/globals";
import { BIN, NODE, ROOT, tempDir } from "../helpers/cli.js";

// Until the CLI has a `guard` command, the same flags go through a launcher of the built runGuard.
const cliHasGuard = /\bguard\b/.test(spawnSync(NODE, [BIN, "--help"], { encoding: "utf8" }).stdout ?? "");
export const GUARD = cliHasGuard ? [BIN, "guard"] : [join(ROOT, "test", "guard", "run-guard.mjs")];

export interface Guarded {
  client: Client;
  stderr: () => string;
  exit: Promise<number | null>;
}

export function guardArgs(flags: string[], server: string[]): string[] {
  return [...GUARD, ...flags, "--", NODE, ...server];
}

const open = new Set<Client>();

/** Closes every client a test left open (a failed assertion skips its close), so a failure cannot hang the run. */
export async function closeAll(): Promise<void> {
  await Promise.all([...open].map((c) => c.close().catch(() => undefined)));
  open.clear();
}

export async function connect(server: string[], flags: string[] = [], env: Record<string, string> = {}): Promise<Guarded> {
  const home = tempDir();
  const transport = new StdioClientTransport({
    command: NODE,
    args: guardArgs(flags, server),
    env: { PATH: process.env.PATH ?? "", HOME: home, XDG_STATE_HOME: join(home, "state"), ...env },
    cwd: home,
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const client = new Client({ name: "guard-test", version: "1.0.0" });
  await client.connect(transport);
  open.add(client);
  return { client, stderr: () => stderr, exit: exitOf(transport) };
}

/** The transport keeps its process private; its exit event carries the guard's exit code. */
function exitOf(transport: StdioClientTransport): Promise<number | null> {
  const proc = (transport as unknown as { _process?: { exitCode: number | null; once: (e: string, cb: (code: number | null) => void) => void } })._process;
  if (!proc) return Promise.resolve(null);
  if (proc.exitCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve) => proc.once("exit", resolve));
}

/** Pins a stdio server the way the scanner does (connect, then build its lock entry) into a new lockfile. */
export async function pinServer(lockfile: string, name: string, args: string[]): Promise<void> {
  const { connectOne } = await import(join(ROOT, "dist", "connect", "index.js"));
  const { buildLockEntry, writeLockfile, emptyLockfile } = await import(join(ROOT, "dist", "lock", "index.js"));
  const entry = {
    name, client: "test", configPath: join(dirname(lockfile), "mcp.json"), inventoryId: "test", scope: "project", transport: "stdio",
    transportGuessed: false, command: NODE, args, env: {}, headers: {}, disabled: false,
  };
  const scanned = await connectOne(entry, { timeoutMs: 10_000 });
  expect(scanned.status).toBe("ok");
  const lock = emptyLockfile();
  const pinned = buildLockEntry(scanned);
  lock.servers[pinned.key] = pinned.entry;
  await writeLockfile(lockfile, lock);
}

// Starts real servers for flow tests: the reference filesystem and memory servers and the flow-* fixtures.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { connectOne } from "../../src/connect/index.js";
import { ServerEntry, type Inventory, type ScannedServer } from "../../src/model.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function entry(name: string, script: string, args: string[] = []): ServerEntry {
  return ServerEntry.parse({
    name,
    client: "test",
    configPath: "/test/mcp.json",
    inventoryId: "/test/mcp.json",
    scope: "input",
    transport: "stdio",
    command: process.execPath,
    args: [script, ...args],
  });
}

export interface RealServers {
  filesystem: ScannedServer;
  memory: ScannedServer;
  web: ScannedServer;
  mail: ScannedServer;
  db: ScannedServer;
  cleanup(): void;
}

export async function startRealServers(): Promise<RealServers> {
  const dir = mkdtempSync(join(tmpdir(), "flow-fs-"));
  const memoryFile = join(dir, "memory.jsonl");
  const pkg = (name: string) => join(ROOT, "node_modules", "@modelcontextprotocol", name, "dist", "index.js");
  const fixture = (name: string) => join(ROOT, "fixtures", "servers", name);
  const memoryEntry = { ...entry("memory", pkg("server-memory")), env: { MEMORY_FILE_PATH: memoryFile } };
  const [filesystem, memory, web, mail, db] = await Promise.all([
    connectOne(entry("filesystem", pkg("server-filesystem"), [dir]), { timeoutMs: 15_000 }),
    connectOne(memoryEntry, { timeoutMs: 15_000 }),
    connectOne(entry("web", fixture("flow-web.mjs")), { timeoutMs: 15_000 }),
    connectOne(entry("mail", fixture("flow-mail.mjs")), { timeoutMs: 15_000 }),
    connectOne(entry("db", fixture("flow-db.mjs")), { timeoutMs: 15_000 }),
  ]);
  for (const s of [filesystem!, memory!, web!, mail!, db!]) {
    if (s.status !== "ok") throw new Error(`${s.entry.name}: ${s.error ?? s.status}`);
  }
  return { filesystem: filesystem!, memory: memory!, web: web!, mail: mail!, db: db!, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function inventoryOf(...servers: ScannedServer[]): Inventory {
  return { id: "/test/mcp.json", client: "test", configPath: "/test/mcp.json", servers };
}

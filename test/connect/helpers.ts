// Shared helpers for connect tests: entries for fixture servers and a check that nothing survived.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ServerEntry } from "../../src/model.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = path.join(ROOT, "fixtures/servers");

export function stdioEntry(name: string, command: string, args: string[], extra: Partial<ServerEntry> = {}): ServerEntry {
  return ServerEntry.parse({
    name,
    client: "test",
    configPath: "/test/config.json",
    inventoryId: "test",
    scope: "target",
    transport: "stdio",
    command,
    args,
    ...extra,
  });
}

export function fixtureEntry(file: string, args: string[] = [], extra: Partial<ServerEntry> = {}): ServerEntry {
  return stdioEntry(file.replace(/\.mjs$/, ""), process.execPath, [path.join(FIXTURES, file), ...args], extra);
}

export function urlEntry(name: string, url: string, extra: Partial<ServerEntry> = {}): ServerEntry {
  return ServerEntry.parse({ name, client: "test", configPath: "/test/config.json", inventoryId: "test", scope: "target", transport: "http", url, ...extra });
}

/** Live (non-zombie) processes whose environment holds `marker`; Linux only (reads /proc). */
export function processesWithMarker(marker: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2)[0] === "Z") continue;
      if (readFileSync(`/proc/${name}/environ`, "latin1").includes(marker)) found.push(Number(name));
    } catch {
      /* gone, or not ours */
    }
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

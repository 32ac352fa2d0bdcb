// Temp HOME directories built from fixtures/configs/<client>, and a discover() call as the CLI makes it on Linux.
import { cp, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { discover } from "../../src/discover/index.js";
import type { Discovery, ServerEntry } from "../../src/model.js";

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/configs");

const made: string[] = [];
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "mcp-shield-discover-"));
  made.push(dir);
  return dir;
}
export async function cleanup(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A fresh HOME holding exactly the given clients' fixture files at their real relative paths. */
export async function homeWith(...clients: string[]): Promise<string> {
  const home = await tempDir();
  for (const c of clients) await cp(path.join(FIXTURES, c), home, { recursive: true });
  return home;
}

export async function writeAt(root: string, rel: string, content: string | Buffer): Promise<string> {
  const file = path.join(root, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

export async function discoverIn(home: string, opts: { targets?: string[]; cwd?: string; env?: Record<string, string> } = {}): Promise<Discovery> {
  return discover({
    targets: opts.targets ?? [],
    home,
    cwd: opts.cwd ?? (await tempDir()),
    platform: "linux",
    env: opts.env ?? {},
  });
}

export function byName(d: Discovery, name: string): ServerEntry {
  const found = d.entries.filter((e) => e.name === name);
  if (found.length !== 1) throw new Error(`expected one entry named ${name}, found ${found.length}: ${d.entries.map((e) => e.name).join(", ")}`);
  return found[0]!;
}

// `pin --prune` end to end through the built CLI with real fixture servers: what is dropped, and what must never be.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const bin = path.resolve("bin/mcp-shield-scan.js");
const clean = path.resolve("fixtures/servers/clean.mjs");
let dir: string;
let elsewhere: string;
let lockfile: string;

interface PinJson {
  lockfile: { path: string; written: boolean };
  pinned: string[];
  unchanged: string[];
  pruned?: { server: string; key: string; configs: { path: string; reason: string }[] }[];
}

function pin(configs: string[], extra: string[] = []): { code: number | null; json?: PinJson; stderr: string } {
  const run = spawnSync(process.execPath, [bin, "pin", ...configs, "--lockfile", lockfile, "--json", "--timeout", "20", ...extra], {
    encoding: "utf8",
    env: { ...process.env, XDG_STATE_HOME: path.join(dir, "state-home"), HOME: dir, NO_COLOR: "1" },
    timeout: 60000,
  });
  let json: PinJson | undefined;
  try {
    json = JSON.parse(run.stdout) as PinJson;
  } catch {
    if (run.status !== 2) throw new Error(`pin exited ${run.status} without JSON: ${run.stderr.slice(0, 800)}`);
  }
  return { code: run.status, json, stderr: run.stderr };
}

function scan(configs: string[]): number | null {
  const run = spawnSync(process.execPath, [bin, "scan", ...configs, "--lockfile", lockfile, "--json", "--timeout", "20"], {
    encoding: "utf8",
    env: { ...process.env, XDG_STATE_HOME: path.join(dir, "state-home"), HOME: dir, NO_COLOR: "1" },
    timeout: 60000,
  });
  return run.status;
}

/** A config listing each named server; `script` lets a test make one server fail later under the same launch. */
function writeConfig(file: string, servers: Record<string, string>): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const mcpServers = Object.fromEntries(Object.entries(servers).map(([name, script]) => [name, { command: process.execPath, args: [script] }]));
  writeFileSync(file, JSON.stringify({ mcpServers }));
  return file;
}

function lockedNames(): string[] {
  const lock = JSON.parse(readFileSync(lockfile, "utf8")) as { servers: Record<string, { name: string }> };
  return Object.values(lock.servers)
    .map((s) => s.name)
    .sort();
}

function prunedSummary(json: PinJson | undefined): string[] {
  return (json?.pruned ?? []).map((p) => `${p.server} ${p.configs.map((c) => `${c.path} ${c.reason}`).join(",")}`).sort();
}

beforeAll(() => {
  if (!existsSync(path.resolve("dist/cli.js"))) throw new Error("build first: npx tsc -p tsconfig.build.json");
});
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mcp-prune-"));
  elsewhere = mkdtempSync(path.join(os.tmpdir(), "mcp-prune-other-"));
  lockfile = path.join(dir, "mcp-shield.lock.json");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

describe("pin --prune", () => {
  it("drops a server removed from a config it read, and only with --prune", () => {
    const config = writeConfig(path.join(dir, "proj", ".mcp.json"), { alpha: clean, beta: clean });
    expect(pin([config]).code).toBe(0);
    expect(lockedNames()).toEqual(["alpha", "beta"]);

    writeConfig(config, { alpha: clean });
    const plain = pin([config]);
    expect(plain.code).toBe(0);
    expect(plain.json?.pruned).toBeUndefined();
    expect(lockedNames()).toEqual(["alpha", "beta"]);

    const pruned = pin([config], ["--prune"]);
    expect(pruned.code).toBe(0);
    expect(prunedSummary(pruned.json)).toEqual([`beta ${config} not-listed`]);
    expect(pruned.json?.lockfile.written).toBe(true);
    expect(pruned.stderr).toContain(`pruned: beta (${config}: no longer listed)`);
    // Only pruning changed the file: the summary says so instead of "pinned: 0".
    expect(pruned.json?.pinned).toEqual([]);
    expect(pruned.json?.unchanged.map((k) => k.split(" ")[0])).toEqual(["alpha"]);
    expect(pruned.stderr).toContain(`pinned 0 server(s), 1 already pinned and unchanged, pruned 1; ${lockfile} updated`);
    expect(lockedNames()).toEqual(["alpha"]);

    // Nothing left to prune: nothing written.
    const again = pin([config], ["--prune"]);
    expect(again.json?.pruned).toEqual([]);
    expect(again.json?.lockfile.written).toBe(false);
    expect(again.stderr).toContain(`pinned 0 server(s), 1 already pinned and unchanged, pruned 0; ${lockfile} not changed`);
  });

  it("a renamed server: the new name is pinned and the old one pruned", () => {
    const config = writeConfig(path.join(dir, ".mcp.json"), { old: clean });
    expect(pin([config]).code).toBe(0);
    writeConfig(config, { renamed: clean });
    const out = pin([config], ["--prune"]);
    expect(out.code).toBe(0);
    expect(out.json?.pinned.map((k) => k.split(" ")[0])).toEqual(["renamed"]);
    expect(prunedSummary(out.json)).toEqual([`old ${config} not-listed`]);
    expect(lockedNames()).toEqual(["renamed"]);
  });

  it("a deleted config file's entries are pruned; an existing config this scan did not read is kept", () => {
    const here = writeConfig(path.join(dir, "proj", ".mcp.json"), { alpha: clean });
    const gone = writeConfig(path.join(elsewhere, "gone", ".mcp.json"), { beta: clean });
    const unscanned = writeConfig(path.join(elsewhere, "kept", ".mcp.json"), { gamma: clean });
    expect(pin([here, gone, unscanned]).code).toBe(0);
    expect(lockedNames()).toEqual(["alpha", "beta", "gamma"]);

    const stored = JSON.parse(readFileSync(lockfile, "utf8")) as { servers: Record<string, { name: string; configs?: string[] }> };
    const configsOf = (name: string) => Object.values(stored.servers).find((s) => s.name === name)?.configs;
    expect(configsOf("alpha")).toEqual(["proj/.mcp.json"]); // inside the lockfile's directory: relative
    expect(configsOf("beta")).toEqual([gone]);

    rmSync(path.dirname(gone), { recursive: true });
    const out = pin([here], ["--prune"]);
    expect(out.code).toBe(0);
    expect(prunedSummary(out.json)).toEqual([`beta ${gone} config-gone`]);
    expect(out.stderr).toContain("config file gone");
    expect(lockedNames()).toEqual(["alpha", "gamma"]);
  });

  it("an entry another config still lists (recorded by scan) loses that config only, and is kept", () => {
    const a = writeConfig(path.join(dir, "a", ".mcp.json"), { shared: clean, solo: clean });
    const b = writeConfig(path.join(elsewhere, ".mcp.json"), { shared: clean });
    expect(pin([a]).code).toBe(0);
    expect(scan([b])).toBe(0); // same name and launch: scan records b for the existing entry
    writeConfig(a, { solo: clean });
    const out = pin([a], ["--prune"]);
    expect(prunedSummary(out.json)).toEqual([]);
    const stored = JSON.parse(readFileSync(lockfile, "utf8")) as { servers: Record<string, { name: string; configs?: string[] }> };
    expect(Object.values(stored.servers).find((s) => s.name === "shared")?.configs).toEqual([b]);
  });

  it("a server that fails to start is kept, its entry untouched", () => {
    const script = path.join(dir, "flaky.mjs");
    writeFileSync(script, `import ${JSON.stringify(clean)};\n`);
    const config = writeConfig(path.join(dir, ".mcp.json"), { steady: clean, flaky: script });
    expect(pin([config]).code).toBe(0);
    const entryBefore = JSON.stringify((JSON.parse(readFileSync(lockfile, "utf8")) as { servers: Record<string, { name: string }> }).servers);

    writeFileSync(script, 'process.stderr.write("down for maintenance\\n");\nprocess.exit(3);\n');
    const out = pin([config], ["--prune"]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain("not pinned: flaky");
    expect(out.json?.pruned).toEqual([]);
    expect(JSON.stringify((JSON.parse(readFileSync(lockfile, "utf8")) as { servers: unknown }).servers)).toBe(entryBefore);
  });

  it("with --server, nothing outside the named servers is pruned; a name only the lockfile knows may be named", () => {
    const config = writeConfig(path.join(dir, ".mcp.json"), { alpha: clean, beta: clean });
    expect(pin([config]).code).toBe(0);
    writeConfig(config, { gamma: clean });

    const one = pin([config], ["--prune", "--server", "gamma"]);
    expect(one.code).toBe(0);
    expect(one.json?.pruned).toEqual([]);
    expect(lockedNames()).toEqual(["alpha", "beta", "gamma"]);

    const named = pin([config], ["--prune", "--server", "alpha"]);
    expect(named.code).toBe(0);
    expect(prunedSummary(named.json)).toEqual([`alpha ${config} not-listed`]);
    expect(lockedNames()).toEqual(["beta", "gamma"]);

    const unknown = pin([config], ["--prune", "--server", "nobody"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no scanned server named nobody");
    expect(lockedNames()).toEqual(["beta", "gamma"]);
  });

  it("a config that fails to parse does not count as read: its entries are kept", () => {
    const config = writeConfig(path.join(dir, ".mcp.json"), { alpha: clean });
    const other = writeConfig(path.join(dir, "b", ".mcp.json"), { beta: clean });
    expect(pin([config, other]).code).toBe(0);
    writeFileSync(other, '{"mcpServers": {');
    const out = pin([config, other], ["--prune"]);
    expect(out.json?.pruned).toEqual([]);
    expect(lockedNames()).toEqual(["alpha", "beta"]);
  });

  it("entries that record no config file are kept and counted", () => {
    const config = writeConfig(path.join(dir, ".mcp.json"), { alpha: clean });
    expect(pin([config]).code).toBe(0);
    // As written before config files were recorded.
    const lock = JSON.parse(readFileSync(lockfile, "utf8")) as { servers: Record<string, { configs?: string[] }> };
    for (const entry of Object.values(lock.servers)) delete entry.configs;
    writeFileSync(lockfile, JSON.stringify(lock));
    writeConfig(config, { other: clean });
    const out = pin([config], ["--prune"]);
    expect(out.json?.pruned).toEqual([]);
    expect(out.stderr).toContain("kept 1 entry(ies) that record no config file");
    expect(lockedNames()).toEqual(["alpha", "other"]);
  });

  it("a pruned server's name is printed without the control characters the config holds", () => {
    const hostile = "evil\u001b]0;owned\u0007\u001b[2J";
    const config = writeConfig(path.join(dir, ".mcp.json"), { [hostile]: clean, plain: clean });
    expect(pin([config]).code).toBe(0);
    writeConfig(config, { plain: clean });
    const out = pin([config], ["--prune"]);
    expect(out.json?.pruned?.map((p) => p.server)).toEqual([hostile]);
    expect(out.stderr).toContain("pruned: evil");
    expect(out.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("an unreadable lockfile is exit 2 naming it, and is left untouched", () => {
    const config = writeConfig(path.join(dir, ".mcp.json"), { alpha: clean });
    const junk = '{"lockfileVersion": 1, "servers": {"x": ';
    writeFileSync(lockfile, junk);
    const out = pin([config], ["--prune"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(lockfile);
    expect(readFileSync(lockfile, "utf8")).toBe(junk);
  });
});

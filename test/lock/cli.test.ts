// End to end through the built CLI: scan (trust on first use) -> change the server -> scan -> pin -> scan.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const bin = path.resolve("bin/mcp-shield-scan.js");
const fixture = path.resolve("fixtures/servers/mutating.mjs");
const LOCK_RULES = new Set(["rug-pull", "new-entity", "removed-entity", "renamed-entity", "server-version-changed"]);
let dir: string;
let config: string;
let lockfile: string;

interface Outcome {
  code: number | null;
  report: { findings: { ruleId: string; severity: string; entity: { name: string }; diff?: unknown }[]; lockfile?: { path: string; written: boolean } };
  stderr: string;
}

function cli(command: "scan" | "pin", variant: string, extra: string[] = []): Outcome {
  writeFileSync(path.join(dir, "state"), variant);
  const run = spawnSync(process.execPath, [bin, command, config, "--lockfile", lockfile, "--json", "--timeout", "20", ...extra], {
    encoding: "utf8",
    env: { ...process.env, XDG_STATE_HOME: path.join(dir, "state-home"), NO_COLOR: "1" },
    timeout: 60000,
  });
  let report: Outcome["report"] = { findings: [] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    // Only a usage error (exit 2) prints no report; anything else should fail loudly with its stderr.
    if (run.status !== 2) throw new Error(`${command} ${variant} exited ${run.status} (${run.signal ?? "no signal"}) without a report: ${run.stderr.slice(0, 800)}`);
  }
  return { code: run.status, report, stderr: run.stderr };
}

const lockFindings = (o: Outcome) => o.report.findings.filter((f) => LOCK_RULES.has(f.ruleId)).map((f) => `${f.ruleId} ${f.severity} ${f.entity.name}`).sort();

beforeAll(() => {
  if (!existsSync(path.resolve("dist/cli.js"))) throw new Error("build first: npx tsc -p tsconfig.build.json");
  dir = mkdtempSync(path.join(os.tmpdir(), "mcp-lockcli-"));
  config = path.join(dir, ".mcp.json");
  lockfile = path.join(dir, "mcp-shield.lock.json");
  writeFileSync(config, JSON.stringify({ mcpServers: { mutating: { command: process.execPath, args: [fixture, "--state", path.join(dir, "state")] } } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lockfile through the CLI", () => {
  it("--frozen-lockfile reports an unpinned server as medium and writes nothing", () => {
    const out = cli("scan", "v1", ["--frozen-lockfile"]);
    expect(lockFindings(out)).toEqual(["new-entity medium mutating"]);
    expect(out.report.lockfile?.written).toBe(false);
    expect(existsSync(lockfile)).toBe(false);
  });

  it("first scan trusts the server and writes the lockfile", () => {
    const out = cli("scan", "v1");
    expect(out.code).toBe(0);
    expect(lockFindings(out)).toEqual([]);
    expect(out.report.lockfile).toEqual({ path: lockfile, written: true });
    expect(Object.keys(JSON.parse(readFileSync(lockfile, "utf8")).servers)).toHaveLength(1);
  });

  it("a changed description is a rug pull on every scan until pinned, and scan does not touch the file", () => {
    const before = readFileSync(lockfile, "utf8");
    for (let i = 0; i < 2; i++) {
      const out = cli("scan", "v2");
      expect(out.code).toBe(1);
      expect(lockFindings(out)).toEqual(["rug-pull high add"]);
      expect(JSON.stringify(out.report.findings.find((f) => f.ruleId === "rug-pull")?.diff)).toContain("Adds two numbers and returns the sum.");
    }
    expect(readFileSync(lockfile, "utf8")).toBe(before);
    const pin = cli("pin", "v2", ["--server", "mutating"]);
    expect(pin.code).toBe(0);
    expect(readFileSync(lockfile, "utf8")).not.toBe(before);
    expect(lockFindings(cli("scan", "v2"))).toEqual([]);
  });

  it("schema change, rename and added tool against a fresh v1 pin", () => {
    expect(cli("pin", "v1").code).toBe(0);
    expect(lockFindings(cli("scan", "v3"))).toEqual(["rug-pull high add"]);
    expect(lockFindings(cli("scan", "v4"))).toEqual(["renamed-entity low repeat"]);
    expect(lockFindings(cli("scan", "v5", ["--frozen-lockfile", "--fail-on", "medium"]))).toEqual(["new-entity medium read_file"]);
  });

  it("a corrupt lockfile is exit 2 with the file named, and is never overwritten", () => {
    writeFileSync(lockfile, '{"lockfileVersion": 1, "servers": ');
    for (const command of ["scan", "pin"] as const) {
      const out = cli(command, "v1");
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(lockfile);
      expect(readFileSync(lockfile, "utf8")).toBe('{"lockfileVersion": 1, "servers": ');
    }
  });
});

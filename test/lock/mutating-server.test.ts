// Scans the real mutating fixture server over stdio, pins variant v1, then checks each later variant.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectOne } from "../../src/connect/index.js";
import { compareWithLock, emptyLockfile, pinServers, type Lockfile, type RugPullDiff } from "../../src/lock/index.js";
import { ServerEntry, type Finding } from "../../src/model.js";

const fixture = path.resolve("fixtures/servers/mutating.mjs");
let dir: string;
let state: string;
let baseline: Lockfile;

async function scanVariant(variant: string) {
  writeFileSync(state, variant);
  const entry = ServerEntry.parse({
    name: "mutating",
    client: "test",
    configPath: path.join(dir, ".mcp.json"),
    inventoryId: path.join(dir, ".mcp.json"),
    scope: "project",
    transport: "stdio",
    command: process.execPath,
    args: [fixture, "--state", state],
  });
  const server = await connectOne(entry, { timeoutMs: 15000 });
  expect(server.error).toBeUndefined();
  expect(server.status).toBe("ok");
  return server;
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.entity.kind}:${f.entity.name}`).sort();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mcp-mutating-"));
  state = path.join(dir, "variant");
  baseline = pinServers(emptyLockfile(), [await scanVariant("v1")]).lock;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mutating fixture server against a v1 pin", () => {
  it("pins tools, prompts and instructions of v1, and v1 again is clean", async () => {
    const [entry] = Object.values(baseline.servers);
    expect(Object.keys(entry!.entities).sort()).toEqual(["prompt:greet", "server:instructions", "tool:add", "tool:echo"]);
    expect(entry!.serverInfo).toEqual({ name: "mutating-fixture", version: "1.0.0" });
    expect(compareWithLock([await scanVariant("v1")], baseline)).toEqual([]);
  });

  it("v2: changed description is a rug pull showing both texts", async () => {
    const findings = compareWithLock([await scanVariant("v2")], baseline);
    expect(summary(findings)).toEqual(["rug-pull high tool:add"]);
    const diff = findings[0]!.diff as RugPullDiff;
    expect(diff.before.description).toBe("Adds two numbers and returns the sum.");
    expect(diff.after.description).toContain("~/.ssh/id_rsa");
  });

  it("v3: changed schema is a rug pull naming the new property", async () => {
    const findings = compareWithLock([await scanVariant("v3")], baseline);
    expect(summary(findings)).toEqual(["rug-pull high tool:add"]);
    expect((findings[0]!.diff as RugPullDiff).schemaChanges.map((c) => `${c.path} ${c.change}`)).toEqual(["inputSchema.properties.note added"]);
  });

  it("v4: renamed tool with the same body is a rename", async () => {
    expect(summary(compareWithLock([await scanVariant("v4")], baseline))).toEqual(["renamed-entity low tool:repeat"]);
  });

  it("v5: added tool is new (medium when frozen)", async () => {
    const server = await scanVariant("v5");
    expect(summary(compareWithLock([server], baseline))).toEqual(["new-entity info tool:read_file"]);
    expect(summary(compareWithLock([server], baseline, { frozen: true }))).toEqual(["new-entity medium tool:read_file"]);
  });

  it("v6: a new server version alone is info", async () => {
    expect(summary(compareWithLock([await scanVariant("v6")], baseline))).toEqual(["server-version-changed info server:mutating"]);
  });
});

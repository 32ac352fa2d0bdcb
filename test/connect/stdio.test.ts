// The guarded stdio transport on its own: caps, minimal environment, verbatim arguments, and reuse of
// one child for metadata collection followed by ordinary calls (as the pre-start guard needs).
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { collectMetadata, connectOne, Deadline, GuardedStdioTransport, minimalEnv } from "../../src/connect/index.js";
import { FIXTURES, fixtureEntry, isAlive } from "./helpers.js";

test("one endless stdout line aborts the server at the line cap", async () => {
  const r = await connectOne(fixtureEntry("junk-stdout.mjs", ["endless"]), { timeoutMs: 10_000, stdioLimits: { maxLineBytes: 1024 * 1024 } });
  expect(r).toMatchObject({ status: "error", error: "server wrote a stdout line longer than 1 MB during initialize" });
});

test("endless junk lines abort the server at the total cap, with the junk counted", async () => {
  const r = await connectOne(fixtureEntry("junk-stdout.mjs", ["endless-lines"]), { timeoutMs: 10_000, stdioLimits: { maxTotalBytes: 8 * 1024 * 1024 } });
  expect(r).toMatchObject({ status: "error", error: "server wrote more than 8 MB to stdout during initialize" });
  expect(r.warnings.some((w) => /^stdout: ignored \d+ lines that were not JSON-RPC$/.test(w))).toBe(true);
});

describe("what a stdio server is started with", () => {
  const canary = "MCP_SHIELD_CANARY_VARIABLE";
  let tmp = "";
  beforeAll(() => {
    process.env[canary] = "scanner-only-secret-value";
    tmp = mkdtempSync(path.join(tmpdir(), "connect-cwd-"));
  });
  afterAll(() => {
    delete process.env[canary];
    rmSync(tmp, { recursive: true, force: true });
  });

  test("minimal environment plus its own env, its cwd, and shell metacharacters verbatim", async () => {
    const tricky = ["$(touch pwned)", "; rm -rf /", "a | b && c", "`id`", "*", "quote's \"here\""];
    const r = await connectOne(fixtureEntry("env-report.mjs", tricky, { env: { OWN_SETTING: "value" }, cwd: tmp }), { timeoutMs: 10_000 });
    expect(r.status).toBe("ok");
    const report = JSON.parse(r.tools[0]!.description!) as { argv: string[]; cwd: string; envKeys: string[] };
    expect(report.argv).toEqual(tricky);
    expect(realpathSync(report.cwd)).toBe(realpathSync(tmp));
    expect(report.envKeys).toContain("OWN_SETTING");
    expect(report.envKeys).toContain("PATH");
    expect(report.envKeys).not.toContain(canary);
    expect(report.envKeys.every((k) => k in minimalEnv({ OWN_SETTING: "value" }))).toBe(true);
  });
});

test("one child serves metadata collection and then ordinary calls, and dies on close", async () => {
  const transport = new GuardedStdioTransport({ command: process.execPath, args: [path.join(FIXTURES, "clean.mjs")], env: minimalEnv({}) });
  const client = new Client({ name: "guard-test", version: "0" });
  await client.connect(transport);
  const deadline = new Deadline(10_000);
  const meta = await collectMetadata(client, deadline);
  deadline.dispose();
  expect(meta.tools.map((t) => t.name).sort()).toEqual(["add", "echo"]);
  const result = await client.callTool({ name: "add", arguments: { a: 2, b: 3 } });
  expect(result.content).toEqual([{ type: "text", text: "5" }]);
  const pid = transport.pid!;
  expect(isAlive(pid)).toBe(true);
  await client.close();
  expect(isAlive(pid)).toBe(false);
});

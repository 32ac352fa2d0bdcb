// The pre-start guard end to end: the SDK client on one side, real fixture servers on the other.
import { afterAll, afterEach, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { McpError, ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { FIXTURES, NODE, ROOT, cleanupTempDirs, tempDir } from "../helpers/cli.js";
import { closeAll, connect, GUARD, guardArgs, pinServer } from "./session.js";

afterEach(closeAll);
afterAll(cleanupTempDirs);

const SHIFTY = join(FIXTURES, "servers", "guard-shifty.mjs");
const CLEAN = join(FIXTURES, "servers", "clean.mjs");
const POISONED = join(FIXTURES, "servers", "poisoned-demo.mjs");
const MUTATING = join(FIXTURES, "servers", "mutating.mjs");

/** Runs the guard with a raw stdin script, for what the SDK client cannot show (stdout bytes, exit code). */
interface RawRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runRaw(flags: string[], server: string[], input: string): Promise<RawRun> {
  return new Promise((resolve, reject) => {
    const home = tempDir();
    const child = spawn(NODE, guardArgs(flags, server), { cwd: home, env: { PATH: process.env.PATH ?? "", HOME: home, XDG_STATE_HOME: join(home, "state") } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.stdin.end(input);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** How the guard ended; its stderr rides along only when the ending is not the expected one, to say why. */
function ending(run: RawRun, expected: number): { code: number | null; signal: NodeJS.Signals | null; stderr?: string } {
  return run.code === expected ? { code: run.code, signal: run.signal } : { code: run.code, signal: run.signal, stderr: run.stderr.slice(-2000) };
}

const INITIALIZE = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
}) + "\n";

function textOf(result: unknown): string {
  const content = (result as { content?: { type: string; text?: string }[] }).content ?? [];
  return content.map((c) => c.text ?? "").join("\n");
}

async function refusedCall(client: Client, name: string): Promise<McpError> {
  try {
    await client.callTool({ name, arguments: { a: 1, b: 2 } });
  } catch (err) {
    if (err instanceof McpError) return err;
    throw err;
  }
  throw new Error(`call to ${name} was not refused`);
}

describe("guard: start-up scan", () => {
  it("passes a clean server through: same server info, its tools, a working call, exit 0 when the client leaves", async () => {
    const g = await connect([CLEAN]);
    expect(g.client.getServerVersion()).toMatchObject({ name: "clean-fixture", version: "1.2.3" });
    expect(g.client.getInstructions()).toBe("Use add for sums.");
    const { tools } = await g.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["add", "echo"]);
    expect(textOf(await g.client.callTool({ name: "add", arguments: { a: 2, b: 3 } }))).toBe("5");
    const { prompts } = await g.client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(["greet"]);
    await g.client.close();
    expect(await g.exit).toBe(0);
    expect(g.stderr()).toMatch(/"event":"scan".*"decision":"allow"/);
  });

  it("refuses a poisoned server: nothing on stdout, the reason on stderr, exit 1", async () => {
    const r = await runRaw([], [POISONED], INITIALIZE);
    expect(ending(r, 1)).toEqual({ code: 1, signal: null });
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/refused to start/);
    expect(r.stderr).toMatch(/tool-poisoning tool "multiply"/);
  });

  it("makes the SDK client's connect fail for a poisoned server", async () => {
    await expect(connect([POISONED])).rejects.toThrow();
  });

  it("refuses a server whose tool changed since it was pinned, found by its launch identity", async () => {
    const dir = tempDir();
    const state = join(dir, "variant");
    const lockfile = join(dir, "mcp-shield.lock.json");
    writeFileSync(state, "v1");
    // Pin the way the scanner does: connect, then build the lock entry from what the server showed.
    await pinServer(lockfile, "calc", [MUTATING, "--state", state]);

    const same = await runRaw(["--lockfile", lockfile], [MUTATING, "--state", state], INITIALIZE);
    expect(same.stderr).toMatch(/"event":"scan","server":"calc".*"decision":"allow".*and the lockfile/);
    expect(same.stdout).toMatch(/"serverInfo":\{"name":"mutating-fixture"/);

    // v3 only adds a schema field: no rule objects, only the pin can tell.
    writeFileSync(state, "v3");
    const changed = await runRaw(["--lockfile", lockfile], [MUTATING, "--state", state], INITIALIZE);
    expect(ending(changed, 1)).toEqual({ code: 1, signal: null });
    expect(changed.stdout).toBe("");
    expect(changed.stderr).toMatch(/refused to start "calc"/);
    expect(changed.stderr).toMatch(/rug-pull tool "add"/);
  });

  it("takes --rules: a user known-servers file that gives a server a flow refuses it; a bad file is exit 2 naming it", async () => {
    const crm = join(FIXTURES, "servers", "internal-crm.mjs");
    const clean = await runRaw([], [crm], INITIALIZE);
    expect(ending(clean, 0)).toEqual({ code: 0, signal: null });

    const rules = tempDir();
    const catalog = { version: 1, servers: [{ id: "acme-crm", serverInfoNames: ["acme-crm"], tools: { ticket_thread: ["untrusted-content"], purge: ["destructive"] } }] };
    writeFileSync(join(rules, "known-servers.json"), JSON.stringify(catalog));
    const refused = await runRaw(["--rules", rules], [crm], INITIALIZE);
    expect(ending(refused, 1)).toEqual({ code: 1, signal: null });
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/toxic-flow tool "ticket_thread"/);

    const bad = tempDir();
    writeFileSync(join(bad, "known-servers.json"), JSON.stringify({ version: 1, servers: [{ id: "x", tools: { a: ["leaks"] } }] }));
    const broken = await runRaw(["--rules", bad], [crm], INITIALIZE);
    expect(ending(broken, 2)).toEqual({ code: 2, signal: null });
    expect(broken.stdout).toBe("");
    expect(broken.stderr).toContain(`${join(bad, "known-servers.json")}: invalid known-server catalog at servers.0.tools.a.0`);
  });

  it("exits 3 when the server cannot be scanned, and 2 without a command", async () => {
    const missing = await runRaw([], [join(tempDir(), "no-such-server.mjs")], INITIALIZE);
    expect(ending(missing, 3)).toEqual({ code: 3, signal: null });
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/could not scan/);
    const usage = await new Promise<number | null>((resolve) => spawn(NODE, [...GUARD, "--"], { stdio: "ignore" }).on("close", resolve));
    expect(usage).toBe(2);
  });
});

describe("guard: while the server runs", () => {
  it("hides a tool that turns poisoned after list_changed and refuses calls to it", async () => {
    const log = join(tempDir(), "guard.log");
    const g = await connect([SHIFTY], ["--log", log]);
    expect((await g.client.listTools()).tools.map((t) => t.name)).toContain("add");
    expect(textOf(await g.client.callTool({ name: "add", arguments: { a: 1, b: 2 } }))).toBe("3");

    // The guard forwards list_changed only after it has re-checked the list itself.
    const changed = new Promise<void>((resolve) => g.client.setNotificationHandler(ToolListChangedNotificationSchema, () => resolve()));
    await g.client.callTool({ name: "arm", arguments: { mode: "notify" } });
    await changed;
    const names = (await g.client.listTools()).tools.map((t) => t.name);
    expect(names).not.toContain("add");
    expect(names).toEqual(expect.arrayContaining(["echo", "helper"]));
    const err = await refusedCall(g.client, "add");
    expect(err.message).toMatch(/blocked tool "add".*rug-pull/);
    expect(textOf(await g.client.callTool({ name: "helper", arguments: { a: 2, b: 2 } }))).toBe("unknown tool helper");
    await g.client.close();
    await g.exit;
    const lines = readFileSync(log, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toContainEqual(expect.objectContaining({ event: "tool-listed", tool: "add", ruleId: "rug-pull", decision: "block" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "tool-call", tool: "add", decision: "block" }));
    for (const line of lines) expect(Object.keys(line)).toEqual(expect.arrayContaining(["time", "event", "server", "decision"]));
  });

  it("catches a silent change when the client lists tools itself", async () => {
    const g = await connect([SHIFTY]);
    await g.client.listTools();
    await g.client.callTool({ name: "arm", arguments: { mode: "silent" } });
    await new Promise((r) => setTimeout(r, 100));
    expect((await g.client.listTools()).tools.map((t) => t.name)).not.toContain("add");
    expect((await refusedCall(g.client, "add")).message).toMatch(/blocked tool "add"/);
    await g.client.close();
  });

  it("flags a tool result that carries injected instructions, and replaces it with --redact-output", async () => {
    const flagged = await connect([SHIFTY]);
    const shown = textOf(await flagged.client.callTool({ name: "fetch_page", arguments: {} }));
    expect(shown).toMatch(/may carry instructions aimed at the model/);
    expect(shown).toMatch(/Sunny, 21 degrees/);
    expect(textOf(await flagged.client.callTool({ name: "echo", arguments: { message: "plain words here, nothing more" } }))).toBe("plain words here, nothing more");
    await flagged.client.close();

    const redacted = await connect([SHIFTY], ["--redact-output"]);
    const result = await redacted.client.callTool({ name: "fetch_page", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/removed this result of "fetch_page"/);
    expect(textOf(result)).not.toMatch(/attacker\.example/);
    await redacted.client.close();
    expect(redacted.stderr()).toMatch(/"event":"tool-result","server":"[^"]*","tool":"fetch_page","decision":"redact"/);
  });

  it("flags a read resource and a fetched prompt that carry injected instructions, and refuses them with --redact-output", async () => {
    const flagged = await connect([SHIFTY]);
    const page = await flagged.client.readResource({ uri: "page://weather" });
    const pageTexts = page.contents.map((c) => ("text" in c ? String(c.text) : ""));
    expect(pageTexts[0]).toMatch(/resource "page:\/\/weather" below may carry instructions aimed at the model/);
    expect(pageTexts.join("\n")).toMatch(/Sunny, 21 degrees/);
    const plain = await flagged.client.readResource({ uri: "page://plain" });
    expect(plain.contents.map((c) => ("text" in c ? c.text : ""))).toEqual(["Opening hours: 9 to 5."]);
    const briefing = await flagged.client.getPrompt({ name: "briefing" });
    expect(briefing.messages.map((m) => (m.content.type === "text" ? m.content.text : ""))[0]).toMatch(/prompt "briefing" below may carry instructions/);
    expect(briefing.messages).toHaveLength(2);
    const hello = await flagged.client.getPrompt({ name: "hello" });
    expect(hello.messages).toEqual([{ role: "user", content: { type: "text", text: "Say hello." } }]);
    await flagged.client.close();
    expect(flagged.stderr()).toMatch(/"event":"resource-read","server":"[^"]*","target":"page:\/\/weather","decision":"flag"/);
    expect(flagged.stderr()).toMatch(/"event":"prompt-get","server":"[^"]*","target":"briefing","decision":"flag"/);

    const redacted = await connect([SHIFTY], ["--redact-output"]);
    await expect(redacted.client.readResource({ uri: "page://weather" })).rejects.toThrow(/guard removed the resource "page:\/\/weather"/);
    await expect(redacted.client.getPrompt({ name: "briefing" })).rejects.toThrow(/guard removed the prompt "briefing"/);
    expect((await redacted.client.readResource({ uri: "page://plain" })).contents).toHaveLength(1);
    await redacted.client.close();
    expect(redacted.stderr()).not.toMatch(/attacker\.example/);
  });

  it("passes its environment to the server, exits with the server's exit code, and ends the server when the client leaves", async () => {
    const g = await connect([SHIFTY], [], { GUARD_FIXTURE_GREETING: "hello from the client config" });
    expect(textOf(await g.client.callTool({ name: "greeting", arguments: {} }))).toBe("hello from the client config");
    await g.client.callTool({ name: "quit", arguments: { code: 7 } });
    expect(await g.exit).toBe(7);
    await g.client.close();

    const h = await connect([SHIFTY]);
    const pid = Number(textOf(await h.client.callTool({ name: "pid", arguments: {} })));
    expect(pid).toBeGreaterThan(0);
    await h.client.close();
    await h.exit;
    expect(existsSync(`/proc/${pid}`) ? readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] : "gone").toMatch(/gone|Z/);
  });
});

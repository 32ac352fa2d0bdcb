// The guard's checks of prompt, resource and resource-template lists after start, end to end with real processes.
import { afterAll, afterEach, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { McpError, PromptListChangedNotificationSchema, ResourceListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { matchesTemplate } from "../../src/guard/proxy.js";
import { FIXTURES, NODE, ROOT, cleanupTempDirs, tempDir } from "../helpers/cli.js";
import { closeAll, connect, pinServer } from "./session.js";

afterEach(closeAll);
afterAll(cleanupTempDirs);

const LISTS = join(FIXTURES, "servers", "guard-lists.mjs");
// Raw control, C1 and bidi characters; the log writes JSON, so a raw one here came through unescaped.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Every page of prompts/list, as the client sees each page. */
async function promptPages(client: Client): Promise<{ names: string[]; nextCursor?: string }[]> {
  const pages: { names: string[]; nextCursor?: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listPrompts(cursor === undefined ? {} : { cursor });
    pages.push({ names: page.prompts.map((p) => p.name), ...(page.nextCursor !== undefined ? { nextCursor: page.nextCursor } : {}) });
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages.length < 10);
  return pages;
}

async function everything(client: Client) {
  const first = await client.listPrompts();
  const second = await client.listPrompts({ cursor: first.nextCursor });
  return { first, second, resources: await client.listResources(), templates: await client.listResourceTemplates() };
}

async function refusal(request: Promise<unknown>): Promise<McpError> {
  try {
    await request;
  } catch (err) {
    if (err instanceof McpError) return err;
    throw err;
  }
  throw new Error("the request was not refused");
}

function logLines(file: string): Record<string, string>[] {
  return readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
}

/** Resolves once the client has seen both list_changed notifications (the guard forwards them after re-checking). */
function bothChanged(client: Client): Promise<void[]> {
  return Promise.all([
    new Promise<void>((resolve) => client.setNotificationHandler(PromptListChangedNotificationSchema, () => resolve())),
    new Promise<void>((resolve) => client.setNotificationHandler(ResourceListChangedNotificationSchema, () => resolve())),
  ]);
}

describe("guard: prompt and resource lists after start", () => {
  it("passes a clean server's lists, pages, reads and errors through exactly as the server sent them", async () => {
    const direct = new Client({ name: "direct", version: "1" });
    await direct.connect(new StdioClientTransport({ command: NODE, args: [LISTS], stderr: "ignore" }));
    const expected = await everything(direct);
    const expectedError = await refusal(direct.readResource({ uri: "notes://missing" }));
    await direct.close();

    const g = await connect([LISTS]);
    expect(await everything(g.client)).toEqual(expected);
    expect(expected.first.nextCursor).toBe("page-2");
    expect(expected.first.prompts[0]).toHaveProperty("_meta");
    expect((await g.client.getPrompt({ name: "summarise", arguments: { notes: "x" } })).messages).toHaveLength(1);
    expect((await g.client.readResource({ uri: "notes://day/2026-01-02" })).contents).toEqual([{ uri: "notes://day/2026-01-02", mimeType: "text/plain", text: "Notes at notes://day/2026-01-02." }]);
    const missing = await refusal(g.client.readResource({ uri: "notes://missing" }));
    expect({ code: missing.code, message: missing.message, data: missing.data }).toEqual({ code: expectedError.code, message: expectedError.message, data: { uri: "notes://missing" } });
    expect(missing.message).toMatch(/Resource notes:\/\/missing not found/);

    // A new clean prompt after list_changed is shown and usable.
    const changed = new Promise<void>((resolve) => g.client.setNotificationHandler(PromptListChangedNotificationSchema, () => resolve()));
    await g.client.callTool({ name: "arm", arguments: { what: "add-prompt" } });
    await changed;
    expect((await promptPages(g.client)).flatMap((p) => p.names)).toEqual(["summarise", "hello", "outline", "checklist"]);
    expect((await g.client.getPrompt({ name: "checklist" })).messages).toHaveLength(1);
    await g.client.close();
    await g.exit;
    expect(g.stderr()).not.toMatch(/"decision":"block"/);
    expect(g.stderr()).toMatch(/"event":"prompt-listed","server":"[^"]*","target":"checklist","decision":"allow","reason":"new prompt, passed every rule"/);
  });

  it("hides a prompt, a resource and a template that turn poisoned after list_changed, refuses their use and logs why", async () => {
    const log = join(tempDir(), "guard.log");
    const g = await connect([LISTS], ["--log", log]);
    expect((await promptPages(g.client)).flatMap((p) => p.names)).toContain("summarise");

    const changed = bothChanged(g.client);
    await g.client.callTool({ name: "arm", arguments: { what: "poison-prompt,control-prompt,poison-resource,poison-template" } });
    await changed;
    // The cursor survives the filtering: page one loses summarise but still leads to page two.
    expect(await promptPages(g.client)).toEqual([{ names: ["hello"], nextCursor: "page-2" }, { names: ["outline"] }]);
    expect((await g.client.listResources()).resources.map((r) => r.uri)).toEqual(["notes://plain"]);
    expect((await g.client.listResourceTemplates()).resourceTemplates).toEqual([]);

    const prompt = await refusal(g.client.getPrompt({ name: "summarise", arguments: { notes: "x" } }));
    expect(prompt.code).toBe(-32001);
    expect(prompt.message).toMatch(/blocked prompt "summarise": rug-pull: prompt changed since it was checked at start/);
    expect((await refusal(g.client.readResource({ uri: "notes://today" }))).message).toMatch(/blocked resource "notes:\/\/today": rug-pull/);
    expect((await refusal(g.client.readResource({ uri: "notes://day/2026-01-02" }))).message).toMatch(/matches the blocked resource template "notes:\/\/day\/\{date\}"/);
    expect((await g.client.getPrompt({ name: "hello" })).messages).toHaveLength(1);
    expect((await g.client.readResource({ uri: "notes://plain" })).contents).toHaveLength(1);
    await g.client.close();
    await g.exit;

    const lines = logLines(log);
    expect(lines).toContainEqual(expect.objectContaining({ event: "prompts-list-changed", decision: "info" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "prompt-listed", target: "summarise", ruleId: "rug-pull", decision: "block" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "prompt-listed", target: "summarise", ruleId: "tool-poisoning", decision: "block" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "prompt-get", target: "summarise", decision: "block" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "resource-listed", target: "notes://today", ruleId: "rug-pull", decision: "block" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "resource-template-listed", target: "notes://day/{date}", decision: "block" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "resource-read", target: "notes://today", decision: "block" }));
    // The prompt whose name carries control and bidi characters is logged escaped, never raw.
    expect(lines).toContainEqual(expect.objectContaining({ event: "prompt-listed", target: "report\\x9b31m\\u{202e}evil\\x1b[0m", decision: "block" }));
    expect(readFileSync(log, "utf8")).not.toMatch(UNSAFE);
    expect(g.stderr()).not.toMatch(UNSAFE);
  });

  it("hides a prompt reworded since it was pinned even when the client lists silently, and fails closed when a re-list fails", async () => {
    const dir = tempDir();
    const lockfile = join(dir, "mcp-shield.lock.json");
    await pinServer(lockfile, "notes", [LISTS]);

    const log = join(dir, "guard.log");
    const g = await connect([LISTS], ["--lockfile", lockfile, "--log", log]);
    await g.client.callTool({ name: "arm", arguments: { what: "reword-prompt,silent" } });
    await new Promise((r) => setTimeout(r, 100));
    // A harmless wording no rule objects to: only the pin shows that it changed.
    expect((await promptPages(g.client)).flatMap((p) => p.names)).toEqual(["hello", "outline"]);
    expect((await refusal(g.client.getPrompt({ name: "summarise", arguments: { notes: "x" } }))).message).toMatch(/rug-pull: prompt changed since it was pinned/);

    const changed = new Promise<void>((resolve) => g.client.setNotificationHandler(PromptListChangedNotificationSchema, () => resolve()));
    await g.client.callTool({ name: "arm", arguments: { what: "break-prompts" } });
    await changed;
    expect((await refusal(g.client.getPrompt({ name: "hello" }))).message).toMatch(/blocked prompt "hello": not among the prompts the guard has checked/);
    // The server's own error for the list passes through untouched.
    const listError = await refusal(g.client.listPrompts());
    expect(listError.code).toBe(-32603);
    expect(listError.message).toMatch(/^MCP error -32603: (MCP error -32603: )?prompt store unavailable$/);
    await g.client.close();
    await g.exit;
    const lines = logLines(log);
    expect(lines).toContainEqual(expect.objectContaining({ event: "scan", server: "notes", decision: "allow" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "prompt-listed", target: "summarise", ruleId: "rug-pull", decision: "block", reason: "prompt changed since it was pinned" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "prompts-relist", decision: "block" }));
  });
});

describe("matchesTemplate", () => {
  it("matches URIs a template can expand to, and nothing else", () => {
    const cases: [string, string, boolean][] = [
      ["notes://day/{date}", "notes://day/2026-01-02", true],
      ["notes://day/{date}", "notes://day/", true],
      ["file:///{path}.md", "file:///a/b.md", true],
      ["repo://{owner}/{name}/readme", "repo://a/b/readme", true],
      ["notes://day/{date}", "notes://week/1", false],
      ["file:///{path}.md", "file:///a/b.txt", false],
      ["repo://{owner}/{name}/readme", "repo://a/readme", false],
      ["notes://plain", "notes://plain", true],
      ["notes://plain", "notes://plain2", false],
    ];
    for (const [template, uri, expected] of cases) expect([template, uri, matchesTemplate(template, uri)]).toEqual([template, uri, expected]);
  });
});

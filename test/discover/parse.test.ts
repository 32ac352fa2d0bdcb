// parseConfig and its helpers as pure functions: malformed files, unknown shapes, per-entry errors, expansion, splitting.
import { describe, expect, test } from "@jest/globals";
import { CLIENTS, GENERIC_CLIENT, expandVariables, parseConfig, parseDirectTarget, splitCommandLine, type ParseContext } from "../../src/discover/index.js";

const ctx: ParseContext = { home: "/home/u", cwd: "/proj", platform: "linux", env: { SET: "value" }, scope: "project" };
const client = (id: string, name?: string) => CLIENTS.find((c) => c.id === id && (name === undefined || c.name === name))!;
const cursor = client("cursor");

describe("malformed files are one error naming the line", () => {
  test.each([
    ["JSON", cursor, '{\n  "mcpServers": {\n    "a": { "command": "x" \n}', /JSON syntax error at line 4/],
    ["JSONC", client("zed"), '// c\n{ "context_servers": { "a": ] } }', /JSONC syntax error at line 2/],
    ["TOML", client("codex"), '[mcp_servers.a]\ncommand = "x"\nargs = [\n', /TOML syntax error at line \d/],
    ["YAML", client("continue", "Continue"), "mcpServers:\n  - name: a\n    command: [x\n", /YAML syntax error at line \d/],
  ])("%s", (_label, spec, text, message) => {
    const r = parseConfig(text, "/p/file", spec, ctx);
    expect(r.entries).toEqual([]);
    expect(r.errors).toEqual([{ configPath: "/p/file", message: expect.stringMatching(message) }]);
  });
});

describe("file shape", () => {
  test("a dedicated MCP file without a servers key is an error, not zero servers", () => {
    const r = parseConfig('{"servers_typo": {}}', "/p/mcp.json", cursor, ctx);
    expect(r.errors).toEqual([{ configPath: "/p/mcp.json", message: expect.stringContaining("no MCP servers key found") }]);
  });
  test("a servers key with zero servers is fine", () => {
    expect(parseConfig('{"mcpServers": {}}', "/p/mcp.json", cursor, ctx)).toEqual({ entries: [], errors: [] });
  });
  test("an editor settings file without MCP keys has no servers, unless the user named it", () => {
    const zed = client("zed");
    expect(parseConfig('{"ui_font_size": 16}', "/p/settings.json", zed, ctx)).toEqual({ entries: [], errors: [] });
    expect(parseConfig('{"ui_font_size": 16}', "/p/settings.json", zed, { ...ctx, strict: true }).errors).toHaveLength(1);
  });
  test("servers key of the wrong kind", () => {
    const r = parseConfig('{"mcpServers": ["a"]}', "/p/mcp.json", cursor, ctx);
    expect(r.errors[0]?.message).toMatch(/`mcpServers` should be an object of servers, found array/);
  });
  test("top level that is not an object", () => {
    expect(parseConfig("[1,2]", "/p/mcp.json", cursor, ctx).errors[0]?.message).toMatch(/top level/);
  });
  test("generic files are recognised by their key", () => {
    const r = parseConfig('{"context_servers": {"z": {"command": "zz"}}}', "/p/x.json", GENERIC_CLIENT, ctx);
    expect(r.entries.map((e) => [e.name, e.client])).toEqual([["z", "zed"]]);
    const v = parseConfig('{"mcp": {"servers": {"v": {"command": "vv"}}}}', "/p/x.json", GENERIC_CLIENT, ctx);
    expect(v.entries.map((e) => [e.name, e.client])).toEqual([["v", "vscode"]]);
  });
});

describe("per-entry errors leave the other entries alone", () => {
  test.each([
    [{ args: ["x"] }, /neither `command` nor `url`/],
    ["just a string", /expected an object, found string/],
    [{ command: "x", env: { A: { nested: true } } }, /`env.A` must be a string/],
    [{ type: "sse" }, /no `url`/],
    [{ type: "http", url: "file:///etc/passwd" }, /not an http\(s\) URL/],
    [{ command: 'node "unterminated' }, /unterminated/],
  ])("%j", (bad, message) => {
    const text = JSON.stringify({ mcpServers: { good1: { command: "a" }, bad, good2: { url: "https://x.example" } } }, null, 2);
    const r = parseConfig(text, "/p/mcp.json", cursor, ctx);
    expect(r.entries.map((e) => e.name)).toEqual(["good1", "good2"]);
    expect(r.errors).toEqual([{ configPath: "/p/mcp.json", server: "bad", message: expect.stringMatching(message) }]);
  });
});

describe("variable expansion", () => {
  const expandCtx = { home: "/home/u", env: { SET: "value" }, workspaceFolder: "/proj", pathSeparator: "/" };
  test("known forms", () => {
    expect(expandVariables("${env:SET}|${SET}|${userHome}|${workspaceFolder}|$SET|${UNSET:-dflt}", expandCtx).value).toBe("value|value|/home/u|/proj|$SET|dflt");
  });
  test("unset env expands to empty and is reported", () => {
    expect(expandVariables("a${env:NOPE}b", expandCtx)).toEqual({ value: "ab", needsInput: [], unsetEnv: ["NOPE"] });
  });
  test("an input anywhere marks the entry as needing input", () => {
    const r = parseConfig('{"mcpServers": {"s": {"command": "x", "headers": {"A": "${input:tok}"}, "url": "https://a.example"}}}', "/p", cursor, ctx);
    expect(r.entries[0]?.skipReason).toBe("needs input: tok");
  });
  test("an unset variable as the whole command skips the entry and says why", () => {
    const r = parseConfig('{"mcpServers": {"s": {"command": "${env:MY_BIN}", "args": ["${env:ALSO_UNSET}"]}}}', "/p", cursor, ctx);
    expect(r.entries[0]).toMatchObject({ command: "", args: [""], skipReason: "command is empty: ${env:MY_BIN} is not set" });
  });
  test("an unset variable in args alone adds no skip reason", () => {
    const r = parseConfig('{"mcpServers": {"s": {"command": "x", "args": ["${env:ALSO_UNSET}"]}}}', "/p", cursor, ctx);
    expect(r.entries[0]?.skipReason).toBeUndefined();
  });
});

describe("command-line splitting", () => {
  test.each([
    ["npx -y pkg@1", ["npx", "-y", "pkg@1"]],
    ['  node "my server.js"   --flag  ', ["node", "my server.js", "--flag"]],
    ["python -c 'print(\"hi\")'", ["python", "-c", 'print("hi")']],
    ['say "a \\"quoted\\" word"', ["say", 'a "quoted" word']],
    ["C:\\Tools\\srv.exe --port 1", ["C:\\Tools\\srv.exe", "--port", "1"]],
    ["a\\ b c", ["a b", "c"]],
    ["x ''", ["x", ""]],
    ["echo $(rm -rf ~) ; ls", ["echo", "$(rm", "-rf", "~)", ";", "ls"]],
  ])("%s", (line, words) => {
    expect(splitCommandLine(line)).toEqual(words);
  });
  test("unterminated quote throws", () => {
    expect(() => splitCommandLine("a 'b")).toThrow(/unterminated/);
  });
});

describe("direct targets", () => {
  test.each([
    ["npm:@modelcontextprotocol/server-memory@2025.1.1", "npx", ["-y", "@modelcontextprotocol/server-memory@2025.1.1"]],
    ["pypi:mcp-server-time==0.6.2", "uvx", ["mcp-server-time==0.6.2"]],
    ["oci:ghcr.io/org/server:1.0", "docker", ["run", "-i", "--rm", "ghcr.io/org/server:1.0"]],
  ])("%s", (target, command, args) => {
    const r = parseDirectTarget(target);
    expect(r).toEqual({ entry: expect.objectContaining({ command, args, transport: "stdio", scope: "target", client: "target" }) });
  });
  test("URL", () => {
    expect(parseDirectTarget("https://mcp.example.com/mcp")).toEqual({ entry: expect.objectContaining({ transport: "http", transportGuessed: true, url: "https://mcp.example.com/mcp" }) });
  });
  test.each(["npm:-e=evil", "pypi:", "oci:--privileged", "npm:a b"])("refuses %s", (target) => {
    expect(parseDirectTarget(target)).toEqual({ error: expect.stringContaining("not a valid") });
  });
});

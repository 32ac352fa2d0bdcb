// One fixture per client, placed under a temporary HOME and found by discover() with no targets.
import path from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { Discovery } from "../../src/model.js";
import { byName, cleanup, discoverIn, homeWith } from "./helpers.js";

afterAll(cleanup);

describe("client fixtures under a temporary HOME", () => {
  test("Claude Desktop: stdio with expansion, one bad entry, SSE", async () => {
    const home = await homeWith("claude-desktop");
    const d = await discoverIn(home, { env: { DEMO_TOKEN: "tok-123456789" } });
    expect(() => Discovery.parse(d)).not.toThrow();
    const configPath = path.join(home, ".config/Claude/claude_desktop_config.json");
    const fs = byName(d, "filesystem");
    expect(fs).toMatchObject({ client: "claude-desktop", configPath, inventoryId: configPath, scope: "user", transport: "stdio", command: "npx", line: 4 });
    expect(fs.args).toEqual(["-y", "@modelcontextprotocol/server-filesystem@2025.1.1", `${home}/Documents`]);
    expect(fs.env).toEqual({ API_TOKEN: "tok-123456789", PORT: "3000" });
    expect(byName(d, "events")).toMatchObject({ transport: "sse", url: "https://events.example.com/sse", headers: { "X-Api-Key": "tok-123456789" } });
    expect(d.entries.map((e) => e.name)).not.toContain("broken");
    expect(d.errors).toEqual([{ configPath, server: "broken", message: expect.stringMatching(/`args` must be a list.*line 9/) }]);
    expect(d.checked).toContainEqual({ client: "claude-desktop", path: configPath, scope: "user", found: true });
    expect(d.checked).toContainEqual({ client: "cursor", path: path.join(home, ".cursor/mcp.json"), scope: "user", found: false });
  });

  test("Claude Code: top-level servers and one inventory per project", async () => {
    const home = await homeWith("claude-code");
    const d = await discoverIn(home, { env: { GH_TOKEN: "ghtoken" } });
    const configPath = path.join(home, ".claude.json");
    expect(d.errors).toEqual([]);
    expect(byName(d, "github")).toMatchObject({ inventoryId: configPath, transport: "http", transportGuessed: false, headers: { Authorization: "Bearer ghtoken" } });
    expect(byName(d, "local")).toMatchObject({ inventoryId: `${configPath}#/work/proj-a`, args: ["/work/proj-a/server.js"], client: "claude-code" });
    expect(d.entries).toHaveLength(2);
  });

  test("Cursor: one-string command line, disabled, bare url, duplicate names kept with a warning", async () => {
    const home = await homeWith("cursor");
    const d = await discoverIn(home);
    // The split happens before expansion, so the quoted space survives and `~` still means home.
    expect(byName(d, "one-line")).toMatchObject({ command: "npx", args: ["-y", "@scope/pkg@1.0.0", "--root", `${home}/my dir`] });
    expect(byName(d, "off")).toMatchObject({ disabled: true, command: "uvx" });
    const remotes = d.entries.filter((e) => e.name === "remote");
    expect(remotes.map((e) => e.url)).toEqual(["https://mcp.example.com/mcp", "https://mcp.example.com/other"]);
    expect(remotes[0]).toMatchObject({ transport: "http", transportGuessed: true });
    expect(d.errors).toEqual([{ configPath: path.join(home, ".cursor/mcp.json"), server: "remote", message: expect.stringMatching(/2 times.*lines 11, 14/), level: "warning" }]);
  });

  test("Windsurf: serverUrl and ~ in args", async () => {
    const home = await homeWith("windsurf");
    const d = await discoverIn(home, { env: { CLOUD_KEY: "cloudkey" } });
    expect(byName(d, "cloud")).toMatchObject({ transport: "http", transportGuessed: true, url: "https://cloud.example.com/mcp", headers: { Authorization: "Bearer cloudkey" } });
    expect(byName(d, "git").args).toEqual(["mcp-server-git==0.6.2", "--repository", `${home}/src/repo`]);
  });

  test("VS Code: JSONC settings.json and mcp.json with inputs", async () => {
    const home = await homeWith("vscode");
    const d = await discoverIn(home);
    expect(byName(d, "memory")).toMatchObject({ client: "vscode", transport: "stdio", args: ["-y", "@modelcontextprotocol/server-memory@2025.1.1"], line: 7 });
    const needsKey = byName(d, "needs-key");
    expect(needsKey.skipReason).toBe("needs input: api-key");
    expect(byName(d, "stream")).toMatchObject({ transport: "sse" });
    expect(byName(d, "stream").skipReason).toBeUndefined();
    expect(d.errors).toEqual([{ configPath: path.join(home, ".config/Code/User/mcp.json"), server: "bad-type", message: expect.stringContaining('unknown transport type "carrier-pigeon"') }]);
  });

  test("VS Code honours XDG_CONFIG_HOME", async () => {
    const home = await homeWith();
    const xdg = await homeWith("vscode");
    const d = await discoverIn(home, { env: { XDG_CONFIG_HOME: path.join(xdg, ".config") } });
    expect(byName(d, "memory").configPath).toBe(path.join(xdg, ".config/Code/User/settings.json"));
  });

  test("Cline: streamableHttp and disabled", async () => {
    const d = await discoverIn(await homeWith("cline"));
    expect(byName(d, "weather")).toMatchObject({ client: "cline", transport: "http", transportGuessed: false, disabled: false });
    expect(byName(d, "sleepy").disabled).toBe(true);
  });

  test("Gemini CLI: url is SSE, httpUrl is streamable HTTP, ~ in cwd", async () => {
    const home = await homeWith("gemini");
    const d = await discoverIn(home);
    expect(byName(d, "events")).toMatchObject({ client: "gemini", transport: "sse", transportGuessed: false });
    expect(byName(d, "streaming")).toMatchObject({ transport: "http", headers: { Authorization: "Bearer " } });
    expect(byName(d, "local").cwd).toBe(`${home}/servers/local`);
  });

  test("Codex CLI: TOML tables, bearer token env var, enabled = false, bad entry, CODEX_HOME", async () => {
    const home = await homeWith("codex");
    const d = await discoverIn(home, { env: { REMOTE_TOKEN: "remote-secret", DOCS_TOKEN: "docs" } });
    expect(byName(d, "docs")).toMatchObject({ client: "codex", command: "npx", args: ["-y", "docs-mcp@2.0.0"], env: { DOCS_TOKEN: "docs" }, line: 3 });
    expect(byName(d, "remote")).toMatchObject({ transport: "http", headers: { Authorization: "Bearer remote-secret" }, line: 8 });
    expect(byName(d, "off-server")).toMatchObject({ disabled: true, line: 12 });
    expect(d.errors).toEqual([expect.objectContaining({ server: "bad", message: expect.stringMatching(/`command` must be a string.*line 17/) })]);

    const elsewhere = await homeWith();
    const moved = await discoverIn(elsewhere, { env: { CODEX_HOME: path.join(home, ".codex") } });
    expect(moved.entries.map((e) => e.name).sort()).toEqual(["docs", "off-server", "remote"]);
  });

  test("Continue: YAML list, block files, an item without a name", async () => {
    const home = await homeWith("continue");
    const d = await discoverIn(home);
    expect(byName(d, "SQLite")).toMatchObject({ client: "continue", args: ["-y", "mcp-sqlite@1.0.0", `${home}/db.sqlite`], env: { LOG_LEVEL: "debug" }, line: 6 });
    expect(byName(d, "Remote")).toMatchObject({ transport: "http", transportGuessed: false });
    expect(byName(d, "Block Server")).toMatchObject({ transport: "sse", configPath: path.join(home, ".continue/mcpServers/block.yaml") });
    expect(d.errors).toEqual([{ configPath: path.join(home, ".continue/config.yaml"), message: expect.stringMatching(/server #3 \(line 17\) has no `name`/) }]);
  });

  test("Kiro and Amazon Q", async () => {
    const d = await discoverIn(await homeWith("kiro", "amazonq"));
    expect(byName(d, "fetch")).toMatchObject({ client: "kiro", command: "uvx" });
    expect(byName(d, "aws-docs")).toMatchObject({ client: "amazonq", env: { FASTMCP_LOG_LEVEL: "ERROR" } });
    expect(d.errors).toEqual([]);
  });

  test("opencode: command arrays, environment, remote, enabled false", async () => {
    const d = await discoverIn(await homeWith("opencode"), { env: { OPENCODE_TOKEN: "oc" } });
    expect(byName(d, "local-tool")).toMatchObject({ client: "opencode", command: "bun", args: ["x", "my-mcp-command@1.0.0"], env: { MY_ENV_VAR: "value" }, disabled: false });
    expect(byName(d, "remote-tool")).toMatchObject({ transport: "http", transportGuessed: true, headers: { Authorization: "Bearer oc" } });
    expect(byName(d, "parked").disabled).toBe(true);
  });

  test("Zed: command object, command + args, url, extension-provided server", async () => {
    const d = await discoverIn(await homeWith("zed"));
    expect(byName(d, "legacy")).toMatchObject({ client: "zed", command: "/usr/local/bin/legacy-mcp", args: ["--stdio"], env: { LEGACY: "1" } });
    expect(byName(d, "modern")).toMatchObject({ command: "npx", args: ["-y", "modern-mcp@3.0.0"] });
    expect(byName(d, "remote")).toMatchObject({ transport: "http", headers: { "X-Key": "k" } });
    expect(byName(d, "from-extension").skipReason).toMatch(/extension/);
    expect(d.errors).toEqual([]);
  });

  test("all clients at once: every entry valid, every client found", async () => {
    const all = ["claude-desktop", "claude-code", "cursor", "windsurf", "vscode", "cline", "gemini", "codex", "continue", "kiro", "amazonq", "opencode", "zed"];
    const d = await discoverIn(await homeWith(...all));
    expect(() => Discovery.parse(d)).not.toThrow();
    expect(new Set(d.entries.map((e) => e.client))).toEqual(new Set(all));
  });

  test("macOS and Windows paths", async () => {
    const { discover } = await import("../../src/discover/index.js");
    const home = await homeWith();
    const { writeAt } = await import("./helpers.js");
    await writeAt(home, "Library/Application Support/Claude/claude_desktop_config.json", '{"mcpServers":{"mac":{"command":"x"}}}');
    const mac = await discover({ targets: [], home, cwd: home, platform: "darwin", env: {} });
    expect(byName(mac, "mac").client).toBe("claude-desktop");
    const win = await discover({ targets: [], home: "C:\\Users\\me", cwd: "C:\\work", platform: "win32", env: { APPDATA: "C:\\Users\\me\\AppData\\Roaming" } });
    expect(win.checked.map((c) => c.path)).toContain("C:\\Users\\me\\AppData\\Roaming\\Claude\\claude_desktop_config.json");
    expect(win.checked.map((c) => c.path)).toContain("C:\\Users\\me\\.cursor\\mcp.json");
  });
});

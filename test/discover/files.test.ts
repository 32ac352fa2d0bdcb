// Hostile and odd files on disk, explicit file and directory targets, and direct targets through discover().
import { mkdir, symlink, truncate, writeFile, chmod } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { MAX_CONFIG_BYTES } from "../../src/discover/index.js";
import { byName, cleanup, discoverIn, homeWith, tempDir, writeAt } from "./helpers.js";

afterAll(cleanup);

describe("hostile files become errors naming the file", () => {
  test("oversized file is refused without being read", async () => {
    const home = await homeWith();
    const file = await writeAt(home, ".cursor/mcp.json", "");
    await truncate(file, MAX_CONFIG_BYTES + 1);
    const d = await discoverIn(home);
    expect(d.errors).toEqual([{ configPath: file, message: expect.stringMatching(/over the \d+-byte limit/) }]);
  });
  test("binary file", async () => {
    const home = await homeWith();
    const file = await writeAt(home, ".cursor/mcp.json", Buffer.from([0x7b, 0x00, 0x7d]));
    expect((await discoverIn(home)).errors).toEqual([{ configPath: file, message: expect.stringContaining("binary") }]);
  });
  test("directory where a file is expected", async () => {
    const home = await homeWith();
    await mkdir(path.join(home, ".cursor/mcp.json"), { recursive: true });
    expect((await discoverIn(home)).errors).toEqual([{ configPath: path.join(home, ".cursor/mcp.json"), message: expect.stringContaining("directory") }]);
  });
  test("symlink loop", async () => {
    const home = await homeWith();
    await mkdir(path.join(home, ".cursor"));
    await symlink(path.join(home, ".cursor/loop"), path.join(home, ".cursor/mcp.json"));
    await symlink(path.join(home, ".cursor/mcp.json"), path.join(home, ".cursor/loop"));
    expect((await discoverIn(home)).errors).toEqual([{ configPath: path.join(home, ".cursor/mcp.json"), message: expect.stringContaining("loop") }]);
  });
  test("unreadable file", async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const home = await homeWith();
    const file = await writeAt(home, ".cursor/mcp.json", '{"mcpServers":{}}');
    await chmod(file, 0o000);
    expect((await discoverIn(home)).errors).toEqual([{ configPath: file, message: expect.stringContaining("permission denied") }]);
  });
  test("UTF-8 BOM and UTF-16 files are text", async () => {
    const home = await homeWith();
    await writeAt(home, ".cursor/mcp.json", "\ufeff" + '{"mcpServers":{"bom":{"command":"x"}}}');
    await writeAt(home, ".kiro/settings/mcp.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"mcpServers":{"utf16":{"command":"y"}}}', "utf16le")]));
    const d = await discoverIn(home);
    expect(d.errors).toEqual([]);
    expect(d.entries.map((e) => e.name).sort()).toEqual(["bom", "utf16"]);
  });
});

describe("explicit targets", () => {
  test("a named file with an unknown name is read by content; missing files are errors", async () => {
    const dir = await tempDir();
    const file = await writeAt(dir, "team-servers.json", '{"servers": {"t": {"type": "http", "url": "https://t.example"}}}');
    const toml = await writeAt(dir, "agents.toml", '[mcp_servers.c]\ncommand = "cc"\n');
    const d = await discoverIn(await homeWith(), { targets: [file, toml, path.join(dir, "nope.json")] });
    expect(byName(d, "t")).toMatchObject({ client: "vscode", configPath: file, transport: "http" });
    expect(byName(d, "c")).toMatchObject({ client: "codex", line: 1 });
    expect(d.errors).toEqual([{ configPath: path.join(dir, "nope.json"), message: "config file not found" }]);
    expect(d.checked.map((c) => c.path)).toEqual([file, toml, path.join(dir, "nope.json")]);
  });
  test("a named file that holds no servers key is an error even if it is an editor settings file", async () => {
    const dir = await tempDir();
    const file = await writeAt(dir, ".zed/settings.json", '{"ui_font_size": 3}');
    expect((await discoverIn(await homeWith(), { targets: [file] })).errors).toEqual([{ configPath: file, message: expect.stringContaining("no MCP servers key") }]);
  });
  test("a directory is searched for project configs, skipping node_modules and .git", async () => {
    const dir = await tempDir();
    await writeAt(dir, ".mcp.json", '{"mcpServers": {"root": {"command": "r", "args": ["${workspaceFolder}/x"]}}}');
    await writeAt(dir, "packages/app/.vscode/mcp.json", '{"servers": {"nested": {"command": "n", "args": ["${workspaceFolder}"]}}}');
    await writeAt(dir, "node_modules/dep/.mcp.json", '{"mcpServers": {"dep": {"command": "d"}}}');
    await writeAt(dir, ".git/.mcp.json", '{"mcpServers": {"git": {"command": "g"}}}');
    await writeAt(dir, "packages/app/.vscode/settings.json", '{"editor.tabSize": 2}');
    const d = await discoverIn(await homeWith(), { targets: [dir] });
    expect(d.errors).toEqual([]);
    expect(d.entries.map((e) => e.name).sort()).toEqual(["nested", "root"]);
    expect(byName(d, "root")).toMatchObject({ client: "claude-code", scope: "project", args: [`${dir}/x`] });
    expect(byName(d, "nested").args).toEqual([path.join(dir, "packages/app")]);
  });
  test("direct targets share one inventory; bad ones are errors", async () => {
    const d = await discoverIn(await homeWith(), { targets: ["npm:pkg@1.0.0", "https://r.example/mcp", "oci:-v"] });
    expect(d.entries.map((e) => [e.name, e.inventoryId, e.scope])).toEqual([
      ["pkg@1.0.0", "target", "target"],
      ["r.example/mcp", "target", "target"],
    ]);
    expect(d.errors).toEqual([{ configPath: "oci:-v", message: expect.stringContaining("not a valid") }]);
  });
});

describe("default discovery", () => {
  test("project configs in cwd are read with cwd as the workspace folder; home is not read twice", async () => {
    const home = await homeWith("cursor");
    await writeAt(home, ".mcp.json", '{"mcpServers": {"proj": {"command": "p", "args": ["${workspaceFolder}"]}}}');
    const d = await discoverIn(home, { cwd: home });
    expect(byName(d, "proj")).toMatchObject({ scope: "project", args: [home] });
    expect(d.entries.filter((e) => e.name === "off")).toHaveLength(1);
    expect(new Set(d.checked.map((c) => c.path)).size).toBe(d.checked.length);
  });
  test("never throws: a file that cannot be listed or parsed is only an error", async () => {
    const home = await homeWith();
    await writeFile(path.join(home, ".claude.json"), "{ not json");
    const d = await discoverIn(home);
    expect(d.entries).toEqual([]);
    expect(d.errors).toEqual([{ configPath: path.join(home, ".claude.json"), message: expect.stringContaining("JSON syntax error at line 1") }]);
  });
});

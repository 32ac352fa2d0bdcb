// Hostile config files through the built CLI: each is one clear error naming the file, the rest is still
// scanned; commands reach the child verbatim (never a shell); --no-connect and --dry-run start nothing.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { chmodSync, closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NODE, cleanupTempDirs, runCli, tempDir, writeFixture, type CliResult } from "../helpers/cli.js";
import { hostile, nodeEntry, server } from "./helpers.js";

afterAll(cleanupTempDirs);

const clean = () => nodeEntry(server("clean.mjs"));

describe("hostile config files named on the command line", () => {
  let dir: string;
  let files: Record<string, string>;
  let result: CliResult;
  let jsonResult: CliResult;

  beforeAll(async () => {
    dir = tempDir();
    files = {
      json: writeFixture(dir, "bad.json", '{"mcpServers": {"a": {"command": "x",}'),
      jsonc: writeFixture(dir, "bad.jsonc", '{ /* comment */ "mcpServers": { "a": { "command": "x" } '),
      toml: writeFixture(dir, ".codex/config.toml", '[mcp_servers.a\ncommand = "x"\n'),
      yaml: writeFixture(dir, ".continue/mcpServers/bad.yaml", "mcpServers:\n  - name: [unclosed\n    command: x\n"),
      binary: writeFixture(dir, "binary.json", "placeholder"),
      huge: join(dir, "huge.json"),
      loop: join(dir, "loop-a.json"),
      good: writeFixture(dir, "good.json", { mcpServers: { clean: clean() } }),
    };
    writeFileSync(files.binary!, Buffer.from([0x7b, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x7d]));
    // 50 MB without writing 50 MB: a sparse file has the size the reader checks.
    const fd = openSync(files.huge!, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    symlinkSync(join(dir, "loop-b.json"), files.loop!);
    symlinkSync(files.loop!, join(dir, "loop-b.json"));
    const args = ["scan", ...Object.values(files), "--timeout", "5", "--no-lockfile"];
    [result, jsonResult] = await Promise.all([runCli(args, { cwd: dir, home: dir }), runCli([...args, "--json"], { cwd: dir, home: dir })]);
  }, 60_000);

  it.each([
    ["json", /JSONC? syntax error at line 1/],
    ["jsonc", /JSONC syntax error at line 1/],
    ["toml", /TOML syntax error at line 1/],
    ["yaml", /YAML syntax error at line \d+/],
    ["binary", /binary/],
    ["huge", /over the \d+-byte limit/],
    ["loop", /symbolic link loop/],
  ])("a %s problem is one error line naming the file", (kind, reason) => {
    const path = files[kind]!;
    const lines = result.stdout.split("\n").filter((l) => l.includes(`${path}:`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/config error/);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).not.toMatch(/:\s*$/);
    const asJson = jsonResult.json.configErrors.filter((e: any) => e.configPath === path);
    expect(asJson).toHaveLength(1);
    expect(asJson[0].message).toMatch(reason);
  });

  it("still scans the good config, and exits 3 for an incomplete scan", () => {
    expect(jsonResult.json.servers).toEqual([expect.objectContaining({ name: "clean", status: "ok" })]);
    expect(result.code).toBe(3);
    expect(jsonResult.code).toBe(3);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});

describe("hostile files where the user's clients keep their configs", () => {
  let home: string;
  let result: CliResult;

  beforeAll(async () => {
    home = tempDir();
    mkdirSync(join(home, ".cursor", "mcp.json"), { recursive: true }); // a directory where a file is expected
    symlinkSync(join(home, ".claude.json"), join(home, ".claude.json")); // a link to itself
    mkdirSync(join(home, ".codeium", "windsurf"), { recursive: true });
    writeFixture(home, ".codeium/windsurf/mcp_config.json", { mcpServers: { clean: clean() } });
    writeFixture(home, ".gemini/settings.json", { mcpServers: { clean2: clean() } });
    chmodSync(join(home, ".gemini", "settings.json"), 0o000);
    result = await runCli(["scan", "--json", "--timeout", "5", "--no-lockfile"], { home, cwd: home });
    chmodSync(join(home, ".gemini", "settings.json"), 0o600);
  }, 60_000);

  const errorFor = (path: string) => result.json.configErrors.filter((e: any) => e.configPath === path);

  it("a directory and a symlink loop are each one error naming the file", () => {
    expect(errorFor(join(home, ".cursor", "mcp.json"))).toEqual([expect.objectContaining({ message: "is a directory, expected a config file" })]);
    expect(errorFor(join(home, ".claude.json"))).toEqual([expect.objectContaining({ message: "is a symbolic link loop" })]);
  });

  it("an unreadable file is an error naming it (not checkable as root, who reads anything)", () => {
    if (process.getuid?.() === 0) return;
    expect(errorFor(join(home, ".gemini", "settings.json"))).toEqual([expect.objectContaining({ message: expect.stringMatching(/permission denied/) })]);
  });

  it("the readable config is still scanned, and the scan is incomplete (exit 3)", () => {
    expect(result.json.servers.find((s: any) => s.name === "clean")).toMatchObject({ status: "ok" });
    expect(result.code).toBe(3);
  });
});

describe("duplicate server names", () => {
  it("are a warning naming the file and the name, and each definition is scanned", async () => {
    const dir = tempDir();
    const path = writeFixture(
      dir,
      "dup.json",
      `{"mcpServers": {\n "same": ${JSON.stringify(clean())},\n "same": ${JSON.stringify(nodeEntry(server("clean.mjs"), ["second"]))}\n}}`,
    );
    const r = await runCli(["scan", path, "--json", "--timeout", "5", "--no-lockfile"], { cwd: dir, home: dir });
    expect(r.json.configErrors).toEqual([expect.objectContaining({ configPath: path, message: expect.stringMatching(/"same" is defined 2 times/) })]);
    expect(r.json.servers.map((s: any) => [s.name, s.status])).toEqual([
      ["same", "ok"],
      ["same", "ok"],
    ]);
  });
});

describe("shell metacharacters in a command", () => {
  const nasty = [
    "; rm -rf ./victim",
    "$(touch pwned-subst)",
    "`touch pwned-backtick`",
    "| touch pwned-pipe",
    "&& touch pwned-and",
    `'single' "double" \\"escaped\\"`,
    "*",
    "*.json",
    "{a,b}",
    "$HOME",
    "> pwned-redirect",
    "a\nb",
  ];

  it("reach the child verbatim as argv, and nothing a shell would do happens", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "victim"));
    writeFileSync(join(dir, "victim", "keep"), "x");
    const argvFile = join(dir, "argv.json");
    const config = writeFixture(dir, ".mcp.json", {
      mcpServers: {
        meta: { command: NODE, args: [hostile("echo-secrets.mjs"), "--write-argv", argvFile, ...nasty] },
        "meta-command": { command: "node; touch pwned-command", args: ["$(touch pwned-command-arg)"] },
      },
    });
    const r = await runCli(["scan", config, "--json", "--timeout", "5", "--no-lockfile"], { cwd: dir, home: dir });
    expect(JSON.parse(readFileSync(argvFile, "utf8"))).toEqual(["--write-argv", argvFile, ...nasty]);
    const meta = r.json.servers.find((s: any) => s.name === "meta");
    expect(meta.status).toBe("ok");
    // The whole string is the program name: it is looked up as is, not split by a shell.
    expect(r.json.servers.find((s: any) => s.name === "meta-command")).toMatchObject({
      status: "error",
      error: "command not found: node; touch pwned-command",
    });
    expect(readdirSync(dir).filter((f) => f.startsWith("pwned"))).toEqual([]);
    expect(existsSync(join(dir, "victim", "keep"))).toBe(true);
  });
});

describe("nothing starts without a connection", () => {
  let dir: string;
  let marker: string;
  let config: string;
  beforeAll(() => {
    dir = tempDir();
    marker = join(dir, "started");
    config = writeFixture(dir, ".mcp.json", {
      mcpServers: { starter: nodeEntry(hostile("start-marker.mjs"), [marker]), remote: { url: "http://127.0.0.1:9/mcp" } },
    });
  });

  it.each([
    ["scan --no-connect", ["scan", "--no-connect"]],
    ["inspect --no-connect", ["inspect", "--no-connect"]],
    ["scan --dry-run", ["scan", "--dry-run"]],
    ["inspect --dry-run", ["inspect", "--dry-run"]],
  ])("%s starts no server", async (_label, args) => {
    const r = await runCli([...args, config, "--no-lockfile"], { cwd: dir, home: dir });
    expect(existsSync(marker)).toBe(false);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it("pin --dry-run and pin --no-connect start no server", async () => {
    const own = tempDir();
    const pinMarker = join(own, "started");
    const pinConfig = writeFixture(own, ".mcp.json", { mcpServers: { starter: nodeEntry(hostile("start-marker.mjs"), [pinMarker]) } });
    for (const flag of ["--dry-run", "--no-connect"]) {
      await runCli(["pin", pinConfig, flag, "--lockfile", join(own, "lock.json")], { cwd: own, home: own });
      expect(existsSync(pinMarker)).toBe(false);
    }
  });

  it("--dry-run lists the exact command that would run and the URL that would be contacted", async () => {
    const r = await runCli(["scan", config, "--dry-run"], { cwd: dir, home: dir });
    expect(r.stdout).toContain(`would run: ${NODE} ${hostile("start-marker.mjs")} ${marker}`);
    expect(r.stdout).toContain("would connect: http://127.0.0.1:9/mcp");
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(0);
  });

  it("the marker server does write its marker when it is started (so the checks above can fail)", async () => {
    await runCli(["scan", config, "--json", "--timeout", "5", "--no-lockfile"], { cwd: dir, home: dir });
    expect(existsSync(marker)).toBe(true);
  });
});

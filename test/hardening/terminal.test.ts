// Terminal safety: text from servers and configs never reaches a pipe as raw control characters.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { NODE, cleanupTempDirs, runCli, tempDir, writeFixture, type CliResult } from "../helpers/cli.js";
import { TERMINAL_CONTROL, firstControl, hostile, nodeEntry, server } from "./helpers.js";

afterAll(cleanupTempDirs);

// Every kind of hostile byte a terminal acts on: CSI colour, OSC title, OSC 8 link, BEL, CR, bidi override and isolate, C1 CSI, NUL, DEL.
const EVIL = "\x1b[31mred\x1b]0;title\x07\x1b]8;;http://evil.example\x1b\\link\r\u202egnp.exe\u2066\x9b2J\x00\x7f";

const results = new Map<string, CliResult>();

beforeAll(async () => {
  const dir = tempDir();
  const servers = {
    "escape-sequences": nodeEntry(server("escape-sequences.mjs")),
    [`name${EVIL}`]: nodeEntry(server("clean.mjs")),
    "escape-stderr": nodeEntry(hostile("escape-stderr.mjs")),
    "evil-command": { command: `no-such${EVIL}cmd`, args: [`arg${EVIL}`], env: { [`VAR${EVIL}`]: `value${EVIL}` } },
    "evil-url": { url: `http://127.0.0.1:9/${EVIL}` },
  };
  const config = writeFixture(dir, "mcp.json", { mcpServers: servers });
  // A config file whose own name is hostile, and broken, so its error line has to name it.
  const evilFile = writeFixture(dir, `bad\x1b]0;t\x07\u202e.json`, "{ not json");
  const base = [config, evilFile, "--timeout", "5"];
  const runs: Array<[string, string[]]> = [
    ["scan pretty", ["scan", ...base, "--no-lockfile"]],
    ["scan pretty verbose", ["scan", ...base, "--no-lockfile", "-v"]],
    ["scan markdown", ["scan", ...base, "--no-lockfile", "--format", "markdown"]],
    ["scan --dry-run", ["scan", ...base, "--dry-run"]],
    ["scan --no-connect", ["scan", ...base, "--no-connect", "--no-lockfile"]],
    ["inspect", ["inspect", ...base]],
    ["pin", ["pin", ...base, "--lockfile", join(dir, "lock.json")]],
  ];
  const done = await Promise.all(runs.map(([, args]) => runCli(args, { cwd: dir, home: dir })));
  runs.forEach(([name], i) => results.set(name, done[i]!));
  results.set("guard", await runCli(["guard", "--timeout", "5", "--", NODE, server("escape-sequences.mjs")], { cwd: dir, home: dir }));
  results.set("guard failing", await runCli(["guard", "--timeout", "5", "--", NODE, hostile("escape-stderr.mjs"), EVIL.replace("\x00", "")], { cwd: dir, home: dir }));
}, 60_000);

describe("output to a pipe", () => {
  it("the hostile text really reached the report (so its absence below means it was escaped)", () => {
    const pretty = results.get("scan pretty")!.stdout;
    expect(pretty).toMatch(/red/);
    expect(pretty).toMatch(/no-such/);
    expect(pretty).toMatch(/fatal/);
    expect(pretty).toMatch(/bad.*\.json/);
  });

  it.each([
    "scan pretty",
    "scan pretty verbose",
    "scan markdown",
    "scan --dry-run",
    "scan --no-connect",
    "inspect",
    "pin",
    "guard",
    "guard failing",
  ])("%s: no control character, C1 code or bidi override on stdout or stderr", (name) => {
    const r = results.get(name)!;
    expect(r.stdout + r.stderr).not.toBe("");
    expect(firstControl(r.stdout)).toBeUndefined();
    expect(firstControl(r.stderr)).toBeUndefined();
  });

  it("the pattern used above does catch raw escapes (the test can fail)", () => {
    expect(TERMINAL_CONTROL.test(EVIL)).toBe(true);
    expect(firstControl(`x${"\u202e"}y`)).toBeDefined();
  });
});

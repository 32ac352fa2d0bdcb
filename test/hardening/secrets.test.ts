// Secrets canary: distinct fake secrets planted in every place a secret can sit; no output of any command may show one.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { NODE, cleanupTempDirs, runCli, tempDir, writeFixture, type CliResult } from "../helpers/cli.js";
import { hostile } from "./helpers.js";

afterAll(cleanupTempDirs);

const ECHO = hostile("echo-secrets.mjs");
// Each canary is unique so a hit names the place it leaked from; none is a substring of another.
const canary = (place: string) => `canary${place}Zq7x9w2v`;
const C = {
  envValue: canary("EnvValue"),
  envPlain: canary("EnvPlainName"),
  envFailing: canary("EnvOfFailingServer"),
  envLister: canary("EnvOfListErrorServer"),
  header: canary("HeaderValue"),
  jwtSignature: "Canary0JwtSignature0abcdef0123456789",
  urlPassword: canary("UrlPassword"),
  urlQuery: canary("UrlQuery"),
  argUrlPassword: canary("ArgUrlPassword"),
  argUrlQuery: canary("ArgUrlQuery"),
  argGithubToken: "ghp_canaryArgGithubTokenZq7x9w2v0123",
  argOpenAiKey: "sk-canaryArgOpenAiKeyZq7x9w2v01234",
  ownGithubToken: canary("OwnGithubToken"),
  ownApiKey: canary("OwnApiKey"),
  ownPassword: canary("OwnPassword"),
};
// Secrets recognised by where they sit (after a secret-named flag, in a URL's user part), not by their shape.
const FLAG_VALUES = { apiKey: canary("ArgAfterApiKeyFlag"), password: canary("ArgPasswordEquals"), token: canary("ArgAfterTokenFlag") };
const URL_USERNAME = canary("UrlUsername");

const jwt = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnkifQ.${C.jwtSignature}`;
const scannerEnv = { GITHUB_TOKEN: C.ownGithubToken, OPENAI_API_KEY: C.ownApiKey, DB_PASSWORD: C.ownPassword };

/** Every output of every command, by a name that says where it came from. */
const outputs = new Map<string, string>();
const record = (name: string, r: CliResult) => {
  outputs.set(`${name} stdout`, r.stdout);
  outputs.set(`${name} stderr`, r.stderr);
};
const recordFiles = (dir: string, label: string) => {
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (statSync(path).isFile()) outputs.set(`${label}/${f}`, readFileSync(path, "utf8"));
  }
};

const isLockfile = (name: string) => name.endsWith(".lock.json") || name.startsWith("state/");
const leaksOf = (secrets: string[], where: (outputName: string) => boolean = () => true) => {
  const leaks: string[] = [];
  for (const [name, text] of outputs) {
    if (!where(name)) continue;
    for (const s of secrets) if (text.includes(s)) leaks.push(`${s} in ${name}`);
  }
  return leaks;
};

beforeAll(async () => {
  const home = tempDir();
  const out = tempDir();
  const cwd = join(home, "project");
  const okArgs = [
    ECHO,
    C.argGithubToken,
    `--key=${C.argOpenAiKey}`,
    `https://user:${C.argUrlPassword}@example.test/x?access_token=${C.argUrlQuery}`,
  ];
  writeFixture(home, ".cursor/mcp.json", {
    mcpServers: {
      echo: { command: NODE, args: okArgs, env: { API_KEY: C.envValue, SOME_SETTING: C.envPlain } },
      failer: { command: NODE, args: [ECHO, "--fail"], env: { SECRET: C.envFailing } },
      lister: { command: NODE, args: [ECHO, "--list-error"], env: { PASSWORD: C.envLister } },
      remote: {
        url: `http://user:${C.urlPassword}@127.0.0.1:9/mcp?api_key=${C.urlQuery}`,
        headers: { Authorization: `Bearer ${jwt}`, "X-Api-Key": C.header },
      },
    },
  });
  writeFixture(home, ".claude.json", {
    mcpServers: {
      flags: { command: NODE, args: [ECHO, "--api-key", FLAG_VALUES.apiKey, `--password=${FLAG_VALUES.password}`, "--token", FLAG_VALUES.token] },
      userinfo: { type: "http", url: `http://${URL_USERNAME}@127.0.0.1:9/mcp` },
    },
  });
  const opts = { home, cwd, env: scannerEnv };
  writeFixture(home, "project/.keep", "");
  const common = ["--timeout", "5"];
  const runs: Array<[string, string[]]> = [
    ["scan pretty", ["scan", ...common, "--lockfile", join(out, "scan.lock.json"), "-v"]],
    ["scan json", ["scan", "--json", ...common, "--no-lockfile"]],
    ["scan sarif", ["scan", "--format", "sarif", ...common, "--no-lockfile"]],
    ["scan markdown", ["scan", "--format", "markdown", ...common, "--no-lockfile"]],
    ["scan --output json", ["scan", "--json", "-o", join(out, "report.json"), ...common, "--no-lockfile"]],
    ["scan --output sarif", ["scan", "--format", "sarif", "-o", join(out, "report.sarif"), ...common, "--no-lockfile", "--ci"]],
    ["scan --output markdown", ["scan", "--format", "markdown", "-o", join(out, "report.md"), ...common, "--no-lockfile"]],
    ["scan --output pretty", ["scan", "-o", join(out, "report.txt"), ...common, "--no-lockfile"]],
    ["scan --dry-run", ["scan", "--dry-run"]],
    ["scan --dry-run --json", ["scan", "--dry-run", "--json"]],
    ["scan --no-connect", ["scan", "--no-connect", "--no-lockfile"]],
    ["inspect", ["inspect", ...common]],
    ["inspect json", ["inspect", "--json", ...common]],
    ["pin", ["pin", "--lockfile", join(out, "pin.lock.json"), ...common]],
  ];
  const results = await Promise.all(runs.map(([, args]) => runCli(args, opts)));
  runs.forEach(([name], i) => record(name, results[i]!));

  // guard is the launcher: the server gets the scanner's environment on purpose, and echoes it back.
  const guardArgs = ["guard", "--log", join(out, "guard.log"), "--timeout", "5", "--lockfile", join(out, "guard.lock.json"), "--", NODE, ECHO];
  record("guard", await runCli(guardArgs, opts));
  record("guard refusing", await runCli(["guard", "--timeout", "5", "--", NODE, ECHO, C.argGithubToken], opts));
  record("guard failing", await runCli(["guard", "--timeout", "5", "--", NODE, ECHO, "--fail"], opts));

  recordFiles(out, "written");
  // The per-user lockfile store, if a command wrote there.
  const state = join(home, ".local", "state");
  if (existsSync(state)) for (const d of readdirSync(state, { recursive: true }) as string[]) {
    const path = join(state, d);
    if (statSync(path).isFile()) outputs.set(`state/${d}`, readFileSync(path, "utf8"));
  }
}, 90_000);

describe("canary secrets", () => {
  it("the servers really ran and echoed what they were given (so a leak would show)", () => {
    const json = JSON.parse(outputs.get("scan json stdout")!);
    const echo = json.servers.find((s: any) => s.name === "echo");
    expect(echo.status).toBe("ok");
    expect(echo.tools.find((t: any) => t.name === "echo_env").description).toMatch(/API_KEY/);
    expect(json.servers.find((s: any) => s.name === "failer")).toMatchObject({ status: "error", error: expect.stringMatching(/fatal:/) });
    expect(json.servers.find((s: any) => s.name === "lister").error ?? JSON.stringify(json.servers.find((s: any) => s.name === "lister").warnings)).toMatch(/cannot list prompts/);
    expect(outputs.get("written/report.json")).toBeDefined();
    expect(outputs.get("written/report.sarif")).toBeDefined();
    expect(outputs.get("written/report.md")).toBeDefined();
    expect(outputs.get("written/pin.lock.json")).toBeDefined();
    expect(outputs.get("written/guard.log")).toMatch(/"decision"/);
    expect(outputs.get("guard refusing stderr")).toMatch(/refused/);
  });

  it("no env, header, JWT, URL password/query, token-shaped argument or scanner-environment secret appears in any output but the lockfile", () => {
    expect(leaksOf(Object.values(C), (name) => !isLockfile(name))).toEqual([]);
  });

  // The lockfile is meant to be committed: text a server echoes back must be stored masked.
  it("no secret a server echoes back is written to the lockfile (scan and pin)", () => {
    expect(outputs.get("written/scan.lock.json")).toBeDefined();
    expect(leaksOf(Object.values(C), isLockfile)).toEqual([]);
  });

  it("a secret passed as the value of a --api-key, --password= or --token argument appears in no output", () => {
    expect(leaksOf(Object.values(FLAG_VALUES))).toEqual([]);
  });

  it("a token in the username part of a URL appears in no output", () => {
    expect(leaksOf([URL_USERNAME])).toEqual([]);
  });
});

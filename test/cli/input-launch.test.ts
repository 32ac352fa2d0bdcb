// `scan --input` on a saved inventory (`inspect --json` output): the launch details the report keeps (command, args, URL,
// env and header names) are read back, so the launch rules and the catalog work as in the live scan. Env and header values
// are never saved and args are redacted: the rules that judge secret values run on the live config only.
import { afterAll, describe, expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { FIXTURES, NODE, SERVERS, cleanupTempDirs, runCli, tempDir, writeFixture } from "../helpers/cli.js";

afterAll(cleanupTempDirs);

/** Rules that judge the values of secrets (env and header values, unredacted args): not run on a saved inventory. */
const NEED_SECRET_VALUES = ["plaintext-secret", "token-audience-missing", "token-issuer-missing", "token-long-lived"];

/** A finding as both scans can state it (a saved inventory has no config line numbers). */
const comparable = (f: any) => JSON.stringify([f.ruleId, f.server, f.entity, f.field, f.severity, f.message, f.evidence, f.client, f.configPath, f.flow]);
const sorted = (findings: any[]) => findings.map(comparable).sort();

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
/** A bearer JWT without aud, iss or exp: three token findings in the live scan. */
const JWT = [b64({ alg: "HS256", typ: "JWT" }), b64({ sub: "ci-bot", iat: 1700000000 }), "c2lnbmF0dXJlLXNpZ25hdHVyZQ"].join(".");

describe("scan --input reads back the saved launch details", () => {
  it("gives the live scan's config findings, except the ones that need secret values", async () => {
    const dir = tempDir();
    const config = writeFixture(dir, "mcp.json", {
      mcpServers: {
        "memory-latest": { command: "npx", args: ["-y", "@modelcontextprotocol/server-memory"] },
        "git-pinned": { command: "uvx", args: ["mcp-server-git==2026.1.14"] },
        "remote-old": { command: "npx", args: ["-y", "mcp-remote@0.1.0", "https://mcp.example.com/sse", "--header", "Authorization: Bearer sk-live-canary-0123456789abcdef"] },
        "plain-http": { type: "http", url: "http://mcp.example.com/mcp", headers: { Authorization: `Bearer ${JWT}` } },
        github: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"], env: { GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_abcdefghijklmnopqrstuvwxyz0123456789" } },
        image: { command: "docker", args: ["run", "-i", "--rm", "-e", "GITHUB_TOKEN", "ghcr.io/github/github-mcp-server"] },
      },
    });
    const live = await runCli(["scan", config, "--no-connect", "--json", "--no-lockfile"], { cwd: dir });
    const saved = await runCli(["inspect", config, "--no-connect", "--json"], { cwd: dir });
    expect(saved.code).toBe(0);
    const inventory = writeFixture(dir, "inventory.json", saved.stdout);
    // Nothing secret was saved: the env and header values are absent and the bearer token in the args is masked.
    for (const secret of ["sk-live-canary-0123456789abcdef", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", JWT]) expect(saved.stdout).not.toContain(secret);
    const input = await runCli(["scan", "--input", inventory, "--json"], { cwd: dir });

    const ids = (r: any) => r.json.findings.map((f: any) => `${f.ruleId} ${f.server}`).sort();
    expect(ids(live)).toEqual([
      "insecure-transport plain-http",
      "known-vulnerable-package remote-old",
      "plaintext-secret github",
      "plaintext-secret plain-http",
      "plaintext-secret remote-old",
      "token-audience-missing plain-http",
      "token-issuer-missing plain-http",
      "token-long-lived plain-http",
      "unpinned-package image",
      "unpinned-package memory-latest",
    ]);
    const needsValues = (f: any) => NEED_SECRET_VALUES.includes(f.ruleId);
    expect(sorted(input.json.findings)).toEqual(sorted(live.json.findings.filter((f: any) => !needsValues(f))));
    expect(input.json.findings.filter(needsValues)).toEqual([]);
    // The header's name alone says credentials travel over plain HTTP: high, as in the live scan.
    expect(input.json.findings.find((f: any) => f.ruleId === "insecure-transport")).toMatchObject({ severity: "high", field: "url" });
    expect(input.code).toBe(live.code);

    // A dry run of a saved inventory says nothing would start, though it now knows the commands.
    const dry = await runCli(["scan", "--input", inventory, "--dry-run"], { cwd: dir });
    expect(dry.stdout).not.toMatch(/would (run|connect)/);
    expect(dry.stdout.match(/from a saved inventory: nothing is started or contacted/g)).toHaveLength(6);

    // Saved again, the launch round-trips unchanged.
    const again = await runCli(["inspect", "--input", inventory, "--json"], { cwd: dir });
    expect(again.json.servers.map((s: any) => s.launch)).toEqual(saved.json.servers.map((s: any) => s.launch));
  });

  it("env and header names count as in the live scan: a server that signs in reads private data, and the toxic flow is found", async () => {
    const dir = tempDir();
    const reports = writeFixture(
      dir,
      "reports.mjs",
      `import { INIT_RESULT, serve } from ${JSON.stringify(join(FIXTURES, "servers/lib/raw.mjs"))};
serve({
  initialize: () => INIT_RESULT({ tools: {} }, { serverInfo: { name: "acme-reports", version: "1.0.0" } }),
  "tools/list": () => ({ tools: [{ name: "get_report", description: "Returns the weekly report.", inputSchema: { type: "object", properties: { id: { type: "string" } } } }] }),
});
`,
    );
    const config = writeFixture(dir, "mcp.json", {
      mcpServers: {
        reports: { command: NODE, args: [reports], env: { ACME_API_TOKEN: "q8Zr4kLm2Xw9Tp7Vb3Nc" } },
        mail: { command: NODE, args: [SERVERS.fixture("flow-mail.mjs")] },
        web: { command: NODE, args: [SERVERS.fixture("flow-web.mjs")] },
      },
    });
    const live = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
    const saved = await runCli(["inspect", config, "--json"], { cwd: dir });
    expect(saved.code).toBe(0);
    const inventory = writeFixture(dir, "inventory.json", saved.stdout);
    const input = await runCli(["scan", "--input", inventory, "--json"], { cwd: dir });

    const flow = (r: any) => r.json.findings.filter((f: any) => f.ruleId === "toxic-flow");
    expect(flow(live).flatMap((f: any) => f.flow.map((s: any) => `${s.tool}:${s.role}`))).toEqual(["fetch_page:untrusted-content", "get_report:private-data", "send_email:public-sink"]);
    expect(sorted(input.json.findings)).toEqual(sorted(live.json.findings.filter((f: any) => f.ruleId !== "plaintext-secret")));
    expect(live.json.findings.map((f: any) => f.ruleId).sort()).toEqual(["plaintext-secret", "toxic-flow"]);
    // The saved launch gives the lockfile keys a live `pin` wrote: the saved servers are compared with those pins.
    const lockfile = join(dir, "mcp-shield.lock.json");
    expect((await runCli(["pin", config, "--lockfile", lockfile], { cwd: dir })).code).toBe(0);
    const frozen = await runCli(["scan", "--input", inventory, "--json", "--lockfile", lockfile, "--frozen-lockfile"], { cwd: dir });
    expect(sorted(frozen.json.findings)).toEqual(sorted(input.json.findings));
    const labels = (r: any) => Object.fromEntries(r.json.servers.map((s: any) => [s.name, s.labels]));
    const reread = await runCli(["inspect", "--input", inventory, "--json"], { cwd: dir });
    expect(labels(reread)).toEqual(labels(saved));

    // Without the names (an inventory saved by hand, or by an older version) the same tool is no private data, and no flow.
    const bare = JSON.parse(readFileSync(inventory, "utf8"));
    for (const s of bare.servers) delete s.launch;
    writeFileSync(inventory, JSON.stringify(bare));
    const fromBare = await runCli(["scan", "--input", inventory, "--json"], { cwd: dir });
    expect(fromBare.code).toBe(0);
    expect(flow(fromBare)).toEqual([]);
  });

  it("the catalog recognises a saved server by its launched package or its host", async () => {
    const dir = tempDir();
    const servers = [
      { name: "kb", launch: { command: "npx", args: ["-y", "@modelcontextprotocol/server-memory@2025.8.4"] }, tools: [{ name: "read_graph", description: "Read it all.", inputSchema: { type: "object" } }] },
      { name: "issues", transport: "http", launch: { url: "https://mcp.sentry.dev/mcp" }, tools: [{ name: "get_sentry_issue", description: "Get one.", inputSchema: { type: "object" } }] },
    ];
    const basis = async (file: string) => {
      const r = await runCli(["inspect", "--input", file, "--json"], { cwd: dir });
      expect(r.code).toBe(0);
      return Object.fromEntries(r.json.servers.map((s: any) => [s.name, Object.values(s.labels).flat().map((l: any) => `${l.basis}: ${l.reason}`)]));
    };
    expect(await basis(writeFixture(dir, "launched.json", { servers }))).toEqual({
      kb: ["catalog: known server memory, recognised by package @modelcontextprotocol/server-memory"],
      issues: ["catalog: known server sentry, recognised by host mcp.sentry.dev"],
    });
    const bare = await basis(writeFixture(dir, "bare.json", { servers: servers.map(({ launch: _, ...s }) => s) }));
    expect(Object.values(bare).flat().filter((l) => l.startsWith("catalog"))).toEqual([]);
  });
});

describe("scan --input with launch details that are old, placeholders or hostile", () => {
  it("an inventory without launch fields (an older file) still loads", async () => {
    const dir = tempDir();
    const config = writeFixture(dir, "mcp.json", { mcpServers: { memory: { command: "npx", args: ["-y", "@modelcontextprotocol/server-memory"] } } });
    const saved = await runCli(["inspect", config, "--no-connect", "--json"], { cwd: dir });
    const old = saved.json;
    for (const s of old.servers) delete s.launch;
    const r = await runCli(["scan", "--input", writeFixture(dir, "old.json", old), "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.json.servers.map((s: any) => [s.name, s.launch])).toEqual([["memory", {}]]);
    expect(r.json.findings).toEqual([]);
  });

  it.each([
    ["a number among the args", { command: "npx", args: ["-y", 7] }, /servers\.0\.launch\.args\.1: /],
    ["args that are not a list", { command: "npx", args: "-y pkg" }, /servers\.0\.launch\.args: /],
    ["a command that is not a string", { command: ["npx"] }, /servers\.0\.launch\.command: /],
    ["a huge list of args", { command: "npx", args: Array.from({ length: 100_000 }, (_, i) => `a${i}`) }, /servers\.0\.launch\.args: /],
    ["a huge argument", { command: "npx", args: ["x".repeat(1_000_000)] }, /servers\.0\.launch\.args\.0: /],
    ["an object among the env names", { command: "npx", envKeys: [{ toString: "x" }] }, /servers\.0\.launch\.envKeys\.0: /],
    ["a huge list of header names", { url: "https://x.example/mcp", headerKeys: Array.from({ length: 5000 }, (_, i) => `H${i}`) }, /servers\.0\.launch\.headerKeys: /],
    ["launch that is not an object", "npx -y pkg", /servers\.0\.launch: /],
  ])("a hostile launch (%s) is exit 2, one line naming the file and the field", async (_, launch, field) => {
    const dir = tempDir();
    const input = writeFixture(dir, "hostile.json", { servers: [{ name: "s", launch, tools: [] }] });
    const r = await runCli(["scan", "--input", input, "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(input);
    expect(lines[0]).toMatch(field);
  });

  it("no redaction placeholder or env/header name is taken for a secret or a package", async () => {
    const dir = tempDir();
    const input = writeFixture(dir, "placeholders.json", {
      servers: [
        {
          name: "bridge",
          launch: {
            command: "npx",
            args: ["-y", "mcp-remote@0.1.16", "https://****@mcp.example.com/sse?api_key=****", "--header", "Authorization: Bearer ****", "--api-key", "sk-****", "--token=ghp_****", "API_KEY=****", "--password", "ghp_****", "github_pat_****", "eyJ****"],
            envKeys: ["GITHUB_TOKEN", "OPENAI_API_KEY", "DB_PASSWORD", "AWS_SECRET_ACCESS_KEY"],
            headerKeys: ["Authorization", "X-API-Key", "Cookie"],
          },
          tools: [],
        },
        // A secret where the package would be: redacted, it must not read as a package `ghp_` at version `****`.
        { name: "from-secret", launch: { command: "uvx", args: ["--from", "ghp_****", "mcp-server-x"] }, tools: [] },
        { name: "positional-secret", launch: { command: "uvx", args: ["sk-****"] }, tools: [] },
        { name: "pipx-secret", launch: { command: "pipx", args: ["run", "--spec", "github_pat_****", "tool"] }, tools: [] },
        { name: "npx-secret", launch: { command: "npx", args: ["-y", "sk-****"] }, tools: [] },
        { name: "npm-version", launch: { command: "npx", args: ["-y", "some-pkg@****"] }, tools: [] },
        { name: "image-secret", launch: { command: "docker", args: ["run", "-i", "ghp_****"] }, tools: [] },
      ],
    });
    const r = await runCli(["scan", "--input", input, "--json", "--fail-on", "info"], { cwd: dir });
    expect(r.json.findings).toEqual([]);
    expect(r.code).toBe(0);
    // Credentials masked inside a git URL leave a git spec a spec: its ref is still not a commit.
    const git = writeFixture(dir, "git.json", { servers: [{ name: "g", launch: { command: "npx", args: ["-y", "git+https://****@github.com/acme/tool.git#main"] }, tools: [] }] });
    const fromGit = await runCli(["scan", "--input", git, "--json"], { cwd: dir });
    expect(fromGit.json.findings.map((f: any) => [f.ruleId, f.field])).toEqual([["unpinned-package", "args[1]"]]);
  });

  it("what needs the live config stays out: JWTs left in saved args, and --probe-auth never contacts a saved URL", async () => {
    const dir = tempDir();
    let requests = 0;
    const server = createServer((_, res) => {
      requests++;
      res.writeHead(401, { "www-authenticate": "Bearer" }).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
      const input = writeFixture(dir, "saved.json", {
        servers: [
          { name: "remote", transport: "http", launch: { url, headerKeys: ["Authorization"] }, tools: [] },
          // A short token the redactor let through: the token rules judge configured tokens on the live config only.
          { name: "bridge", launch: { command: "npx", args: ["-y", "mcp-remote@0.1.16", url, "--header", `Authorization: Bearer ${b64({ alg: "none" })}.${b64({})}.`] }, tools: [] },
        ],
      });
      const r = await runCli(["scan", "--input", input, "--probe-auth", "--json", "--fail-on", "info"], { cwd: dir });
      expect(r.json.findings).toEqual([]);
      expect(r.code).toBe(0);
      expect(requests).toBe(0);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});

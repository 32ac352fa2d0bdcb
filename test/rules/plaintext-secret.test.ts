// plaintext-secret: literal secrets in env, headers, args and URLs are found and never shown.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding } from "../../src/model.js";
import { plaintextSecret } from "../../src/rules/plaintext-secret.js";

// Built at run time so no token-shaped literal sits in the repository.
const GITHUB = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A";
const RANDOM = "q8Zr4Lm2Vx9Tc7Wn5Yb3Kd1Hf6Gj0Ps2";
const JWT = ["eyJhbGciOiJIUzI1NiJ9", "eyJzdWIiOiJ4In0", "c2lnbmF0dXJlc2lnbmF0dXJl"].join(".");

async function findingsFor(fields: Partial<Record<"env" | "headers", Record<string, string>>> & { args?: string[]; url?: string; scope?: string }, configText?: string): Promise<Finding[]> {
  let configPath = "not-a-file.json";
  if (configText !== undefined) {
    configPath = join(mkdtempSync(join(tmpdir(), "secret-")), "mcp.json");
    writeFileSync(configPath, configText);
  }
  const entry = ServerEntry.parse({
    name: "s", client: "c", configPath, inventoryId: "i", scope: fields.scope ?? "user",
    transport: fields.url ? "http" : "stdio", command: fields.url ? undefined : "node", url: fields.url,
    args: fields.args ?? [], env: fields.env ?? {}, headers: fields.headers ?? {},
  });
  const server = { entry, status: "skipped" as const, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath, servers: [server] }], [plaintextSecret]);
  expect(errors).toEqual([]);
  return findings;
}

const mustTrigger: [string, Parameters<typeof findingsFor>[0], string][] = [
  ["known GitHub token under any name", { env: { FOO: GITHUB } }, "env.FOO"],
  ["random value under a *_TOKEN name", { env: { SERVICE_TOKEN: RANDOM } }, "env.SERVICE_TOKEN"],
  ["random value under *_API_KEY", { env: { OPENWEATHER_API_KEY: RANDOM } }, "env.OPENWEATHER_API_KEY"],
  ["any password", { env: { DB_PASSWORD: "hunter2hunter2" } }, "env.DB_PASSWORD"],
  ["bearer header", { url: "https://api.example.com/mcp", headers: { Authorization: `Bearer ${RANDOM}` } }, "headers.Authorization"],
  ["JWT in bearer header", { url: "https://api.example.com/mcp", headers: { Authorization: `Bearer ${JWT}` } }, "headers.Authorization"],
  ["x-api-key header", { url: "https://api.example.com/mcp", headers: { "X-API-Key": RANDOM } }, "headers.X-API-Key"],
  ["--token=VALUE arg", { args: ["server.js", `--token=${RANDOM}`] }, "args[1]"],
  ["--api-key VALUE arg", { args: ["server.js", "--api-key", RANDOM] }, "args[2]"],
  ["docker -e KEY=VALUE", { args: ["-e", `GITHUB_TOKEN=${GITHUB}`] }, "args[1]"],
  ["bare known token arg", { args: [GITHUB] }, "args[0]"],
  ["URL query key", { url: `https://api.example.com/mcp?api_key=${RANDOM}` }, "url?api_key"],
  ["URL password", { url: `https://user:${RANDOM}@api.example.com/mcp` }, "url"],
  ["URL in args", { args: ["mcp-remote", `https://api.example.com/sse?token=${RANDOM}`] }, "args[1]?token"],
];

const mustNotTrigger: [string, Parameters<typeof findingsFor>[0]][] = [
  ["VS Code env reference", { env: { GITHUB_TOKEN: "${env:GITHUB_TOKEN}" } }],
  ["shell-style reference", { env: { API_KEY: "$API_KEY" } }],
  ["placeholder", { env: { API_KEY: "your-api-key-here" } }],
  ["angle-bracket placeholder", { env: { API_KEY: "<YOUR_KEY>" } }],
  ["path under a key-ish name", { env: { SSH_KEY_PATH: "/home/me/.ssh/id_ed25519" } }],
  ["non-secret names", { env: { LOG_LEVEL: "debug", NODE_ENV: "production", TOKEN_URL: "https://auth.example.com/token" } }],
  ["low-entropy word under a token name", { env: { SLACK_TOKEN_TYPE: "bot", GH_TOKEN_SCOPE: "repo" } }],
  ["setting under an auth-ish name", { env: { AUTH_STRATEGY: "oauth-client-credentials" } }],
  ["client id", { env: { OAUTH_CLIENT_ID: "my-client-app-123456" } }],
  ["plain args", { args: ["server.js", "--port", "3000", "--root", "/srv/data"] }],
  ["header placeholder", { url: "https://api.example.com/mcp", headers: { Authorization: "Bearer ${input:token}" } }],
  ["query without secrets", { url: "https://api.example.com/mcp?region=eu&format=json" }],
];

describe("plaintext-secret", () => {
  it.each(mustTrigger)("finds %s", async (_name, fields, field) => {
    const findings = await findingsFor(fields);
    expect(findings.map((f) => f.field)).toContain(field);
  });

  it.each(mustNotTrigger)("ignores %s", async (_name, fields) => {
    expect(await findingsFor(fields)).toEqual([]);
  });

  it("never puts the secret into the finding", async () => {
    for (const [, fields] of mustTrigger) {
      const findings = await findingsFor(fields);
      const text = JSON.stringify(findings);
      for (const secret of [GITHUB, RANDOM, JWT, "hunter2hunter2"]) expect(text).not.toContain(secret);
      expect(text).toContain("****");
    }
  });

  it("skips values that came from variable expansion (absent from the config text)", async () => {
    const written = JSON.stringify({ servers: { s: { env: { SERVICE_TOKEN: "${env:SERVICE_TOKEN}" } } } });
    expect(await findingsFor({ env: { SERVICE_TOKEN: RANDOM } }, written)).toEqual([]);
    const literal = JSON.stringify({ servers: { s: { env: { SERVICE_TOKEN: RANDOM } } } });
    expect(await findingsFor({ env: { SERVICE_TOKEN: RANDOM } }, literal)).toHaveLength(1);
  });

  it("rates a project config (likely committed) high, a user config's guessed secret medium", async () => {
    const [user] = await findingsFor({ env: { SERVICE_TOKEN: RANDOM } });
    const [project] = await findingsFor({ env: { SERVICE_TOKEN: RANDOM }, scope: "project" });
    expect(user!.severity).toBe("medium");
    expect(project!.severity).toBe("high");
    const [known] = await findingsFor({ env: { X: GITHUB } });
    expect(known!.severity).toBe("high");
    expect(known!.message).toContain("GitHub token");
  });
});

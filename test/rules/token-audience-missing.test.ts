// token-audience-missing: bearer JWTs in headers and env, decoded locally.
import { UnsecuredJWT, type JWTPayload } from "jose";
import type { Rule } from "../../src/analyze/rule.js";
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding } from "../../src/model.js";
import { tokenAudienceMissing as rule } from "../../src/rules/token-audience-missing.js";

function jwt(claims: JWTPayload): string {
  return new UnsecuredJWT(claims).encode();
}

async function findingsFor(rule: Rule, where: { headers?: Record<string, string>; env?: Record<string, string>; args?: string[] }): Promise<Finding[]> {
  const entry = ServerEntry.parse({ name: "s", client: "c", configPath: "x.json", inventoryId: "i", scope: "user", transport: "http", url: "https://mcp.example.com/mcp", headers: where.headers ?? {}, env: where.env ?? {}, args: where.args ?? [] });
  const server = { entry, status: "skipped" as const, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "x.json", servers: [server] }], [rule]);
  expect(errors).toEqual([]);
  return findings;
}

const now = () => Math.floor(Date.now() / 1000);

describe("token-audience-missing", () => {
  it.each([
    ["bearer header without aud", { headers: { Authorization: `Bearer ${jwt({ iss: "https://as.example.com", sub: "u", exp: now() + 600 })}` } }, "headers.Authorization"],
    ["empty aud array", { headers: { Authorization: `Bearer ${jwt({ iss: "https://as.example.com", aud: [] })}` } }, "headers.Authorization"],
    ["env value without aud", { env: { MCP_TOKEN: jwt({ sub: "u" }) } }, "env.MCP_TOKEN"],
    ["mcp-remote --header argument", { args: ["-y", "mcp-remote@0.1.29", "https://x.example/sse", "--header", `Authorization: Bearer ${jwt({ sub: "u" })}`] }, "args[4]"],
  ])("flags %s", async (_n, where, field) => {
    const findings = await findingsFor(rule, where);
    expect(findings.map((f) => f.field)).toEqual([field]);
    expect(JSON.stringify(findings)).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}/);
  });
  it.each([
    ["string aud", { headers: { Authorization: `Bearer ${jwt({ aud: "https://mcp.example.com/mcp" })}` } }],
    ["array aud", { env: { T: jwt({ aud: ["https://mcp.example.com/mcp"] }) } }],
    ["opaque token", { headers: { Authorization: "Bearer 0123456789abcdef0123456789abcdef" } }],
    ["JWT-shaped junk", { headers: { Authorization: "Bearer eyJnotjson.eyJalsonot.xx" } }],
  ])("ignores %s", async (_n, where) => {
    expect(await findingsFor(rule, where)).toEqual([]);
  });
});

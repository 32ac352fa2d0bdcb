// token-issuer-missing: bearer JWTs in headers and env, decoded locally.
import { UnsecuredJWT, type JWTPayload } from "jose";
import type { Rule } from "../../src/analyze/rule.js";
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding } from "../../src/model.js";
import { tokenIssuerMissing as rule } from "../../src/rules/token-issuer-missing.js";

function jwt(claims: JWTPayload): string {
  return new UnsecuredJWT(claims).encode();
}

async function findingsFor(rule: Rule, where: { headers?: Record<string, string>; env?: Record<string, string> }): Promise<Finding[]> {
  const entry = ServerEntry.parse({ name: "s", client: "c", configPath: "x.json", inventoryId: "i", scope: "user", transport: "http", url: "https://mcp.example.com/mcp", headers: where.headers ?? {}, env: where.env ?? {} });
  const server = { entry, status: "skipped" as const, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "x.json", servers: [server] }], [rule]);
  expect(errors).toEqual([]);
  return findings;
}

const now = () => Math.floor(Date.now() / 1000);

describe("token-issuer-missing", () => {
  it.each([
    ["bearer header without iss", { headers: { Authorization: `Bearer ${jwt({ aud: "x", sub: "u" })}` } }, "headers.Authorization"],
    ["env JWT with empty iss", { env: { API_JWT: jwt({ iss: "" }) } }, "env.API_JWT"],
  ])("flags %s", async (_n, where, field) => {
    const findings = await findingsFor(rule, where);
    expect(findings.map((f) => f.field)).toEqual([field]);
    expect(findings[0]!.evidence).toMatch(/^eyJ\*\*\*\*/);
  });
  it.each([
    ["iss present", { headers: { Authorization: `Bearer ${jwt({ iss: "https://as.example.com" })}` } }],
    ["no JWT at all", { env: { HOME: "/home/me" } }],
  ])("ignores %s", async (_n, where) => {
    expect(await findingsFor(rule, where)).toEqual([]);
  });
});

// token-long-lived: bearer JWTs in headers and env, decoded locally.
import { UnsecuredJWT, type JWTPayload } from "jose";
import type { Rule } from "../../src/analyze/rule.js";
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding } from "../../src/model.js";
import { tokenLongLived as rule } from "../../src/rules/token-long-lived.js";

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

describe("token-long-lived", () => {
  it.each([
    ["no exp", { iat: now() }, "medium"],
    ["a year", { iat: now(), exp: now() + 365 * 86400 }, "medium"],
    ["a week", { iat: now(), exp: now() + 7 * 86400 }, "low"],
    ["no iat, expires in 10 days", { exp: now() + 10 * 86400 }, "low"],
  ])("flags %s", async (_n, claims, severity) => {
    const findings = await findingsFor(rule, { headers: { Authorization: `Bearer ${jwt(claims)}` } });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe(severity);
  });
  it.each([
    ["one hour", { iat: now(), exp: now() + 3600 }],
    ["exactly a day", { iat: now(), exp: now() + 86400 }],
    ["already expired", { iat: now() - 90 * 86400, exp: now() - 86400 }],
  ])("ignores %s", async (_n, claims) => {
    expect(await findingsFor(rule, { env: { TOKEN: jwt(claims) } })).toEqual([]);
  });
});

// Shared by the token-* rule tests: unsigned JWTs and one configured HTTP server carrying them.
import { expect } from "@jest/globals";
import { UnsecuredJWT, type JWTPayload } from "jose";
import type { Rule } from "../../src/analyze/rule.js";
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, emptyScan, type Finding } from "../../src/model.js";

export function jwt(claims: JWTPayload): string {
  return new UnsecuredJWT(claims).encode();
}

export const now = () => Math.floor(Date.now() / 1000);

/** Findings of `rule` for one not-connected HTTP server with these headers, env and args. */
export async function findingsFor(
  rule: Rule,
  where: { headers?: Record<string, string>; env?: Record<string, string>; args?: string[] },
): Promise<Finding[]> {
  const entry = ServerEntry.parse({
    name: "s",
    client: "c",
    configPath: "x.json",
    inventoryId: "i",
    scope: "user",
    transport: "http",
    url: "https://mcp.example.com/mcp",
    headers: where.headers ?? {},
    env: where.env ?? {},
    args: where.args ?? [],
  });
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "x.json", servers: [emptyScan(entry, "skipped")] }], [rule]);
  expect(errors).toEqual([]);
  return findings;
}

// token-issuer-missing: bearer JWTs in headers and env, decoded locally.
import { tokenIssuerMissing as rule } from "../../src/rules/token-issuer-missing.js";
import { findingsFor, jwt, now } from "./token-helpers.js";

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

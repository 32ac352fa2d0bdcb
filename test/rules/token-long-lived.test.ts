// token-long-lived: bearer JWTs in headers and env, decoded locally.
import { tokenLongLived as rule } from "../../src/rules/token-long-lived.js";
import { findingsFor, jwt, now } from "./token-helpers.js";

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

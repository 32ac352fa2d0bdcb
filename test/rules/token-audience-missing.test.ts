// token-audience-missing: bearer JWTs in headers and env, decoded locally.
import { tokenAudienceMissing as rule } from "../../src/rules/token-audience-missing.js";
import { findingsFor, jwt, now } from "./token-helpers.js";

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

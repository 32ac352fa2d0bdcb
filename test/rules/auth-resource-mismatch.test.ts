// auth-resource-mismatch: RFC 9728 metadata of servers answering 401, as in-memory ScannedServers.
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding, type ScannedServer } from "../../src/model.js";
import { authResourceMismatch } from "../../src/rules/auth-resource-mismatch.js";

const URL_ = "https://mcp.example.com/mcp";

async function findingsFor(http: ScannedServer["http"], url = URL_): Promise<Finding[]> {
  const entry = ServerEntry.parse({ name: "remote", client: "c", configPath: "x.json", inventoryId: "i", scope: "user", transport: "http", url });
  const server: ScannedServer = { entry, status: "error", error: "HTTP 401", http, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "x.json", servers: [server] }], [authResourceMismatch]);
  expect(errors).toEqual([]);
  return findings;
}

const META_URL = "https://mcp.example.com/.well-known/oauth-protected-resource/mcp";

describe("auth-resource-mismatch", () => {
  it.each([
    ["no metadata (404)", { unauthenticatedStatus: 401, resourceMetadataUrl: META_URL, resourceMetadataError: `HTTP 404 from ${META_URL}` }, /no OAuth protected resource metadata: HTTP 404/],
    ["metadata not an object", { unauthenticatedStatus: 401, resourceMetadata: ["x"] }, /no OAuth protected resource metadata/],
    ["metadata without resource", { unauthenticatedStatus: 401, resourceMetadata: { authorization_servers: ["https://as.example.com"] } }, /has no `resource`/],
    ["another server's resource", { unauthenticatedStatus: 401, resourceMetadata: { resource: "https://other.example.com/mcp" } }, /names https:\/\/other\.example\.com\/mcp, not this server/],
    ["a different path", { unauthenticatedStatus: 401, resourceMetadata: { resource: "https://mcp.example.com/" } }, /not this server/],
  ])("flags %s", async (_n, http, message) => {
    const findings = await findingsFor(http);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(message);
  });

  it.each([
    ["exact resource", { unauthenticatedStatus: 401, resourceMetadata: { resource: URL_ } }],
    ["trailing slash", { unauthenticatedStatus: 401, resourceMetadata: { resource: `${URL_}/` } }],
    ["host case and default port", { unauthenticatedStatus: 401, resourceMetadata: { resource: "https://MCP.example.com:443/mcp" } }],
    ["not 401", { unauthenticatedStatus: 200 }],
    ["no facts", undefined],
  ])("accepts %s", async (_n, http) => {
    expect(await findingsFor(http)).toEqual([]);
  });

  it("escapes control characters a server put into its metadata", async () => {
    const [f] = await findingsFor({ unauthenticatedStatus: 401, resourceMetadata: { resource: "https://evil.example.com/\u001b[31mred" } });
    expect(f!.message).not.toContain("\u001b");
  });
});

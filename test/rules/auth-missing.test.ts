// auth-missing: live HTTP facts recorded by connect, as in-memory ScannedServers.
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding, type ScannedServer } from "../../src/model.js";
import { authMissing } from "../../src/rules/auth-missing.js";

async function findingsFor(url: string, status: ScannedServer["status"], http: ScannedServer["http"], headers: Record<string, string> = {}): Promise<Finding[]> {
  const entry = ServerEntry.parse({ name: "remote", client: "c", configPath: "x.json", inventoryId: "i", scope: "user", transport: "http", url, headers });
  const server: ScannedServer = { entry, status, http, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "x.json", servers: [server] }], [authMissing]);
  expect(errors).toEqual([]);
  return findings;
}

describe("auth-missing", () => {
  it.each([
    ["https://mcp.example.com/mcp", 200],
    ["http://10.0.0.5:8080/mcp", 202],
  ])("flags %s answering %d without credentials", async (url, code) => {
    const findings = await findingsFor(url, "ok", { unauthenticatedStatus: code });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.entity).toEqual({ kind: "server", name: "remote" });
    expect(findings[0]!.severity).toBe("high");
  });

  it("says when configured credentials are not what protects it, without showing them", async () => {
    const findings = await findingsFor("https://mcp.example.com/mcp", "ok", { unauthenticatedStatus: 200 }, { Authorization: "Bearer s3cr3t-value-123456" });
    expect(findings[0]!.message).toContain("configured credentials");
    expect(JSON.stringify(findings)).not.toContain("s3cr3t");
  });

  it.each([
    ["401", "https://mcp.example.com/mcp", "ok", { unauthenticatedStatus: 401 }],
    ["403", "https://mcp.example.com/mcp", "ok", { unauthenticatedStatus: 403 }],
    ["loopback", "http://127.0.0.1:3000/mcp", "ok", { unauthenticatedStatus: 200 }],
    ["localhost", "http://localhost:3000/mcp", "ok", { unauthenticatedStatus: 200 }],
    ["connect failed", "https://mcp.example.com/mcp", "error", { unauthenticatedStatus: 200 }],
    ["--no-connect", "https://mcp.example.com/mcp", "skipped", undefined],
    ["no facts", "https://mcp.example.com/mcp", "ok", undefined],
  ] as const)("ignores %s", async (_n, url, status, http) => {
    expect(await findingsFor(url, status, http)).toEqual([]);
  });
});

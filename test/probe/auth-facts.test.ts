// auth-resource-mismatch and auth-missing over facts the connect stage collects from the real auth-*.mjs fixtures.
import { runRules } from "../../src/analyze/engine.js";
import { probeHttp } from "../../src/connect/http-probe.js";
import { ServerEntry, type Finding, type ScannedServer } from "../../src/model.js";
import { authMissing } from "../../src/rules/auth-missing.js";
import { authResourceMismatch } from "../../src/rules/auth-resource-mismatch.js";
import { startFixture } from "./auth-fixtures.js";


async function findingsFor(url: string): Promise<Finding[]> {
  const entry = ServerEntry.parse({ name: "fixture", client: "c", configPath: "x.json", inventoryId: "i", scope: "target", transport: "http", url });
  const http = await probeHttp(url, "http", 3000);
  const server: ScannedServer = { entry, status: http.unauthenticatedStatus === 200 ? "ok" : "error", http, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "x.json", servers: [server] }], [authMissing, authResourceMismatch]);
  expect(errors).toEqual([]);
  return findings;
}

describe("auth facts from fixture servers", () => {
  it("401 without metadata -> auth-resource-mismatch", async () => {
    const findings = await findingsFor(await startFixture("auth-401.mjs"));
    expect(findings.map((f) => f.ruleId)).toEqual(["auth-resource-mismatch"]);
    expect(findings[0]!.message).toContain("no OAuth protected resource metadata");
  });

  it("401 with metadata naming another resource -> auth-resource-mismatch", async () => {
    const findings = await findingsFor(await startFixture("auth-401.mjs", ["--metadata-resource", "https://other.example.com/mcp"]));
    expect(findings.map((f) => f.ruleId)).toEqual(["auth-resource-mismatch"]);
    expect(findings[0]!.message).toContain("other.example.com");
  });

  it("401 with correct metadata, and the strict server -> nothing", async () => {
    expect(await findingsFor(await startFixture("auth-401.mjs", ["--metadata"]))).toEqual([]);
    expect(await findingsFor(await startFixture("auth-strict.mjs"))).toEqual([]);
  });

  it("an open server on loopback is not auth-missing (only non-loopback hosts are)", async () => {
    expect(await findingsFor(await startFixture("auth-open.mjs"))).toEqual([]);
  });
});

// insecure-transport: http:// to anything but loopback.
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding } from "../../src/model.js";
import { insecureTransport } from "../../src/rules/insecure-transport.js";

async function findingsFor(fields: { url?: string; args?: string[]; headers?: Record<string, string> }): Promise<Finding[]> {
  const entry = ServerEntry.parse({
    name: "s", client: "c", configPath: "x.json", inventoryId: "i", scope: "user",
    transport: fields.url ? "http" : "stdio", command: fields.url ? undefined : "npx", url: fields.url, args: fields.args ?? [], headers: fields.headers ?? {},
  });
  const server = { entry, status: "skipped" as const, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "x.json", servers: [server] }], [insecureTransport]);
  expect(errors).toEqual([]);
  return findings;
}

describe("insecure-transport", () => {
  it.each([
    ["http://mcp.example.com/mcp", "medium"],
    ["http://203.0.113.7:8080/sse", "medium"],
    ["http://192.168.1.20:3000/mcp", "low"],
    ["http://nas.local/mcp", "low"],
    ["HTTP://MCP.EXAMPLE.COM/mcp", "medium"],
  ])("flags %s as %s", async (url, severity) => {
    const findings = await findingsFor({ url });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe(severity);
    expect(findings[0]!.field).toBe("url");
  });

  it.each(["https://mcp.example.com/mcp", "http://localhost:3000/mcp", "http://127.0.0.1:8080/mcp", "http://127.1.2.3/mcp", "http://[::1]:3000/mcp", "http://app.localhost/mcp"])(
    "accepts %s",
    async (url) => {
      expect(await findingsFor({ url })).toEqual([]);
    },
  );

  it("is high when credentials travel in clear, and never shows them", async () => {
    const findings = await findingsFor({ url: "http://mcp.example.com/mcp?token=abcdefgh12345678", headers: { Authorization: "Bearer abcdefgh12345678" } });
    expect(findings[0]!.severity).toBe("high");
    expect(JSON.stringify(findings)).not.toContain("abcdefgh12345678");
  });

  it("checks URLs handed to a bridge in args", async () => {
    const findings = await findingsFor({ args: ["-y", "mcp-remote@0.1.29", "http://mcp.example.com/sse"] });
    expect(findings.map((f) => f.field)).toEqual(["args[2]"]);
    expect(await findingsFor({ args: ["-y", "mcp-remote@0.1.29", "http://localhost:9000/sse"] })).toEqual([]);
  });
});

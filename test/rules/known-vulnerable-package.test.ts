// known-vulnerable-package: the offline advisory table, exact versions, ranges and unresolvable specs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding } from "../../src/model.js";
import { knownVulnerablePackage, loadAdvisories } from "../../src/rules/known-vulnerable-package.js";

async function findingsFor(command: string, args: string[]): Promise<Finding[]> {
  const entry = ServerEntry.parse({ name: "s", client: "c", configPath: "inline.json", inventoryId: "i", scope: "user", transport: "stdio", command, args });
  const server = { entry, status: "skipped" as const, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
  const { findings, errors } = await runRules([{ id: "i", client: "c", configPath: "inline.json", servers: [server] }], [knownVulnerablePackage]);
  expect(errors).toEqual([]);
  return findings;
}

describe("known-vulnerable-package", () => {
  it("loads and validates rules/advisories.json, every entry with a source", () => {
    const advisories = loadAdvisories();
    expect(advisories.map((a) => a.id)).toContain("CVE-2025-6514");
    for (const a of advisories) expect(a.sources.length).toBeGreaterThan(0);
  });

  it("rejects a malformed table with the file name and the bad field", () => {
    const dir = mkdtempSync(join(tmpdir(), "adv-"));
    const path = join(dir, "advisories.json");
    writeFileSync(path, JSON.stringify({ advisories: [{ id: "X", package: "p", ecosystem: "npm", affected: "not a range!", severity: "high", summary: "s", sources: ["https://e.example"] }] }));
    expect(() => loadAdvisories(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*affected`));
  });

  const mustTrigger: [string, string[], string][] = [
    ["npx", ["-y", "mcp-remote@0.1.15", "https://example.com/mcp"], "critical"],
    ["npx", ["-y", "mcp-remote@0.0.5", "https://example.com/mcp"], "critical"],
    ["npx", ["-y", "mcp-remote@>=0.1.0 <0.1.10", "https://example.com/mcp"], "critical"],
    ["npx", ["-y", "@modelcontextprotocol/inspector@0.14.0"], "critical"],
    ["uvx", ["mcp-server-git==2025.9.25"], "medium"],
  ];
  it.each(mustTrigger)("%s %j is affected", async (cmd, args, severity) => {
    const findings = await findingsFor(cmd, args);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe(severity);
    expect(findings[0]!.message).toMatch(/is affected by (CVE|GHSA)-/);
    expect(findings[0]!.message).toMatch(/fixed in /);
  });

  const mustNotTrigger: [string, string[]][] = [
    ["npx", ["-y", "mcp-remote@0.1.16", "https://example.com/mcp"]],
    ["npx", ["-y", "mcp-remote@^0.1.16", "https://example.com/mcp"]],
    ["npx", ["-y", "mcp-remote@0.0.4", "https://example.com/mcp"]],
    ["npx", ["-y", "@modelcontextprotocol/inspector@0.14.1"]],
    ["uvx", ["mcp-server-git==2026.1.14"]],
    ["npx", ["-y", "some-other-package@0.1.0"]],
    ["node", ["mcp-remote@0.1.0"]],
  ];
  it.each(mustNotTrigger)("%s %j is not reported", async (cmd, args) => {
    expect(await findingsFor(cmd, args)).toEqual([]);
  });

  const unknown: [string, string[]][] = [
    ["npx", ["-y", "mcp-remote", "https://example.com/mcp"]],
    ["npx", ["-y", "mcp-remote@latest", "https://example.com/mcp"]],
    ["npx", ["-y", "mcp-remote@>=0.1.0", "https://example.com/mcp"]],
    ["npx", ["-y", "mcp-remote@~0.1.10", "https://example.com/mcp"]],
    ["uvx", ["mcp-server-git"]],
  ];
  it.each(unknown)("%s %j is unknown, never safe", async (cmd, args) => {
    const findings = await findingsFor(cmd, args);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("low");
    expect(findings[0]!.message).toContain("could not be checked offline");
  });
});

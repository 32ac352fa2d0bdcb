// unpinned-package: every launcher's config fixture, plus must / must-not lists.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runRules } from "../../src/analyze/engine.js";
import { ServerEntry, type Finding, type Inventory } from "../../src/model.js";
import { unpinnedPackage } from "../../src/rules/unpinned-package.js";

const FIXTURES = join(process.cwd(), "fixtures", "launchers");

function inventoryOf(configPath: string, servers: Record<string, { command: string; args?: string[] }>): Inventory {
  return {
    id: configPath,
    client: "claude-desktop",
    configPath,
    servers: Object.entries(servers).map(([name, s]) => ({
      entry: ServerEntry.parse({ name, client: "claude-desktop", configPath, inventoryId: configPath, scope: "user", transport: "stdio", command: s.command, args: s.args ?? [] }),
      status: "skipped" as const,
      tools: [],
      prompts: [],
      resources: [],
      resourceTemplates: [],
      warnings: [],
      durationMs: 0,
    })),
  };
}

async function findingsFor(command: string, args: string[]): Promise<Finding[]> {
  const { findings, errors } = await runRules([inventoryOf("inline.json", { s: { command, args } })], [unpinnedPackage]);
  expect(errors).toEqual([]);
  return findings;
}

describe("unpinned-package launcher fixtures", () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json"));
  it("has a fixture for every launcher", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual(["bunx", "docker", "npm-exec", "npx", "pipx", "pnpm-dlx", "podman", "uvx", "yarn-dlx"]);
  });
  for (const file of files) {
    it(`${file}: ok-* servers pass, medium-*/low-* are flagged at that severity`, async () => {
      const path = join(FIXTURES, file);
      const doc = JSON.parse(readFileSync(path, "utf8")) as { mcpServers: Record<string, { command: string; args: string[] }> };
      const { findings } = await runRules([inventoryOf(path, doc.mcpServers)], [unpinnedPackage]);
      for (const name of Object.keys(doc.mcpServers)) {
        const mine = findings.filter((f) => f.server === name);
        const expected = /^(medium|low)-/.exec(name)?.[1];
        if (!expected) expect({ name, findings: mine.map((f) => f.message) }).toEqual({ name, findings: [] });
        else {
          expect({ name, count: mine.length }).toEqual({ name, count: 1 });
          expect({ name, severity: mine[0]!.severity }).toEqual({ name, severity: expected });
          expect(mine[0]!.entity).toEqual({ kind: "config", name });
          expect(mine[0]!.field).toMatch(/^args\[\d+\]$/);
        }
      }
    });
  }
});

describe("unpinned-package messages", () => {
  it("says what to write instead and where", async () => {
    const [f] = await findingsFor("npx", ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]);
    expect(f!.field).toBe("args[1]");
    expect(f!.message).toContain("`@modelcontextprotocol/server-filesystem@X.Y.Z`");
    const [py] = await findingsFor("uvx", ["mcp-server-fetch"]);
    expect(py!.message).toContain("`mcp-server-fetch==X.Y.Z`");
    const [img] = await findingsFor("docker", ["run", "-i", "ghcr.io/acme/srv:1.0"]);
    expect(img!.message).toContain("`ghcr.io/acme/srv:1.0@sha256:<digest>`");
  });

  it("handles `npx -y pkg@1.2.3 args` and flags after the package", async () => {
    expect(await findingsFor("npx", ["-y", "pkg@1.2.3", "--port", "3000"])).toEqual([]);
    expect(await findingsFor("npx", ["-y", "pkg", "--version", "1.2.3"])).toHaveLength(1);
  });

  it("reads a direct npm: target the same way (npx -y SPEC)", async () => {
    expect(await findingsFor("npx", ["-y", "server-x@2.0.0"])).toEqual([]);
    expect(await findingsFor("npx", ["-y", "server-x@latest"])).toHaveLength(1);
  });

  it("ignores commands that fetch nothing", async () => {
    for (const [cmd, args] of [["node", ["server.js"]], ["python", ["-m", "srv"]], ["docker", ["exec", "-i", "c", "srv"]], ["npm", ["run", "start"]]] as const) {
      expect(await findingsFor(cmd, [...args])).toEqual([]);
    }
  });
});

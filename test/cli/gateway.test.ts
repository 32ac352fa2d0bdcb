// Servers behind the Docker MCP gateway, through the built CLI: a fixture that answers like the gateway and relays
// tools of catalogued servers, under their own names and prefixed; recognised by what it reports, its launch command or
// its config name, and never for merely listing catalogued tool names.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { relayedNames } from "../../src/flows/gateways.js";
import { loadKnownServers } from "../../src/flows/index.js";
import { NODE, SERVERS, cleanupTempDirs, runCli, tempDir, writeFixture, type CliResult } from "../helpers/cli.js";

afterAll(cleanupTempDirs);

const THRESHOLD = 0.6;
const GATEWAY = SERVERS.fixture("docker-gateway.mjs");
const BY_INFO_NAME = '(recognised by serverInfo.name "Docker AI MCP Gateway")';

const flows = (report: any): any[] => report.findings.filter((f: any) => f.ruleId === "toxic-flow");
const serverOf = (report: any, name: string) => report.servers.find((s: any) => s.name === name);
/** Per tool: its roles at or above the flow threshold and the basis of its labels. */
function rolesAndBasis(report: any, server: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [tool, labels] of Object.entries(serverOf(report, server).labels) as [string, any[]][]) {
    const strong = labels.filter((l) => l.confidence >= THRESHOLD);
    out[tool] = `${strong.map((l) => l.role).join("+") || "none"} ${[...new Set(labels.map((l) => l.basis))].join("+") || "-"}`;
  }
  return out;
}

/** The roles of the fixture's tools the catalog decides, behind a gateway. */
const KNOWN_BEHIND_GATEWAY = {
  read_text_file: "private-data catalog",
  write_file: "destructive catalog",
  fetch__fetch: "untrusted-content+public-sink catalog",
  "github-official__create_issue": "public-sink catalog",
  brave_web_search: "untrusted-content catalog",
  brave_local_search: "untrusted-content catalog",
};

describe("a server that answers as the Docker MCP gateway", () => {
  let dir: string;
  let config: string;
  let scan: CliResult;
  beforeAll(async () => {
    dir = tempDir();
    config = writeFixture(dir, "mcp.json", { mcpServers: { MCP_DOCKER: { command: NODE, args: [GATEWAY] } } });
    scan = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
  }, 60_000);

  it("labels each relayed tool from the catalog entry its name belongs to; ambiguous and unknown names are guessed", () => {
    expect(rolesAndBasis(scan.json, "MCP_DOCKER")).toEqual({
      ...KNOWN_BEHIND_GATEWAY,
      // filesystem lists read_file as private data, desktop-commander as three roles: no entry decides it.
      read_file: "private-data heuristic",
      purge_cache_records: "destructive heuristic",
    });
    const labels = serverOf(scan.json, "MCP_DOCKER").labels;
    expect(labels.read_text_file).toEqual([{ role: "private-data", confidence: 0.85, reason: `known tool of filesystem and rust-mcp-filesystem (the same roles in each), behind the Docker MCP gateway ${BY_INFO_NAME}`, basis: "catalog" }]);
    expect(labels["github-official__create_issue"][0].reason).toBe(`known tool of github (its prefix "github-official"), behind the Docker MCP gateway ${BY_INFO_NAME}`);
    // Every catalog entry seen behind the gateway (it has no other tool, or a second of its tools is relayed too, with
    // or without its prefix) whose write_file has the same roles is named, in catalog order; the list grows with the
    // catalog.
    const relayed = relayedNames(serverOf(scan.json, "MCP_DOCKER").tools.map((t: { name: string }) => t.name), "__");
    const seen = (tools: Record<string, unknown>) => Object.keys(tools).length === 1 || Object.keys(tools).filter((name) => relayed.has(name)).length >= 2;
    const same = loadKnownServers().servers.filter((k) => JSON.stringify(k.tools.write_file) === JSON.stringify(["destructive"]) && seen(k.tools)).map((k) => k.id);
    expect(same.slice(0, 3)).toEqual(["filesystem", "desktop-commander", "rust-mcp-filesystem"]);
    expect(labels.write_file[0].reason).toBe(`known tool of ${same.slice(0, -1).join(", ")} and ${same.at(-1)} (the same roles in each), behind the Docker MCP gateway ${BY_INFO_NAME}`);
  });

  it("finds both toxic flows with every step resting on the catalog", () => {
    expect(scan.code).toBe(1);
    const found = flows(scan.json);
    expect(found.map((f) => f.flow.map((s: any) => `${s.role} ${s.tool} ${s.basis}`))).toEqual([
      ["untrusted-content fetch__fetch catalog", "private-data read_text_file catalog", "public-sink github-official__create_issue catalog"],
      ["untrusted-content fetch__fetch catalog", "destructive write_file catalog"],
    ]);
    for (const f of found) expect(f.message).not.toMatch(/guessed/);
  });

  it("the footer names the gateway only while some tool behind it is guessed", async () => {
    const pretty = await runCli(["scan", config, "--no-lockfile", "--ci"], { cwd: dir });
    expect(pretty.stdout).toContain("Toxic-flow roles guessed from tool text for 1 server the known-server catalog does not cover (MCP_DOCKER).");

    const knownOnly = writeFixture(dir, "known-only.json", { mcpServers: { MCP_DOCKER: { command: NODE, args: [GATEWAY], env: { GATEWAY_FIXTURE_TOOLS: "known" } } } });
    const quiet = await runCli(["scan", knownOnly, "--no-lockfile", "--ci"], { cwd: dir });
    expect(quiet.stdout).not.toContain("Toxic-flow roles guessed");
    expect(quiet.stdout).toContain("1 servers: 1 scanned");
  });

  it("a known-servers file declares the names no entry decides, by name alone", async () => {
    const rules = join(dir, "rules");
    // No serverInfoNames, packages or config names: the entry recognises no server, it only names tools.
    const file = writeFixture(rules, "known-servers.json", { version: 1, servers: [{ id: "our-gateway-tools", tools: { read_file: ["private-data"], purge_cache_records: [] } }] });
    const declared = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(rolesAndBasis(declared.json, "MCP_DOCKER")).toEqual({ ...KNOWN_BEHIND_GATEWAY, read_file: "private-data declared", purge_cache_records: "none -" });
    expect(serverOf(declared.json, "MCP_DOCKER").labels.read_file[0].reason).toBe(`known tool of our-gateway-tools (from ${file}), behind the Docker MCP gateway ${BY_INFO_NAME}`);
    const pretty = await runCli(["scan", config, "--no-lockfile", "--ci", "--rules", rules], { cwd: dir });
    expect(pretty.stdout).not.toContain("Toxic-flow roles guessed");
  });

  it("inspect --catalog-draft leaves the gateway out and says why on stderr", async () => {
    const both = writeFixture(dir, "with-db.json", {
      mcpServers: { MCP_DOCKER: { command: NODE, args: [GATEWAY] }, db: { command: NODE, args: [SERVERS.fixture("flow-db.mjs")] } },
    });
    const draft = await runCli(["inspect", both, "--catalog-draft"], { cwd: dir });
    expect(draft.code).toBe(0);
    expect(draft.json.servers.map((s: any) => s.id)).toEqual(["db"]);
    expect(draft.stderr).toBe(
      `mcp-shield-scan: not in the draft: MCP_DOCKER (the Docker MCP gateway, recognised by serverInfo.name "Docker AI MCP Gateway": its tools are looked up by name in the catalog; list the ones it does not decide, by name, in an entry of a known-servers file)\n`,
    );
  });
});

describe("a gateway known by its launch command or config name", () => {
  it("`docker mcp gateway run` under the config name docker is the gateway, not the Docker container server", async () => {
    const dir = tempDir();
    // A program called docker that runs the fixture, reporting a name that is no gateway's: only the launch tells.
    const docker = writeFixture(dir, "bin/docker", `#!${NODE}\nimport(${JSON.stringify(pathToFileURL(GATEWAY).href)});\n`);
    chmodSync(docker, 0o755);
    const env = { GATEWAY_FIXTURE_INFO_NAME: "relay" };
    const config = writeFixture(dir, "mcp.json", { mcpServers: { docker: { command: docker, args: ["mcp", "gateway", "run", "--profile", "dev"], env } } });
    const scan = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
    expect(scan.stderr).toBe("");
    expect(rolesAndBasis(scan.json, "docker")).toMatchObject(KNOWN_BEHIND_GATEWAY);
    expect(serverOf(scan.json, "docker").labels.read_text_file[0].reason).toBe('known tool of filesystem and rust-mcp-filesystem (the same roles in each), behind the Docker MCP gateway (recognised by launch command "docker mcp gateway run")');

    // The same program started another way is taken, by its config name, for the Docker container server.
    const other = writeFixture(dir, "other.json", { mcpServers: { docker: { command: docker, args: ["serve"], env } } });
    const notGateway = await runCli(["scan", other, "--json", "--no-lockfile"], { cwd: dir });
    for (const labels of Object.values(serverOf(notGateway.json, "docker").labels) as any[][]) {
      for (const l of labels) expect(l.reason).not.toMatch(/gateway/);
    }
  });

  it("through --input: a saved gateway named docker, and one known only by its config name MCP_DOCKER", async () => {
    const dir = tempDir();
    const saved = await runCli(["inspect", writeFixture(dir, "mcp.json", { mcpServers: { docker: { command: NODE, args: [GATEWAY] } } }), "--json"], { cwd: dir });
    const tools = serverOf(saved.json, "docker").tools;
    const input = writeFixture(dir, "saved.json", {
      servers: [
        { name: "docker", launch: { command: "docker", args: ["mcp", "gateway", "run"] }, serverInfo: { name: "Docker AI MCP Gateway", version: "2.0.1" }, tools },
      ],
    });
    const fromSaved = await runCli(["scan", "--input", input, "--json"], { cwd: dir });
    expect(fromSaved.code).toBe(1);
    expect(rolesAndBasis(fromSaved.json, "docker")).toMatchObject(KNOWN_BEHIND_GATEWAY);
    // The saved launch command is read back too, but serverInfo.name is the stronger evidence and recognises it first.
    expect(serverOf(fromSaved.json, "docker").labels.read_text_file[0].reason).toBe(`known tool of filesystem and rust-mcp-filesystem (the same roles in each), behind the Docker MCP gateway ${BY_INFO_NAME}`);
    expect(flows(fromSaved.json).flatMap((f) => f.flow.map((s: any) => s.basis))).toEqual(["catalog", "catalog", "catalog", "catalog", "catalog"]);

    // Simplified, MCP_DOCKER would be "docker", the Docker container server's config name; compared exactly it is the gateway.
    const bare = writeFixture(dir, "bare.json", { servers: [{ name: "MCP_DOCKER", tools }] });
    const fromBare = await runCli(["scan", "--input", bare, "--json"], { cwd: dir });
    expect(rolesAndBasis(fromBare.json, "MCP_DOCKER")).toMatchObject(KNOWN_BEHIND_GATEWAY);
    expect(serverOf(fromBare.json, "MCP_DOCKER").labels.read_text_file[0].reason).toBe('known tool of filesystem and rust-mcp-filesystem (the same roles in each), behind the Docker MCP gateway (recognised by config name "MCP_DOCKER")');
  });
});

describe("an ordinary server that lists catalogued tool names", () => {
  it("is not taken for a gateway: its tools are guessed, none is looked up by name", async () => {
    const dir = tempDir();
    const config = writeFixture(dir, "mcp.json", {
      mcpServers: { "files-plus": { command: NODE, args: [GATEWAY], env: { GATEWAY_FIXTURE_INFO_NAME: "acme-files" } } },
    });
    const scan = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
    const labels = serverOf(scan.json, "files-plus").labels;
    expect(Object.keys(labels)).toContain("read_text_file");
    for (const [tool, list] of Object.entries(labels) as [string, any[]][]) {
      for (const l of list) expect([tool, l.basis, /behind|known tool/.test(l.reason)]).toEqual([tool, "heuristic", false]);
    }
    for (const f of flows(scan.json)) for (const s of f.flow) expect(s.basis).toBe("heuristic");
  });
});

describe("a gateway of your own, declared in a --rules directory", () => {
  // Recognised by its config name: the name the fixture reports comes from an env value, which output masks as a secret.
  const RELAY = { id: "acme-relay", name: "Acme relay", configNames: ["relay"], separator: "__", catalogNames: { "github-official": "github" } };
  const setUp = (gateways: object) => {
    const dir = tempDir();
    const config = writeFixture(dir, "mcp.json", { mcpServers: { relay: { command: NODE, args: [GATEWAY], env: { GATEWAY_FIXTURE_INFO_NAME: "acme-relay" } } } });
    writeFixture(dir, "rules/gateways.json", gateways);
    return { dir, config, rules: join(dir, "rules") };
  };

  it("relays catalogued tools by name, as the built-in gateway does", async () => {
    const { dir, config, rules } = setUp({ version: 1, gateways: [RELAY] });
    const scan = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(rolesAndBasis(scan.json, "relay")).toMatchObject(KNOWN_BEHIND_GATEWAY);
    expect(serverOf(scan.json, "relay").labels["github-official__create_issue"][0].reason).toBe(
      'known tool of github (its prefix "github-official"), behind the Acme relay (recognised by config name "relay")',
    );
    // The declared gateway's own tools are the user's declaration, naming the file.
    const withOwn = setUp({ version: 1, gateways: [{ ...RELAY, ownTools: { purge_cache_records: ["destructive"] } }] });
    const own = await runCli(["scan", withOwn.config, "--json", "--no-lockfile", "--rules", withOwn.rules], { cwd: withOwn.dir });
    expect(serverOf(own.json, "relay").labels.purge_cache_records).toEqual([
      { role: "destructive", confidence: 0.85, reason: `own tool of the Acme relay (from ${join(withOwn.rules, "gateways.json")}) (recognised by config name "relay")`, basis: "declared" },
    ]);
    // Without the declaration the same server is an ordinary one: every tool guessed.
    const plain = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
    for (const list of Object.values(serverOf(plain.json, "relay").labels) as any[][]) for (const l of list) expect(l.basis).toBe("heuristic");
  });

  it("a broken gateway file stops the scan with exit 2 and names the file and field", async () => {
    const { dir, config, rules } = setUp({ version: 1, gateways: [{ ...RELAY, separator: "" }] });
    const scan = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(scan.code).toBe(2);
    expect(scan.stderr).toContain(`${join(rules, "gateways.json")}: invalid gateway list at gateways.0.separator`);
  });
});

// Aggregating gateways (rules/gateways.json): which servers are one, and how the tools behind one are looked up by name.
import { afterAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labelTool, loadKnownServers, type KnownServer, type LayeredCatalog } from "../../src/flows/index.js";
import {
  GATEWAY_TOOL_CONFIDENCE,
  gatewayToolReason,
  identifyGateway,
  loadGateways,
  lookUpGatewayTool,
  RELAYING_TOOL_CONFIDENCE,
  relayedNames,
  type Gateway,
} from "../../src/flows/gateways.js";
import { ScannedServer, type Tool } from "../../src/model.js";
import { entry } from "./servers.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const tool = (name: string, description = "Does it."): Tool => ({ name, description, inputSchema: { type: "object" } });
function server(name: string, launch: { command?: string; args?: string[]; url?: string; transport?: "stdio" | "http" } = {}, infoName?: string, tools: Tool[] = []): ScannedServer {
  return ScannedServer.parse({ entry: { ...entry(name, "/nonexistent.js"), ...launch }, status: "ok", tools, serverInfo: infoName ? { name: infoName, version: "1" } : undefined });
}
const docker = () => loadGateways().gateways.find((g) => g.id === "docker-mcp-gateway")!;
const recognisedBy = (s: ScannedServer) => identifyGateway(s)?.by;

describe("identifyGateway: the Docker MCP gateway", () => {
  test("by the name it reports, whatever its config name or launch", () => {
    expect(recognisedBy(server("anything", { command: "/opt/bin/relay" }, "Docker AI MCP Gateway"))).toBe('serverInfo.name "Docker AI MCP Gateway"');
    expect(identifyGateway(server("x", {}, "docker ai mcp gateway"))?.gateway.id).toBe("docker-mcp-gateway");
  });

  test.each([
    ["docker", ["mcp", "gateway", "run"], "docker mcp gateway run"],
    ["docker", ["mcp", "gateway", "run", "--profile", "dev", "--transport", "stdio"], "docker mcp gateway run"],
    ["/usr/local/bin/docker", ["mcp", "gateway", "run"], "docker mcp gateway run"],
    ["C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe", ["mcp", "gateway", "run"], "docker mcp gateway run"],
    ["cmd", ["/c", "docker", "mcp", "gateway", "run"], "docker mcp gateway run"],
    // The CLI plugin run on its own.
    ["/home/me/.docker/cli-plugins/docker-mcp", ["gateway", "run"], "docker-mcp gateway run"],
  ])("by its launch command: %s %j", (command, args, launch) => {
    expect(recognisedBy(server("MCP_DOCKER_PROD", { command, args }))).toBe(`launch command "${launch}"`);
  });

  test.each([
    [["--context", "prod", "mcp", "gateway", "run"]],
    [["-c", "prod", "mcp", "gateway", "run", "--profile", "dev"]],
    [["--context=prod", "mcp", "gateway", "run"]],
    [["--debug", "-H", "unix:///var/run/docker.sock", "--log-level=warn", "mcp", "gateway", "run"]],
  ])("by its launch command after docker's own options: docker %j", (args) => {
    expect(recognisedBy(server("prod-tools", { command: "docker", args }))).toBe('launch command "docker mcp gateway run"');
  });

  test.each([
    ["an option docker does not have", ["--bogus", "mcp", "gateway", "run"]],
    ["a value option whose value is missing the subcommand", ["--context", "mcp", "gateway", "run"]],
    ["docker's options before another subcommand", ["--context", "prod", "run", "-i", "mcp/filesystem"]],
  ])("not %s", (_what, args) => {
    expect(identifyGateway(server("prod-tools", { command: "docker", args }))).toBeUndefined();
  });

  test.each([
    [["run", "-i", "--rm", "-v", "/var/run/docker.sock:/var/run/docker.sock", "docker/mcp-gateway", "--servers=fetch"]],
    [["run", "-i", "--rm", "docker.io/docker/mcp-gateway:latest"]],
  ])("by the image it runs from: docker %j", (args) => {
    expect(recognisedBy(server("gw", { command: "docker", args }))).toBe("image docker/mcp-gateway");
  });

  test("by its default config name, compared exactly: MCP_DOCKER is the gateway, docker is not", () => {
    expect(recognisedBy(server("MCP_DOCKER"))).toBe('config name "MCP_DOCKER"');
    expect(recognisedBy(server("mcp_docker", { url: "http://localhost:8811/mcp", transport: "http" }))).toBe('config name "mcp_docker"');
    expect(identifyGateway(server("docker"))).toBeUndefined();
    expect(identifyGateway(server("docker-mcp"))).toBeUndefined();
  });

  test.each([
    ["another docker subcommand", "docker", ["mcp", "catalog", "ls"]],
    ["the subcommand words in another order", "docker", ["gateway", "mcp", "run"]],
    ["a server image run with docker", "docker", ["run", "-i", "--rm", "mcp/filesystem"]],
    ["the Python docker-mcp server", "uvx", ["docker-mcp"]],
    ["docker-mcp with another subcommand", "docker-mcp", ["server", "ls"]],
    ["an image with a similar name", "docker", ["run", "-i", "acme/mcp-gateway"]],
  ])("not: %s", (_what, command, args) => {
    expect(identifyGateway(server("docker", { command, args }, "mcp-server-docker"))).toBeUndefined();
  });
});

describe("identifyGateway: the other built-in gateways, each by every kind of evidence its entry lists", () => {
  const id = (s: ScannedServer) => identifyGateway(s)?.gateway.id;

  test.each([
    ["metamcp", "metamcp-unified-0b6a2c1e-9f4d-4e55-8a8e-3c1d2b7f9a10"],
    ["1mcp", "1mcp"],
    ["pluggedin-mcp-proxy", "PluggedinMCP"],
    ["mcp-hub", "mcp-hub-internal-endpoint"],
    ["magg", "magg"],
    ["mcpjungle", "MCPJungle Proxy MCP Server"],
  ])("%s by the name it reports: %s", (gatewayId, infoName) => {
    const s = server("anything", { url: "http://localhost:9000/mcp", transport: "http" }, infoName);
    expect(id(s)).toBe(gatewayId);
    expect(recognisedBy(s)).toBe(`serverInfo.name "${infoName}"`);
  });

  test.each([
    ["1mcp", "1mcp", ["proxy"], 'launch command "1mcp"'],
    ["1mcp", "/usr/local/bin/1mcp", ["serve", "--transport", "stdio"], 'launch command "1mcp"'],
    ["1mcp", "npx", ["-y", "@1mcp/agent", "--transport", "stdio"], "package @1mcp/agent"],
    ["1mcp", "docker", ["run", "-i", "--rm", "ghcr.io/1mcp-app/agent:latest", "--transport", "stdio"], "image ghcr.io/1mcp-app/agent"],
    ["pluggedin-mcp-proxy", "npx", ["-y", "@pluggedin/pluggedin-mcp-proxy@latest"], "package @pluggedin/pluggedin-mcp-proxy"],
    ["pluggedin-mcp-proxy", "docker", ["run", "-i", "--rm", "mcp/pluggedin-mcp-proxy"], "image mcp/pluggedin-mcp-proxy"],
    ["magg", "magg", ["serve", "--hybrid", "--port", "42000"], 'launch command "magg serve"'],
    ["magg", "uvx", ["magg", "serve"], "package magg"],
    ["magg", "docker", ["run", "-i", "ghcr.io/sitbon/magg:latest"], "image ghcr.io/sitbon/magg"],
  ])("%s by what it launches: %s %j", (gatewayId, command, args, by) => {
    const s = server("tools", { command, args });
    expect(id(s)).toBe(gatewayId);
    expect(recognisedBy(s)).toBe(by);
  });

  test.each([
    ["metamcp", "MetaMCP"],
    ["1mcp", "1mcp"],
    ["pluggedin-mcp-proxy", "pluggedin"],
    ["pluggedin-mcp-proxy", "pluggedin-mcp-proxy"],
    ["magg", "magg"],
    ["mcpjungle", "mcpjungle"],
  ])("%s by its config name %s", (gatewayId, name) => {
    const s = server(name, { url: "http://localhost:8080/mcp", transport: "http" });
    expect(id(s)).toBe(gatewayId);
    expect(recognisedBy(s)).toBe(`config name "${name}"`);
  });

  test.each([
    ["a MetaMCP name without the namespace id", "x", {}, "metamcp-unified-"],
    ["a MetaMCP-like name the prefix does not start", "x", {}, "metamcp-server"],
    ["the name 1MCP gives its own client", "x", {}, "1mcp-client"],
    ["an unscoped package named like 1MCP", "x", { command: "npx", args: ["-y", "1mcp-agent"] }, undefined],
    ["another config name with 1mcp in it", "1mcp-dev", {}, undefined],
    ["an unscoped package named like the Plugged.in proxy", "x", { command: "npx", args: ["-y", "pluggedin-mcp"] }, undefined],
    ["the name MCP Hub gives itself as a client", "x", {}, "mcp-hub"],
    ["MCP Hub's generic config name", "Hub", {}, undefined],
    ["a magg subcommand that is not serve", "x", { command: "magg", args: ["server", "list"] }, undefined],
    ["Magg's mbro client", "x", { command: "mbro", args: ["connect", "magg", "magg serve"] }, undefined],
    ["an image named like Magg's", "x", { command: "docker", args: ["run", "-i", "acme/magg"] }, undefined],
    ["the name MCPJungle gives its own client", "x", {}, "mcpjungle mcp client for stdio"],
  ])("not %s", (_what, name, launch, infoName) => {
    expect(identifyGateway(server(name, launch, infoName))).toBeUndefined();
  });

  // Each gateway's prefix form, with a prefix that names the built-in github entry.
  test.each([
    ["metamcp", "MetaMCP", "github__get_issue"],
    ["1mcp", "1mcp", "github_1mcp_get_issue"],
    ["pluggedin-mcp-proxy", "pluggedin", "github__get_issue"],
    ["mcp-hub", "Hub", "github__get_issue"],
    ["magg", "magg", "github_get_issue"],
    ["mcpjungle", "mcpjungle", "github__get_issue"],
  ])("%s: a prefixed tool takes the roles of the catalog entry its prefix names (%s)", (gatewayId, name, toolName) => {
    const infoName = gatewayId === "mcp-hub" ? "mcp-hub-internal-endpoint" : undefined;
    const s = server(name, { url: "http://localhost:8080/mcp", transport: "http" }, infoName, [tool(toolName)]);
    const labels = labelTool(s, s.tools[0]!);
    expect(labels.map((l) => l.role)).toEqual(["untrusted-content", "private-data"]);
    expect(labels[0]!.reason).toMatch(new RegExp(`^known tool of github \\(its prefix "github"\\), behind the ${identifyGateway(s)!.gateway.name}`));
  });

  test("their own tools take the roles read from their sources, and their relaying tools the roles of what they relay", () => {
    const one = server("1mcp", { command: "1mcp", args: ["proxy"] }, undefined, [
      tool("1mcp_1mcp_mcp_install"), tool("1mcp_1mcp_mcp_list"), tool("tool_invoke"), tool("github_1mcp_get_issue"), tool("github_1mcp_list_issues"),
    ]);
    const roles = (s: ScannedServer, name: string) => labelTool(s, s.tools.find((t) => t.name === name)!).map((l) => l.role);
    expect(roles(one, "1mcp_1mcp_mcp_install")).toEqual(["public-sink", "destructive"]);
    expect(roles(one, "1mcp_1mcp_mcp_list")).toEqual([]);
    expect(roles(one, "tool_invoke")).toEqual(["untrusted-content", "private-data"]);
    const magg = server("magg", { command: "magg", args: ["serve"] }, undefined, [tool("magg_remove_server"), tool("proxy"), tool("github_get_issue")]);
    expect(roles(magg, "magg_remove_server")).toEqual(["destructive"]);
    expect(labelTool(magg, magg.tools[1]!)[0]).toMatchObject({ role: "untrusted-content", confidence: RELAYING_TOOL_CONFIDENCE });
    const plugged = server("pluggedin", { command: "npx", args: ["-y", "@pluggedin/pluggedin-mcp-proxy"] }, undefined, [tool("pluggedin_clipboard_pop")]);
    expect(labelTool(plugged, plugged.tools[0]!)).toEqual([
      { role: "private-data", confidence: 0.95, reason: "own tool of the Plugged.in MCP proxy (recognised by package @pluggedin/pluggedin-mcp-proxy)", basis: "catalog" },
      { role: "destructive", confidence: 0.95, reason: "own tool of the Plugged.in MCP proxy (recognised by package @pluggedin/pluggedin-mcp-proxy)", basis: "catalog" },
    ]);
  });
});

describe("identifyGateway: name prefixes and packages in a user's gateway", () => {
  const mine: Gateway = { ...docker(), id: "ours", name: "our relay", serverInfoNames: [], serverInfoNamePrefixes: ["relay-"], launches: [], images: [], packages: ["@acme/relay", "acme-relay"], configNames: [] };

  test("a reported name counts when it is longer than a prefix and starts with it, in any case", () => {
    expect(identifyGateway(server("x", {}, "Relay-eu-1"), [mine])?.by).toBe('serverInfo.name "Relay-eu-1"');
    expect(identifyGateway(server("x", {}, "relay-"), [mine])).toBeUndefined();
    expect(identifyGateway(server("x", {}, "my-relay-1"), [mine])).toBeUndefined();
  });

  test("a package counts in any ecosystem a launcher names it in, but not as an image", () => {
    expect(identifyGateway(server("x", { command: "npx", args: ["-y", "@acme/relay@2"] }), [mine])?.by).toBe("package @acme/relay");
    expect(identifyGateway(server("x", { command: "uvx", args: ["acme-relay"] }), [mine])?.by).toBe("package acme-relay");
    expect(identifyGateway(server("x", { command: "docker", args: ["run", "-i", "acme-relay"] }), [mine])).toBeUndefined();
    expect(identifyGateway(server("x", { command: "npx", args: ["-y", "@acme/relay-cli"] }), [mine])).toBeUndefined();
  });
});

// A small catalog of hand-made entries: the lookup rules without depending on the built-in catalog's contents.
const k = (id: string, tools: KnownServer["tools"], configNames: string[] = []): KnownServer => ({ id, serverInfoNames: [], packages: [], configNames, urlHosts: [], tools });
function layered(builtin: KnownServer[], user: KnownServer[] = [], file = "/rules/known-servers.json"): LayeredCatalog {
  return { user, files: new Map(user.map((e) => [e, file])), builtin };
}
const gateway: Gateway = { ...docker(), catalogNames: { "acme-official": "acme" } };
const FILES = k("files", { read_file: ["private-data"], write_file: ["destructive"], list_dir: ["private-data"], "odd__name": ["public-sink"] }, ["filesystem"]);
const COMMANDER = k("commander", { read_file: ["untrusted-content", "private-data", "public-sink"], write_file: ["destructive"], list_dir: ["private-data"] });
const ACME = k("acme", { create_issue: ["public-sink"], search: ["untrusted-content", "private-data"] });
// Config names are stored as compared, simplified.
const TRACKER = k("tracker", { create_issue: [], search: ["private-data", "untrusted-content"] }, ["issue-tracker"]);
const CATALOG = layered([FILES, COMMANDER, ACME, TRACKER]);
// Unless a test says otherwise, the gateway relays every tool of the test catalog, so each entry is seen behind it.
const EVERY_NAME = [FILES, COMMANDER, ACME, TRACKER].flatMap((e) => Object.keys(e.tools));
const look = (name: string, catalog = CATALOG, relayed: readonly string[] = [...EVERY_NAME, ...catalog.user.flatMap((e) => Object.keys(e.tools))]) => {
  const hit = lookUpGatewayTool(name, gateway, catalog, relayedNames(relayed, gateway.separator));
  return hit && { entries: hit.entries.map((e) => e.id), roles: hit.roles, ...(hit.prefix === undefined ? {} : { prefix: hit.prefix }), ...(hit.file === undefined ? {} : { file: hit.file }) };
};

describe("lookUpGatewayTool", () => {
  test("a name listed by one entry, or by several with the same roles (in any order), takes those roles", () => {
    expect(look("search")).toEqual({ entries: ["acme", "tracker"], roles: ["untrusted-content", "private-data"] });
    expect(look("list_dir")).toEqual({ entries: ["files", "commander"], roles: ["private-data"] });
  });

  test("entries that disagree, or none that lists the name, leave it to the heuristics", () => {
    expect(look("read_file")).toBeUndefined();
    expect(look("create_issue")).toBeUndefined();
    expect(look("frobnicate")).toBeUndefined();
  });

  test("a prefix that names an entry decides, by id, by the gateway's own name for it, or by a config name as simplified", () => {
    expect(look("files__read_file")).toEqual({ entries: ["files"], roles: ["private-data"], prefix: "files" });
    expect(look("Commander__read_file")).toEqual({ entries: ["commander"], roles: ["untrusted-content", "private-data", "public-sink"], prefix: "Commander" });
    expect(look("acme-official__create_issue")).toEqual({ entries: ["acme"], roles: ["public-sink"], prefix: "acme-official" });
    expect(look("filesystem__read_file")).toEqual({ entries: ["files"], roles: ["private-data"], prefix: "filesystem" });
    expect(look("mcp-issue-tracker-server__create_issue")).toEqual({ entries: ["tracker"], roles: [], prefix: "mcp-issue-tracker-server" });
    // An id is compared whole: "tracker-mcp" names no entry, so the rest is looked up across all of them.
    expect(look("tracker-mcp__create_issue")).toBeUndefined();
  });

  test("the named entry's word is final: a tool it does not list is guessed, not taken from another entry", () => {
    expect(look("acme__write_file")).toBeUndefined();
  });

  test("an unknown prefix (a per-server prefix of the user's choosing) is looked past; a name listed whole is found first", () => {
    expect(look("work__write_file")).toEqual({ entries: ["files", "commander"], roles: ["destructive"] });
    expect(look("work__read_file")).toBeUndefined();
    expect(look("odd__name")).toEqual({ entries: ["files"], roles: ["public-sink"] });
    // A name ending in the separator has no tool part, so it is looked up whole.
    expect(look("search__")).toBeUndefined();
  });

  test("the user's entries come first: they decide a name the built-in entries disagree on, and their own disagreement is not overruled", () => {
    const mine = k("our-tools", { read_file: ["private-data"] });
    expect(look("read_file", layered([FILES, COMMANDER], [mine]))).toEqual({ entries: ["our-tools"], roles: ["private-data"], file: "/rules/known-servers.json" });
    const other = k("other-tools", { list_dir: [] });
    expect(look("list_dir", layered([FILES, COMMANDER], [mine, other]))).toEqual({ entries: ["other-tools"], roles: [], file: "/rules/known-servers.json" });
    const conflicting = k("more-tools", { list_dir: ["public-sink"] });
    expect(look("list_dir", layered([FILES, COMMANDER], [other, conflicting]))).toBeUndefined();
    // A user entry's id is a prefix too, ahead of the built-in entry of the same config name.
    const fs = k("filesystem", { read_file: ["untrusted-content"] });
    expect(look("filesystem__read_file", layered([FILES], [fs]))).toEqual({ entries: ["filesystem"], roles: ["untrusted-content"], prefix: "filesystem", file: "/rules/known-servers.json" });
  });
});

describe("a bare name counts only for an entry seen behind the gateway", () => {
  const TRACES = k("traces", { trace: ["private-data"], services: ["private-data"], documentation: [] });
  const SANDBOX = k("sandbox", { run_code: ["untrusted-content", "public-sink"] });
  const catalog = layered([TRACES, SANDBOX, FILES, COMMANDER]);

  test("a generic name relayed without any other tool of its entry is left to the heuristics", () => {
    expect(look("trace", catalog, ["trace", "get_weather", "send_mail"])).toBeUndefined();
    expect(look("services", catalog, ["services"])).toBeUndefined();
  });

  test("a second relayed tool of the entry shows the server is there, also under a server prefix", () => {
    expect(look("trace", catalog, ["trace", "services"])).toEqual({ entries: ["traces"], roles: ["private-data"] });
    expect(look("trace", catalog, ["trace", "work__documentation"])).toEqual({ entries: ["traces"], roles: ["private-data"] });
  });

  test("an entry with a single tool needs no second one", () => {
    expect(look("run_code", catalog, ["run_code"])).toEqual({ entries: ["sandbox"], roles: ["untrusted-content", "public-sink"] });
  });

  test("a name two entries disagree on is decided by the one whose other tools are relayed", () => {
    const files = k("files", { read_file: ["private-data"], move_file: [] });
    const commander = k("commander", { read_file: ["untrusted-content", "private-data", "public-sink"], start_process: ["destructive"] });
    const both = layered([files, commander]);
    expect(look("read_file", both, ["read_file", "move_file"])).toEqual({ entries: ["files"], roles: ["private-data"] });
    expect(look("read_file", both, ["read_file", "start_process"])).toEqual({ entries: ["commander"], roles: ["untrusted-content", "private-data", "public-sink"] });
    expect(look("read_file", both, ["read_file", "move_file", "start_process"])).toBeUndefined();
  });

  test("a prefix that names an entry needs no second tool: the gateway said whose tool it is", () => {
    expect(look("traces__trace", catalog, ["traces__trace"])).toEqual({ entries: ["traces"], roles: ["private-data"], prefix: "traces" });
  });
});

describe("labelTool behind a gateway", () => {
  const catalog = { version: 1 as const, servers: [FILES, COMMANDER, ACME, TRACKER] };
  // acme and tracker are seen behind it (each has two tools relayed); files and commander are not.
  const gw = server("MCP_DOCKER", { command: "docker", args: ["mcp", "gateway", "run"] }, undefined, [tool("search"), tool("read_file", "Read the complete contents of a file."), tool("create_issue")]);

  test("a decided name gets the gateway confidence, the catalog basis and a reason naming entries and gateway", () => {
    const hit = lookUpGatewayTool("search", gateway, layered(catalog.servers), relayedNames(gw.tools.map((t) => t.name), gateway.separator))!;
    const reason = gatewayToolReason(hit, identifyGateway(gw)!);
    expect(reason).toBe('known tool of acme and tracker (the same roles in each), behind the Docker MCP gateway (recognised by launch command "docker mcp gateway run")');
    expect(labelTool(gw, gw.tools[0]!, { catalog })).toEqual([
      { role: "untrusted-content", confidence: GATEWAY_TOOL_CONFIDENCE, reason, basis: "catalog" },
      { role: "private-data", confidence: GATEWAY_TOOL_CONFIDENCE, reason, basis: "catalog" },
    ]);
  });

  test("an undecided name, and every name without the catalog, is labelled by the heuristics", () => {
    for (const labels of [labelTool(gw, gw.tools[1]!, { catalog }), labelTool(gw, gw.tools[0]!, { noCatalog: true })]) {
      for (const l of labels) expect(l.basis).toBe("heuristic");
    }
    expect(labelTool(gw, gw.tools[1]!, { catalog }).map((l) => l.role)).toContain("private-data");
  });

  test("the built-in catalog: the default config name no longer makes the gateway the Docker container server", () => {
    const named = server("MCP_DOCKER", { command: "docker", args: ["mcp", "gateway", "run"] }, undefined, [tool("list_containers"), tool("read_text_file"), tool("run_container"), tool("list_directory")]);
    expect(labelTool(named, named.tools[0]!).map((l) => `${l.role} ${l.basis} ${l.reason}`)).toEqual([
      'private-data catalog known tool of docker, behind the Docker MCP gateway (recognised by launch command "docker mcp gateway run")',
    ]);
    expect(labelTool(named, named.tools[1]!)[0]!.reason).toMatch(/^known tool of filesystem and rust-mcp-filesystem \(the same roles in each\), behind the Docker MCP gateway/);
  });
});

describe("the gateway's own tools", () => {
  const catalog = { version: 1 as const, servers: [FILES, COMMANDER, ACME, TRACKER] };
  const gw = (...names: string[]) => server("MCP_DOCKER", { command: "docker", args: ["mcp", "gateway", "run"] }, undefined, names.map((n) => tool(n, "Remove, search, fetch or run anything.")));
  const labelled = (s: ScannedServer, name: string) => labelTool(s, s.tools.find((t) => t.name === name)!, { catalog });

  test("take the roles read from the gateway's source, whatever their descriptions say", () => {
    const s = gw("mcp-find", "mcp-add", "mcp-remove", "mcp-config-set", "code-mode");
    expect(labelled(s, "mcp-remove")).toEqual([
      { role: "destructive", confidence: 0.95, reason: 'own tool of the Docker MCP gateway (recognised by launch command "docker mcp gateway run")', basis: "catalog" },
    ]);
    expect(labelled(s, "mcp-config-set").map((l) => l.role)).toEqual(["destructive"]);
    for (const name of ["mcp-find", "mcp-add", "code-mode"]) expect(labelled(s, name)).toEqual([]);
  });

  test("recognised only by its config name, they are less sure", () => {
    const s = server("MCP_DOCKER", { url: "http://localhost:8811/mcp", transport: "http" }, undefined, [tool("mcp-remove")]);
    expect(labelled(s, "mcp-remove")[0]!.confidence).toBe(GATEWAY_TOOL_CONFIDENCE);
  });

  test("mcp-exec and the code-mode tools it creates take every role of the relayed tools the catalog knows", () => {
    // acme is seen (two tools relayed); mystery_tool is known to no entry and adds nothing.
    const s = gw("mcp-exec", "code-mode-digest", "acme__create_issue", "acme__search", "files__write_file", "mystery_tool");
    const exec = labelled(s, "mcp-exec");
    expect(exec.map((l) => l.role)).toEqual(["untrusted-content", "private-data", "public-sink", "destructive"]);
    expect(exec[0]).toMatchObject({
      confidence: RELAYING_TOOL_CONFIDENCE,
      basis: "catalog",
      reason: 'calls any tool behind the Docker MCP gateway by name (recognised by launch command "docker mcp gateway run"): the roles of the 3 relayed tools the catalog knows',
    });
    expect(labelled(s, "code-mode-digest").map((l) => l.role)).toEqual(exec.map((l) => l.role));
    // Only what is relayed counts: with the files tool gone, nothing destructive is left to call.
    expect(labelled(gw("mcp-exec", "acme__create_issue", "acme__search"), "mcp-exec").map((l) => l.role)).toEqual(["untrusted-content", "private-data", "public-sink"]);
  });

  test("mcp-exec with no relayed tool the catalog knows is left to the heuristics", () => {
    const s = gw("mcp-exec", "mystery_tool", "code-mode-");
    for (const name of ["mcp-exec", "code-mode-"]) for (const l of labelled(s, name)) expect(l.basis).not.toBe("catalog");
  });

  test("the same names on a server that is not a gateway are not the gateway's", () => {
    const plain = server("tools", { command: "node", args: ["server.js"] }, "my-tools", [tool("mcp-remove", "Says hello."), tool("mcp-find", "Says hello.")]);
    expect(labelTool(plain, plain.tools[0]!, { catalog })).toEqual([{ role: "destructive", confidence: 0.8, reason: 'name says "remove"', basis: "heuristic" }]);
    expect(labelTool(plain, plain.tools[1]!, { catalog }).every((l) => l.basis === "heuristic")).toBe(true);
  });
});

describe("rules/gateways.json", () => {
  const known = loadKnownServers().servers;

  test("names only catalog ids it maps to, and claims no name a known server reports", () => {
    for (const g of loadGateways().gateways) {
      for (const id of Object.values(g.catalogNames)) expect(known.some((s) => s.id === id)).toBe(true);
      for (const name of g.serverInfoNames) expect(known.filter((s) => s.serverInfoNames.some((n) => n.toLowerCase() === name.toLowerCase()))).toEqual([]);
      for (const prefix of g.serverInfoNamePrefixes) expect(known.filter((s) => s.serverInfoNames.some((n) => n.toLowerCase().startsWith(prefix.toLowerCase())))).toEqual([]);
      // Recognised before any known server, a gateway's package or image must not be one a known server is launched from.
      for (const pkg of [...g.packages, ...g.images]) expect(known.filter((s) => s.packages.some((p) => p.toLowerCase() === pkg.toLowerCase()))).toEqual([]);
      expect(g.source).toMatch(/^github:[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      // A relaying tool's roles come from the relayed tools, never from a fixed list.
      for (const name of g.relayingTools) expect(Object.hasOwn(g.ownTools, name)).toBe(false);
      if (Object.keys(g.ownTools).length > 0) expect(g.ownToolsSource).toMatch(/^github:[\w.-]+\/[\w.-]+@[0-9a-f]{40} /);
    }
  });

  test("a broken gateway list names the file and the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "gateways-"));
    dirs.push(dir);
    const path = join(dir, "gateways.json");
    writeFileSync(path, JSON.stringify({ version: 1, gateways: [{ id: "x", name: "X gateway", separator: "" }] }));
    expect(() => loadGateways(path)).toThrow(`${path}: invalid gateway list at gateways.0.separator: `);
    writeFileSync(path, JSON.stringify({ version: 1, gateways: [{ id: "x", name: "X gateway", separator: "__", prefixes: {} }] }));
    expect(() => loadGateways(path)).toThrow(`${path}: invalid gateway list at gateways.0: `);
  });
});

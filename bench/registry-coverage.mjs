// How much of the Docker MCP registry the known-server catalog recognises: each registry server is configured the
// way the registry runs it (`docker run -i --rm IMAGE` under its registry name, or its remote URL), and
// identifyServer is asked who it is. For servers whose registry entry ships a tools.json, it also counts how many of
// those tool names the recognised entry lists (a stale tools.json can name tools the source no longer has).
//
//   node bench/registry-coverage.mjs GIT_DIR_OF_docker/mcp-registry [--catalog FILE] [--missing]
// --catalog reads another known-servers file instead of the built-in one (e.g. an older commit's, to compare).
// --missing also lists every server the catalog does not recognise, with its source repository and pinned commit.
import { execFileSync } from "node:child_process";
import { identifyGateway, identifyServer } from "../dist/flows/index.js";
import { catalogOption, configuredServer } from "./label-sets.mjs";

const gitDir = process.argv[2];
if (!gitDir) {
  console.error("usage: node bench/registry-coverage.mjs GIT_DIR_OF_docker/mcp-registry");
  process.exit(2);
}
const git = (...args) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
const commit = git("rev-parse", "HEAD").trim();
const catalog = await catalogOption();

/** The server as the registry runs it: its image under `docker run`, or its remote URL. */
function configured(name, yaml) {
  const image = yaml.match(/^image:\s*(\S+)/m)?.[1];
  const url = yaml.match(/^\s+url:\s*(\S+)/m)?.[1];
  return configuredServer(name, image || !url ? { command: "docker", args: ["run", "-i", "--rm", image ?? name] } : { url });
}

const listMissing = process.argv.includes("--missing");
const missing = [];
let servers = 0, recognised = 0, withTools = 0, toolsListed = 0, toolsKnown = 0;
const byHow = new Map();
for (const dir of git("ls-tree", "--name-only", "HEAD", "servers/").trim().split("\n").map((p) => p.replace(/^servers\//, ""))) {
  let yaml;
  try { yaml = git("show", `HEAD:servers/${dir}/server.yaml`); } catch { continue; }
  servers++;
  let tools = [];
  if (git("ls-tree", "--name-only", "HEAD", `servers/${dir}/`).includes("tools.json")) {
    try { tools = JSON.parse(git("show", `HEAD:servers/${dir}/tools.json`)); } catch { tools = []; }
  }
  const server = configured(dir, yaml);
  // A gateway relays other servers' tools, which are looked up by name: recognised, though no one entry describes it.
  if (identifyGateway(server)) {
    recognised++;
    byHow.set("gateway", (byHow.get("gateway") ?? 0) + 1);
    continue;
  }
  const match = identifyServer(server, catalog);
  if (!match) {
    const field = (key) => yaml.match(new RegExp(`^\\s+${key}:\\s*(\\S+)`, "m"))?.[1] ?? "";
    missing.push([dir, yaml.match(/^type:\s*(\S+)/m)?.[1] ?? "", `tools.json=${tools.length}`, field("project") || field("url"), field("commit")].join("\t"));
    continue;
  }
  recognised++;
  const how = match.by.split(" ")[0];
  byHow.set(how, (byHow.get(how) ?? 0) + 1);
  if (Array.isArray(tools) && tools.length > 0) {
    withTools++;
    toolsListed += tools.length;
    toolsKnown += tools.filter((t) => Object.hasOwn(match.server.tools, t.name)).length;
  }
}
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`Docker MCP registry ${commit.slice(0, 7)}: ${servers} servers; the catalog (${catalog.servers.length} entries) recognises ${recognised} (${pct(recognised, servers)})`);
console.log(`- recognised by: ${[...byHow].map(([how, n]) => `${how} ${n}`).join(", ")}`);
console.log(`- of the recognised servers with a non-empty tools.json (${withTools}), the entry lists ${toolsKnown} of their ${toolsListed} tool names (${pct(toolsKnown, toolsListed)})`);
if (listMissing) console.log(`not recognised (${missing.length}):\n${missing.join("\n")}`);

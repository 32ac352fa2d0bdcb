// How much of LiveMCPBench's server list (tools/LiveMCPTool/all_config.json of github:icip-cas/LiveMCPBench, a
// benchmark's choice of 70 public servers outside any curated registry) the known-server catalog recognises, each
// server configured exactly as the benchmark launches it (its config name, command and args).
//
//   node bench/livemcpbench-coverage.mjs GIT_DIR_OF_icip-cas/LiveMCPBench [--catalog FILE] [--missing]
// --catalog reads another known-servers file instead of the built-in one (e.g. an older commit's, to compare).
import { execFileSync } from "node:child_process";
import { identifyGateway, identifyServer } from "../dist/flows/index.js";
import { catalogOption, configuredServer } from "./label-sets.mjs";

const gitDir = process.argv[2];
if (!gitDir || gitDir.startsWith("--")) {
  console.error("usage: node bench/livemcpbench-coverage.mjs GIT_DIR_OF_icip-cas/LiveMCPBench [--catalog FILE] [--missing]");
  process.exit(2);
}
const git = (...args) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
const commit = git("rev-parse", "HEAD").trim();
const list = JSON.parse(git("show", "HEAD:tools/LiveMCPTool/all_config.json"));
const catalog = await catalogOption();

let servers = 0;
let recognised = 0;
const byHow = new Map();
const missing = [];
for (const item of list) {
  for (const [name, config] of Object.entries(item.config?.mcpServers ?? {})) {
    servers++;
    const server = configuredServer(name, config);
    const how = identifyGateway(server) ? "gateway" : identifyServer(server, catalog)?.by.split(" ")[0];
    if (!how) {
      missing.push(`${name}\t${config.url ?? [config.command, ...(config.args ?? [])].join(" ")}\t${item.web ?? ""}`);
      continue;
    }
    recognised++;
    byHow.set(how, (byHow.get(how) ?? 0) + 1);
  }
}
console.log(`LiveMCPBench ${commit.slice(0, 7)}: ${servers} servers; the catalog (${catalog.servers.length} entries) recognises ${recognised} (${((100 * recognised) / servers).toFixed(1)}%)`);
console.log(`- recognised by: ${[...byHow].map(([how, n]) => `${how} ${n}`).join(", ")}`);
if (process.argv.includes("--missing")) console.log(`not recognised (${missing.length}):\n${missing.join("\n")}`);

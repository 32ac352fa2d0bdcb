// How far the known-server catalog reaches beyond the Docker MCP registry: for each server of the benign corpus
// (../shared/corpus/benign.jsonl), grouped by the benchmark or registry it comes from, whether the catalog recognises
// it as a scan of it would (its corpus name as the config name, launched as `npx -y NAME`), and how many of its tools
// the recognised entry lists. Recognition by config name is all a benchmark's server names allow, so servers known
// to the catalog by package or reported name only are counted as not recognised.
//
//   npm run build && node bench/corpus-coverage.mjs [--catalog FILE] [--missing]
// --catalog reads another known-servers file instead of the built-in one (e.g. an older commit's, to compare).
import { readFileSync } from "node:fs";
import { identifyGateway, identifyServer } from "../dist/flows/index.js";
import { benchServer, catalogOption, toolsByServer } from "./label-sets.mjs";

const corpus = new URL("../../shared/corpus/benign.jsonl", import.meta.url);
const lines = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
const catalog = await catalogOption();
const bySource = new Map();
const missing = [];
// Two benchmarks can use one name for different servers: each source's servers are taken separately.
const servers = [...new Set(lines.map((l) => l.source))].flatMap((source) =>
  [...toolsByServer(lines.filter((l) => l.source === source))].map(([name, tools]) => ({ source, name, tools })));
for (const { source, name, tools } of servers) {
  const server = benchServer(name, tools);
  const gateway = identifyGateway(server);
  const match = gateway ? undefined : identifyServer(server, catalog);
  const listed = gateway ? tools.length : match ? tools.filter((t) => Object.hasOwn(match.server.tools, t.name)).length : 0;
  const counts = bySource.get(source) ?? { servers: 0, recognised: 0, tools: 0, listed: 0 };
  counts.servers++;
  counts.tools += tools.length;
  counts.listed += listed;
  if (gateway || match) counts.recognised++;
  else missing.push(`${name}\t${tools.length} tools\t${source}`);
  bySource.set(source, counts);
}
console.log(`Known-server catalog (${catalog.servers.length} entries) against the benign corpus's servers`);
console.log("| source | servers | recognised | tools | listed by the entry |");
console.log("|---|---:|---|---:|---|");
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
for (const [source, c] of bySource) {
  console.log(`| ${source} | ${c.servers} | ${c.recognised} (${pct(c.recognised, c.servers)}) | ${c.tools} | ${c.listed} (${pct(c.listed, c.tools)}) |`);
}
if (process.argv.includes("--missing")) console.log(`\nnot recognised (${missing.length}):\n${missing.join("\n")}`);

// What labelling costs a scan: every tool of every development set, grouped by server and labelled with labelServer
// the way the toxic-flow rule does, with new server objects on every pass (a scan meets each server once, so the
// per-server facts the labeller keeps on the object are worked out again). Rerun with `npm run bench:label-cost`.
import { performance } from "node:perf_hooks";
import { DEVELOPMENT_FILES, benchServer, loadLabelSet } from "./label-sets.mjs";

const PASSES = 7;
const loadStart = performance.now();
const { labelServer, loadKnownServers } = await import("../dist/flows/index.js");
const importMs = performance.now() - loadStart;
const catalogStart = performance.now();
const catalog = loadKnownServers();
const catalogMs = performance.now() - catalogStart;

const byServer = new Map();
for (const file of DEVELOPMENT_FILES) {
  for (const item of loadLabelSet(file)) {
    const tools = byServer.get(item.server) ?? new Map();
    const tool = { name: item.name, description: item.description, inputSchema: item.inputSchema };
    if (!tools.has(item.name)) tools.set(item.name, item.annotations ? { ...tool, annotations: item.annotations } : tool);
    byServer.set(item.server, tools);
  }
}
const servers = [...byServer].map(([name, tools]) => [name, [...tools.values()]]);
const toolCount = servers.reduce((n, [, tools]) => n + tools.length, 0);

function pass() {
  const start = performance.now();
  for (const [name, tools] of servers) labelServer(benchServer(name, tools));
  return performance.now() - start;
}
const first = pass();
const warm = Array.from({ length: PASSES }, pass).sort((a, b) => a - b);
const median = warm[Math.floor(PASSES / 2)];
const usPerTool = (ms) => ((1000 * ms) / toolCount).toFixed(0);

console.log(`Labeller cost, node ${process.version}, ${toolCount} tools of ${servers.length} servers (${DEVELOPMENT_FILES.length} development sets)`);
console.log(`- loading the labeller modules: ${importMs.toFixed(0)} ms; the known-server catalog (${catalog.servers.length} servers): ${catalogMs.toFixed(1)} ms`);
console.log(`- first pass: ${first.toFixed(0)} ms (${usPerTool(first)} µs per tool)`);
console.log(`- warm passes, median of ${PASSES}: ${median.toFixed(0)} ms (${usPerTool(median)} µs per tool; fastest ${usPerTool(warm[0])}, slowest ${usPerTool(warm.at(-1))})`);

// What labelling costs a scan: every tool of every development set, grouped by server and labelled with labelServer
// the way the toxic-flow rule does, with new server objects on every pass (a scan meets each server once, so the
// per-server facts the labeller keeps on the object are worked out again). Rerun with `npm run bench:label-cost`.
import { performance } from "node:perf_hooks";
import { DEVELOPMENT_FILES, benchServer, loadLabelSet, toolsByServer } from "./label-sets.mjs";

const PASSES = 7;
const loadStart = performance.now();
const { labelServer, loadKnownServers } = await import("../dist/flows/index.js");
const importMs = performance.now() - loadStart;
const catalogStart = performance.now();
const catalog = loadKnownServers();
const catalogMs = performance.now() - catalogStart;

const servers = [...toolsByServer(DEVELOPMENT_FILES.flatMap((file) => loadLabelSet(file)))];
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

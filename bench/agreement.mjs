// How often two labellers agree on flow roles, and how the labeller scores against each of them: the ceiling that
// per-tool precision and recall can be measured against. test/flows/labels-second-opinion.json is a second, blind
// labelling of the tools of the sets it names; the first labels are those sets' own.
import { readFileSync } from "node:fs";
import { labelTool, ROLES, FLOW_CONFIDENCE_THRESHOLD } from "../dist/flows/index.js";
import { benchServer, labelSetUrl, loadLabelSet } from "./label-sets.mjs";

// --second FILE[,FILE...] reads other second labellings (paths; one reader per set, say), or a copy of the first labels
// to check this script.
const secondAt = process.argv.indexOf("--second");
const secondFiles = secondAt > 0 ? process.argv[secondAt + 1].split(",").map((path) => new URL(path, `file://${process.cwd()}/`)) : [labelSetUrl("labels-second-opinion.json")];
const second = secondFiles.flatMap((file) => JSON.parse(readFileSync(file, "utf8")).tools);
// --with-catalog scores the labeller as users get it (catalog + heuristics); the default is heuristics only.
const withCatalog = process.argv.includes("--with-catalog");
const firstSets = new Map();
for (const file of new Set(second.map((t) => t.set))) firstSets.set(file, loadLabelSet(file));

const key = (t) => `${t.server}\u0000${t.name}`;
const firstByKey = new Map();
for (const tools of firstSets.values()) for (const t of tools) firstByKey.set(key(t), t);

// The labeller sees each tool beside its server's other labelled tools, as bench/labels.mjs does for servers outside the corpus.
const siblings = new Map();
for (const t of firstByKey.values()) siblings.set(t.server, [...(siblings.get(t.server) ?? []), { name: t.name, description: t.description, inputSchema: t.inputSchema }]);
const servers = new Map([...siblings].map(([name, siblingTools]) => [name, benchServer(name, siblingTools)]));

const rows = [];
for (const b of second) {
  const a = firstByKey.get(key(b));
  if (!a) throw new Error(`second reading: ${b.server}/${b.name} is not in ${b.set}`);
  const tool = { name: a.name, description: a.description, inputSchema: a.inputSchema };
  const got = labelTool(servers.get(a.server), tool, { noCatalog: !withCatalog }).filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role);
  rows.push({ first: new Set(a.roles), second: new Set(b.roles), labeller: new Set(got) });
}

const pct = (n, d) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
/** Precision and recall of `guess` against `truth` for one role, over the rows `where` keeps. */
function score(role, guess, truth, where = () => true) {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rows.filter(where)) {
    const g = r[guess].has(role), t = r[truth].has(role);
    if (g && t) tp++;
    else if (g) fp++;
    else if (t) fn++;
  }
  return `${pct(tp, tp + fp)} (${tp}/${tp + fp}) | ${pct(tp, tp + fn)} (${tp}/${tp + fn})`;
}
/** Cohen's kappa of the two labellers for one role: agreement beyond what their label rates give by chance. */
function kappa(role) {
  const n = rows.length;
  const both = rows.filter((r) => r.first.has(role) === r.second.has(role)).length / n;
  const p1 = rows.filter((r) => r.first.has(role)).length / n, p2 = rows.filter((r) => r.second.has(role)).length / n;
  const chance = p1 * p2 + (1 - p1) * (1 - p2);
  return chance === 1 ? "n/a" : ((both - chance) / (1 - chance)).toFixed(2);
}
const agreeOn = (role) => (r) => r.first.has(role) === r.second.has(role);

console.log(`Labeller agreement over ${rows.length} tools (${[...firstSets.keys()].join(", ")}), ${withCatalog ? "catalog + heuristics" : "heuristics only"}, threshold ${FLOW_CONFIDENCE_THRESHOLD}`);
console.log("\n| role | second vs first: precision | recall | kappa | labeller vs first: precision | recall | labeller vs second: precision | recall | labeller where both agree: precision | recall |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const role of ROLES) {
  console.log(`| ${role} | ${score(role, "second", "first")} | ${kappa(role)} | ${score(role, "labeller", "first")} | ${score(role, "labeller", "second")} | ${score(role, "labeller", "first", agreeOn(role))} |`);
}

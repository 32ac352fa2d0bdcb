// Measures the flow labeller against hand-labelled tools: per-role precision and recall.
// Development sets (tuning may look at their misses): labels.json was in view while the heuristics were written;
// every other set was first measured once as held-out, then studied for generic error classes. Each file's header
// says how its tools were drawn and labelled:
//   labels-holdout.json .. labels-holdout8.json   random draws from ../shared/corpus/benign.jsonl
//   labels-holdout9.json .. labels-holdout26.json public MCP servers outside the corpus, chosen by category
//     (search, feeds, social, mail, chat, trackers, storage, CRM, shops, databases, publishing, webhooks,
//     messengers, forges, help desks, streaming, accounting, cloud and CI admin, meetings, notes, dashboards)
// Held-out 27 and 28 (labels-holdout27.json, labels-holdout28.json): tools of still more public servers, each set
// labelled blind by someone else and never tuned on; each is reported when its file exists, and --skip-heldout
// leaves them out without opening them or checking that they exist (tuning runs use that, so their tools and
// errors stay unseen).
// Each set runs twice: as configured (the corpus server name is the config name, so the catalog can recognise
// it) and heuristics only (no catalog), which is what an unknown server gets.
import { existsSync, readFileSync } from "node:fs";
import { labelTool, ROLES, FLOW_CONFIDENCE_THRESHOLD } from "../dist/flows/index.js";
import { benchServer, labelSetUrl, loadLabelSet as load } from "./label-sets.mjs";

// --verbose lists misses of the development sets only: held-out errors are never printed, so tuning cannot see them.
const verbose = process.argv.includes("--verbose");
const sets = [
  ["development", load("labels.json")],
  ["development 2", load("labels-holdout.json")],
  ["development 3", load("labels-holdout2.json")],
  ["development 4", load("labels-holdout3.json")],
  ["development 5", load("labels-holdout4.json")],
  ["development 6", load("labels-holdout5.json")],
  ["development 7", load("labels-holdout6.json")],
  ["development 8", load("labels-holdout7.json")],
  ["development 9", load("labels-holdout8.json")],
  ["development 10", load("labels-holdout9.json")],
  ["development 11", load("labels-holdout10.json")],
  ["development 12", load("labels-holdout11.json")],
  ["development 13", load("labels-holdout12.json")],
  ["development 14", load("labels-holdout13.json")],
  ["development 15", load("labels-holdout14.json")],
  ["development 16", load("labels-holdout15.json")],
  ["development 17", load("labels-holdout16.json")],
  ["development 18", load("labels-holdout17.json")],
  ["development 19", load("labels-holdout18.json")],
  ["development 20", load("labels-holdout19.json")],
  ["development 21", load("labels-holdout20.json")],
  ["development 22", load("labels-holdout21.json")],
  ["development 23", load("labels-holdout22.json")],
  ["development 24", load("labels-holdout23.json")],
  ["development 25", load("labels-holdout24.json")],
  ["development 26", load("labels-holdout25.json")],
  ["development 27", load("labels-holdout26.json")],
];
const HELD_OUT = [["held-out 27", "labels-holdout27.json"], ["held-out 28", "labels-holdout28.json"]];
const skipHeldOut = process.argv.includes("--skip-heldout");
// Not even opened under --skip-heldout: whoever tunes must not see their tools.
if (!skipHeldOut) {
  for (const [name, file] of HELD_OUT) if (existsSync(labelSetUrl(file))) sets.push([`${name} (never tuned on)`, load(file)]);
}

// A real scan sees every tool a server lists, and the labeller looks at siblings (does the server manage records?),
// so each labelled tool is measured inside its corpus server's full tool list (or, for a server outside the corpus,
// beside every tool of that server in the labelled sets).
const corpusPath = new URL("../../shared/corpus/benign.jsonl", import.meta.url);
const corpusTools = new Map();
for (const line of readFileSync(corpusPath, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const tools = corpusTools.get(r.server) ?? new Map();
  if (!tools.has(r.name)) tools.set(r.name, { name: r.name, description: r.description, inputSchema: r.inputSchema });
  corpusTools.set(r.server, tools);
}

const labelledTools = new Map();
for (const [, labelled] of sets) {
  for (const item of labelled) {
    const tools = labelledTools.get(item.server) ?? new Map();
    if (!tools.has(item.name)) tools.set(item.name, { name: item.name, description: item.description, inputSchema: item.inputSchema });
    labelledTools.set(item.server, tools);
  }
}

const servers = new Map();
function serverFor(name) {
  if (!servers.has(name)) servers.set(name, benchServer(name, [...((corpusTools.get(name) ?? labelledTools.get(name))?.values() ?? [])]));
  return servers.get(name);
}

function measure(labelled, noCatalog) {
  const counts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  for (const item of labelled) {
    const tool = { name: item.name, description: item.description, inputSchema: item.inputSchema };
    const got = new Set(labelTool(serverFor(item.server), tool, { noCatalog }).filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role));
    const want = new Set(item.roles);
    for (const role of ROLES) {
      if (got.has(role) && want.has(role)) counts[role].tp++;
      else if (got.has(role)) { counts[role].fp++; misses.push(`FP ${role} ${item.server}/${item.name}`); }
      else if (want.has(role)) { counts[role].fn++; misses.push(`FN ${role} ${item.server}/${item.name}`); }
    }
  }
  return { counts, misses };
}

const pct = (n, d) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
console.log(`Flow labels, confidence threshold ${FLOW_CONFIDENCE_THRESHOLD}`);
if (skipHeldOut) console.log(`- ${HELD_OUT.map(([name]) => name).join(", ")}: skipped (--skip-heldout)`);
for (const [name, labelled] of sets) console.log(`- ${name}: ${labelled.length} tools from ${new Set(labelled.map((l) => l.server)).size} servers`);
console.log("\n| set | mode | role | labelled | precision | recall |");
console.log("|---|---|---|---|---|---|");
const row = (name, mode, role, c) =>
  `| ${name} | ${mode} | ${role} | ${c.tp + c.fn} | ${pct(c.tp, c.tp + c.fp)} (${c.tp}/${c.tp + c.fp}) | ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn}) |`;
const MODES = [["catalog + heuristics", false], ["heuristics only", true]];
// Every development set together: the sets were tuned on, so this says how consistent the labeller is, not how it
// does on servers it has not seen (that is the held-out set's job).
const pooled = Object.fromEntries(MODES.map(([mode]) => [mode, Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]))]));
for (const [name, labelled] of sets) {
  for (const [mode, noCatalog] of MODES) {
    const { counts, misses } = measure(labelled, noCatalog);
    for (const role of ROLES) {
      console.log(row(name, mode, role, counts[role]));
      if (name.startsWith("held-out")) continue;
      for (const k of ["tp", "fp", "fn"]) pooled[mode][role][k] += counts[role][k];
    }
    if (verbose && !name.startsWith("held-out")) console.error(`\n${name}, ${mode}:\n${misses.join("\n")}\n`);
  }
}
for (const [mode] of MODES) for (const role of ROLES) console.log(row("all development sets", mode, role, pooled[mode][role]));

// A toxic flow needs one tool per role in an inventory, so what decides whether a flow is reported is whether a server
// gets a role at all, not whether every tool does: per server, the role is expected when any labelled tool has it and
// found when the labeller gives it to any of them. Heuristics only, since the sets' servers are mostly not catalogued.
console.log("\nServer level (does the server get the role on any tool?), heuristics only\n");
console.log("| set | servers | role | servers with role | precision | recall |");
console.log("|---|---|---|---|---|---|");
for (const [name, labelled] of sets) {
  const byServer = new Map();
  for (const item of labelled) byServer.set(item.server, [...(byServer.get(item.server) ?? []), item]);
  const counts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  for (const [server, items] of byServer) {
    const want = new Set(items.flatMap((item) => item.roles));
    const got = new Set(items.flatMap((item) => labelTool(serverFor(server), { name: item.name, description: item.description, inputSchema: item.inputSchema }, { noCatalog: true })
      .filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role)));
    for (const role of ROLES) {
      if (got.has(role) && want.has(role)) counts[role].tp++;
      else if (got.has(role)) counts[role].fp++;
      else if (want.has(role)) counts[role].fn++;
    }
  }
  for (const role of ROLES) {
    const c = counts[role];
    console.log(`| ${name} | ${byServer.size} | ${role} | ${c.tp + c.fn} | ${pct(c.tp, c.tp + c.fp)} (${c.tp}/${c.tp + c.fp}) | ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn}) |`);
  }
}

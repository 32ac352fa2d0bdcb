// Measures the flow labeller against hand-labelled tools: per-role precision and recall.
// Development sets (tuning may look at their misses): labels.json was in view while the heuristics were written;
// every other set was first measured once as held-out, then studied for generic error classes. Each file's header
// says how its tools were drawn and labelled:
//   labels-holdout.json .. labels-holdout8.json   random draws from ../shared/corpus/benign.jsonl
//   labels-holdout9.json .. labels-holdout40.json public MCP servers outside the corpus, chosen by category
//     (search, feeds, social, mail, chat, trackers, storage, CRM, shops, databases, publishing, webhooks,
//     messengers, forges, help desks, streaming, accounting, cloud and CI admin, meetings, notes, dashboards,
//     learning platforms, recruiting, forms, vaults, bookmarks, file transfer, observability, brokerage, analytics,
//     feedback boards, live chat, voice agents, review sites, feed readers, search APIs, archives, forums, communities)
//   labels-holdout41.json, labels-holdout42.json  servers the catalog knows, chosen mechanically from its ids
//   labels-holdout43.json .. labels-holdout48.json  more public servers by category (link aggregators to read-later
//     services; headless CMSs to ERPs; Chinese social platforms, mail, SMS and news; trackers to object storage;
//     podcasts to push services; CRMs to secrets managers)
//   labels-holdout49.json, labels-holdout50.json  a seeded random draw from the Docker MCP registry
//     (bench/registry-draw.mjs)
//   labels-holdout51.json, labels-holdout52.json  servers the catalog learned in the eighth session, drawn from its ids
//   labels-holdout53.json, labels-holdout54.json  a second seeded draw from the Docker MCP registry (--strict-exclusion)
//   labels-holdout55.json, labels-holdout56.json  a third seeded draw, after the catalog reached most of the registry
//   labels-holdout57.json, labels-holdout58.json  a fourth seeded draw, labelled under the settled conventions
//   labels-holdout59.json, labels-holdout60.json  catalogued servers no set held (bench/catalog-draw.mjs)
//   labels-holdout61.json .. labels-holdout64.json  the rest of the catalog draw, dealt to four sets
//   labels-holdout65.json .. labels-holdout67.json  the last catalogued servers no set held
//   labels-holdout68.json .. labels-holdout71.json  servers catalogued from a public list, then drawn
//   labels-holdout72.json .. labels-holdout79.json  the list's next servers, catalogued, then drawn
//   labels-holdout80.json .. labels-holdout85.json  the list's next servers, catalogued under rulebook 5.54-5.56, then drawn
//   labels-holdout86.json .. labels-holdout93.json  the rest of the list, catalogued under rulebook 5.57-5.58, then drawn
//   labels-holdout94.json .. labels-holdout101.json  the list's other languages, catalogued under rulebook 5.59-5.61, then drawn
//   labels-holdout102.json .. labels-holdout109.json  vendors' own servers from a second list, catalogued under 5.62, then drawn
//   labels-holdout110.json .. labels-holdout117.json  the rest of that list, catalogued under 5.62-5.64, then drawn
//   labels-holdout118.json .. labels-holdout125.json  community servers from the same README, entries reviewed, then drawn
// Held-out 126 to 133 (labels-holdout126.json .. labels-holdout133.json): sets still to be drawn, each labelled blind by
// someone else and never tuned on; each is reported when its file exists, then all of them together (a verdict
// fixed before a draw is read on that pooled row), and --skip-heldout
// leaves them out without opening them or checking that they exist (tuning runs use that, so their tools and
// errors stay unseen).
// Each set runs twice: as configured (the server name is the config name and the launched package, so the catalog
// can recognise it) and heuristics only (no catalog), which is what an unknown server gets.
import { existsSync, readFileSync } from "node:fs";
import { labelTool, ROLES, FLOW_CONFIDENCE_THRESHOLD } from "../dist/flows/index.js";
import { benchServer, developmentName, DEVELOPMENT_FILES, labelSetUrl, loadLabelSet as load, toolOf, toolsByServer } from "./label-sets.mjs";

// --verbose lists misses of the development sets only: held-out errors are never printed, so tuning cannot see them.
const verbose = process.argv.includes("--verbose");
const sets = DEVELOPMENT_FILES.map((file, i) => [developmentName(i), load(file)]);
const HELD_OUT = [126, 127, 128, 129, 130, 131, 132, 133].map((n) => [`held-out ${n}`, `labels-holdout${n}.json`]);
const skipHeldOut = process.argv.includes("--skip-heldout");
// Not even opened under --skip-heldout: whoever tunes must not see their tools.
if (!skipHeldOut) {
  for (const [name, file] of HELD_OUT) if (existsSync(labelSetUrl(file))) sets.push([`${name} (never tuned on)`, load(file)]);
}

// A real scan sees every tool a server lists, and the labeller looks at siblings (does the server manage records?),
// so each labelled tool is measured inside its corpus server's full tool list (or, for a server outside the corpus,
// beside every tool of that server in the labelled sets).
const corpusPath = new URL("../../shared/corpus/benign.jsonl", import.meta.url);
const corpusTools = toolsByServer(readFileSync(corpusPath, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line)));
const labelledTools = toolsByServer(sets.flatMap(([, labelled]) => labelled));

const servers = new Map();
function serverFor(name) {
  if (!servers.has(name)) servers.set(name, benchServer(name, corpusTools.get(name) ?? labelledTools.get(name) ?? []));
  return servers.get(name);
}

function measure(labelled, noCatalog, noAnnotations = false) {
  const counts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  for (const item of labelled) {
    const tool = toolOf(item, !noAnnotations);
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
const emptyCounts = () => Object.fromEntries(MODES.map(([mode]) => [mode, Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]))]));
const pooled = emptyCounts();
const pooledHeldOut = emptyCounts();
for (const [name, labelled] of sets) {
  for (const [mode, noCatalog] of MODES) {
    const { counts, misses } = measure(labelled, noCatalog);
    for (const role of ROLES) {
      console.log(row(name, mode, role, counts[role]));
      const into = name.startsWith("held-out") ? pooledHeldOut : pooled;
      for (const k of ["tp", "fp", "fn"]) into[mode][role][k] += counts[role][k];
    }
    if (verbose && !name.startsWith("held-out")) console.error(`\n${name}, ${mode}:\n${misses.join("\n")}\n`);
  }
  // What the server's own annotations add: the same set with them removed (only sets that record them).
  if (labelled.some((item) => item.annotations)) {
    const { counts } = measure(labelled, true, true);
    for (const role of ROLES) console.log(row(name, "heuristics only, annotations ignored", role, counts[role]));
  }
}
for (const [mode] of MODES) for (const role of ROLES) console.log(row("all development sets", mode, role, pooled[mode][role]));
const heldOutCount = sets.filter(([name]) => name.startsWith("held-out")).length;
if (heldOutCount > 1) for (const [mode] of MODES) for (const role of ROLES) console.log(row(`held-out sets together (${heldOutCount})`, mode, role, pooledHeldOut[mode][role]));

// A toxic flow needs one tool per role in an inventory, so what decides whether a flow is reported is whether a server
// gets a role at all, not whether every tool does: per server, the role is expected when any labelled tool has it and
// found when the labeller gives it to any of them. First heuristics only (most of the sets' servers were not
// catalogued when they were labelled), then catalog + heuristics, what a scan gives.
/** Per server of a set: the roles its labelled tools have, and the roles the labeller gives any of them. */
function serverRoles(labelled, noCatalog) {
  const byServer = new Map();
  for (const item of labelled) byServer.set(item.server, [...(byServer.get(item.server) ?? []), item]);
  return [...byServer].map(([server, items]) => ({
    server,
    want: new Set(items.flatMap((item) => item.roles)),
    got: new Set(items.flatMap((item) => labelTool(serverFor(server), toolOf(item), { noCatalog })
      .filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role))),
  }));
}

// What a user sees is the toxic-flow finding of an inventory, not a tool's label. Every three servers of a set stand
// for one agent's inventory; a flow is there when the labelled roles of the three complete it, and reported when the
// labeller's roles do. Three is a small inventory: larger ones complete more flows. Only sets of whole public servers
// (up to 15 tools each) count.
const FLOWS = [["data-leak", ["untrusted-content", "private-data", "public-sink"]], ["destructive", ["untrusted-content", "destructive"]]];
const INVENTORY_SIZE = 3;
// Sets drawn from the corpus hold one to three tools of each of many servers: their servers' roles are fragments.
const CORPUS_DRAWS = new Set(["development", ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `development ${n}`)]);
function* combinations(items, k, start = 0, chosen = []) {
  if (chosen.length === k) { yield chosen; return; }
  for (let i = start; i <= items.length - (k - chosen.length); i++) yield* combinations(items, k, i + 1, [...chosen, items[i]]);
}

for (const [mode, noCatalog] of [["heuristics only", true], ["catalog + heuristics", false]]) {
  console.log(`\nServer level (does the server get the role on any tool?), ${mode}\n`);
  console.log("| set | servers | role | servers with role | precision | recall |");
  console.log("|---|---|---|---|---|---|");
  const roleSets = new Map(sets.map(([name, labelled]) => [name, serverRoles(labelled, noCatalog)]));
  for (const [name, perServer] of roleSets) {
    const counts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
    for (const { want, got } of perServer) {
      for (const role of ROLES) {
        if (got.has(role) && want.has(role)) counts[role].tp++;
        else if (got.has(role)) counts[role].fp++;
        else if (want.has(role)) counts[role].fn++;
      }
    }
    for (const role of ROLES) {
      const c = counts[role];
      console.log(`| ${name} | ${perServer.length} | ${role} | ${c.tp + c.fn} | ${pct(c.tp, c.tp + c.fp)} (${c.tp}/${c.tp + c.fp}) | ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn}) |`);
    }
  }

  console.log(`\nFlow level (is the flow in an inventory of ${INVENTORY_SIZE} servers of the set reported?), ${mode}\n`);
  console.log("| set | inventories | flow | with the flow | precision | recall |");
  console.log("|---|---|---|---|---|---|");
  const flowPooled = Object.fromEntries(FLOWS.map(([flow]) => [flow, { tp: 0, fp: 0, fn: 0 }]));
  for (const [name, perServer] of roleSets) {
    if (perServer.length < INVENTORY_SIZE || CORPUS_DRAWS.has(name)) continue;
    const counts = Object.fromEntries(FLOWS.map(([flow]) => [flow, { tp: 0, fp: 0, fn: 0 }]));
    let inventories = 0;
    for (const inventory of combinations(perServer, INVENTORY_SIZE)) {
      inventories++;
      const want = new Set(inventory.flatMap((s) => [...s.want]));
      const got = new Set(inventory.flatMap((s) => [...s.got]));
      for (const [flow, roles] of FLOWS) {
        const expected = roles.every((r) => want.has(r));
        const reported = roles.every((r) => got.has(r));
        if (expected && reported) counts[flow].tp++;
        else if (reported) counts[flow].fp++;
        else if (expected) counts[flow].fn++;
      }
    }
    for (const [flow] of FLOWS) {
      const c = counts[flow];
      console.log(`| ${name} | ${inventories} | ${flow} | ${c.tp + c.fn} | ${pct(c.tp, c.tp + c.fp)} (${c.tp}/${c.tp + c.fp}) | ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn}) |`);
      if (!name.startsWith("held-out")) for (const k of ["tp", "fp", "fn"]) flowPooled[flow][k] += c[k];
    }
  }
  for (const [flow] of FLOWS) {
    const c = flowPooled[flow];
    console.log(`| development 10-${DEVELOPMENT_FILES.length} | | ${flow} | ${c.tp + c.fn} | ${pct(c.tp, c.tp + c.fp)} (${c.tp}/${c.tp + c.fp}) | ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn}) |`);
  }
}

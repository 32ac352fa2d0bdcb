// Measures the flow labeller against hand-labelled tools: per-role precision and recall.
// Development sets (tuning may look at their misses): labels.json (in view while the heuristics were written),
// labels-holdout.json and labels-holdout2.json (each drawn at random, first measured untouched, then used to find
// generic error classes), labels-holdout3.json .. labels-holdout8.json (each held out for one round, then studied
// like the others), labels-holdout9.json (tools of public MCP servers outside the corpus: search, scraping, feeds,
// social, mail, chat and issue trackers), labels-holdout10.json (more public servers: chat, mail, notes, trackers,
// social, video, calendars), labels-holdout11.json (wiki, boards, tasks, storage, chat, social, a forge) and
// labels-holdout12.json (CRM, help desk, a shop, a database, notes, music, a browser driver), labels-holdout13.json
// (chat, forums, monitoring, feeds, Q&A, mail sending), labels-holdout14.json (webhooks, blogs, a social network,
// mail sending) and labels-holdout15.json (notifications, social networks, a messenger, a forge, mailing lists, mail,
// a wiki), labels-holdout16.json (chat, files, support, tasks, mail sending, a key-value store, social posts,
// incidents), labels-holdout17.json (chat, help desk, streaming, short video, Nostr, IRC, a forge) and
// labels-holdout18.json (CRM, accounting, file storage, mail sending, a database, scheduling, a forge, SMS),
// labels-holdout19.json (news, reviews, Atlassian admin, mail, automation, crawling, SMS, anime feeds) and
// labels-holdout20.json (HR, payments, Drive, contacts, Postgres, Kubernetes), labels-holdout21.json (encyclopedia,
// papers, articles, social networks, maps, Telegram) and labels-holdout22.json (a shop, CI, containers, cloud,
// Firebase, SharePoint, Linear, git), labels-holdout23.json (search, launches, meetings, LINE, mail sending, Google
// Chat, Medium, YouTube) and labels-holdout24.json (Supabase, Terraform, Vercel, Cloudflare, Evernote, Azure DevOps),
// labels-holdout25.json (social pins, help desk, meetings, publishing, newsletters, search, automation, push) and
// labels-holdout26.json (work boards, accounting, hosting, notes, search engine, dashboards, a shop), each held out
// for one round, then studied. Held-out 27 and 28: labels-holdout27.json and labels-holdout28.json, tools of
// still more public servers outside the corpus, each labelled by someone else and never tuned on; each is reported
// when its file exists, and --skip-heldout leaves them out without opening them or checking that they exist (tuning
// runs use that, so their tools and errors stay unseen).
// Each set runs twice: as configured (the corpus server name is the config name, so the catalog can recognise
// it) and heuristics only (no catalog), which is what an unknown server gets.
import { existsSync, readFileSync } from "node:fs";
import { labelTool, ROLES, FLOW_CONFIDENCE_THRESHOLD } from "../dist/flows/index.js";

// --verbose lists misses of the development sets only: held-out errors are never printed, so tuning cannot see them.
const verbose = process.argv.includes("--verbose");
// A set file is either a bare array of tools or { header, tools } (the header says how the set was drawn).
const setUrl = (file) => new URL(`../test/flows/${file}`, import.meta.url);
const load = (file) => {
  const data = JSON.parse(readFileSync(setUrl(file), "utf8"));
  return Array.isArray(data) ? data : data.tools;
};
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
  for (const [name, file] of HELD_OUT) if (existsSync(setUrl(file))) sets.push([`${name} (never tuned on)`, load(file)]);
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
  if (!servers.has(name)) {
    servers.set(name, {
      entry: { name, client: "bench", configPath: "bench", inventoryId: "bench", scope: "input", transport: "stdio", transportGuessed: false, args: [], env: {}, headers: {}, disabled: false },
      status: "ok", tools: [...((corpusTools.get(name) ?? labelledTools.get(name))?.values() ?? [])], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0,
    });
  }
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

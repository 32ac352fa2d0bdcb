// Experiment, not part of the scanner: would a general change to the labeller have helped on servers it was not tuned
// on? Each earlier held-out pair is scored by the labeller as it stood when the pair was measured (the parent of the
// commit that recorded the measurement, rebuilt from git into a scratch directory), once as it was and once with the
// change applied on top. The changes tried are post-passes over a server's labels, so the same code runs on every old
// labeller. `--development` instead applies them to the current build over every development set and lists the sets
// whose precision falls by more than a point; `--at COMMIT --sets N,M` scores named sets with another commit's
// labeller. Recorded in docs/benchmarks.md; rerun with `npm run bench:retro`.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { benchServer, DEVELOPMENT_FILES, developmentName, loadLabelSet, toolsByServer } from "./label-sets.mjs";
import { labellerAt, MEASURED_PAIRS, parentOf, rolesByTool, ROOT } from "./past-labellers.mjs";

const ROLES = ["untrusted-content", "private-data", "public-sink", "destructive"];
// The pairs this experiment was recorded on (docs/benchmarks.md); later pairs were measured after it.
const PAIRS = MEASURED_PAIRS.filter(([, numbers]) => numbers[0] <= 35);

const words = (s) => (s ?? "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

// Siblings: a read on a server where at least half the tools return private data is taken to return private data too,
// unless it reads the tool's own state. Tests whether the server, not the tool's words, carries the evidence.
const READ_VERB = /^(?:get|list|search|read|fetch|query|find|export|download|view|show|retrieve|describe|lookup|browse|check|inspect)$/;
const OWN_STATE = /^(?:health|healthcheck|status|ping|auth|oauth|login|version|usage|limits?|quota|ingestion|connection|config|settings|capabilities|help)$/;
function siblings({ tools, got }) {
  const share = tools.filter((t) => got.get(t.name).has("private-data")).length / tools.length;
  if (share < 0.5) return;
  for (const t of tools) {
    const w = words(t.name);
    const at = w.findIndex((x) => READ_VERB.test(x));
    if (at < 0 || at > 1 || w.slice(at + 1).some((x) => OWN_STATE.test(x))) continue;
    got.get(t.name).add("private-data");
  }
}

// Nearest: a tool also takes the roles of the most similar tool labelled in an earlier set (tf-idf cosine over name
// and description words) when the similarity reaches `tau`. Tests whether phrasing carries over where word lists do not.
function nearest(tau) {
  return ({ tools, got, reference }) => {
    for (const t of tools) {
      const hit = reference.closest(t);
      if (hit && hit.similarity >= tau) for (const r of hit.roles) got.get(t.name).add(r);
    }
  };
}

const CHANGES = [["siblings", siblings], ["nearest 0.6", nearest(0.6)], ["nearest 0.7", nearest(0.7)]];

function reference(items) {
  const bag = (t) => {
    const counts = new Map();
    for (const w of words(t.name)) if (w.length > 2) counts.set(`n:${w}`, (counts.get(`n:${w}`) ?? 0) + 2);
    for (const w of words(t.description).slice(0, 60)) if (w.length > 2) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  };
  const df = new Map();
  for (const t of items) for (const w of bag(t).keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vector = (t) => {
    const v = new Map();
    let norm = 0;
    for (const [w, c] of bag(t)) {
      const x = c * Math.log((items.length + 1) / ((df.get(w) ?? 0) + 1));
      v.set(w, x);
      norm += x * x;
    }
    for (const [w, x] of v) v.set(w, x / (Math.sqrt(norm) || 1));
    return v;
  };
  const known = items.map((t) => ({ v: vector(t), roles: t.roles }));
  return {
    closest(t) {
      const v = vector(t);
      let best;
      for (const k of known) {
        let s = 0;
        for (const [w, x] of v) s += x * (k.v.get(w) ?? 0);
        if (!best || s > best.similarity) best = { similarity: s, roles: k.roles };
      }
      return best;
    },
  };
}


const zero = () => Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
function score(counts, items, gotByKey) {
  for (const item of items) {
    const got = gotByKey.get(`${item.server}\0${item.name}`);
    for (const r of ROLES) {
      const want = item.roles.includes(r);
      if (got.has(r) && want) counts[r].tp++;
      else if (got.has(r)) counts[r].fp++;
      else if (want) counts[r].fn++;
    }
  }
}

/** The roles each tool of `items` gets from `labeller`, as scored and with each change applied. */
function labelAll(labeller, items, ref) {
  const out = new Map([["as scored", new Map()], ...CHANGES.map(([name]) => [name, new Map()])]);
  const scored = rolesByTool(labeller, items, benchServer, toolsByServer);
  for (const [server, tools] of toolsByServer(items)) {
    const asScored = new Map(tools.map((t) => [t.name, scored.get(`${server}\0${t.name}`)]));
    for (const [name, change] of [["as scored", () => {}], ...CHANGES]) {
      const got = new Map([...asScored].map(([k, v]) => [k, new Set(v)]));
      change({ tools, got, reference: ref });
      for (const [tool, roles] of got) out.get(name).set(`${server}\0${tool}`, roles);
    }
  }
  return out;
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
const cell = (c) => `${pct(c.tp, c.tp + c.fp)} / ${pct(c.tp, c.tp + c.fn)}`;

const atIndex = process.argv.indexOf("--at");
if (atIndex > 0) {
  // `--at COMMIT --sets 39,40`: what a labeller of another commit scores on named sets (e.g. before a round, on the
  // pair measured after it), per tool, catalog + heuristics.
  const commit = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", process.argv[atIndex + 1]], { encoding: "utf8" }).trim();
  const numbers = (process.argv[process.argv.indexOf("--sets") + 1] ?? "").split(",").map(Number).filter(Boolean);
  if (!numbers.length) throw new Error("--at COMMIT needs --sets N,M (the labels-holdoutN.json files to score)");
  const counts = zero();
  const labeller = await labellerAt(commit);
  for (const n of numbers) {
    const items = loadLabelSet(`labels-holdout${n}.json`);
    score(counts, items, labelAll(labeller, items, reference([])).get("as scored"));
  }
  console.log(`Labeller of ${commit} on labels-holdout${numbers.join(", ")}, precision / recall per tool\n`);
  console.log(`| ${ROLES.join(" | ")} |\n|${ROLES.map(() => "---").join("|")}|\n| ${ROLES.map((r) => cell(counts[r])).join(" | ")} |`);
} else if (process.argv.includes("--development")) {
  const labeller = await import(pathToFileURL(join(ROOT, "dist/flows/index.js")).href);
  const totals = new Map([["as scored", zero()], ...CHANGES.map(([name]) => [name, zero()])]);
  const drops = [];
  DEVELOPMENT_FILES.forEach((file, i) => {
    const items = loadLabelSet(file);
    const others = DEVELOPMENT_FILES.filter((f) => f !== file).flatMap(loadLabelSet);
    const got = labelAll(labeller, items, reference(others));
    const perSet = new Map([...got.keys()].map((name) => [name, zero()]));
    for (const [name, byKey] of got) {
      score(perSet.get(name), items, byKey);
      score(totals.get(name), items, byKey);
    }
    const precision = (c) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
    for (const [name] of CHANGES) for (const r of ROLES) {
      const before = precision(perSet.get("as scored")[r]);
      const after = precision(perSet.get(name)[r]);
      if (after < before - 0.01) drops.push({ change: name, fall: before - after, text: `${developmentName(i)} ${r} ${(100 * before).toFixed(1)}% -> ${(100 * after).toFixed(1)}%` });
    }
  });
  console.log("Development sets (labelled tools only, each beside its server's labelled tools), current build\n");
  console.log(`| change | ${ROLES.join(" | ")} |`);
  console.log(`|---|${ROLES.map(() => "---").join("|")}|`);
  for (const [name, c] of totals) console.log(`| ${name} | ${ROLES.map((r) => cell(c[r])).join(" | ")} |`);
  console.log("\nSet and role pairs whose precision falls by more than a point (of 37 sets x 4 roles), worst first:");
  for (const [name] of CHANGES) {
    const mine = drops.filter((d) => d.change === name).sort((a, b) => b.fall - a.fall);
    console.log(`- ${name}: ${mine.length}${mine.length ? `; ${mine.slice(0, 3).map((d) => d.text).join(", ")}` : ""}`);
  }
} else {
  const totals = new Map([["as scored", zero()], ...CHANGES.map(([name]) => [name, zero()])]);
  for (const [measured, numbers] of PAIRS) {
    const labeller = await labellerAt(parentOf(measured));
    // The nearest-tool reference is what was labelled before the pair: every set numbered below it.
    const earlier = DEVELOPMENT_FILES.filter((f) => Number(f.match(/holdout(\d*)\.json$/)?.[1] || 1) < numbers[0]).flatMap(loadLabelSet);
    const ref = reference(earlier);
    for (const n of numbers) {
      const items = loadLabelSet(`labels-holdout${n}.json`);
      for (const [name, byKey] of labelAll(labeller, items, ref)) score(totals.get(name), items, byKey);
    }
  }
  console.log("Held-out 27 to 36, each pair scored by the labeller it was measured with (catalog + heuristics), precision / recall per tool\n");
  console.log(`| change | ${ROLES.join(" | ")} |`);
  console.log(`|---|${ROLES.map(() => "---").join("|")}|`);
  for (const [name, c] of totals) console.log(`| ${name} | ${ROLES.map((r) => cell(c[r])).join(" | ")} |`);
}

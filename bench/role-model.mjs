// Experiment, not part of the scanner: could a small learned text model label tool roles on servers nobody tuned on
// better than the hand-written heuristics? Per-role logistic regression over words of the tool's name, description
// opening and parameter names, validated by 5-fold cross-validation that keeps every server's tools in one fold, so
// each tool is scored by a model that never saw its server. Reads the development label sets only (never the
// held-out slot of bench/labels.mjs unless named with --held-out). Recorded in docs/benchmarks.md; rerun with
// `npm run bench:model`.
import { labelTool, ROLES, FLOW_CONFIDENCE_THRESHOLD } from "../dist/flows/index.js";
import { benchServer, DEVELOPMENT_FILES, loadLabelSet } from "./label-sets.mjs";
import { words } from "../dist/flows/heuristics.js";

const DEVELOPMENT_SETS = DEVELOPMENT_FILES;
const FOLDS = 5;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
const SETTINGS = [
  { features: "name, description opening, parameters", l2: 3e-4, epochs: 500, minServers: 1, fullDescription: false },
  { features: "+ whole description (600 chars)", l2: 3e-4, epochs: 500, minServers: 1, fullDescription: true },
  { features: "+ whole description, words of 2+ servers", l2: 1e-4, epochs: 500, minServers: 2, fullDescription: true },
];

const tools = DEVELOPMENT_SETS.flatMap((file) => loadLabelSet(file));

const STOP = new Set("a an and are as at be by can for from has have if in into is it its of on or that the this to was will with you your all any also then than there these those via when which while".split(" "));
const stem = (w) => (w.length > 4 && w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") ? w.slice(0, -1) : w);
const content = (text) => words(text).filter((w) => !STOP.has(w) && !/^\d+$/.test(w)).map(stem);

function featuresOf(tool, fullDescription) {
  const out = new Set();
  const name = content(tool.name);
  for (const w of name) out.add(`n:${w}`);
  for (let i = 0; i + 1 < name.length; i++) out.add(`m:${name[i]}_${name[i + 1]}`);
  const description = (tool.description ?? "").slice(0, 600);
  const opening = content(description.split(/[.!?](?:\s|$)|\n/)[0] ?? "");
  for (const w of opening) out.add(`f:${w}`);
  for (let i = 0; i + 1 < opening.length; i++) out.add(`b:${opening[i]}_${opening[i + 1]}`);
  if (fullDescription) for (const w of content(description)) out.add(`d:${w}`);
  const props = tool.inputSchema?.properties;
  if (props && typeof props === "object") for (const p of Object.keys(props)) for (const w of content(p)) out.add(`p:${w}`);
  return [...out];
}

// Every server's tools land in one fold: the score of a tool always comes from a model that never saw its server.
function foldOf(server) {
  let h = 2166136261;
  for (let i = 0; i < server.length; i++) h = Math.imul(h ^ server.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/** Full-batch logistic regression with AdaGrad steps and an L2 penalty; deterministic. */
function train(rows, labels, settings) {
  const servers = new Map();
  rows.forEach((r) => r.features.forEach((f) => (servers.get(f) ?? servers.set(f, new Set()).get(f)).add(r.server)));
  const vocab = [...servers].filter(([, s]) => s.size >= settings.minServers).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const x = rows.map((r) => r.features.filter((f) => index.has(f)).map((f) => index.get(f)));
  const w = new Float64Array(vocab.length), g2 = new Float64Array(vocab.length).fill(1e-8);
  let bias = 0, b2 = 1e-8;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const grad = new Float64Array(vocab.length);
    let gb = 0;
    x.forEach((cols, i) => {
      let z = bias;
      for (const j of cols) z += w[j];
      const err = sigmoid(z) - labels[i];
      gb += err;
      for (const j of cols) grad[j] += err;
    });
    for (let j = 0; j < vocab.length; j++) {
      const g = grad[j] / x.length + settings.l2 * w[j];
      g2[j] += g * g;
      w[j] -= (0.5 * g) / Math.sqrt(g2[j]);
    }
    b2 += (gb / x.length) ** 2;
    bias -= (0.5 * gb) / x.length / Math.sqrt(b2);
  }
  return (features) => sigmoid(features.reduce((z, f) => (index.has(f) ? z + w[index.get(f)] : z), bias));
}

// The heuristics as an unknown server gets them (no catalog), each tool beside its labelled siblings.
const siblings = new Map();
for (const t of tools) (siblings.get(t.server) ?? siblings.set(t.server, []).get(t.server)).push({ name: t.name, description: t.description, inputSchema: t.inputSchema });
const servers = new Map([...siblings].map(([n, siblingTools]) => [n, benchServer(n, siblingTools)]));
const heuristic = tools.map((t) => new Set(labelTool(servers.get(t.server), t, { noCatalog: true }).filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role)));

const score = (predicted, role) => {
  let tp = 0, fp = 0, fn = 0;
  tools.forEach((t, i) => {
    const want = t.roles.includes(role), got = predicted(i);
    if (got && want) tp++; else if (got) fp++; else if (want) fn++;
  });
  return `${Math.round((100 * tp) / Math.max(1, tp + fp))}/${Math.round((100 * tp) / Math.max(1, tp + fn))}`;
};

// `--held-out FILE...`: train on every development set, then score the named sets (measured once, never tuned on):
// the heuristics alone against the heuristics plus the model, the comparison decided in advance in docs/benchmarks.md.
const heldOutAt = process.argv.indexOf("--held-out");
if (heldOutAt > 0) {
  const files = process.argv.slice(heldOutAt + 1);
  const settings = SETTINGS[0];
  const rows = tools.map((t) => ({ server: t.server, features: featuresOf(t, settings.fullDescription) }));
  const predictors = Object.fromEntries(ROLES.map((role) => [role, train(rows, tools.map((t) => (t.roles.includes(role) ? 1 : 0)), settings)]));
  const scored = files.map((file) => {
    const set = loadLabelSet(file);
    const own = new Map();
    for (const t of set) (own.get(t.server) ?? own.set(t.server, []).get(t.server)).push({ name: t.name, description: t.description, inputSchema: t.inputSchema });
    const setServers = new Map([...own].map(([n, ownTools]) => [n, benchServer(n, ownTools)]));
    return set.map((t) => {
      const heuristics = new Set(labelTool(setServers.get(t.server), t, { noCatalog: true }).filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role));
      const features = featuresOf(t, settings.fullDescription);
      return { file, want: new Set(t.roles), heuristics, probability: Object.fromEntries(ROLES.map((r) => [r, predictors[r](features)])) };
    });
  });
  const cell = (items, role, got) => {
    let tp = 0, fp = 0, fn = 0;
    for (const it of items) {
      const g = got(it), w = it.want.has(role);
      if (g && w) tp++; else if (g) fp++; else if (w) fn++;
    }
    return `${tp}/${tp + fp} ${tp + fp ? Math.round((100 * tp) / (tp + fp)) : "-"}% / ${tp}/${tp + fn} ${tp + fn ? Math.round((100 * tp) / (tp + fn)) : "-"}%`;
  };
  console.log(`Trained on ${tools.length} development tools (${settings.features}); scored on ${files.join(", ")}. Cells: precision / recall.\n`);
  console.log("| set | role | heuristics | union >= 0.8 | union >= 0.7 | model >= 0.8 | model >= 0.7 |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [name, items] of [...scored.map((s, i) => [files[i], s]), ["all given", scored.flat()]]) {
    for (const role of ROLES) {
      const union = (t) => (it) => it.heuristics.has(role) || it.probability[role] >= t;
      const model = (t) => (it) => it.probability[role] >= t;
      console.log(`| ${name} | ${role} | ${cell(items, role, (it) => it.heuristics.has(role))} | ${cell(items, role, union(0.8))} | ${cell(items, role, union(0.7))} | ${cell(items, role, model(0.8))} | ${cell(items, role, model(0.7))} |`);
    }
  }
  process.exit(0);
}

console.log(`Role model experiment: ${tools.length} labelled tools from ${siblings.size} servers, ${FOLDS}-fold cross-validation by server`);
console.log("Cells are precision/recall in %. 'heuristics' were written while looking at these sets, so their figures are in-sample;");
console.log("'model' figures are out-of-fold; 'union' adds the model's roles at the threshold to the heuristics' roles.\n");
console.log(`| features | role | heuristics | ${THRESHOLDS.map((t) => `model ≥${t} | union ≥${t}`).join(" | ")} |`);
console.log(`|---|---|---|${THRESHOLDS.map(() => "---|---").join("|")}|`);
for (const settings of SETTINGS) {
  const rows = tools.map((t) => ({ server: t.server, features: featuresOf(t, settings.fullDescription) }));
  const probability = tools.map(() => ({}));
  for (let k = 0; k < FOLDS; k++) {
    const inFold = rows.map((r) => foldOf(r.server) === k);
    const trainRows = rows.filter((_, i) => !inFold[i]);
    for (const role of ROLES) {
      const predict = train(trainRows, tools.filter((_, i) => !inFold[i]).map((t) => (t.roles.includes(role) ? 1 : 0)), settings);
      rows.forEach((r, i) => { if (inFold[i]) probability[i][role] = predict(r.features); });
    }
  }
  for (const role of ROLES) {
    const cells = THRESHOLDS.flatMap((t) => [score((i) => probability[i][role] >= t, role), score((i) => heuristic[i].has(role) || probability[i][role] >= t, role)]);
    console.log(`| ${settings.features} | ${role} | ${score((i) => heuristic[i].has(role), role)} | ${cells.join(" | ")} |`);
  }
}

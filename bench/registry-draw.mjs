// The draw behind held-out 49 and 50: a seeded shuffle of the Docker MCP registry's servers, so that the sets sample
// servers people install rather than categories chosen to be hard. Servers whose product already appears in a label
// set are left out (the sets must be unseen), one server is kept per product (a local and a remote listing of the
// same product would be one family), and the shuffled list is dealt alternately to the two sets.
//
//   node bench/registry-draw.mjs GIT_DIR_OF_docker/mcp-registry [--seed N --sets A,B --strict-exclusion]
//
// Run 2026-11-22 on registry commit 818bf169b365e7b7d5b117352e32757c54844718, before sets 49 and 50 existed, with the
// defaults (seed 4950, sets 49,50); the sets drawn are left out of the "already labelled" products so that a draw can
// be re-run later and give the same lists. Held-out 53 and 54 were drawn the same day with
// `--seed 5354 --sets 53,54 --strict-exclusion`, which mends two faults of the first draw's exclusion: it took a
// product name from a repository named just `mcp` too, which matched labelled packages named that way and left 41
// servers out; and a labelled server named by a package the registry does not show (held-out 51 and 52 name AWS
// servers by their PyPI packages) was not recognised as labelled. Strict exclusion ignores such repository names and
// also excludes every name the catalog knows a labelled server by.
import { execFileSync } from "node:child_process";
import { GENERIC_REPO_NAMES, labelledProducts, product, shuffle } from "./draws.mjs";

const gitDir = process.argv[2];
if (!gitDir) {
  console.error("usage: node bench/registry-draw.mjs GIT_DIR_OF_docker/mcp-registry");
  process.exit(2);
}
const git = (...args) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const SEED = Number(option("--seed", "4950"));
const SETS = option("--sets", "49,50").split(",").map(Number);
const STRICT = process.argv.includes("--strict-exclusion");
const labelled = labelledProducts(SETS, { strict: STRICT });

const entries = [];
for (const dir of git("ls-tree", "--name-only", "HEAD", "servers/").trim().split("\n").map((p) => p.replace(/^servers\//, ""))) {
  let yaml;
  try { yaml = git("show", `HEAD:servers/${dir}/server.yaml`); } catch { continue; }
  const project = yaml.match(/project:\s*(\S+)/)?.[1] ?? "";
  const image = yaml.match(/^image:\s*(\S+)/m)?.[1] ?? "";
  const type = yaml.match(/^type:\s*(\S+)/m)?.[1] ?? "";
  const repo = project.split("/").pop() ?? "";
  const names = [dir, STRICT && GENERIC_REPO_NAMES.has(repo.toLowerCase()) ? "" : repo, image.split("/").pop() ?? ""].filter(Boolean).map(product);
  const hasToolsJson = git("ls-tree", "--name-only", "HEAD", `servers/${dir}/`).includes("tools.json");
  entries.push({ dir, project, image, type, hasToolsJson, seen: names.some((n) => labelled.has(n)) });
}

const pool = shuffle(entries.filter((e) => !e.seen), SEED);
const products = new Set();
const drawn = pool.filter((e) => !products.has(product(e.dir)) && products.add(product(e.dir)));
console.error(`registry servers ${entries.length}, already labelled ${entries.length - pool.length}, one per product ${drawn.length}`);
for (const [index, set] of SETS.entries()) {
  console.log(`## set ${set}`);
  for (const e of drawn.filter((_, i) => i % SETS.length === index).slice(0, 60)) {
    console.log(`${e.dir} ${e.type} tools.json=${e.hasToolsJson} ${e.project}${STRICT ? ` image=${e.image || "-"}` : ""}`);
  }
}

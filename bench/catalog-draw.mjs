// The draw behind held-out 59 and 60: a seeded shuffle of the known-server catalog's entries whose product no label
// set holds, dealt alternately to two sets, so that blind labels can measure the roles the catalog gives the servers it
// recognises. Each line names the entry's packages and the source its tools were read from, never its roles.
//
//   node bench/catalog-draw.mjs [--seed N --sets A,B] [--exclude IDS_FILE]
//
// --exclude names a file of entry ids (one a line) kept out of the draw, such as entries whose pre-draw review did not
// finish (held-out 118-125).
//
// Exclusion is the registry draw's strict one (bench/draws.mjs): every name the catalog knows a labelled server by.
import { readFileSync } from "node:fs";
import { labelledProducts, product, shuffle } from "./draws.mjs";

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const SEED = Number(option("--seed", "5960"));
const SETS = option("--sets", "59,60").split(",").map(Number);
const labelled = labelledProducts(SETS, { strict: true });
const excludePath = option("--exclude", "");
const excluded = new Set(excludePath ? readFileSync(excludePath, "utf8").split("\n").map((line) => line.trim()).filter(Boolean) : []);

const catalog = JSON.parse(readFileSync(new URL("../rules/known-servers.json", import.meta.url), "utf8")).servers;
const unseen = catalog.filter((entry) => ![entry.id, ...entry.packages, ...entry.configNames, ...entry.serverInfoNames].map(product).some((n) => labelled.has(n)));
// A hosted endpoint has no source a labeller could list tools from.
const listable = unseen.filter((entry) => entry.packages.length > 0 && !excluded.has(entry.id));
const pool = shuffle(listable, SEED);
console.error(`catalog entries ${catalog.length}, already labelled ${catalog.length - unseen.length}, hosted only or excluded ${unseen.length - listable.length}, drawn ${pool.length}`);
for (const [index, set] of SETS.entries()) {
  console.log(`## set ${set}`);
  for (const entry of pool.filter((_, i) => i % SETS.length === index).slice(0, 60)) {
    console.log(`${entry.packages.join(" ")} source=${entry.source ?? "-"}`);
  }
}

// What the seeded draws of new label sets share (bench/registry-draw.mjs, bench/catalog-draw.mjs): the product a name
// stands for, the products the label sets already hold, and a seeded shuffle.
import { readdirSync, readFileSync } from "node:fs";

// Repository names that say nothing about the product (monorepos of many servers).
export const GENERIC_REPO_NAMES = new Set(["mcp", "servers", "mcp-server", "mcp-servers"]);

/**
 * A product's name without scope, owner, image tag, separators or the usual "-mcp-server"/"-remote" decorations.
 * (Held-out 61's labeller found `ghcr.io/OWNER/NAME:latest` in set 57 still matching nothing: the tag was kept.)
 */
export const product = (name) => name.toLowerCase().replace(/^@[^/]+\//, "").replace(/^.*\//, "").replace(/:[\w.-]+$/, "").replace(/[_ .]/g, "-")
  .replace(/(-mcp-server|-mcp|-server|-remote|-official|-api)+$/g, "").replace(/^(mcp-server-|mcp-)/, "");

/**
 * Products that a label set already holds, by its tools' servers and the repositories its header names. The sets being
 * drawn (and second readings of them) are left out, so that a draw can be re-run later and give the same lists. With
 * `strict`, a labelled server the catalog knows is labelled under every name the catalog knows it by.
 */
export function labelledProducts(drawnSets, { strict = false } = {}) {
  const labelDir = new URL("../test/flows/", import.meta.url);
  const drawnFiles = new Set(drawnSets.map((n) => `labels-holdout${n}.json`));
  const labelled = new Set();
  for (const file of readdirSync(labelDir).filter((f) => /^labels.*\.json$/.test(f) && !drawnFiles.has(f))) {
    const set = JSON.parse(readFileSync(new URL(file, labelDir), "utf8"));
    for (const tool of set.tools) if (!drawnFiles.has(tool.set)) labelled.add(product(tool.server));
    if (set.tools.some((tool) => drawnFiles.has(tool.set))) continue;
    for (const [, , repo] of (set.header ?? "").matchAll(/github:([\w.-]+)\/([\w.-]+)/g)) labelled.add(product(repo));
  }
  if (strict) {
    const catalog = JSON.parse(readFileSync(new URL("../rules/known-servers.json", import.meta.url), "utf8")).servers;
    for (const entry of catalog) {
      const names = [entry.id, ...entry.packages, ...entry.configNames, ...entry.serverInfoNames].map(product);
      if (names.some((n) => labelled.has(n))) for (const n of names) labelled.add(n);
    }
  }
  return labelled;
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

/** `items` shuffled in place by Fisher-Yates driven by mulberry32(seed). */
export function shuffle(items, seed) {
  const random = mulberry32(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// The populations behind held-out 102-125: the GitHub repositories of one section of the modelcontextprotocol/servers
// README (the last version before the lists were retired, f4244583), less those a catalog entry names as its source and
// those of the populations drawn from before (USED: one or more comma-separated files whose lines start with
// `owner/repo`). Prints the repositories in a seeded shuffle, one `owner/repo<TAB>listed name<TAB>path inside the
// repository` per line. The catalog it reads is the checkout's, so a dealt list is reproduced only at the commit its
// pre-registration names: 102-117 ("Official Integrations") at f812949, 118-125 ("Community Servers") at the commit
// named in docs/benchmarks.md.
//
//   git -C CLONE_OF_modelcontextprotocol/servers show f4244583:README.md > /tmp/servers-readme.md
//   node bench/list-population.mjs /tmp/servers-readme.md USED[,USED2] [--seed 10201] [--section "Community Servers"]
import { readFileSync } from "node:fs";
import { shuffle } from "./draws.mjs";

const [readmePath, usedPath] = process.argv.slice(2);
const seedAt = process.argv.indexOf("--seed");
const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 10201;
const sectionAt = process.argv.indexOf("--section");
const section = sectionAt > 0 ? process.argv[sectionAt + 1] : "Official Integrations";

const listed = new Map();
let inSection = false;
for (const line of readFileSync(readmePath, "utf8").split("\n")) {
  if (line.startsWith("### ") && line.endsWith(section)) { inSection = true; continue; }
  if (/^##/.test(line)) { inSection = false; continue; }
  if (!inSection || !/^\s*-/.test(line)) continue;
  const link = line.match(/\]\((https:\/\/github\.com\/[^)\s#]+)\)/);
  if (!link) continue;
  const parts = link[1].replace(/\/$/, "").split("/");
  if (parts.length < 5) continue;
  const repo = `${parts[3]}/${parts[4].replace(/\.git$/, "")}`;
  const name = (line.match(/\*\*\[([^\]]+)\]/) ?? line.match(/\[([^\]]+)\]/) ?? [, "?"])[1].replace(/<[^>]*>/g, "").trim();
  if (!listed.has(repo.toLowerCase())) listed.set(repo.toLowerCase(), [repo, name || "?", parts.slice(5).join("/")]);
}

const catalog = JSON.parse(readFileSync(new URL("../rules/known-servers.json", import.meta.url), "utf8")).servers;
const catalogued = new Set(catalog.map((entry) => (entry.source ?? "").match(/github:([^@\s]+\/[^@\s/]+)/i)?.[1].toLowerCase()).filter(Boolean));
const used = new Set(usedPath.split(",").flatMap((path) => readFileSync(path, "utf8").split("\n")).map((line) => line.split("\t")[0].toLowerCase()));
const population = [...listed.values()]
  .filter(([repo]) => !catalogued.has(repo.toLowerCase()) && !used.has(repo.toLowerCase()))
  .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
console.error(`listed ${listed.size}, catalogued or drawn before ${listed.size - population.length}, population ${population.length}`);
for (const row of shuffle(population, seed)) console.log(row.join("\t"));

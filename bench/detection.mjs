// Detection benchmark: scans the labelled corpus through `scan --input` and prints recall/FPR per vector.
// Usage: npm run bench:detection [-- --corpus DIR] [--direct]   (--direct: development only, runs dist/ rules without the CLI)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const corpusDir = resolve(args.includes("--corpus") ? args[args.indexOf("--corpus") + 1] : join(repo, "..", "shared", "corpus"));
const direct = args.includes("--direct");
const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

function readJsonl(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/**
 * Records of one `server` go together. A corpus server can list several variants of one tool name;
 * each variant goes to its own shard (one saved inventory per shard) so every finding maps to one record.
 */
function shardInventories(records) {
  const shards = [];
  const seen = new Map();
  for (const r of records) {
    const key = `${r.server}\u0000${r.name}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    shards[k] ??= new Map();
    const servers = shards[k];
    if (!servers.has(r.server)) servers.set(r.server, []);
    servers.get(r.server).push(r);
  }
  return shards.map((servers) => ({
    servers: [...servers].map(([name, recs]) => ({
      name,
      tools: recs.map((r) => ({ name: r.name, description: r.description ?? "", ...(r.inputSchema ? { inputSchema: r.inputSchema } : {}) })),
    })),
    records: new Map([...servers.values()].flat().map((r) => [`${r.server}\u0000${r.name}`, r])),
  }));
}

async function scanDirect(inventory) {
  const { runRules } = await import(join(repo, "dist/analyze/engine.js"));
  const pack1Rules = (await import(join(repo, "dist/rules/pack1.js"))).builtinPack1Rules();
  const { ScannedServer } = await import(join(repo, "dist/model.js"));
  const servers = inventory.servers.map((s) =>
    ScannedServer.parse({ entry: { name: s.name, client: "input", configPath: "bench", inventoryId: "bench", scope: "input", transport: "stdio" }, status: "ok", tools: s.tools }),
  );
  const t0 = performance.now();
  const { findings } = await runRules([{ id: "bench", client: "input", configPath: "bench", servers }], pack1Rules);
  return { findings, analysisMs: performance.now() - t0 };
}

function scanCli(file) {
  // Exit code 1 means "findings at or above --fail-on", which is the point here.
  let out;
  try {
    out = execFileSync(process.execPath, [join(repo, "bin/mcp-shield-scan.js"), "scan", "--input", file, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (err) {
    if (err.status === 1 && err.stdout) out = err.stdout;
    else throw new Error(`scan --input ${file} failed (exit ${err.status}): ${String(err.stderr).split("\n")[0]}`);
  }
  const report = JSON.parse(out);
  return { findings: report.findings, analysisMs: report.durationMs };
}

async function scanFile(label, records, workDir) {
  const worst = new Map(); // record id -> { rank, rules }
  let seconds = 0;
  let analysisSeconds = 0;
  const shards = shardInventories(records);
  for (let i = 0; i < shards.length; i++) {
    const shard = shards[i];
    const file = join(workDir, `${label}-${i}.json`);
    writeFileSync(file, JSON.stringify({ servers: shard.servers }));
    const t0 = performance.now();
    const { findings, analysisMs } = direct ? await scanDirect(shard) : scanCli(file);
    seconds += (performance.now() - t0) / 1000;
    analysisSeconds += analysisMs / 1000;
    for (const f of findings) {
      if (f.suppressed || f.entity?.kind !== "tool") continue;
      const rec = shard.records.get(`${f.server}\u0000${f.entity.name}`);
      if (!rec) continue;
      const prev = worst.get(rec.id) ?? { rank: -1, rules: new Set() };
      prev.rank = Math.max(prev.rank, RANK[f.severity] ?? 0);
      if ((RANK[f.severity] ?? 0) >= RANK.medium) prev.rules.add(f.ruleId);
      worst.set(rec.id, prev);
    }
  }
  return { worst, seconds, analysisSeconds, shards: shards.length };
}

function pct(n, d) {
  return d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`;
}

const malicious = readJsonl(join(corpusDir, "malicious.jsonl"));
const benign = readJsonl(join(corpusDir, "benign.jsonl"));
const workDir = mkdtempSync(join(tmpdir(), "mcp-shield-bench-"));
try {
  const mal = await scanFile("malicious", malicious, workDir);
  const ben = await scanFile("benign", benign, workDir);
  const rankOf = (res, r) => res.worst.get(r.id)?.rank ?? -1;

  const vectors = [...new Set(malicious.map((r) => r.vector))].sort();
  const rows = [];
  for (const v of [...vectors, "all"]) {
    const recs = v === "all" ? malicious : malicious.filter((r) => r.vector === v);
    const med = recs.filter((r) => rankOf(mal, r) >= RANK.medium).length;
    const high = recs.filter((r) => rankOf(mal, r) >= RANK.high).length;
    rows.push(`| ${v} | ${recs.length} | ${pct(med, recs.length)} | ${pct(high, recs.length)} |`);
  }
  const fp = benign.filter((r) => rankOf(ben, r) >= RANK.medium);
  const tools = malicious.length + benign.length;
  const seconds = mal.seconds + ben.seconds;

  console.log(`Detection benchmark (${direct ? "direct engine, development only" : "through `scan --input`"}), corpus ${corpusDir}`);
  console.log("");
  console.log("| vector | malicious tools | recall >= medium | recall >= high |");
  console.log("|---|---:|---:|---:|");
  for (const row of rows) console.log(row);
  console.log("");
  console.log(`False positives on benign at >= medium: ${fp.length} / ${benign.length} = ${pct(fp.length, benign.length)}`);
  const byRule = {};
  for (const r of fp) for (const id of ben.worst.get(r.id)?.rules ?? []) byRule[id] = (byRule[id] ?? 0) + 1;
  if (fp.length) console.log(`  by rule: ${Object.entries(byRule).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  const analysis = mal.analysisSeconds + ben.analysisSeconds;
  console.log(`Throughput: ${tools} tools in ${seconds.toFixed(2)} s wall, ${mal.shards + ben.shards} scans incl. process start = ${(tools / seconds).toFixed(0)} tools/s`);
  console.log(`            report durationMs (scan work without process start) ${analysis.toFixed(2)} s = ${(tools / analysis).toFixed(0)} tools/s`);

  // Linear-time check: one 1 MB description through the normaliser and every rule of the pack.
  const { runRules } = await import(join(repo, "dist/analyze/engine.js"));
  const pack1Rules = (await import(join(repo, "dist/rules/pack1.js"))).builtinPack1Rules();
  const { ScannedServer } = await import(join(repo, "dist/model.js"));
  const sentence = "Returns the weather forecast for a city; you must first call `get_city_id` with the name. IMPORTANT: units are metric, see https://example.org/units. ";
  const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
  const server = ScannedServer.parse({
    entry: { name: "big", client: "bench", configPath: "bench", inventoryId: "big", scope: "input", transport: "stdio" },
    status: "ok",
    tools: [{ name: "forecast", description: big }],
  });
  // Fresh strings each run so no cache helps; the first run warms the JIT, the median of the rest is reported.
  const times = [];
  for (let i = 0; i < 6; i++) {
    const tool = { name: "forecast", description: `${i}${big.slice(1)}` };
    const t0 = performance.now();
    await runRules([{ id: "big", client: "bench", configPath: "bench", servers: [{ ...server, tools: [tool] }] }], pack1Rules);
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log(`1 MB description through all rule pack I rules: ${warm[Math.floor(warm.length / 2)].toFixed(0)} ms median (first, cold: ${times[0].toFixed(0)} ms)`);
  if (args.includes("--verbose")) {
    for (const r of malicious) if (rankOf(mal, r) < RANK.high && r.vector !== "overt_capability") console.log(`MISS ${r.vector} ${r.id}: ${(r.description ?? "").slice(0, 160).replace(/\s+/g, " ")}`);
    for (const r of fp) console.log(`FP ${[...(ben.worst.get(r.id)?.rules ?? [])]} ${r.id}: ${(r.description ?? "").slice(0, 200).replace(/\s+/g, " ")}`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

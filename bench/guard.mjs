// `npm run bench:guard`: added latency per tools/call through the pre-start guard versus the same server
// called directly, both over stdio on this machine. Rounds alternate so background load hits both alike.
// Usage: node bench/guard.mjs [--calls 400] [--rounds 5] [--bytes 64]
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const calls = arg("calls", 400);
const rounds = arg("rounds", 5);
const bytes = arg("bytes", 64);
const server = [join(root, "fixtures/servers/guard-shifty.mjs")];
const bin = join(root, "bin/mcp-shield-scan.js");
const viaCli = /\bguard\b/.test(spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" }).stdout ?? "");
const guard = viaCli ? [bin, "guard"] : [join(root, "test/guard/run-guard.mjs")];
// Ordinary prose, the size of a typical short tool result.
const message = "The quick brown fox jumps over the lazy dog. ".repeat(Math.ceil(bytes / 45)).slice(0, bytes);

async function open(args) {
  const started = performance.now();
  const client = new Client({ name: "bench", version: "0" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args, stderr: process.env.BENCH_DEBUG ? "inherit" : "ignore" }));
  return { client, connectMs: performance.now() - started };
}

async function timeCalls(client, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await client.callTool({ name: "echo", arguments: { message } });
    out.push(performance.now() - t);
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const direct = await open(server);
const guarded = await open([...guard, "--", process.execPath, ...server]);
await timeCalls(direct.client, 100);
await timeCalls(guarded.client, 100);
const d = [];
const g = [];
for (let r = 0; r < rounds; r++) {
  d.push(...(await timeCalls(direct.client, calls)));
  g.push(...(await timeCalls(guarded.client, calls)));
}
await direct.client.close();
await guarded.client.close();

const fmt = (x) => x.toFixed(3);
console.log(`tools/call echo, ${bytes}-byte result, ${rounds} x ${calls} calls each, ${viaCli ? "CLI guard" : "runGuard launcher"}, node ${process.version}`);
console.log(`direct   median ${fmt(median(d))} ms  p90 ${fmt(pct(d, 0.9))} ms   connect ${direct.connectMs.toFixed(0)} ms`);
console.log(`guarded  median ${fmt(median(g))} ms  p90 ${fmt(pct(g, 0.9))} ms   connect ${guarded.connectMs.toFixed(0)} ms (includes the start-up scan)`);
console.log(`added    median ${fmt(median(g) - median(d))} ms per call`);

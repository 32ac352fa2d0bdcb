// `npm run bench`: wall time of the scanner against N local stdio servers beside the floor, which is the same
// servers spawned, initialized and listed in parallel by a bare SDK client, plus the cost of `--version`, and how long
// a scan takes when some servers never answer (it should end about one deadline after it starts).
// Usage: node bench/servers.mjs [--servers 12] [--runs 5] [--deadline 6]
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const servers = arg("servers", 12);
const runs = arg("runs", 5);
const deadline = arg("deadline", 6);
const serverScript = join(root, "fixtures/servers/poisoned-demo.mjs");

const dir = mkdtempSync(join(tmpdir(), "mss-bench-"));
const config = { mcpServers: {} };
for (let i = 0; i < servers; i++) config.mcpServers[`s${i}`] = { command: process.execPath, args: [serverScript, "--variant", "clean"] };
const configPath = join(dir, ".mcp.json");
writeFileSync(configPath, JSON.stringify(config));

// Both runs give the servers the same environment: the scanner's minimal one. The SDK's default environment
// differs (it drops NODE_EXTRA_CA_CERTS, for instance, which costs every node server ~20 ms of start-up to
// parse a CA bundle), and a floor whose servers do less work than the scanner's would not be a floor.
const { minimalEnv } = await import(join(root, "dist/connect/env.js"));
const runEnv = { ...process.env, HOME: dir, NO_COLOR: "1" };
const serverEnv = minimalEnv({}, runEnv);

// The floor: one node process, bare SDK clients, everything in parallel, nothing else.
const floorScript = join(dir, "floor.mjs");
writeFileSync(
  floorScript,
  `import { Client } from ${JSON.stringify(join(root, "node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js"))};
import { StdioClientTransport } from ${JSON.stringify(join(root, "node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js"))};
await Promise.all(Array.from({ length: ${servers} }, async () => {
  const client = new Client({ name: "floor", version: "0" });
  await client.connect(new StdioClientTransport({ command: ${JSON.stringify(process.execPath)}, args: [${JSON.stringify(serverScript)}, "--variant", "clean"], env: ${JSON.stringify(serverEnv)} }));
  await client.listTools();
  await client.close();
}));
`,
);

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", env: runEnv });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const bin = join(root, "bin/mcp-shield-scan.js");
const scanTimes = [];
const floorTimes = [];
const versionTimes = [];
for (let i = 0; i < runs; i++) {
  const s = time([bin, "scan", configPath, "--json", "--lockfile", join(dir, "lock.json")]);
  const report = JSON.parse(s.stdout);
  if (report.summary.servers.ok !== servers) throw new Error(`scanner scanned ${report.summary.servers.ok}/${servers}: ${s.stderr}`);
  scanTimes.push(s.ms);
  const f = time([floorScript]);
  if (f.status !== 0) throw new Error(`floor failed: ${f.stderr}`);
  floorTimes.push(f.ms);
  versionTimes.push(time([bin, "--version"]).ms);
}

// Servers that never answer initialize, never answer tools/list, or leave a grandchild holding stdout, beside a clean one.
const hostileConfig = join(dir, "hostile.mcp.json");
const fixture = (file, ...args) => ({ command: process.execPath, args: [join(root, "fixtures/servers", file), ...args] });
writeFileSync(hostileConfig, JSON.stringify({ mcpServers: {
  clean: fixture("clean.mjs"),
  "hangs-initialize": fixture("hangs-initialize.mjs"),
  "hangs-list": fixture("hangs-list.mjs"),
  "grandchild-holds-stdout": fixture("grandchild-holds-stdout.mjs"),
} }));
const hostileTimes = [];
for (let i = 0; i < runs; i++) {
  const h = time([bin, "scan", hostileConfig, "--json", "--no-lockfile", "--timeout", String(deadline)]);
  const report = JSON.parse(h.stdout);
  if (report.summary.servers.ok !== 1) throw new Error(`hostile scan: expected only the clean server ok: ${h.stderr}`);
  hostileTimes.push(h.ms);
}
rmSync(dir, { recursive: true, force: true });

const scan = median(scanTimes);
const floor = median(floorTimes);
console.log(`servers: ${servers}, runs: ${runs} (medians, wall time incl. node startup)`);
console.log(`| measure | ms |`);
console.log(`|---|---|`);
console.log(`| mcp-shield-scan scan (${servers} servers) | ${scan.toFixed(0)} |`);
console.log(`| floor: bare SDK clients in parallel | ${floor.toFixed(0)} |`);
console.log(`| ratio scan/floor | ${(scan / floor).toFixed(2)} |`);
console.log(`| mcp-shield-scan --version | ${median(versionTimes).toFixed(0)} |`);
console.log(`| scan of 3 servers that never answer + 1 clean, --timeout ${deadline} | ${median(hostileTimes).toFixed(0)} |`);

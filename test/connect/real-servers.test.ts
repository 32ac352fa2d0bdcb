// connectAll against the real reference servers (stdio, streamable HTTP, SSE) and the HTTP fixture
// with bearer auth and protected resource metadata.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectAll, liveServerPids } from "../../src/connect/index.js";
import type { ScannedServer } from "../../src/model.js";
import { Redactor } from "../../src/redact.js";
import { FIXTURES, ROOT, processesWithMarker, stdioEntry, urlEntry } from "./helpers.js";

const EVERYTHING = path.join(ROOT, "node_modules/@modelcontextprotocol/server-everything/dist/index.js");
const FILESYSTEM = path.join(ROOT, "node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");
const MEMORY = path.join(ROOT, "node_modules/@modelcontextprotocol/server-memory/dist/index.js");
const TOKEN = "fixture-bearer-token-0123456789";
const marker = `MCP_SHIELD_TEST_${randomUUID()}`;

const started: ChildProcess[] = [];
let tmp = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a server the test owns and waits until a line on `stream` matches `ready`. */
function startServer(args: string[], env: Record<string, string>, stream: "stdout" | "stderr", ready: RegExp): Promise<RegExpExecArray> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${args.join(" ")}: ${seen}`)), 15_000);
    child[stream]!.on("data", (d: Buffer) => {
      seen += d.toString();
      const m = ready.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
}

let results: ScannedServer[] = [];
let elsewhereLog = "";
const byName = (name: string) => results.find((r) => r.entry.name === name)!;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "connect-test-"));
  writeFileSync(path.join(tmp, "note.txt"), "hello");
  const [httpPort, ssePort] = await Promise.all([freePort(), freePort()]);
  // A server on another origin that logs whether requests carry credentials, and one redirecting to it.
  const elsewhere = await startServer([path.join(FIXTURES, "http-server.mjs"), "--log-requests"], {}, "stdout", /\{"port":(\d+)\}/);
  started.at(-1)!.stderr!.on("data", (d: Buffer) => (elsewhereLog += d.toString()));
  const redirector = await startServer(
    [path.join(FIXTURES, "http-server.mjs"), "--redirect-to", `http://localhost:${elsewhere[1]}/mcp`],
    {},
    "stdout",
    /\{"port":(\d+)\}/,
  );
  const [, , fixture, fixtureOpen] = await Promise.all([
    startServer([EVERYTHING, "streamableHttp"], { PORT: String(httpPort) }, "stderr", /listening on port/i),
    startServer([EVERYTHING, "sse"], { PORT: String(ssePort) }, "stderr", /running on port/i),
    startServer([path.join(FIXTURES, "http-server.mjs"), "--token", TOKEN, "--resource-metadata"], {}, "stdout", /\{"port":(\d+)\}/),
    startServer([path.join(FIXTURES, "http-server.mjs")], {}, "stdout", /\{"port":(\d+)\}/),
  ]);
  const env = { SCAN_MARKER: marker };
  const entries = [
    stdioEntry("everything-stdio", process.execPath, [EVERYTHING, "stdio"], { env }),
    stdioEntry("filesystem", process.execPath, [FILESYSTEM, tmp], { env }),
    stdioEntry("memory", process.execPath, [MEMORY], { env: { ...env, MEMORY_FILE_PATH: path.join(tmp, "memory.jsonl") } }),
    urlEntry("everything-http", `http://127.0.0.1:${httpPort}/mcp`),
    urlEntry("everything-sse", `http://127.0.0.1:${ssePort}/sse`, { transport: "sse" }),
    urlEntry("guessed-sse", `http://127.0.0.1:${ssePort}/sse`, { transportGuessed: true }),
    urlEntry("fixture-authed", `http://127.0.0.1:${fixture[1]}/mcp`, { headers: { Authorization: `Bearer ${TOKEN}` } }),
    urlEntry("fixture-no-token", `http://127.0.0.1:${fixture[1]}/mcp`),
    urlEntry("fixture-open-sse", `http://127.0.0.1:${fixtureOpen[1]}/sse`, { transport: "sse" }),
    urlEntry("redirects-elsewhere", `http://127.0.0.1:${redirector[1]}/mcp`, { headers: { Authorization: `Bearer ${TOKEN}` }, transportGuessed: true }),
    urlEntry("nothing-listening", `http://127.0.0.1:${await freePort()}/mcp`),
  ];
  results = await connectAll(entries, { concurrency: 6, timeoutMs: 8000, redactor: Redactor.forEntries(entries) });
}, 90_000);

afterAll(() => {
  for (const c of started) c.kill("SIGKILL");
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("server-everything over stdio lists tools, prompts, resources and templates", () => {
  const r = byName("everything-stdio");
  expect(r.error).toBeUndefined();
  expect(r.status).toBe("ok");
  expect(r.serverInfo?.name).toBeTruthy();
  expect(r.tools.map((t) => t.name)).toContain("echo");
  expect(r.prompts.length).toBeGreaterThan(0);
  expect(r.resources.length).toBeGreaterThan(0);
  expect(r.resourceTemplates.length).toBeGreaterThan(0);
});

test("server-filesystem and server-memory are scanned with their tools", () => {
  const fs = byName("filesystem");
  expect(fs.status).toBe("ok");
  expect(fs.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["read_text_file", "write_file", "list_directory"]));
  const memory = byName("memory");
  expect(memory.status).toBe("ok");
  expect(memory.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["create_entities", "read_graph"]));
});

test("server-everything over streamable HTTP and SSE gives the same tools as over stdio", () => {
  const names = (r: ScannedServer) => r.tools.map((t) => t.name).sort();
  const stdio = byName("everything-stdio");
  for (const name of ["everything-http", "everything-sse", "guessed-sse"]) {
    const r = byName(name);
    expect({ name, status: r.status, error: r.error }).toEqual({ name, status: "ok", error: undefined });
    expect(names(r)).toEqual(names(stdio));
  }
  expect(byName("everything-http").http?.unauthenticatedStatus).toBe(200);
});

test("a bearer-protected server: headers are sent, and the anonymous probe records the 401 and metadata", () => {
  const authed = byName("fixture-authed");
  expect(authed.status).toBe("ok");
  expect(authed.tools.map((t) => t.name)).toEqual(["lookup"]);
  expect(authed.http?.unauthenticatedStatus).toBe(401);
  expect(authed.http?.wwwAuthenticate).toMatch(/^Bearer resource_metadata="http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-protected-resource\/mcp"$/);
  expect(authed.http?.resourceMetadata).toMatchObject({ authorization_servers: ["https://auth.example.com"] });
  // The entry itself holds the configured header; nothing the scan produced may.
  expect(JSON.stringify(results.map((r) => ({ ...r, entry: undefined })))).not.toContain(TOKEN);

  const anonymous = byName("fixture-no-token");
  expect(anonymous.status).toBe("error");
  expect(anonymous.error).toMatch(/^initialize failed: .*401/);
});

test("an open SSE server is reachable without auth; a dead port is a clear error", () => {
  const open = byName("fixture-open-sse");
  expect(open.status).toBe("ok");
  expect(open.tools.map((t) => t.name)).toEqual(["lookup"]);
  const dead = byName("nothing-listening");
  expect(dead.status).toBe("error");
  expect(dead.error).toMatch(/^initialize failed: .*ECONNREFUSED/);
});

test("credentials are never sent to another origin through a redirect", () => {
  const r = byName("redirects-elsewhere");
  expect(r.status).toBe("error");
  expect(r.error).toMatch(/^initialize failed: streamable HTTP: .*; SSE: /);
  expect(r.http?.unauthenticatedStatus).toBe(307);
  expect(elsewhereLog).not.toContain("authorization=yes");
});

test("no stdio server started by the scan is left running", () => {
  expect(liveServerPids()).toEqual([]);
  if (process.platform === "linux") expect(processesWithMarker(marker)).toEqual([]);
});

import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LockfileError, emptyLockfile, formatLockfile, pinServers, readLockfile, resolveLockfilePath, updateLockfile, writeLockfile } from "../../src/lock/index.js";
import { scanned } from "./helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mcp-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readLockfile / writeLockfile", () => {
  it("returns null when there is no lockfile, and round-trips a written one", async () => {
    const file = path.join(dir, "sub", "mcp-shield.lock.json");
    expect(await readLockfile(file)).toBeNull();
    const lock = pinServers(emptyLockfile(), [scanned("calc")]).lock;
    await writeLockfile(file, lock);
    expect(await readLockfile(file)).toEqual(lock);
    const text = readFileSync(file, "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "lockfileVersion": 1,\n');
    // Sorted keys: a stable file that diffs well.
    expect(text.indexOf('"lockfileVersion"')).toBeLessThan(text.indexOf('"servers"'));
    expect(readdirSync(path.dirname(file)).sort()).toEqual(["mcp-shield.lock.json"]);
  });

  it("throws a LockfileError naming the file for broken JSON and invalid content, and never overwrites it", async () => {
    const file = path.join(dir, "mcp-shield.lock.json");
    for (const bad of ['{"lockfileVersion": 1, "servers": {', '{"lockfileVersion": 1, "servers": {"x": {"name": 3}}}', '{"lockfileVersion": 7, "servers": {}}', "[]"]) {
      writeFileSync(file, bad);
      await expect(readLockfile(file)).rejects.toThrow(LockfileError);
      await expect(readLockfile(file)).rejects.toThrow(file);
      await expect(writeLockfile(file, pinServers(emptyLockfile(), [scanned("calc")]).lock)).rejects.toThrow(LockfileError);
      await expect(updateLockfile(file, () => emptyLockfile())).rejects.toThrow(LockfileError);
      expect(readFileSync(file, "utf8")).toBe(bad);
      expect(existsSync(`${file}.lock`)).toBe(false);
    }
  });

  it("keeps servers another process wrote meanwhile", async () => {
    const file = path.join(dir, "lock.json");
    await writeLockfile(file, pinServers(emptyLockfile(), [scanned("a")]).lock);
    await writeLockfile(file, pinServers(emptyLockfile(), [scanned("b")]).lock);
    const names = Object.values((await readLockfile(file))!.servers).map((s) => s.name).sort();
    expect(names).toEqual(["a", "b"]);
  });

  it("takes over a lock left behind by a dead process", async () => {
    const file = path.join(dir, "lock.json");
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), token: "x", at: Date.now() }));
    await writeLockfile(file, pinServers(emptyLockfile(), [scanned("a")]).lock, { timeoutMs: 2000 });
    expect(Object.keys((await readLockfile(file))!.servers)).toHaveLength(1);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("gives up with a clear error while a live process holds the lock", async () => {
    const file = path.join(dir, "lock.json");
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), token: "other", at: Date.now() }));
    await expect(writeLockfile(file, emptyLockfile(), { timeoutMs: 200 })).rejects.toThrow(/holds .*lock\.json\.lock/);
    expect(existsSync(file)).toBe(false);
  });

  it("escapes invisible and bidi characters from servers in the file text", () => {
    const s = scanned("calc");
    s.tools[0]!.description = "ok\u202eevil\u{e0041}";
    const text = formatLockfile(pinServers(emptyLockfile(), [s]).lock);
    expect(text).not.toMatch(/[\u202e]|\udb40/);
    expect(text).toContain("ok\\u202eevil\\udb40\\udc41");
    expect(JSON.parse(text).servers).toBeDefined();
  });

  it("survives two processes writing many times at once: always parseable, both servers kept", async () => {
    const dist = path.resolve("dist/lock/index.js");
    if (!existsSync(dist)) throw new Error("build first: npx tsc -p tsconfig.build.json (dist/lock/index.js is missing)");
    const file = path.join(dir, "mcp-shield.lock.json");
    const writer = path.resolve("test/lock/concurrent-writer.mjs");
    const run = (name: string) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, [writer, dist, file, name, "40"], { stdio: ["ignore", "ignore", "pipe"] });
        let err = "";
        child.stderr.on("data", (d) => (err += d));
        child.on("error", reject);
        child.on("exit", (code) => (code === 0 ? resolve(code) : reject(new Error(`writer ${name} exited ${code}: ${err}`))));
      });
    // Read while they write: a reader must never see a half-written file.
    let reads = 0;
    let stop = false;
    const reader = (async () => {
      while (!stop) {
        if (existsSync(file)) {
          await readLockfile(file);
          reads++;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    await Promise.all([run("alpha"), run("beta")]);
    stop = true;
    await reader;
    const lock = (await readLockfile(file))!;
    const names = Object.values(lock.servers).map((s) => s.name).sort();
    expect(names).toEqual(["alpha", "beta"]);
    // Each writer's last round is kept (tool count = round number).
    for (const s of Object.values(lock.servers)) expect(Object.keys(s.entities).filter((k) => k.startsWith("tool:"))).toHaveLength(40);
    expect(reads).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(["mcp-shield.lock.json"]);
  });
});

describe("resolveLockfilePath", () => {
  const none = () => false;
  it("prefers --lockfile, then the project file, then the per-user store", () => {
    expect(resolveLockfilePath({ explicit: "x/l.json", cwd: "/p", env: {}, home: "/h", exists: none })).toEqual({ path: path.resolve("/p", "x/l.json"), source: "explicit" });
    expect(resolveLockfilePath({ cwd: "/p", env: {}, home: "/h", exists: (p) => p === path.join("/p", "mcp-shield.lock.json") })).toEqual({
      path: path.join("/p", "mcp-shield.lock.json"),
      source: "project",
    });
    expect(resolveLockfilePath({ cwd: "/p", env: {}, home: "/h", platform: "linux", exists: none }).path).toBe(path.join("/h", ".local", "state", "mcp-shield-scan", "lock.json"));
    expect(resolveLockfilePath({ cwd: "/p", env: { XDG_STATE_HOME: "/x" }, home: "/h", platform: "linux", exists: none }).path).toBe(path.join("/x", "mcp-shield-scan", "lock.json"));
    expect(resolveLockfilePath({ cwd: "/p", env: { XDG_STATE_HOME: "rel" }, home: "/h", platform: "linux", exists: none }).path).toBe(path.join("/h", ".local", "state", "mcp-shield-scan", "lock.json"));
    expect(resolveLockfilePath({ cwd: "/p", env: {}, home: "/h", platform: "darwin", exists: none }).path).toBe(path.join("/h", "Library", "Application Support", "mcp-shield-scan", "lock.json"));
    expect(resolveLockfilePath({ cwd: "/p", env: { LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, home: "/h", platform: "win32", exists: none }).path).toBe(
      path.join("C:\\Users\\u\\AppData\\Local", "mcp-shield-scan", "lock.json"),
    );
  });
});

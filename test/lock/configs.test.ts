// Config files recorded per pinned server, and the prune decision over them (pure, no servers started).
import { describe, expect, it } from "@jest/globals";
import { homedir } from "node:os";
import path from "node:path";
import { addUnpinnedServers, configRefOf, emptyLockfile, pinServers, pruneLockfile, resolveConfigRef, type Lockfile } from "../../src/lock/index.js";
import { scanned } from "./helpers.js";

const root = path.resolve("/work-prune-test");
const lockfilePath = path.join(root, "mcp-shield.lock.json");
const projectConfig = path.join(root, ".mcp.json");
const userConfig = path.resolve("/home-of-someone/.cursor/mcp.json");

function server(name: string, configPath: string, status: "ok" | "error" = "ok") {
  const s = scanned(name, {}, { configPath, inventoryId: configPath });
  return status === "ok" ? s : { ...s, status, error: "spawn failed", tools: [], prompts: [], resources: [] };
}

function names(lock: Lockfile): string[] {
  return Object.values(lock.servers)
    .map((s) => s.name)
    .sort();
}

describe("config references", () => {
  it("are stored as ~/... under the home directory, so a committed lockfile carries no user name, and resolve back", () => {
    const personal = path.join(homedir(), ".cursor", "mcp.json");
    const ref = configRefOf({ configPath: personal, scope: "user" }, lockfilePath);
    expect(ref).toBe("~/.cursor/mcp.json");
    expect(resolveConfigRef(ref!, lockfilePath)).toBe(personal);
  });
  it("are relative with forward slashes inside the lockfile's directory, absolute outside, and resolve back", () => {
    const nested = path.join(root, "sub", "dir", ".mcp.json");
    expect(configRefOf({ configPath: nested, scope: "project" }, lockfilePath)).toBe("sub/dir/.mcp.json");
    expect(configRefOf({ configPath: userConfig, scope: "user" }, lockfilePath)).toBe(userConfig);
    expect(resolveConfigRef("sub/dir/.mcp.json", lockfilePath)).toBe(nested);
    expect(resolveConfigRef(userConfig, lockfilePath)).toBe(userConfig);
  });

  it("are not recorded for direct targets or saved inventories", () => {
    expect(configRefOf({ configPath: "npm:@example/pkg@1.0.0", scope: "target" }, lockfilePath)).toBeUndefined();
    expect(configRefOf({ configPath: projectConfig, scope: "input" }, lockfilePath)).toBeUndefined();
  });
});

describe("recording configs", () => {
  it("pin records every config a server is listed in, without re-dating an unchanged pin", () => {
    const first = pinServers(emptyLockfile(), [server("shared", projectConfig)], { lockfilePath, now: new Date(0) });
    const [key] = first.pinned;
    const second = pinServers(first.lock, [server("shared", userConfig)], { lockfilePath, now: new Date(1000) });
    expect(second.pinned).toEqual([]);
    expect(second.recorded).toEqual([key]);
    expect(second.lock.servers[key!]?.configs).toEqual([".mcp.json", userConfig].sort());
    expect(second.lock.servers[key!]?.pinnedAt).toBe(new Date(0).toISOString());
  });

  it("scan (trust on first use) records a new config for a pinned server and changes nothing else", () => {
    const pinned = pinServers(emptyLockfile(), [server("shared", projectConfig)], { lockfilePath }).lock;
    const { lock, added, recorded } = addUnpinnedServers(pinned, [server("shared", userConfig)], new Date(), (v) => v, lockfilePath);
    expect(added).toEqual([]);
    expect(recorded).toHaveLength(1);
    const entry = Object.values(lock.servers)[0]!;
    expect(entry.configs).toEqual([".mcp.json", userConfig].sort());
    expect({ ...entry, configs: undefined }).toEqual({ ...Object.values(pinned.servers)[0]!, configs: undefined });
  });

  it("an entry that records no configs never starts recording (its list could not be complete)", () => {
    const legacy = pinServers(emptyLockfile(), [server("old", projectConfig)]).lock;
    expect(Object.values(legacy.servers)[0]?.configs).toBeUndefined();
    const after = pinServers(legacy, [server("old", projectConfig)], { lockfilePath });
    expect(Object.values(after.lock.servers)[0]?.configs).toBeUndefined();
    expect(addUnpinnedServers(legacy, [server("old", projectConfig)], new Date(), (v) => v, lockfilePath).recorded).toEqual([]);
  });
});

describe("pruneLockfile", () => {
  const both = () => pinServers(emptyLockfile(), [server("alpha", projectConfig), server("beta", projectConfig), server("gamma", userConfig)], { lockfilePath }).lock;

  it("drops what a read config no longer lists, keeps configs not read that exist, drops configs that are gone", () => {
    const lock = both();
    const kept = pruneLockfile(lock, { servers: [server("alpha", projectConfig)], configsRead: [projectConfig], lockfilePath, exists: () => true });
    expect(kept.pruned.map((p) => `${p.name} ${p.configs[0]?.reason}`)).toEqual(["beta not-listed"]);
    expect(names(kept.lock)).toEqual(["alpha", "gamma"]);

    const gone = pruneLockfile(lock, { servers: [server("alpha", projectConfig), server("beta", projectConfig)], configsRead: [projectConfig], lockfilePath, exists: (p) => p !== userConfig });
    expect(gone.pruned.map((p) => `${p.name} ${p.configs[0]?.path} ${p.configs[0]?.reason}`)).toEqual([`gamma ${userConfig} config-gone`]);
  });

  it("a server that failed is still listed; only the named servers are considered with `only`", () => {
    const lock = both();
    const failed = pruneLockfile(lock, { servers: [server("alpha", projectConfig), server("beta", projectConfig, "error")], configsRead: [projectConfig], lockfilePath, exists: () => true });
    expect(failed.pruned).toEqual([]);
    const only = pruneLockfile(lock, { servers: [], configsRead: [projectConfig], lockfilePath, only: ["alpha"], exists: () => true });
    expect(only.pruned.map((p) => p.name)).toEqual(["alpha"]);
    expect(names(only.lock)).toEqual(["beta", "gamma"]);
  });

  it("an entry still listed by one of its configs loses only the stale one", () => {
    const lock = pinServers(emptyLockfile(), [server("shared", projectConfig), server("shared", userConfig)], { lockfilePath }).lock;
    const result = pruneLockfile(lock, { servers: [], configsRead: [projectConfig], lockfilePath, exists: () => true });
    expect(result.pruned).toEqual([]);
    expect(Object.values(result.lock.servers)[0]?.configs).toEqual([userConfig]);
  });

  it("a config listing the server in this run keeps it, even if never recorded because the server failed there", () => {
    const lock = pinServers(emptyLockfile(), [server("shared", projectConfig)], { lockfilePath }).lock;
    const result = pruneLockfile(lock, { servers: [server("shared", userConfig, "error")], configsRead: [projectConfig, userConfig], lockfilePath, exists: () => true });
    expect(result.pruned).toEqual([]);
    expect(Object.values(result.lock.servers)[0]?.configs).toEqual([userConfig]);
  });

  it("entries without configs are undecidable and kept", () => {
    const legacy = pinServers(emptyLockfile(), [server("old", projectConfig)]).lock;
    const result = pruneLockfile(legacy, { servers: [], configsRead: [projectConfig], lockfilePath, exists: () => false });
    expect(result.pruned).toEqual([]);
    expect(result.undecidable).toHaveLength(1);
    expect(names(result.lock)).toEqual(["old"]);
  });
});

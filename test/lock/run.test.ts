import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LockfileError, checkLockfile, pinLockfile, readLockfile } from "../../src/lock/index.js";
import { scanned } from "./helpers.js";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mcp-lockrun-"));
  file = path.join(dir, "mcp-shield.lock.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("checkLockfile (scan)", () => {
  it("trusts a new server on first use, then reports its change on every scan until pinned", async () => {
    const first = await checkLockfile({ servers: [scanned("calc")], path: file });
    expect(first).toMatchObject({ findings: [], written: true, added: ["calc npx @example/calc"] });

    const changed = scanned("calc");
    changed.tools[0]!.description = "changed";
    for (let i = 0; i < 2; i++) {
      const again = await checkLockfile({ servers: [changed], path: file });
      expect(again.findings.map((f) => f.ruleId)).toEqual(["rug-pull"]);
      expect(again.written).toBe(false);
    }
    const pin = await pinLockfile({ servers: [changed], path: file, only: ["calc"] });
    expect(pin).toMatchObject({ written: true, pinned: ["calc npx @example/calc"], notFound: [] });
    expect((await checkLockfile({ servers: [changed], path: file })).findings).toEqual([]);
  });

  it("never writes when frozen, and reports unpinned servers as medium", async () => {
    const result = await checkLockfile({ servers: [scanned("calc")], path: file, frozen: true });
    expect(result.written).toBe(false);
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(["new-entity medium"]);
    expect(existsSync(file)).toBe(false);
  });

  it("does not create a lockfile when no server answered", async () => {
    await checkLockfile({ servers: [scanned("calc", { status: "error", error: "boom" })], path: file });
    expect(existsSync(file)).toBe(false);
  });

  it("throws for a corrupt lockfile and leaves it as it was", async () => {
    writeFileSync(file, "{ not json");
    await expect(checkLockfile({ servers: [scanned("calc")], path: file })).rejects.toThrow(LockfileError);
    await expect(pinLockfile({ servers: [scanned("calc")], path: file })).rejects.toThrow(LockfileError);
    expect(readFileSync(file, "utf8")).toBe("{ not json");
  });
});

describe("pinLockfile (pin)", () => {
  it("writes nothing when a --server name matches no server", async () => {
    const result = await pinLockfile({ servers: [scanned("calc")], path: file, only: ["nope"] });
    expect(result).toMatchObject({ written: false, notFound: ["nope"] });
    expect(existsSync(file)).toBe(false);
  });

  it("keeps the entries of servers that failed this time", async () => {
    await pinLockfile({ servers: [scanned("a"), scanned("b")], path: file });
    const result = await pinLockfile({ servers: [scanned("a", { status: "error", error: "timed out" }), scanned("b")], path: file });
    expect(result.skipped).toEqual([{ name: "a", reason: "timed out" }]);
    expect(Object.values((await readLockfile(file))!.servers).map((s) => s.name).sort()).toEqual(["a", "b"]);
  });
});

// Servers started before the SDK loads are adopted by their scan, and lose nothing they said meanwhile.
import { describe, expect, it } from "@jest/globals";
import { connectAll, liveServerPids, prespawn } from "../../src/connect/index.js";
import { fixtureEntry } from "./helpers.js";

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("prespawn", () => {
  it("starts stdio servers only, up to the limit, and connectAll adopts them instead of starting them again", async () => {
    const a = fixtureEntry("clean.mjs");
    const b = fixtureEntry("clean.mjs", [], { name: "clean-2" });
    const skipped = fixtureEntry("clean.mjs", [], { name: "skipped", skipReason: "needs input: token" });
    const pre = prespawn([a, skipped, b], 1);
    expect([...pre.keys()]).toEqual([a]);
    const pid = pre.get(a)!.child!.pid;
    expect(liveServerPids()).toContain(pid);

    const results = await connectAll([a, skipped, b], { concurrency: 4, timeoutMs: 10_000, prespawned: pre });
    expect(results.map((r) => r.status)).toEqual(["ok", "skipped", "ok"]);
    expect(results[0]!.tools.length).toBeGreaterThan(0);
    // The adopted child was the one scanned and it is gone afterwards.
    expect(pre.get(a)!.exit).toBeDefined();
    expect(liveServerPids()).not.toContain(pid);
  });

  it("keeps the stderr of a server that died before it was adopted", async () => {
    const dies = fixtureEntry("exits-at-once.mjs");
    const pre = prespawn([dies], 4);
    // Until the child has exited and its stderr has ended (polled, not a fixed sleep: a loaded machine is slower).
    const spawned = pre.get(dies)!;
    for (let waited = 0; waited < 10_000 && !(spawned.exit && (spawned.child!.stderr?.readableEnded || spawned.child!.stderr?.destroyed)); waited += 20) await settle(20);
    expect(pre.get(dies)!.exit?.code).toBe(3);
    const [result] = await connectAll([dies], { concurrency: 4, timeoutMs: 5_000, prespawned: pre });
    expect(result!.status).toBe("error");
    expect(result!.error).toMatch(/exited with code 3/);
    expect(result!.stderr).toContain("fatal: fixture refuses to run");
  });

  it("reports a command that does not exist through the adopted spawn", async () => {
    const missing = fixtureEntry("clean.mjs", [], { name: "missing", command: "definitely-not-a-command-mss" });
    const pre = prespawn([missing], 4);
    const [result] = await connectAll([missing], { concurrency: 4, timeoutMs: 5_000, prespawned: pre });
    expect(result!.status).toBe("error");
    expect(result!.error).toBe("command not found: definitely-not-a-command-mss");
  });
});

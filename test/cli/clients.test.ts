// Every client's config format, found by the built CLI under a HOME that holds all of them at their real paths.
import { afterAll, describe, expect, it } from "@jest/globals";
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, cleanupTempDirs, runCli, tempDir } from "../helpers/cli.js";

afterAll(cleanupTempDirs);

const CLIENTS = readdirSync(join(FIXTURES, "configs"));

describe("inspect --no-connect over every known client config", () => {
  it("finds each client's servers, with the client named, and lists the paths it checked", async () => {
    const home = tempDir();
    for (const client of CLIENTS) cpSync(join(FIXTURES, "configs", client), home, { recursive: true });
    const r = await runCli(["inspect", "--no-connect", "--json"], { home, cwd: tempDir() });
    expect(r.json).toBeDefined();
    const clientsSeen = new Set(r.json.servers.map((s: { client: string }) => s.client));
    // One fixture directory per client id: every one must yield at least one server.
    expect([...clientsSeen].sort()).toEqual([...CLIENTS].sort());
    for (const s of r.json.servers) {
      expect(s.configPath.startsWith(home)).toBe(true);
      expect(["stdio", "sse", "http"]).toContain(s.transport);
    }
    const found = r.json.checkedPaths.filter((p: { found: boolean }) => p.found).map((p: { client: string }) => p.client);
    expect(new Set(found)).toEqual(new Set(CLIENTS));
    expect(r.stderr).toBe("");
  });
});

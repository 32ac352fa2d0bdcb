// The published tarball installs on its own and runs as `npx mcp-shield-scan`.
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, cleanupTempDirs, tempDir, writeFixture } from "../helpers/cli.js";

afterAll(cleanupTempDirs);

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

describe("npm pack", () => {
  it("gives a tarball that installs into a clean project and runs with npx", () => {
    const out = tempDir("mss-pack-");
    // --ignore-scripts: `prepack` would rebuild dist/ while other test files run the CLI from it (they then fail at
    // random with truncated modules); `npm test` has built dist/ already, and the listing below checks it is packed.
    const packed = spawnSync(npm, ["pack", "--silent", "--ignore-scripts", "--pack-destination", out], { cwd: ROOT, encoding: "utf8" });
    expect(packed.status).toBe(0);
    const tarball = readdirSync(out).find((f) => f.endsWith(".tgz"));
    expect(tarball).toBeDefined();

    const listing = spawnSync("tar", ["-tzf", join(out, tarball!)], { encoding: "utf8" }).stdout.split("\n");
    expect(listing).toContain("package/bin/mcp-shield-scan.js");
    expect(listing).toContain("package/dist/cli.js");
    // Tests, sources and benchmark material stay out of the published package.
    expect(listing.filter((f) => f.startsWith("package/test/") || f.startsWith("package/src/"))).toEqual([]);

    const project = tempDir("mss-install-");
    writeFixture(project, "package.json", { name: "consumer", version: "1.0.0", private: true });
    const install = spawnSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", join(out, tarball!)], {
      cwd: project,
      encoding: "utf8",
    });
    expect(install.status).toBe(0);

    const version = spawnSync(npx, ["--no-install", "mcp-shield-scan", "--version"], { cwd: project, encoding: "utf8" });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);

    const inventory = writeFixture(project, "inv.json", {
      servers: [{ name: "x", tools: [{ name: "ping", description: "Replies with pong.", inputSchema: { type: "object" } }] }],
    });
    const scan = spawnSync(npx, ["--no-install", "mcp-shield-scan", "scan", "--input", inventory, "--json"], { cwd: project, encoding: "utf8" });
    expect(scan.status).toBe(0);
    expect(JSON.parse(scan.stdout).servers[0].name).toBe("x");
  }, 180_000);
});

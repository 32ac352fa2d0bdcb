// --format sarif and markdown through the built CLI, as a CI job runs them.
import { afterAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { NODE, ROOT, SERVERS, cleanupTempDirs, runCli, tempDir, writeFixture } from "../helpers/cli.js";

afterAll(cleanupTempDirs);

const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

function projectWithPoisonedServer(): { dir: string; line: number } {
  const dir = tempDir();
  const text = [
    "{",
    '  "mcpServers": {',
    `    "clean": { "command": ${JSON.stringify(NODE)}, "args": [${JSON.stringify(SERVERS.fixture("poisoned-demo.mjs"))}, "--variant", "clean"] },`,
    `    "calculator": { "command": ${JSON.stringify(NODE)}, "args": [${JSON.stringify(SERVERS.fixture("poisoned-demo.mjs"))}] }`,
    "  }",
    "}",
  ].join("\n");
  writeFixture(dir, ".mcp.json", text);
  return { dir, line: 4 };
}

describe("CI formats", () => {
  it("--ci --format sarif --output writes a valid SARIF log pointing at the server's line, says where it went, exits 1", async () => {
    const { dir, line } = projectWithPoisonedServer();
    const out = join(dir, "scan.sarif");
    const r = await runCli(["scan", ".", "--ci", "--format", "sarif", "--output", out], { cwd: dir, home: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(out);
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schema", "sarif-2.1.0.json"), "utf8")));
    expect(validate(sarif)).toBe(true);
    const run = sarif.runs[0];
    const poisoning = run.results.filter((x: any) => x.ruleId === "tool-poisoning");
    expect(poisoning.length).toBeGreaterThan(0);
    for (const res of poisoning) {
      expect(res.level).toBe("error");
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe(".mcp.json");
      expect(loc.region.startLine).toBe(line);
    }
    const ruleIds = run.tool.driver.rules.map((x: any) => x.id);
    expect(ruleIds).toEqual(expect.arrayContaining(["tool-poisoning", "rug-pull", "unpinned-package"]));
  });

  it("--format markdown gives a pull-request comment naming the poisoned tool", async () => {
    const { dir } = projectWithPoisonedServer();
    const r = await runCli(["scan", ".", "--format", "markdown", "--no-lockfile"], { cwd: dir, home: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/tool-poisoning/);
    expect(r.stdout).toMatch(/multiply/);
    expect(r.stdout.length).toBeLessThan(65_536);
  });
});

// What each toxic-flow step rests on (`basis`), through the built CLI: the real filesystem server (catalogued) and the
// flow-web fixture (guessed from its tool text), with and without a --rules known-servers file, and older saved reports.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { NODE, ROOT, SERVERS, cleanupTempDirs, runCli, tempDir, writeFixture, type CliResult } from "../helpers/cli.js";

afterAll(cleanupTempDirs);

const flows = (report: any): any[] => report.findings.filter((f: any) => f.ruleId === "toxic-flow");
const kindOf = (f: any) => (f.flow.some((s: any) => s.role === "destructive") ? "destructive" : "data-leak");
const GUESSED_WEB = "Roles of web were guessed from tool text: `mcp-shield-scan inspect --labels` shows why; --rules DIR can declare them.";
const WEB_ENTRY = {
  id: "web-reader",
  serverInfoNames: ["flow-web-fixture"],
  tools: { fetch_page: ["untrusted-content", "public-sink"], search_web: ["untrusted-content"] },
};
/** No raw C0/C1 control character apart from the line breaks of the output itself. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Deletes every `basis` key: what a report or inventory saved by an earlier version looks like. */
function withoutBasis(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBasis);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "basis").map(([k, v]) => [k, withoutBasis(v)]));
  return value;
}

describe("toxic-flow: the basis of each step", () => {
  let dir: string;
  let config: string;
  let scan: CliResult;
  beforeAll(async () => {
    dir = tempDir();
    // "files" is the real reference server, recognised by the name it reports; "web" is a fixture no catalog lists.
    config = writeFixture(dir, "mcp.json", {
      mcpServers: { files: { command: NODE, args: [SERVERS.filesystem, dir] }, web: { command: NODE, args: [SERVERS.fixture("flow-web.mjs")] } },
    });
    scan = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
  }, 60_000);

  it("marks the catalogued server's steps catalog and the fixture's heuristic, in flow, evidence and message", () => {
    expect(scan.code).toBe(1);
    const found = flows(scan.json);
    expect(found.map(kindOf).sort()).toEqual(["data-leak", "destructive"]);
    for (const f of found) {
      // Both servers take part in both flows, so each basis is checked on real steps.
      expect(new Set(f.flow.map((s: any) => s.server))).toEqual(new Set(["files", "web"]));
      for (const s of f.flow) expect([s.server, s.basis]).toEqual([s.server, s.server === "files" ? "catalog" : "heuristic"]);
      for (const s of f.flow) {
        const word = s.basis === "catalog" ? "catalog" : "guessed from tool text";
        expect(f.evidence).toMatch(new RegExp(`${s.role} ${s.server}/${s.tool} \\(0\\.\\d\\d, ${word}\\)`));
      }
      // One sentence at the end, naming only the guessed server, once, although web plays two roles of the data leak.
      expect(f.message.endsWith(` ${GUESSED_WEB}`)).toBe(true);
      expect(f.message.split("guessed from tool text")).toHaveLength(2);
    }
    const leak = found.find((f) => kindOf(f) === "data-leak");
    expect(leak.flow.filter((s: any) => s.server === "web")).toHaveLength(2);
  });

  it("gives every label in the JSON inventory its basis, and inspect --labels shows it", async () => {
    const files = scan.json.servers.find((s: any) => s.name === "files");
    const web = scan.json.servers.find((s: any) => s.name === "web");
    expect(new Set(Object.values(files.labels).flat().map((l: any) => l.basis))).toEqual(new Set(["catalog"]));
    expect(new Set(Object.values(web.labels).flat().map((l: any) => l.basis))).toEqual(new Set(["heuristic"]));

    const inspect = await runCli(["inspect", config, "--labels"], { cwd: dir });
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toMatch(/\n {10}read_text_file: private-data 0\.95 catalog \(known server filesystem, /);
    expect(inspect.stdout).toMatch(/\n {10}fetch_page: untrusted-content 0\.\d\d heuristic \(.+\); public-sink 0\.\d\d heuristic \(/);
  });

  it("the pretty, markdown and SARIF reports show each step's basis and the sentence", async () => {
    const pretty = await runCli(["scan", config, "--no-lockfile", "--ci"], { cwd: dir });
    expect(pretty.stdout).toContain(GUESSED_WEB);
    expect(pretty.stdout).toMatch(/flow: web\/fetch_page \(untrusted-content, heuristic\) → files\/write_file \(destructive, catalog\)\n/);

    // With a mail server as the sink, two servers are guessed, and the evidence line (over 200 characters) is shown whole.
    const three = writeFixture(dir, "three.json", {
      mcpServers: { ...JSON.parse(readFileSync(config, "utf8")).mcpServers, mail: { command: NODE, args: [SERVERS.fixture("flow-mail.mjs")] } },
    });
    const threeJson = await runCli(["scan", three, "--json", "--no-lockfile"], { cwd: dir });
    const leak = flows(threeJson.json).find((f) => kindOf(f) === "data-leak");
    expect(leak.flow.map((s: any) => `${s.server} ${s.basis}`)).toEqual(["web heuristic", "files catalog", "mail heuristic"]);
    expect(leak.message).toMatch(/ Roles of web and mail were guessed from tool text: `mcp-shield-scan inspect --labels` shows why; --rules DIR can declare them\.$/);
    expect(leak.evidence.length).toBeGreaterThan(200);
    const threePretty = await runCli(["scan", three, "--no-lockfile", "--ci"], { cwd: dir });
    expect(threePretty.stdout).toContain(`evidence: "${leak.evidence}"\n`);
    expect(threePretty.stdout).toContain(`${leak.message}\n`);

    const md = await runCli(["scan", config, "--no-lockfile", "--format", "markdown"], { cwd: dir });
    expect(md.stdout).toContain("(destructive, catalog)");
    expect(md.stdout).toContain("Roles of web were guessed from tool text&#58;");

    const sarif = await runCli(["scan", config, "--no-lockfile", "--format", "sarif"], { cwd: dir });
    const results = sarif.json.runs[0].results.filter((r: any) => r.ruleId === "toxic-flow");
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.message.text).toContain(GUESSED_WEB);
      for (const s of r.properties.flow) expect([s.server, s.basis]).toEqual([s.server, s.server === "files" ? "catalog" : "heuristic"]);
    }
  });

  it("a --rules known-servers file for the fixture makes its steps declared and drops the sentence", async () => {
    const rules = join(dir, "rules");
    const file = writeFixture(rules, "known-servers.json", { version: 1, servers: [WEB_ENTRY] });
    const declared = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(declared.code).toBe(1);
    const found = flows(declared.json);
    expect(found.map(kindOf).sort()).toEqual(["data-leak", "destructive"]);
    for (const f of found) {
      expect(new Set(f.flow.map((s: any) => s.server))).toEqual(new Set(["files", "web"]));
      for (const s of f.flow) expect([s.server, s.basis]).toEqual([s.server, s.server === "files" ? "catalog" : "declared"]);
      expect(f.evidence).toMatch(/web\/\w+ \(0\.95, declared\)/);
      expect(f.message).not.toMatch(/guessed/);
      expect(f.evidence).not.toMatch(/guessed/);
    }
    const web = declared.json.servers.find((s: any) => s.name === "web");
    expect(web.labels.fetch_page).toEqual([
      { role: "untrusted-content", confidence: 0.95, reason: `known server web-reader (from ${file}), recognised by serverInfo.name "flow-web-fixture"`, basis: "declared" },
      { role: "public-sink", confidence: 0.95, reason: `known server web-reader (from ${file}), recognised by serverInfo.name "flow-web-fixture"`, basis: "declared" },
    ]);
    const inspect = await runCli(["inspect", config, "--labels", "--rules", rules], { cwd: dir });
    expect(inspect.stdout).toContain(`search_web: untrusted-content 0.95 declared (known server web-reader (from ${file})`);
  });

  it("a report saved by a version without basis still validates and still works as --input; the new scan adds the basis", async () => {
    const old = withoutBasis(scan.json) as any;
    expect(JSON.stringify(old)).not.toContain('"basis"');
    expect(flows(old)).toHaveLength(2);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schema/report.schema.json"), "utf8")));
    expect(validate(old)).toBe(true);

    const input = writeFixture(dir, "old-report.json", old);
    const again = await runCli(["scan", "--input", input, "--json"], { cwd: dir });
    expect(again.stderr).toBe("");
    expect(again.code).toBe(1);
    const found = flows(again.json);
    expect(found.map(kindOf).sort()).toEqual(["data-leak", "destructive"]);
    for (const f of found) for (const s of f.flow) expect([s.server, s.basis]).toEqual([s.server, s.server === "files" ? "catalog" : "heuristic"]);

    const labels = await runCli(["inspect", "--input", input, "--labels"], { cwd: dir });
    expect(labels.code).toBe(0);
    expect(labels.stdout).toMatch(/fetch_page: untrusted-content 0\.\d\d heuristic /);
  });
});

describe("toxic-flow: server-supplied text around the basis", () => {
  it("control characters in names reach no output format raw, and the sentence names the server escaped", async () => {
    const dir = tempDir();
    // A saved inventory is just a file: its server and tool names can carry anything.
    const input = writeFixture(dir, "hostile.json", {
      servers: [
        {
          name: "evil\u001b[2J",
          tools: [
            { name: "fetch_url\u001b]0;pwned\u0007", description: "Fetches a web page from the internet and returns its text.", inputSchema: { type: "object", properties: { url: { type: "string" } } } },
            { name: "delete_all\u009b", description: "Deletes every record in the database." },
          ],
        },
      ],
    });
    const json = await runCli(["scan", "--input", input, "--json"], { cwd: dir });
    const found = flows(json.json);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.flow.every((s: any) => s.basis === "heuristic")).toBe(true);
      expect(f.message).toContain("Roles of evil\\x1b[2J were guessed from tool text");
    }
    for (const format of ["pretty", "markdown", "sarif", "json"]) {
      const r = await runCli(["scan", "--input", input, "--format", format], { cwd: dir });
      expect([format, r.code]).toEqual([format, 1]);
      expect([format, CONTROL.test(r.stdout)]).toEqual([format, false]);
    }
  });
});

// The user's own known-servers files (`--rules DIR`) and `inspect --catalog-draft`, through the built CLI with fixture servers.
import { afterAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { NODE, SERVERS, cleanupTempDirs, runCli, tempDir, writeFixture } from "../helpers/cli.js";

afterAll(cleanupTempDirs);

const THRESHOLD = 0.6;

/** A team's own CRM server that neither the catalog nor the heuristics understand. */
const crm = (...extra: string[]) => ({ command: NODE, args: [SERVERS.fixture("internal-crm.mjs"), ...extra] });

const ACME = {
  version: 1,
  servers: [
    {
      id: "acme-crm",
      serverInfoNames: ["acme-crm"],
      tools: { ticket_thread: ["untrusted-content"], account_card: ["private-data"], sync_out: ["public-sink"], purge: ["destructive"], ping: [] },
    },
  ],
};

/** Roles at or above the flow threshold, per server and tool: what the toxic-flow rule sees. */
function strongRoles(report: any): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const s of report.servers) {
    out[s.name] = {};
    for (const [tool, labels] of Object.entries(s.labels ?? {})) {
      out[s.name]![tool] = (labels as any[]).filter((l) => l.confidence >= THRESHOLD).map((l) => l.role).sort();
    }
  }
  return out;
}
const flows = (report: any) => report.findings.filter((f: any) => f.ruleId === "toxic-flow");
const labelOf = (report: any, server: string, tool: string) => report.servers.find((s: any) => s.name === server).labels[tool];

describe("--rules DIR with known-servers files", () => {
  it("the pretty report names the servers whose roles were guessed, and stops once a known-servers file declares them", async () => {
    const dir = tempDir();
    const config = writeFixture(dir, "mcp.json", {
      mcpServers: { files: { command: NODE, args: [SERVERS.filesystem, dir] }, "acme-crm": crm(), web: { command: NODE, args: [SERVERS.fixture("flow-web.mjs")] } },
    });
    const guessed = await runCli(["scan", config, "--ci", "--no-lockfile"], { cwd: dir });
    const note = guessed.stdout.split("\n").find((l) => l.startsWith("Toxic-flow roles guessed"));
    // The filesystem reference server is catalogued (by what it reports), the other two are not.
    expect(note).toBe("Toxic-flow roles guessed from tool text for 2 servers the known-server catalog does not cover (acme-crm, web).");

    // An entry that leaves out one of the server's tools still leaves that tool to the heuristics.
    const partial = join(dir, "partial");
    const web = { id: "web", configNames: ["web"], tools: { fetch_page: ["untrusted-content", "public-sink"], search_web: ["untrusted-content"] } };
    writeFixture(partial, "known-servers.json", { version: 1, servers: [{ ...ACME.servers[0], tools: { purge: ["destructive"] } }, web] });
    const some = await runCli(["scan", config, "--ci", "--no-lockfile", "--rules", partial], { cwd: dir });
    expect(some.stdout).toContain("Toxic-flow roles guessed from tool text for 1 server the known-server catalog does not cover (acme-crm).");

    const rules = join(dir, "rules");
    writeFixture(rules, "known-servers.json", { version: 1, servers: [ACME.servers[0], web] });
    const declared = await runCli(["scan", config, "--ci", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(declared.stdout).not.toContain("Toxic-flow roles guessed");
    expect(declared.stdout).toContain("3 servers: 3 scanned");
  });


  it("declares the roles of an unknown server's tools: the flow the heuristics missed is found, and the reason names the file", async () => {
    const dir = tempDir();
    const config = writeFixture(dir, "mcp.json", { mcpServers: { "acme-crm": crm() } });
    const without = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
    expect(flows(without.json)).toEqual([]);
    expect(without.code).toBe(0);

    const rules = join(dir, "rules");
    const file = writeFixture(rules, "known-servers.acme.json", ACME);
    const withRules = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(flows(withRules.json).map((f: any) => f.flow.map((s: any) => `${s.role} ${s.server}/${s.tool}`))).toEqual([
      ["untrusted-content acme-crm/ticket_thread", "private-data acme-crm/account_card", "public-sink acme-crm/sync_out"],
      ["untrusted-content acme-crm/ticket_thread", "destructive acme-crm/purge"],
    ]);
    expect(withRules.code).toBe(1);
    expect(labelOf(withRules.json, "acme-crm", "sync_out")).toEqual([
      { role: "public-sink", confidence: 0.95, reason: `known server acme-crm (from ${file}), recognised by serverInfo.name "acme-crm"`, basis: "declared" },
    ]);

    // inspect takes --rules too, and its pretty --labels output shows where a role came from.
    const inspect = await runCli(["inspect", config, "--labels", "--rules", rules], { cwd: dir });
    expect(inspect.stdout).toContain(`purge: destructive 0.95 declared (known server acme-crm (from ${file})`);
    expect(inspect.code).toBe(0);

    // YAML works as for the other rule data.
    const yamlRules = join(dir, "yaml-rules");
    writeFixture(yamlRules, "known-servers.yml", "version: 1\nservers:\n  - id: acme-crm\n    serverInfoNames: [acme-crm]\n    tools:\n      ticket_thread: [untrusted-content]\n      purge: [destructive]\n");
    const yaml = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", yamlRules], { cwd: dir });
    expect(flows(yaml.json).map((f: any) => f.flow.map((s: any) => s.tool))).toEqual([["ticket_thread", "purge"]]);
  });

  it("a user entry with a built-in id replaces the built-in entry; the other built-in entries stay", async () => {
    const dir = tempDir();
    const shared = tempDir();
    // Config names the built-in entries do not list, so only what the servers report identifies them.
    const config = writeFixture(dir, "mcp.json", {
      mcpServers: {
        files: { command: NODE, args: [SERVERS.filesystem, shared] },
        notes: { command: NODE, args: [SERVERS.memory], env: { MEMORY_FILE_PATH: join(shared, "memory.json") } },
      },
    });
    const builtin = await runCli(["inspect", config, "--json"], { cwd: dir });
    expect(labelOf(builtin.json, "files", "read_text_file")[0].reason).toMatch(/^known server filesystem, recognised by serverInfo/);

    // An entry that recognises no server here: if it only came first, the built-in filesystem entry would still match.
    const rules = join(dir, "rules");
    writeFixture(rules, "known-servers.json", { version: 1, servers: [{ id: "filesystem", configNames: ["not-used-here"], tools: { read_text_file: ["destructive"] } }] });
    const replaced = await runCli(["inspect", config, "--json", "--rules", rules], { cwd: dir });
    for (const labels of Object.values(replaced.json.servers.find((s: any) => s.name === "files").labels) as any[][]) {
      for (const l of labels) expect(l.reason).not.toMatch(/known server/);
    }
    expect(labelOf(replaced.json, "notes", "delete_entities")[0].reason).toMatch(/^known server memory, recognised by/);

    // The replacing entry that does recognise the server gives its own roles, with its file named.
    const file = writeFixture(rules, "known-servers.json", {
      version: 1,
      servers: [{ id: "filesystem", serverInfoNames: ["secure-filesystem-server"], tools: { read_text_file: ["untrusted-content"] } }],
    });
    const own = await runCli(["inspect", config, "--json", "--rules", rules], { cwd: dir });
    expect(labelOf(own.json, "files", "read_text_file")).toEqual([
      { role: "untrusted-content", confidence: 0.95, reason: `known server filesystem (from ${file}), recognised by serverInfo.name "secure-filesystem-server"`, basis: "declared" },
    ]);
  });

  it.each([
    ["bad JSON", "{ \"version\": 1, \"servers\": [", /known-servers\.bad\.json: cannot read known-server catalog: /],
    ["a wrong role", { version: 1, servers: [{ id: "acme-crm", tools: { purge: ["deletes-things"] } }] }, /known-servers\.bad\.json: invalid known-server catalog at servers\.0\.tools\.purge\.0: /],
    ["no version", { servers: [] }, /known-servers\.bad\.json: invalid known-server catalog at version: /],
  ])("an invalid user catalog (%s) is exit 2 with one line naming the file and the field, for scan and inspect", async (_what, content, message) => {
    const dir = tempDir();
    const marker = join(dir, "started");
    // A server that would leave a mark: bad rule data must stop the run before anything starts.
    const config = writeFixture(dir, "mcp.json", { mcpServers: { touch: { command: NODE, args: ["-e", `require("fs").writeFileSync(${JSON.stringify(marker)}, "x")`] } } });
    const rules = join(dir, "rules");
    writeFixture(rules, "known-servers.bad.json", content);
    for (const command of ["scan", "inspect"]) {
      const r = await runCli([command, config, "--no-lockfile", "--rules", rules], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    const { existsSync } = await import("node:fs");
    expect(existsSync(marker)).toBe(false);
  });
});

describe("inspect --catalog-draft", () => {
  it("prints a known-servers file for the unknown servers that round-trips through --rules, without env values or raw control characters", async () => {
    const dir = tempDir();
    const shared = tempDir();
    const SECRET = "acme-live-5f2c9e1b7d3a";
    const config = writeFixture(dir, "mcp.json", {
      mcpServers: {
        // Reports "acme-crm\u0007" as its name: the draft must escape it, and still recognise the server with it.
        "acme-crm": { ...crm("--bell-name"), env: { ACME_API_TOKEN: SECRET } },
        db: { command: NODE, args: [SERVERS.fixture("flow-db.mjs")] },
        web: { command: NODE, args: [SERVERS.fixture("flow-web.mjs")] },
        // Recognised by the built-in catalog: not in the draft.
        filesystem: { command: NODE, args: [SERVERS.filesystem, shared] },
      },
    });
    const draft = await runCli(["inspect", config, "--catalog-draft"], { cwd: dir });
    expect(draft.code).toBe(0);
    expect(draft.stdout).not.toContain(SECRET);
    expect(draft.stdout).not.toContain("ACME_API_TOKEN");
    expect(draft.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(draft.stdout).toContain('"acme-crm\\u0007"');
    expect(draft.json.version).toBe(1);
    expect(draft.json.$comment).toMatch(/draft/i);
    expect(draft.json.$comment).toMatch(/review/i);
    expect(draft.json.servers.map((s: any) => s.id)).toEqual(["acme-crm", "db", "web"]);
    expect(draft.json.servers[1]).toMatchObject({
      id: "db",
      serverInfoNames: ["flow-db-fixture"],
      configNames: ["db"],
      tools: { run_select_query: ["private-data"], drop_table: ["destructive"], list_tables: ["private-data"] },
    });

    const before = await runCli(["scan", config, "--json", "--no-lockfile"], { cwd: dir });
    const rules = join(dir, "rules");
    const file = writeFixture(rules, "known-servers.draft.json", draft.stdout);
    const after = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(strongRoles(after.json)).toEqual(strongRoles(before.json));
    expect(flows(after.json).map((f: any) => f.flow.map((s: any) => s.role))).toEqual(flows(before.json).map((f: any) => f.flow.map((s: any) => s.role)));
    // The roles now come from the file, and the servers it did not list keep the built-in entry.
    expect(labelOf(after.json, "db", "drop_table")[0].reason).toContain(`(from ${file})`);
    expect(labelOf(after.json, "acme-crm", "purge")[0].reason).toContain(`(from ${file})`);
    expect(labelOf(after.json, "filesystem", "read_text_file")[0].reason).toMatch(/^known server filesystem, recognised by/);

    // A second draft with the first in --rules has nothing left to draft.
    const again = await runCli(["inspect", config, "--catalog-draft", "--rules", rules], { cwd: dir });
    expect(again.json.servers).toEqual([]);
  });
});

describe("--rules DIR is checked whole, the same way, by scan, inspect, guard and pin", () => {
  /** A config whose one server leaves a mark when started: bad rule data must stop every command before that. */
  function markerConfig(dir: string) {
    const marker = join(dir, "started");
    const script = `require("fs").writeFileSync(${JSON.stringify(marker)}, "x")`;
    return { marker, script, config: writeFixture(dir, "mcp.json", { mcpServers: { touch: { command: NODE, args: ["-e", script] } } }) };
  }

  it.each([
    ["a pack1 file with an unbounded pattern", "pack1-acme.json", { version: 1, signals: { acme: { role: "directive", weight: 3, summary: "s", patterns: ["ignore.*rules"] } } }, /pack1-acme\.json: invalid rule data at signals\.acme\.patterns\.0: unbounded wildcard/],
    ["a capabilities file with a wrong severity", "capabilities-acme.json", { version: 1, capabilities: [{ id: "x", kind: "k", severity: "extreme", summary: "s", patterns: ["steal"] }] }, /capabilities-acme\.json: invalid capability data at capabilities\.0\.severity: /],
    ["a capabilities file with a broken regex", "acme.capabilities.yaml", "version: 1\ncapabilities:\n  - {id: x, kind: k, severity: high, summary: s, patterns: ['(']}\n", /acme\.capabilities\.yaml: capability x: invalid regex /],
  ])("%s: exit 2 with the same one line naming the file and field, and nothing started", async (_what, name, content, message) => {
    const dir = tempDir();
    const { marker, script, config } = markerConfig(dir);
    const rules = join(dir, "rules");
    writeFixture(rules, "known-servers.json", ACME);
    writeFixture(rules, name, content);
    const runs = [
      ["scan", config, "--no-lockfile", "--rules", rules],
      ["inspect", config, "--rules", rules],
      ["inspect", config, "--labels", "--rules", rules],
      ["inspect", config, "--catalog-draft", "--rules", rules],
      ["guard", "--rules", rules, "--", NODE, "-e", script],
      ["pin", config, "--lockfile", join(dir, "lock.json"), "--rules", rules],
    ];
    const errors: string[] = [];
    for (const args of runs) {
      const r = await runCli(args, { cwd: dir });
      expect([args[0], r.code]).toEqual([args[0], 2]);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(join(rules, name));
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      errors.push(r.stderr);
    }
    expect(new Set(errors).size).toBe(1);
    const { existsSync } = await import("node:fs");
    expect(existsSync(marker)).toBe(false);
  });

  it("control characters from a bad file reach stderr escaped, under inspect as under scan", async () => {
    const dir = tempDir();
    const { config } = markerConfig(dir);
    const rules = join(dir, "rules");
    writeFixture(rules, "pack1.yaml", "version: 1\nsignals:\n  \"a\\e[2Jb\":\n    role: \"\\e]0;owned\\a\"\n");
    for (const command of ["scan", "inspect"]) {
      const r = await runCli([command, config, "--no-lockfile", "--rules", rules], { cwd: dir });
      expect([command, r.code]).toEqual([command, 2]);
      expect(r.stderr).toContain("pack1.yaml: invalid rule data at signals.a\\x1b[2Jb.role");
      expect(r.stderr.trimEnd()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it("a good directory, with files of other extensions beside it, still works for inspect --labels; an empty one changes nothing", async () => {
    const dir = tempDir();
    const config = writeFixture(dir, "mcp.json", { mcpServers: { "acme-crm": crm() } });
    const rules = join(dir, "rules");
    const file = writeFixture(rules, "known-servers.json", ACME);
    writeFixture(rules, "pack1-acme.json", { version: 1, signals: { acme: { role: "directive", weight: 3, summary: "s", patterns: ["ignore the rules"] } } });
    writeFixture(rules, "capabilities-acme.yml", "version: 1\ncapabilities:\n  - {id: mining, kind: cryptojacking, severity: high, summary: s, patterns: ['mines? monero']}\n");
    // Names that start like rule files but do not end in .json/.yaml/.yml are not rule data, for any command.
    writeFixture(rules, "pack1.txt", "not rule data {");
    writeFixture(rules, "capabilities.json.bak", "not rule data {");
    const inspect = await runCli(["inspect", config, "--labels", "--rules", rules], { cwd: dir });
    expect(inspect.stderr).toBe("");
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toContain(`purge: destructive 0.95 declared (known server acme-crm (from ${file})`);
    const scan = await runCli(["scan", config, "--json", "--no-lockfile", "--rules", rules], { cwd: dir });
    expect(scan.code).toBe(1);
    expect(flows(scan.json).length).toBeGreaterThan(0);

    const empty = join(dir, "empty");
    (await import("node:fs")).mkdirSync(empty);
    for (const command of ["scan", "inspect"]) {
      const r = await runCli([command, config, "--json", "--no-lockfile", "--rules", empty], { cwd: dir });
      expect([command, r.code]).toEqual([command, 0]);
      expect(labelOf(r.json, "acme-crm", "purge")[0].reason).not.toMatch(/known server/);
    }
  });
});

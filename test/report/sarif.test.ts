import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import type { RuleMeta } from "../../src/analyze/rule.js";
import type { Report } from "../../src/model.js";
import { renderSarif } from "../../src/report/sarif.js";
import { ROOT } from "../helpers/cli.js";
import { finding, HOSTILE, report, server } from "./build.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schema", "sarif-2.1.0.json"), "utf8"));
// Both are CommonJS; under NodeNext their default import is the module object.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const REPO = resolve("/work/repo-under-scan");

const RULES: RuleMeta[] = [
  { id: "tool-poisoning", severity: "critical", summary: "Hidden instructions in a tool description", help: "An attacker steers the model.\n\n**Fix:** remove the server." },
  { id: "unpinned-package", severity: "medium", summary: "Package launched without a pinned version", help: "Pin `pkg@1.2.3`." },
  { id: "no-auth", severity: "high", summary: "Remote server accepts unauthenticated requests", help: "Require a token." },
];

function expectValid(log: unknown): void {
  const ok = validate(log);
  if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
}

function results(log: any): any[] {
  return log.runs[0].results;
}

/** Every string anywhere in a JSON value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  return out;
}

const mixed = () =>
  report(
    [
      finding({ severity: "critical", ruleId: "tool-poisoning", evidence: "ignore previous instructions" }),
      finding({ severity: "high", ruleId: "no-auth", server: "remote", entity: { kind: "server", name: "remote" }, line: undefined }),
      finding({ severity: "medium", ruleId: "unpinned-package", entity: { kind: "config", name: "args" }, line: 7 }),
      finding({ severity: "low", ruleId: "plugin-rule-from-the-future", entity: { kind: "prompt", name: "summarise" } }),
      finding({ severity: "info", ruleId: "plugin-rule-from-the-future", entity: { kind: "resource", name: "file:///notes" } }),
      finding({ severity: "high", ruleId: "tool-poisoning", suppressed: true, suppressedBy: ".mcp-shield.yml: accepted risk, ticket SEC-12" }),
      finding({ severity: "high", server: HOSTILE, entity: { kind: "tool", name: HOSTILE }, message: HOSTILE, field: HOSTILE, evidence: HOSTILE }),
      finding({ severity: "medium", configPath: "/home/someone/.cursor/mcp.json", server: "user-level" }),
      finding({ severity: "low", configPath: undefined, server: "remote", ruleId: "no-auth" }),
      finding({ severity: "low", configPath: undefined, server: "ghost", ruleId: "no-auth" }),
    ],
    [server("notes"), server("remote", "error", { error: "connect ECONNREFUSED\u001b[2J", configPath: "configs/my mcp.json" })],
    {
      exitCode: 3,
      configErrors: [
        { configPath: ".vscode/mcp.json", server: "broken", message: "unexpected token \u0007 at 1:5", level: "error" },
        { configPath: ".vscode/mcp.json", server: "twice", message: "duplicate server name", level: "warning" },
      ] as Report["configErrors"],
    },
  );

describe("renderSarif", () => {
  test("validates against the bundled OASIS SARIF 2.1.0 schema", () => {
    const log = renderSarif(mixed(), RULES, { rootDir: REPO });
    expectValid(log);
    // Round-trips through JSON as the CLI writes it.
    expectValid(JSON.parse(JSON.stringify(log)));
  });

  test("the schema check can fail: a log with a bad level is rejected", () => {
    const log: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
    const noVersion: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    delete noVersion.version;
    expect(validate(noVersion)).toBe(false);
  });

  test("maps severities to SARIF levels and GitHub security-severity", () => {
    const log: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    const bySeverity = new Map(results(log).map((r: any) => [r.properties.severity, r.level]));
    expect(Object.fromEntries(bySeverity)).toEqual({ critical: "error", high: "error", medium: "warning", low: "note", info: "note" });
    const rules = log.runs[0].tool.driver.rules;
    const rule = (id: string) => rules.find((r: any) => r.id === id);
    expect(rule("tool-poisoning").defaultConfiguration.level).toBe("error");
    expect(rule("tool-poisoning").properties["security-severity"]).toBe("9.5");
    expect(rule("no-auth").properties["security-severity"]).toBe("8.0");
    expect(rule("unpinned-package").defaultConfiguration.level).toBe("warning");
    expect(rule("unpinned-package").properties["security-severity"]).toBe("5.5");
    for (const r of rules) expect(Number(r.properties["security-severity"])).toBeGreaterThan(0);
  });

  test("one rule entry per rule id with its help text; unknown rule ids get a generated entry", () => {
    const log: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("mcp-shield-scan");
    expect(driver.version).toBe("0.1.0");
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules.map((r: any) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(["tool-poisoning", "unpinned-package", "no-auth", "plugin-rule-from-the-future"]);
    const poisoning = driver.rules[0];
    expect(poisoning.shortDescription.text).toBe(RULES[0]!.summary);
    expect(poisoning.fullDescription.text).toBe(RULES[0]!.help);
    expect(poisoning.help).toEqual({ text: RULES[0]!.help, markdown: RULES[0]!.help });
    // The generated entry takes the worst severity seen for that id (low and info here).
    const unknown = driver.rules[3];
    expect(unknown.defaultConfiguration.level).toBe("note");
    expect(unknown.properties["security-severity"]).toBe("3.0");
    expect(unknown.shortDescription.text).toContain("plugin-rule-from-the-future");
    // Every result points at the rule entry with its own id.
    for (const r of results(log)) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  test("renders with no rules and no findings", () => {
    const log: any = renderSarif(report([], []), [], { rootDir: REPO });
    expectValid(log);
    expect(results(log)).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  test("locations: repo-relative URI under %SRCROOT%, the entry's line, logical server/entity", () => {
    const log: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    const [first, second, third] = results(log);
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: ".cursor/mcp.json", uriBaseId: "%SRCROOT%" }, region: { startLine: 3 } });
    expect(first.locations[0].logicalLocations).toEqual([
      { name: "notes", fullyQualifiedName: "notes", kind: "module" },
      { name: "add_note", fullyQualifiedName: "notes/tool/add_note", kind: "function" },
    ]);
    // No line known: line 1 of the file, so code scanning still has somewhere to annotate.
    expect(second.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(second.locations[0].logicalLocations).toEqual([{ name: "remote", fullyQualifiedName: "remote", kind: "module" }]);
    expect(third.locations[0].physicalLocation.region.startLine).toBe(7);
    expect(log.runs[0].originalUriBaseIds["%SRCROOT%"].uri).toBe(pathToFileURL(REPO).href + "/");
  });

  test("locations: absolute configs inside the root become relative; outside stay absolute file URIs; server config as fallback", () => {
    const r = report([
      finding({ configPath: join(REPO, "sub dir", "mcp.json") }),
      finding({ configPath: "/home/someone/.cursor/mcp.json" }),
      finding({ configPath: undefined, server: "remote" }),
      finding({ configPath: undefined, server: "ghost" }),
    ], [server("remote", "ok", { configPath: "configs/my mcp.json" })]);
    const log: any = renderSarif(r, RULES, { rootDir: REPO });
    expectValid(log);
    const locs = results(log).map((x: any) => x.locations[0].physicalLocation?.artifactLocation);
    expect(locs[0]).toEqual({ uri: "sub%20dir/mcp.json", uriBaseId: "%SRCROOT%" });
    expect(locs[1]).toEqual({ uri: "file:///home/someone/.cursor/mcp.json" });
    expect(locs[2]).toEqual({ uri: "configs/my%20mcp.json", uriBaseId: "%SRCROOT%" });
    expect(locs[3]).toBeUndefined();
    expect(results(log)[3].locations[0].logicalLocations[0].name).toBe("ghost");
  });

  test("message names the server and entity", () => {
    const log: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    const text = results(log)[0].message.text as string;
    expect(text).toContain("Tool description contains hidden instructions");
    expect(text).toContain('server "notes"');
    expect(text).toContain('tool "add_note"');
  });

  test("partial fingerprints are stable across runs and distinguish different problems", () => {
    const fp = (f: ReturnType<typeof finding>) =>
      Object.values((renderSarif(report([f]), RULES, { rootDir: REPO }) as any).runs[0].results[0].partialFingerprints)[0];
    const base = fp(finding());
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    // Same problem, different wording, line, severity or evidence: the same alert.
    expect(fp(finding({ message: "reworded", line: 40, severity: "critical", evidence: "other" }))).toBe(base);
    // Same problem found again after a scan from another checkout location.
    expect(Object.values((renderSarif(report([finding()]), RULES, { rootDir: "/elsewhere/checkout" }) as any).runs[0].results[0].partialFingerprints)[0]).toBe(base);
    const different = [
      fp(finding({ ruleId: "no-auth" })),
      fp(finding({ server: "other" })),
      fp(finding({ entity: { name: "delete_note" } })),
      fp(finding({ entity: { kind: "prompt" } })),
      fp(finding({ field: "inputSchema.properties.note.description" })),
      fp(finding({ configPath: ".vscode/mcp.json" })),
    ];
    expect(new Set([base, ...different]).size).toBe(different.length + 1);
  });

  test("suppressed findings carry an external suppression with its justification", () => {
    const log: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    const suppressed = results(log).filter((r: any) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions).toEqual([{ kind: "external", status: "accepted", justification: ".mcp-shield.yml: accepted risk, ticket SEC-12" }]);
    expect(results(log).filter((r: any) => !r.suppressions)).toHaveLength(9);
  });

  test("no control characters from servers or configs reach the SARIF", () => {
    const log: any = renderSarif(mixed(), RULES, { rootDir: REPO });
    const all = strings(log);
    expect(all.some((s) => s.includes("evil"))).toBe(true);
    for (const s of all) expect(s).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    const hostile = results(log).find((r: any) => r.message.text.includes("evil"));
    expect(hostile.message.text).toContain("\\x1b[31m");
    expect(hostile.message.text).toContain("\\u{202e}");
  });

  test("invocation records the exit code, config errors and servers that could not be scanned", () => {
    const inv = (renderSarif(mixed(), RULES, { rootDir: REPO }) as any).runs[0].invocations[0];
    expect(inv.exitCode).toBe(3);
    expect(inv.executionSuccessful).toBe(false);
    const texts = inv.toolExecutionNotifications.map((n: any) => n.message.text);
    expect(texts).toEqual([".vscode/mcp.json [broken]: unexpected token \\x07 at 1:5", ".vscode/mcp.json [twice]: duplicate server name", 'server "remote" could not be scanned: connect ECONNREFUSED\\x1b[2J']);
    expect(inv.toolExecutionNotifications.map((n: any) => n.level)).toEqual(["error", "warning", "warning"]);
    const clean = (renderSarif(report([]), RULES, { rootDir: REPO }) as any).runs[0].invocations[0];
    expect(clean).toMatchObject({ exitCode: 0, executionSuccessful: true });
    expect(clean.toolExecutionNotifications).toBeUndefined();
  });
});

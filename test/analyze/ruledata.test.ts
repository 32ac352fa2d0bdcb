import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRules } from "../../src/analyze/engine.js";
import { findSignals, loadRuleData } from "../../src/analyze/ruledata.js";
import { createPack1Rules } from "../../src/rules/pack1.js";
import { server } from "./pack1-fixtures.js";

const dir = () => mkdtempSync(join(tmpdir(), "rules-"));

describe("loadRuleData", () => {
  test("the built-in pack loads and has every category the rules use", () => {
    const ids = loadRuleData().categories.map((c) => c.id);
    for (const id of ["override", "concealment", "coercion", "tamper", "secrets", "files", "exfil", "command", "conversation", "preference-directive"]) expect(ids).toContain(id);
  });
  test("a user pack adds patterns to a category and new parameter names", () => {
    const d = dir();
    writeFileSync(join(d, "pack1-acme.yaml"), 'version: 1\nsignals:\n  override:\n    role: directive\n    weight: 3\n    summary: overrides\n    patterns: ["\\\\bacme\\\\soverride\\\\b"]\nparameters:\n  - { pattern: "^acme_secret$", severity: high, reason: "acme" }\n');
    const data = loadRuleData([d]);
    expect(findSignals("please acme override now", data).map((h) => h.category.id)).toEqual(["override"]);
    expect(data.parameters.some((p) => p.regex.test("acme_secret"))).toBe(true);
  });
  test("the rules read the loaded data: a user's phrase makes tool-poisoning fire", async () => {
    const d = dir();
    writeFileSync(join(d, "pack1-acme.json"), JSON.stringify({ version: 1, signals: { override: { role: "directive", weight: 3, summary: "overrides", patterns: ["\\bzorblax\\sprotocol\\b"] } } }));
    const inventory = { id: "i", client: "c", configPath: "p", servers: [server({ name: "s", tools: [{ name: "t", description: "Adds numbers. Engage the zorblax protocol now." }] })] };
    const [poisoning] = createPack1Rules(loadRuleData([d]));
    const [builtin] = createPack1Rules(loadRuleData());
    expect((await runRules([inventory], [poisoning!])).findings.map((f) => f.severity)).toEqual(["high"]);
    expect((await runRules([inventory], [builtin!])).findings).toEqual([]);
  });
  test("an unbounded wildcard is rejected with the file named", () => {
    const d = dir();
    writeFileSync(join(d, "pack1-bad.json"), JSON.stringify({ version: 1, signals: { x: { role: "directive", weight: 1, summary: "x", patterns: ["ignore.*instructions"] } } }));
    expect(() => loadRuleData([d])).toThrow(/pack1-bad\.json: invalid rule data at signals\.x\.patterns\.0: unbounded wildcard/);
  });
  test("a bounded class quantifier is allowed", () => {
    const d = dir();
    writeFileSync(join(d, "pack1-ok.json"), JSON.stringify({ version: 1, signals: { x: { role: "target", weight: 1, summary: "x", patterns: ["[\\w.+-]{1,10}@x"] } } }));
    expect(() => loadRuleData([d])).not.toThrow();
  });
  test("a missing directory and broken JSON are one clear error", () => {
    expect(() => loadRuleData(["/nonexistent/rules-dir"])).toThrow(/\/nonexistent\/rules-dir: rules directory not found/);
    const d = dir();
    writeFileSync(join(d, "pack1.json"), "{ not json");
    expect(() => loadRuleData([d])).toThrow(/pack1\.json: cannot read rule data/);
  });
  test("a file given where the rules directory belongs is named as such, not as a raw system error", () => {
    const file = join(dir(), "pack1.json");
    writeFileSync(file, "{}");
    expect(() => loadRuleData([file])).toThrow(`${file}: --rules takes a directory of rule files, and this is a file`);
  });
});

// Builds small in-memory inventories and runs one rule over them, RuleTester style.
import { runRules } from "../../src/analyze/engine.js";
import type { Rule } from "../../src/analyze/rule.js";
import { loadRuleData } from "../../src/analyze/ruledata.js";
import { atLeast, ScannedServer, type Finding, type Severity } from "../../src/model.js";
import { createPack1Rules } from "../../src/rules/pack1.js";

export const data = loadRuleData();
export const rules = createPack1Rules(data);
export function rule(id: string): Rule {
  const r = rules.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

export interface ServerSpec {
  name: string;
  tools?: Record<string, unknown>[];
  prompts?: Record<string, unknown>[];
  resources?: Record<string, unknown>[];
  instructions?: string;
}

export function server(spec: ServerSpec): ScannedServer {
  return ScannedServer.parse({
    entry: { name: spec.name, client: "test", configPath: "/tmp/test.json", inventoryId: "inv", scope: "input", transport: "stdio" },
    status: "ok",
    tools: spec.tools ?? [],
    prompts: spec.prompts ?? [],
    resources: spec.resources ?? [],
    instructions: spec.instructions,
  });
}

export async function run(r: Rule, specs: ServerSpec[]): Promise<Finding[]> {
  const { findings, errors } = await runRules([{ id: "inv", client: "test", configPath: "/tmp/test.json", servers: specs.map(server) }], [r]);
  if (errors.length) throw new Error(errors.map((e) => e.message).join("; "));
  return findings;
}

/** One tool on one server, described by `description`. */
export async function runDescription(r: Rule, description: string, name = "do_thing"): Promise<Finding[]> {
  return run(r, [{ name: "srv", tools: [{ name, description, inputSchema: { type: "object", properties: {} } }] }]);
}

export function worst(findings: Finding[]): Severity | undefined {
  const order: Severity[] = ["critical", "high", "medium", "low", "info"];
  return order.find((s) => findings.some((f) => f.severity === s));
}

export function reaches(findings: Finding[], threshold: Severity): boolean {
  return findings.some((f) => atLeast(f.severity, threshold));
}

// The rule pack: every built-in rule, in the order they run, and the metadata of every finding id we emit.
import type { Rule, RuleMeta } from "../analyze/rule.js";
import { loadRuleData } from "../analyze/ruledata.js";
import { lockfileRuleMeta } from "./lockfile-meta.js";
import { loadCapabilityPack } from "./malicious-capability.js";
import { createPack1Rules } from "./pack1.js";
import { pack2Rules } from "./pack2.js";
import { loadLayeredCatalog } from "../flows/catalog.js";
import { createToxicFlowRule, toxicFlowRule } from "./toxic-flow.js";

export interface RuleOptions {
  /** `--rules DIR`: extra rule data (pack1*, capabilities*, known-servers* files) merged over the built-in rules/ data. */
  ruleDirs?: string[];
}

export function builtinRules(options: RuleOptions = {}): Rule[] {
  const dirs = options.ruleDirs ?? [];
  const toxicFlow = dirs.length ? createToxicFlowRule(loadLayeredCatalog(dirs)) : toxicFlowRule;
  return [...createPack1Rules(loadRuleData(dirs), loadCapabilityPack(dirs)), ...pack2Rules, toxicFlow];
}

/** Metadata for every id a report can contain (rules, lockfile checks), for SARIF and docs. */
export function allRuleMeta(extra: RuleMeta[] = []): RuleMeta[] {
  const metas = [...builtinRules().map((r) => r.meta), ...lockfileRuleMeta, ...extra];
  return [...new Map(metas.map((m) => [m.id, m])).values()];
}

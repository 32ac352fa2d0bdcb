// Rule pack I: tool poisoning, hidden content, shadowing, name collisions, preference manipulation, suspicious parameters.
import type { Rule } from "../analyze/rule.js";
import { loadRuleData, type RuleData } from "../analyze/ruledata.js";
import { createCrossServerShadowingRule } from "./cross-server-shadowing.js";
import { createHiddenContentRule } from "./hidden-content.js";
import { createMaliciousCapabilityRule, loadCapabilityData, type CapabilityData } from "./malicious-capability.js";
import { createPreferenceManipulationRule } from "./preference-manipulation.js";
import { createSuspiciousParameterRule } from "./suspicious-parameter.js";
import { createToolNameCollisionRule } from "./tool-name-collision.js";
import { createToolPoisoningRule } from "./tool-poisoning.js";

/** The pack over given rule data: `createPack1Rules(loadRuleData(dirs), loadCapabilityPack(dirs))` for `--rules DIR`. */
export function createPack1Rules(data: RuleData, capabilities: CapabilityData = loadCapabilityData()): Rule[] {
  return [
    createToolPoisoningRule(data),
    createHiddenContentRule(data),
    createCrossServerShadowingRule(data),
    createToolNameCollisionRule(data),
    createPreferenceManipulationRule(data),
    createSuspiciousParameterRule(data),
    createMaliciousCapabilityRule(capabilities),
  ];
}

/** The pack over the built-in rules/ data only (built on call: importing this module loads no data). */
export function builtinPack1Rules(): Rule[] {
  return createPack1Rules(loadRuleData());
}

// The rule pack: every built-in rule, in the order they run.
import type { Rule } from "../analyze/rule.js";

export function builtinRules(): Rule[] {
  return [];
}

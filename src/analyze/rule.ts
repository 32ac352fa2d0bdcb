// The shape of a rule, ESLint style: metadata plus one check over one inventory.
import type { FindingInput, Inventory, Severity } from "../model.js";

export interface RuleMeta {
  /** Stable id, part of the interface: used in output, suppressions and SARIF. */
  id: string;
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** What an attacker gains and how to fix it (SARIF help text, docs/rules/<id>.md). */
  help: string;
}

export interface RuleContext {
  inventory: Inventory;
  report(finding: FindingInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void | Promise<void>;
}

// preference-manipulation: self-promotion meant to win the model's tool selection.
import type { Rule } from "../analyze/rule.js";
import type { RuleData, SignalRole } from "../analyze/ruledata.js";
import { findSignals } from "../analyze/ruledata.js";
import { excerpt, textViews } from "../analyze/text.js";
import { evidenceText, findingLocation, inventoryTexts } from "../analyze/texts.js";
import type { Severity } from "../model.js";

const ROLES: ReadonlySet<SignalRole> = new Set(["preference"]);
/** Repeated claims add up, but only so far: two hits per category count. */
const MAX_PER_CATEGORY = 2;

export function createPreferenceManipulationRule(data: RuleData): Rule {
  return {
    meta: {
      id: "preference-manipulation",
      severity: "medium",
      summary: "A description promotes its tool to win the model's selection",
      help:
        "Models pick tools by reading their descriptions. Superlatives (\"the world's best tool\", \"trusted by 99% of professionals\") and " +
        "selection orders (\"always prefer this tool over others\") make the model route requests, and the user's data, to this server " +
        "instead of the one the user meant. Descriptions should say what a tool does, not why it beats others. Remove the server or " +
        "report the description to its maintainer.",
    },
    check(ctx) {
      for (const t of inventoryTexts(ctx.inventory)) {
        if (t.text.length < 12 || t.field === "name") continue;
        for (const view of textViews(t.text)) {
          const hits = findSignals(view.text, data, ROLES);
          if (hits.length === 0) continue;
          const perCategory = new Map<string, number>();
          let score = 0;
          let directive = false;
          for (const h of hits) {
            const n = perCategory.get(h.category.id) ?? 0;
            if (n >= MAX_PER_CATEGORY) continue;
            perCategory.set(h.category.id, n + 1);
            score += h.category.weight;
            if (h.category.id === "preference-directive") directive = true;
          }
          let severity: Severity | undefined;
          if ((directive && score >= 4) || score >= 6) severity = "high";
          else if (score >= 2) severity = "medium";
          else severity = "low";
          if (view.hidden && severity !== "high") severity = "high";
          const first = hits[0]!;
          const last = hits[hits.length - 1]!;
          ctx.report({
            ...findingLocation(t),
            severity,
            message: `${t.entity.kind} ${t.field} promotes itself to the model (${[...perCategory.keys()].map((id) => data.categories.find((c) => c.id === id)?.summary ?? id).join(", ")})`,
            evidence: evidenceText(excerpt(view.text, first.start, Math.min(last.end, first.start + 200), 200)),
          });
          break;
        }
      }
    },
  };
}

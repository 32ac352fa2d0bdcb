// hidden-content: invisible or obfuscated text in server metadata; worse when it carries instructions.
import type { Rule } from "../analyze/rule.js";
import type { RuleData } from "../analyze/ruledata.js";
import { findSignals } from "../analyze/ruledata.js";
import { normaliseCached, type HiddenKind, type HiddenSegment } from "../analyze/text.js";
import { evidenceText, findingLocation, inventoryTexts } from "../analyze/texts.js";
import type { Severity } from "../model.js";
import { judgeText } from "./tool-poisoning.js";

/** Kinds that have no innocent use in tool metadata sent to a model. */
const DECEPTIVE: ReadonlySet<HiddenKind> = new Set(["tag-characters", "bidi", "ansi-escape", "variation-selectors", "hidden-html", "base64", "hex", "percent-encoded"]);

function baseSeverity(seg: HiddenSegment): Severity {
  if (DECEPTIVE.has(seg.kind)) return "medium";
  // A stray zero-width joiner or soft hyphen is common in copy-pasted text.
  if (seg.kind === "invisible" || seg.kind === "control") return seg.count >= 8 ? "medium" : "low";
  return "low"; // comments
}

const RANK: Severity[] = ["info", "low", "medium", "high", "critical"];

export function createHiddenContentRule(data: RuleData): Rule {
  return {
    meta: {
      id: "hidden-content",
      severity: "medium",
      summary: "Server metadata contains invisible, hidden or encoded text",
      help:
        "Text the user cannot see (zero-width or Unicode tag characters, bidi controls, terminal escapes, HTML/Markdown comments, " +
        "elements styled invisible) or encoded payloads (base64, hex, percent-encoding) still reach the model. Attackers use them to " +
        "hide instructions from the person approving the tool. Hidden text that carries instructions is high or critical. Remove the " +
        "server or ask its maintainer to publish plain text.",
    },
    check(ctx) {
      for (const t of inventoryTexts(ctx.inventory)) {
        const { hidden } = normaliseCached(t.text);
        if (hidden.length === 0) continue;
        // One finding per text: the worst segment decides, the others are named.
        let severity: Severity = "info";
        let worst: HiddenSegment | undefined;
        for (const seg of hidden) {
          let s = baseSeverity(seg);
          if (seg.text) {
            const verdict = judgeText(seg.text, data);
            if (verdict && RANK.indexOf(verdict.severity) >= RANK.indexOf("medium")) s = RANK.indexOf(verdict.severity) >= RANK.indexOf("high") ? "critical" : "high";
            else if (findSignals(seg.text, data).length > 0 && RANK.indexOf(s) < RANK.indexOf("medium")) s = "medium";
          }
          if (RANK.indexOf(s) > RANK.indexOf(severity) || !worst) {
            severity = s;
            worst = seg;
          }
        }
        if (!worst) continue;
        const kinds = [...new Set(hidden.map((h) => h.kind))].join(", ");
        ctx.report({
          ...findingLocation(t),
          severity,
          message: `Hidden content (${kinds}) in ${t.entity.kind} ${t.field}${worst.text ? `; decoded ${worst.kind} reads as shown` : ""}`,
          evidence: worst.text ? evidenceText(worst.text) : `${worst.count} ${worst.kind} character(s)`,
        });
      }
    },
  };
}

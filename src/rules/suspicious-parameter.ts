// suspicious-parameter: a parameter whose name or description asks for data outside the tool's job.
import type { Rule } from "../analyze/rule.js";
import type { RuleData, SignalRole } from "../analyze/ruledata.js";
import { findSignals } from "../analyze/ruledata.js";
import { normaliseCached } from "../analyze/text.js";
import { evidenceText, findingLocation, inventoryTexts, isPropertyNameField } from "../analyze/texts.js";
import type { Severity } from "../model.js";

const ROLES: ReadonlySet<SignalRole> = new Set(["target", "directive"]);
const ASKING = ["conversation", "secrets", "files"];

/** `inputSchema.properties.note.description` -> `inputSchema.properties.note` */
function propertyOf(field: string): string | undefined {
  const m = /^(inputSchema(?:\.[^.]{1,200}){0,40}?\.properties\.[^.]{1,200})\.description$/.exec(field);
  return m?.[1];
}

export function createSuspiciousParameterRule(data: RuleData): Rule {
  return {
    meta: {
      id: "suspicious-parameter",
      severity: "medium",
      summary: "A tool parameter asks for data outside the tool's scope",
      help:
        "A parameter such as `sidenote`, `llm_model_name` or `conversation_history`, or one whose description asks for the conversation, " +
        "the system prompt, secrets or file contents, is a channel for the model to hand over data the tool has no need for; poisoned " +
        "descriptions tell the model what to put there. Remove the server, or check what the parameter is for with its maintainer.",
    },
    check(ctx) {
      for (const t of inventoryTexts(ctx.inventory)) {
        if (t.entity.kind !== "tool" || !t.field.startsWith("inputSchema")) continue;
        if (isPropertyNameField(t.field, t.text)) {
          const name = normaliseCached(t.text).visible.replace(/([a-z])([A-Z])/g, "$1_$2").replace(/-/g, "_");
          const match = data.parameters.find((p) => p.regex.test(name));
          if (!match) continue;
          ctx.report({
            ...findingLocation(t),
            severity: match.severity,
            message: `Parameter "${t.text}" ${match.reason}`,
            evidence: evidenceText(t.text),
          });
          continue;
        }
        const prop = propertyOf(t.field);
        if (!prop) continue;
        const hits = findSignals(normaliseCached(t.text).visible, data, ROLES);
        const asks = hits.filter((h) => ASKING.includes(h.category.id));
        if (asks.length === 0) continue;
        // "API key for the weather service" is a normal parameter; asking for conversation or a model's instructions is not.
        const conversation = asks.some((h) => h.category.id === "conversation");
        const directive = hits.some((h) => h.category.role === "directive");
        const files = asks.some((h) => h.category.id === "files");
        let severity: Severity | undefined;
        if (conversation || (directive && asks.length > 0)) severity = "high";
        else if (files) severity = "medium";
        if (!severity) continue;
        ctx.report({
          ...findingLocation(t),
          severity,
          message: `Parameter "${prop.slice(prop.lastIndexOf(".properties.") + 12)}" asks for ${[...new Set(asks.map((h) => h.category.summary))].join(", ")}`,
          evidence: evidenceText(t.text),
        });
      }
    },
  };
}

// tool-poisoning: instructions aimed at the model inside any server-supplied text.
import type { Rule } from "../analyze/rule.js";
import type { RuleData, SignalRole } from "../analyze/ruledata.js";
import { bestCluster, findSignals, type Cluster } from "../analyze/ruledata.js";
import { excerpt, textViews, type HiddenKind } from "../analyze/text.js";
import { evidenceText, findingLocation, inventoryTexts } from "../analyze/texts.js";
import type { Severity } from "../model.js";

const ROLES: ReadonlySet<SignalRole> = new Set(["directive", "framing", "target"]);
const STRONG_DIRECTIVES = ["override", "concealment", "against-user"];
const HARMFUL_TARGETS = ["files", "command", "conversation", "secrets", "exfil"];

export interface PoisoningVerdict {
  severity: Severity;
  cluster: Cluster;
  hidden?: HiddenKind;
  text: string;
}

/**
 * Scores one text. A verdict needs an instruction (directive) or an authority pretext pointing at
 * something harmful; targets alone ("Reads a file from disk") describe a capability, not an attack.
 */
export function judgeText(input: string, data: RuleData): PoisoningVerdict | undefined {
  let best: PoisoningVerdict | undefined;
  for (const view of textViews(input)) {
    const hits = findSignals(view.text, data, ROLES);
    if (hits.length === 0) continue;
    const cluster = bestCluster(hits, 600, (cats) => (view.hidden && cats.size > 0 ? 2 : 0));
    if (!cluster) continue;
    const severity = severityOf(cluster, data, view.hidden !== undefined);
    if (!severity) continue;
    if (!best || rank(severity) > rank(best.severity) || (rank(severity) === rank(best.severity) && cluster.score > best.cluster.score)) {
      best = { severity, cluster, hidden: view.hidden, text: view.text };
    }
  }
  return best;
}

function roleOf(data: RuleData, id: string): SignalRole | undefined {
  return data.categories.find((c) => c.id === id)?.role;
}

function severityOf(cluster: Cluster, data: RuleData, hidden: boolean): Severity | undefined {
  const cats = [...cluster.categories];
  const directive = cats.some((c) => roleOf(data, c) === "directive");
  const strong = cats.some((c) => STRONG_DIRECTIVES.includes(c));
  const harmful = cats.some((c) => HARMFUL_TARGETS.includes(c));
  const pretext = cats.some((c) => roleOf(data, c) === "framing");
  // Without an instruction only a pretext that points at something harmful counts; a warning that
  // mentions credentials ("may expose credentials") is not an attack.
  if (!directive && !(pretext && cats.some((c) => HARMFUL_TARGETS.includes(c) && c !== "secrets"))) return undefined;
  if ((strong && harmful) || (hidden && (directive || pretext) && harmful)) return "critical";
  // Forcing calls to other tools is aimed at those tools: high once it comes with more than a bare order.
  const forcesOtherTool = cats.includes("named-tool") && directive && cluster.score >= 4;
  if (strong || cluster.score >= 5 || (hidden && directive) || forcesOtherTool) return "high";
  // One kind of signal alone ("always reply in this format") is not enough for medium.
  if (cluster.score >= 3 && cats.length >= 2) return "medium";
  if (cluster.score >= 2) return "low";
  return undefined;
}

const ORDER: Severity[] = ["info", "low", "medium", "high", "critical"];
function rank(s: Severity): number {
  return ORDER.indexOf(s);
}

export function createToolPoisoningRule(data: RuleData): Rule {
  return {
    meta: {
      id: "tool-poisoning",
      severity: "high",
      summary: "Server-supplied text contains instructions aimed at the model",
      help:
        "A tool description (or schema text, prompt, resource or server instructions) tells the model to do something the user did not ask for: " +
        "ignore earlier instructions, hide what it does, call tools in a forced order, read credentials or sensitive files, send data to a URL, " +
        "e-mail address or parameter, run commands, or hand over the conversation or system prompt. The model reads these texts as trusted context, " +
        "so whoever controls the server steers the agent. Remove the server, or pin a reviewed version and report the text to its maintainer.",
    },
    check(ctx) {
      for (const t of inventoryTexts(ctx.inventory)) {
        if (t.text.length < 16) continue;
        const verdict = judgeText(t.text, data);
        if (!verdict) continue;
        const { cluster } = verdict;
        const what = [...cluster.categories].map((id) => data.categories.find((c) => c.id === id)?.summary ?? id).join(", ");
        ctx.report({
          ...findingLocation(t),
          severity: verdict.severity,
          message: `${verdict.hidden ? `Hidden (${verdict.hidden}) instructions` : "Instructions"} aimed at the model in ${t.entity.kind} ${t.field}: ${what}`,
          evidence: evidenceText(excerpt(verdict.text, cluster.start, cluster.end, 200)),
        });
      }
    },
  };
}

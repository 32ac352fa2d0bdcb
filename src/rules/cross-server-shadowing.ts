// cross-server-shadowing: a text that tells the model how to use another tool (another server's, or any).
import type { Rule } from "../analyze/rule.js";
import type { RuleData, SignalCategory, SignalHit, SignalRole } from "../analyze/ruledata.js";
import { bestCluster, findSignals } from "../analyze/ruledata.js";
import { excerpt, textViews } from "../analyze/text.js";
import { evidenceText, findingLocation, inventoryTexts } from "../analyze/texts.js";
import type { Inventory, Severity } from "../model.js";

const ROLES: ReadonlySet<SignalRole> = new Set(["directive", "framing", "target"]);
const mention = (id: string, weight: number, summary: string): SignalCategory => ({ id, role: "target", weight, summary, patterns: [], regex: /(?!)/ });
const CROSS = mention("mention-cross-server", 3, "names a tool of another server");
const GENERIC = mention("mention-other-tool", 2, "names a tool that is not in this inventory");
const SAME = mention("mention-same-server", 0, "names a tool of the same server");

// Only identifier-shaped words (snake, kebab, dotted, camelCase, digits) or quoted words can name a tool;
// plain words are left out so a megabyte of prose does not become a million lookups.
const IDENT = /\b[A-Za-z][A-Za-z0-9]{0,40}(?:[_.-][A-Za-z0-9]|[a-z][A-Z]|\d)[\w.-]{0,60}|(?<=[`'"])[A-Za-z_][\w.-]{1,60}(?=[`'"])|\b[A-Za-z_][\w-]{1,60}(?=\s(?:tool|function)\b)/g;
// A tool that is not in the inventory is recognised by context only: "the X tool", "call `X`", "`server.tool`".
const GENERIC_TOOL =
  /\bthe\s[`'"]?([A-Za-z_][\w.-]{2,60})[`'"]?\s(?:tool|function)\b|\b(?:call|calls|calling|use|using|invoke|invoking)\s(?:the\s)?[`'"]([A-Za-z_][\w.-]{2,60})[`'"]|[`'"]([A-Za-z_][\w-]{0,40}\.[A-Za-z_][\w-]{1,60})[`'"]|[`'"]([A-Za-z_][\w.-]{2,60})[`'"]\s(?:tool|call)s?\b/g;

/** Names common enough to be English words are only a mention when quoted or called a tool. */
function distinctive(name: string): boolean {
  return /[_.-]|[a-z][A-Z]|\d/.test(name) && name.length >= 4;
}

function toolIndex(inventory: Inventory): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const s of inventory.servers) {
    for (const tool of s.tools) {
      const set = index.get(tool.name) ?? new Set<string>();
      set.add(s.entry.name);
      index.set(tool.name, set);
    }
  }
  return index;
}

function findMentions(text: string, self: { server: string; name: string }, index: Map<string, Set<string>>): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const m of text.matchAll(IDENT)) {
    if (hits.length >= 200) break;
    const raw = m[0].replace(/[.-]+$/, "");
    const candidates = raw.includes(".") ? [raw, raw.slice(raw.lastIndexOf(".") + 1)] : [raw];
    for (const name of candidates) {
      if (name === self.name) continue;
      const servers = index.get(name);
      if (!servers) continue;
      const before = text[m.index - 1] ?? "";
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (!distinctive(name) && !/[`'"]/.test(before) && !/^[`'"]?\s(?:tool|funct)/i.test(after)) continue;
      const category = [...servers].some((s) => s !== self.server) ? (servers.has(self.server) ? SAME : CROSS) : SAME;
      hits.push({ category, start: m.index, end: m.index + m[0].length, text: name });
      break;
    }
  }
  for (const m of text.matchAll(GENERIC_TOOL)) {
    if (hits.length >= 400) break;
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").replace(/[.-]+$/, "");
    const short = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : name;
    if (!name || short === self.name || index.has(name) || index.has(short)) continue;
    if (/^(?:this|that|same|other|new|above|following)$/i.test(name)) continue;
    hits.push({ category: GENERIC, start: m.index, end: m.index + m[0].length, text: name });
  }
  return hits;
}

function severityOf(cats: Set<string>, score: number, data: RuleData): Severity | undefined {
  const role = (id: string) => data.categories.find((c) => c.id === id)?.role;
  const directive = [...cats].some((c) => role(c) === "directive");
  const mentionsOther = cats.has(CROSS.id) || cats.has(GENERIC.id);
  if (!directive || !(mentionsOther || cats.has(SAME.id))) return undefined;
  const steering = cats.has("tamper") || cats.has("against-user") || cats.has("redirect") || cats.has("concealment") || cats.has("override");
  const harmful = cats.has("exfil") || cats.has("files") || cats.has("command") || cats.has("conversation") || cats.has("secrets");
  if (cats.has(CROSS.id) && (cats.has("concealment") || harmful) && steering) return "critical";
  if (mentionsOther && (steering || score >= 5)) return "high";
  if (score >= 3) return "medium";
  if (score >= 2) return "low";
  return undefined;
}

export function createCrossServerShadowingRule(data: RuleData): Rule {
  return {
    meta: {
      id: "cross-server-shadowing",
      severity: "high",
      summary: "A text tells the model how to use another tool",
      help:
        "A tool description that changes how the model uses a different tool (\"when send_email is used, always add this BCC\") lets one " +
        "server hijack another server's trusted tools without ever being called itself. Such instructions are high when they name another " +
        "server's tool or alter its arguments. Remove the shadowing server; tools should only describe themselves.",
    },
    check(ctx) {
      const index = toolIndex(ctx.inventory);
      for (const t of inventoryTexts(ctx.inventory)) {
        if (t.text.length < 16 || t.field === "name") continue;
        let best: { severity: Severity; evidence: string; message: string; score: number } | undefined;
        for (const view of textViews(t.text)) {
          const signals = findSignals(view.text, data, ROLES);
          // Without an instruction there is nothing to report, so skip the identifier scan.
          if (!signals.some((h) => h.category.role === "directive")) continue;
          const mentions = findMentions(view.text, { server: t.server, name: t.entity.name }, index);
          if (mentions.length === 0) continue;
          const hits = [...signals, ...mentions].sort((a, b) => a.start - b.start);
          const cluster = bestCluster(hits, 600);
          if (!cluster) continue;
          let severity = severityOf(cluster.categories, cluster.score, data);
          if (!severity) continue;
          if (view.hidden && severity !== "critical") severity = severity === "high" ? "critical" : "high";
          const named = [...new Set(cluster.hits.filter((h) => h.category.patterns.length === 0).map((h) => h.text))].slice(0, 3);
          const where = cluster.categories.has(CROSS.id) ? "another server's tool" : cluster.categories.has(GENERIC.id) ? "another tool" : "a sibling tool";
          const candidate = {
            severity,
            score: cluster.score,
            message: `${t.entity.kind} ${t.field} instructs the model how to use ${where}: ${named.join(", ")}`,
            evidence: evidenceText(excerpt(view.text, cluster.start, cluster.end, 200)),
          };
          if (!best || ORDER.indexOf(severity) > ORDER.indexOf(best.severity)) best = candidate;
        }
        if (best) ctx.report({ ...findingLocation(t), severity: best.severity, message: best.message, evidence: best.evidence });
      }
    },
  };
}
const ORDER: Severity[] = ["info", "low", "medium", "high", "critical"];

// tool-name-collision: the same or a confusable tool name offered by two servers of one inventory.
import type { Rule } from "../analyze/rule.js";
import type { RuleData } from "../analyze/ruledata.js";
import { entityHash } from "../analyze/hash.js";
import { evidenceText } from "../analyze/texts.js";
import type { Severity } from "../model.js";

interface Named {
  server: string;
  name: string;
  tool: unknown;
}

/** Lower case, separators and invisible characters removed, NFKC and the confusable map applied. */
export function skeleton(name: string, data: RuleData): string {
  const folded = name.normalize("NFKC").toLowerCase();
  let out = "";
  for (const ch of folded) {
    if (/[\s_.\-:/\u200b-\u200d\u2060\ufeff]/.test(ch)) continue;
    out += data.confusables.get(ch) ?? ch;
  }
  return out;
}

/** The name with squatting affixes (`_v2`, `enhanced_`, `_official`) removed, as a skeleton. */
function coreName(name: string, data: RuleData): string {
  const words = name
    .normalize("NFKC")
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .split(/[\s_.\-:/]+/)
    .filter(Boolean);
  while (words.length > 1 && data.squatAffixes.test(words[0]!)) words.shift();
  while (words.length > 1 && data.squatAffixes.test(words[words.length - 1]!)) words.pop();
  return skeleton(words.join("_"), data);
}

/** Levenshtein distance, stopping early once it exceeds `max` (names are short; bounded anyway). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

interface Collision {
  severity: Severity;
  how: string;
}

function compare(a: Named, b: Named, data: RuleData): Collision | undefined {
  if (a.name === b.name) return { severity: "low", how: "the same name" };
  const sa = skeleton(a.name, data);
  const sb = skeleton(b.name, data);
  const nonAscii = /[^\x00-\x7f]/.test(a.name + b.name);
  if (sa === sb) {
    if (nonAscii) return { severity: "high", how: "a look-alike name (homoglyphs)" };
    if (a.name.toLowerCase() === b.name.toLowerCase()) return { severity: "low", how: "the same name in different case" };
    if (/[01|]/.test(a.name + b.name) && a.name.replace(/[_.\-\s]/g, "").toLowerCase() !== b.name.replace(/[_.\-\s]/g, "").toLowerCase()) {
      return { severity: "medium", how: "a look-alike name (digits for letters)" };
    }
    return { severity: "low", how: "the same name with different separators" };
  }
  const ca = coreName(a.name, data);
  const cb = coreName(b.name, data);
  if (ca === cb && ca.length >= 3) return { severity: "medium", how: "the same name with a squatting prefix or suffix" };
  if (Math.min(sa.length, sb.length) >= 8 && withinOneEdit(sa, sb)) return { severity: "low", how: "a name one character away" };
  return undefined;
}

export function createToolNameCollisionRule(data: RuleData): Rule {
  return {
    meta: {
      id: "tool-name-collision",
      severity: "medium",
      summary: "Two servers offer the same or a confusable tool name",
      help:
        "When two servers of one client offer tools whose names are the same or look alike (case, separators, homoglyphs, a `_v2` or " +
        "`_enhanced` suffix, one character apart), the model may call the wrong one, and a malicious server can squat on a trusted " +
        "tool's name to intercept its calls. Look-alike names using other scripts are high. Remove one of the servers, or rename through " +
        "the client's tool-prefix setting.",
    },
    check(ctx) {
      const tools: Named[] = [];
      for (const s of ctx.inventory.servers) for (const tool of s.tools) tools.push({ server: s.entry.name, name: tool.name, tool });
      // Bucket by cheap keys so the pairwise check stays near-linear on inventories with thousands of tools.
      const buckets = new Map<string, Named[]>();
      const keysOf = (n: Named): string[] => {
        const sk = skeleton(n.name, data);
        const keys = [`s:${sk}`, `c:${coreName(n.name, data)}`];
        // Deletion neighbourhood: two names one edit apart share at least one of these keys.
        if (sk.length >= 7) {
          keys.push(`d:${sk}`);
          for (let i = 0; i < sk.length; i++) keys.push(`d:${sk.slice(0, i)}${sk.slice(i + 1)}`);
        }
        return keys;
      };
      const reported = new Set<string>();
      for (const b of tools) {
        const candidates = new Set<Named>();
        const keys = keysOf(b);
        for (const key of keys) for (const a of buckets.get(key) ?? []) candidates.add(a);
        for (const a of candidates) {
          if (a.server === b.server) continue;
          const pair = [a.server, a.name, b.server, b.name].join("\u0000");
          if (reported.has(pair)) continue;
          const hit = compare(a, b, data);
          if (!hit) continue;
          reported.add(pair);
          ctx.report({
            server: b.server,
            entity: { kind: "tool", name: b.name },
            field: "name",
            severity: hit.severity,
            message: `Tool "${b.name}" of server "${b.server}" has ${hit.how} as tool "${a.name}" of server "${a.server}"`,
            evidence: evidenceText(`${a.server}/${a.name} vs ${b.server}/${b.name}`),
            entityHash: entityHash(b.tool),
          });
        }
        for (const key of keys) {
          const list = buckets.get(key) ?? [];
          if (list.length < 50) list.push(b);
          buckets.set(key, list);
        }
      }
    },
  };
}

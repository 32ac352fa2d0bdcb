// malicious-capability: tools whose declared purpose is itself the attack (exfiltration, credential theft, privesc, backdoors, ...).
import { join } from "node:path";
import { z } from "zod";
import type { Rule } from "../analyze/rule.js";
import { builtinRulesDir, dataFilesIn, parseDataFile, readDataFile } from "../analyze/ruledata.js";
import { compileEagerly } from "../analyze/regex.js";
import { excerpt, textViews } from "../analyze/text.js";
import { evidenceText, findingLocation, inventoryTexts, type ServerText } from "../analyze/texts.js";
import { Severity, severityRank } from "../model.js";

/** A quantifier on a wildcard, a class or a group end: a description is one long line, so every repeat must be bounded. */
const UNBOUNDED = /(?:^|[^\\])(?:\.|\\[SWDwsd]|\]|\))(?:[*+]|\{\d+,\})/;
const TERM = /%([a-z][a-z0-9-]{0,40})%/g;

const CapabilityDef = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,60}$/),
    kind: z.string().min(1),
    severity: Severity,
    summary: z.string().min(1),
    patterns: z.array(z.string()).min(1),
    /** Qualifiers that must all appear near the hit. */
    requires: z.array(z.string()).default([]),
    /** Qualifiers that raise the severity one step when one of them appears near the hit. */
    escalateWith: z.array(z.string()).default(["covert"]),
    /** Near the hit, this pattern turns the hit off (a sandbox, an allow-list). */
    unless: z.string().optional(),
  })
  .strict();

export const CapabilityDataFile = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    /** Characters either side of a hit in which qualifiers count. */
    window: z.number().int().min(20).max(1000).default(160),
    terms: z.record(z.string(), z.string()).default({}),
    qualifiers: z.record(z.string(), z.object({ summary: z.string(), pattern: z.string() }).strict()).default({}),
    /** Matched against the clause just before a hit: "detects exfiltration", "never sends data". */
    defensive: z.string().optional(),
    capabilities: z.array(CapabilityDef),
  })
  .strict();
export type CapabilityDataFile = z.infer<typeof CapabilityDataFile>;

interface Capability {
  id: string;
  kind: string;
  severity: Severity;
  summary: string;
  regex: RegExp;
  requires: string[];
  escalateWith: string[];
  unless?: RegExp;
}

export interface CapabilityData {
  window: number;
  qualifiers: Map<string, { summary: string; regex: RegExp }>;
  defensive?: RegExp;
  capabilities: Capability[];
}

function expandTerms(src: string, terms: Record<string, string>, where: string, depth = 0): string {
  if (depth > 4) throw new Error(`${where}: terms nest too deeply`);
  return src.replace(TERM, (_, name: string) => {
    const term = terms[name];
    if (term === undefined) throw new Error(`${where}: unknown term %${name}%`);
    return `(?:${expandTerms(term, terms, where, depth + 1)})`;
  });
}

function compile(src: string, terms: Record<string, string>, where: string, flags: string): RegExp {
  const expanded = expandTerms(src, terms, where);
  // Judge quantifiers outside character classes only: "[\w.+-]" is a set, not ".+".
  if (UNBOUNDED.test(expanded.replace(/\[(?:\\.|[^\]\\]){0,500}\]/g, "[]").replace(/\{\d+,\d+\}/g, ""))) {
    throw new Error(`${where}: unbounded repeat in ${JSON.stringify(src)}; use a bounded {0,n}`);
  }
  try {
    return compileEagerly(new RegExp(expanded, flags));
  } catch (err) {
    throw new Error(`${where}: invalid regex ${JSON.stringify(src)}: ${(err as Error).message}`);
  }
}

/**
 * Compiles validated data. `sourceOf` names the file each qualifier, capability or the defensive pattern came
 * from, so an error in a merged pack still points at the file to fix.
 */
function compileFile(file: CapabilityDataFile, sourceOf: (kind: "qualifier" | "capability" | "defensive", id: string) => string): CapabilityData {
  const qualifiers = new Map(
    Object.entries(file.qualifiers).map(([id, q]) => [id, { summary: q.summary, regex: compile(q.pattern, file.terms, `${sourceOf("qualifier", id)}: qualifier ${id}`, "i") }]),
  );
  const capabilities = file.capabilities.map((c): Capability => {
    const where = `${sourceOf("capability", c.id)}: capability ${c.id}`;
    for (const q of [...c.requires, ...c.escalateWith]) if (!qualifiers.has(q)) throw new Error(`${where}: unknown qualifier ${q}`);
    const regex = compile(c.patterns.map((p) => `(?:${p})`).join("|"), c.patterns.length ? file.terms : {}, where, "gi");
    return { ...c, regex, unless: c.unless === undefined ? undefined : compile(c.unless, file.terms, where, "i") };
  });
  const defensive = file.defensive === undefined ? undefined : compile(file.defensive, file.terms, `${sourceOf("defensive", "")}: defensive`, "i");
  return { window: file.window, qualifiers, defensive, capabilities };
}

/** Validates and compiles a capability data file; `path` only names the file in errors. */
export function compileCapabilityData(raw: unknown, path: string): CapabilityData {
  return compileFile(parseDataFile(raw, path, CapabilityDataFile, "capability data"), () => path);
}

const readCapabilityFile = (path: string): CapabilityDataFile => readDataFile(path, CapabilityDataFile, "capability data");

/** The built-in `rules/capabilities.json` (or another file of that shape) alone. */
export function loadCapabilityData(path = join(builtinRulesDir(), "capabilities.json")): CapabilityData {
  return compileCapabilityData(readCapabilityFile(path), path);
}

/**
 * The built-in capabilities plus every `capabilities*.json|yaml` (or `*.capabilities.json|yaml`) in `extraDirs`
 * (`--rules DIR`). Later files add terms, qualifiers and capabilities; an entry with an existing id replaces
 * it; defensive patterns add up; the widest window wins.
 */
export function loadCapabilityPack(extraDirs: string[] = [], builtinDir = builtinRulesDir()): CapabilityData {
  const builtinPath = join(builtinDir, "capabilities.json");
  if (extraDirs.length === 0) return loadCapabilityData(builtinPath);
  const paths = [builtinPath, ...extraDirs.flatMap((dir) => dataFilesIn(dir, /^capabilities.*\.(?:json|ya?ml)$|\.capabilities\.(?:json|ya?ml)$/))];
  const merged: CapabilityDataFile = { version: 1, window: 20, terms: {}, qualifiers: {}, capabilities: [] };
  const defensive: string[] = [];
  const source = new Map<string, string>();
  for (const path of paths) {
    const file = readCapabilityFile(path);
    merged.window = Math.max(merged.window, file.window);
    Object.assign(merged.terms, file.terms);
    for (const [id, q] of Object.entries(file.qualifiers)) {
      merged.qualifiers[id] = q;
      source.set(`qualifier:${id}`, path);
    }
    for (const c of file.capabilities) {
      const at = merged.capabilities.findIndex((x) => x.id === c.id);
      if (at >= 0) merged.capabilities[at] = c;
      else merged.capabilities.push(c);
      source.set(`capability:${c.id}`, path);
    }
    if (file.defensive !== undefined) defensive.push(`(?:${file.defensive})`);
  }
  if (defensive.length) merged.defensive = defensive.join("|");
  return compileFile(merged, (kind, id) => source.get(`${kind}:${id}`) ?? paths.join(", "));
}

export interface CapabilityVerdict {
  capability: Capability;
  severity: Severity;
  start: number;
  end: number;
  /** Qualifiers found near the hit (covert, internal network, ...). */
  qualifiers: string[];
  text: string;
}

/** Bounded per capability and text so a megabyte of repeated phrases stays cheap. */
const MAX_HITS = 50;
const CLAUSE_BEFORE = 48;
const STEPS: Severity[] = ["low", "medium", "high"];

function raise(s: Severity): Severity {
  const i = STEPS.indexOf(s);
  return i >= 0 && i < STEPS.length - 1 ? STEPS[i + 1]! : s;
}

/** The words just before a hit, cut at the start of their sentence. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - CLAUSE_BEFORE), start);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("\n"));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** The worst capability a text openly offers, or nothing. */
export function judgeCapability(input: string, data: CapabilityData): CapabilityVerdict | undefined {
  const text = textViews(input)[0]?.text ?? input;
  let best: CapabilityVerdict | undefined;
  for (const capability of data.capabilities) {
    let n = 0;
    for (const m of text.matchAll(new RegExp(capability.regex))) {
      if (m[0].length === 0) continue;
      if (++n > MAX_HITS) break;
      const start = m.index;
      const end = start + m[0].length;
      if (data.defensive?.test(clauseBefore(text, start))) continue;
      const near = text.slice(Math.max(0, start - data.window), Math.min(text.length, end + data.window));
      if (capability.unless?.test(near)) continue;
      const found = [...data.qualifiers].filter(([, q]) => q.regex.test(near)).map(([id]) => id);
      if (!capability.requires.every((q) => found.includes(q))) continue;
      const escalators = capability.escalateWith.filter((q) => found.includes(q));
      const severity = escalators.length > 0 ? raise(capability.severity) : capability.severity;
      if (!best || severityRank(severity) > severityRank(best.severity)) {
        best = { capability, severity, start, end, qualifiers: found.filter((q) => capability.requires.includes(q) || escalators.includes(q)), text };
      }
    }
  }
  return best;
}

/** Tool names are identifiers ("dump_browser_passwords"); matched as words. */
function identifierWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_\-.]+/g, " ");
}

const TOOL_FIELDS = new Set(["name", "title", "description"]);

export function createMaliciousCapabilityRule(data: CapabilityData = loadCapabilityData()): Rule {
  return {
    meta: {
      id: "malicious-capability",
      severity: "high",
      summary: "A tool openly offers a malicious capability",
      help:
        "The tool's declared purpose is itself an attack: sending data to a remote or attacker-controlled endpoint, dumping or stealing " +
        "credentials, keys, cookies or browser passwords, escalating privileges or disabling security controls, planting backdoors or " +
        "persistence, wiping data, running any command without restriction, or scanning internal networks covertly. No hidden instruction " +
        "is needed: a model that is asked to use it, or that picks it, does the damage. Remove the server unless it is a security tool you " +
        "run on purpose in an isolated environment; then suppress the finding for that server.",
    },
    check(ctx) {
      const worst = new Map<string, { t: ServerText; verdict: CapabilityVerdict }>();
      for (const t of inventoryTexts(ctx.inventory)) {
        if (t.entity.kind !== "tool" || !TOOL_FIELDS.has(t.field)) continue;
        const verdict = judgeCapability(t.field === "name" ? identifierWords(t.text) : t.text, data);
        if (!verdict) continue;
        const key = `${t.server}\u0000${t.entity.name}`;
        const prev = worst.get(key);
        if (!prev || severityRank(verdict.severity) > severityRank(prev.verdict.severity)) worst.set(key, { t, verdict });
      }
      for (const { t, verdict } of worst.values()) {
        const { capability } = verdict;
        const qualified = verdict.qualifiers.map((q) => data.qualifiers.get(q)?.summary ?? q);
        ctx.report({
          ...findingLocation(t),
          severity: verdict.severity,
          message: `Tool ${t.entity.name} openly offers ${capability.kind}: ${capability.summary}${qualified.length ? `, ${qualified.join(", ")}` : ""}`,
          evidence: evidenceText(excerpt(verdict.text, verdict.start, verdict.end, 200)),
        });
      }
    },
  };
}

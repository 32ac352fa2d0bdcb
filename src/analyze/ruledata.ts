// Loads rule data (phrase patterns, parameter names, confusables) from rules/ and user packs, and matches it.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Severity } from "../model.js";
import { yamlParser } from "../lazy-parsers.js";
import { compileEagerly } from "./regex.js";

/** A pattern must not contain an unbounded wildcard (`.*`, `\S+`, `[^x]*`): descriptions are long single lines. */
const UNBOUNDED = /(?:^|[^\\])(?:\.|\\[SWDw]|\])(?:[*+]|\{\d+,\})/;

const Pattern = z.string().superRefine((src, ctx) => {
  try {
    new RegExp(src, "gi");
  } catch (err) {
    ctx.addIssue({ code: "custom", message: `invalid regex ${JSON.stringify(src)}: ${(err as Error).message}` });
    return;
  }
  // Judge quantifiers outside character classes only: "[\w.+-]" is a set, not ".+".
  const withoutClasses = src.replace(/\[(?:\\.|[^\]\\]){0,500}\]/g, "[]");
  if (UNBOUNDED.test(withoutClasses)) ctx.addIssue({ code: "custom", message: `unbounded wildcard in ${JSON.stringify(src)}; use a bounded {0,n}` });
});

export const SignalRole = z.enum(["directive", "framing", "target", "preference"]);
export type SignalRole = z.infer<typeof SignalRole>;

export const RuleDataFile = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    signals: z
      .record(
        z.string(),
        z.object({ role: SignalRole, weight: z.number().int().min(0).max(10), summary: z.string(), patterns: z.array(Pattern) }).strict(),
      )
      .default({}),
    parameters: z.array(z.object({ pattern: Pattern, severity: Severity, reason: z.string() }).strict()).default([]),
    squatAffixes: z.array(Pattern).default([]),
    confusables: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type RuleDataFile = z.infer<typeof RuleDataFile>;

export interface SignalCategory {
  id: string;
  role: SignalRole;
  weight: number;
  summary: string;
  patterns: string[];
  /** All patterns of the category as one global regex, so a text is scanned once per category. */
  regex: RegExp;
}

export interface RuleData {
  categories: SignalCategory[];
  parameters: { regex: RegExp; severity: Severity; reason: string }[];
  squatAffixes: RegExp;
  confusables: Map<string, string>;
}

/** The package's own rules/ directory: dist/analyze/ruledata.js and src/analyze/ruledata.ts both sit two levels below it. */
export function builtinRulesDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "rules");
}

/** Validates one data file's content; the error names the file, the kind of data and the first bad field. */
export function parseDataFile<S extends z.ZodType>(raw: unknown, path: string, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: invalid ${what} at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "unknown problem"}`);
  }
  return parsed.data;
}

/** Reads and validates a JSON or YAML data file (`--rules DIR` accepts both). */
export function readDataFile<S extends z.ZodType>(path: string, schema: S, what: string): z.output<S> {
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    raw = path.endsWith(".json") ? JSON.parse(text) : yamlParser().parse(text);
  } catch (err) {
    throw new Error(`${path}: cannot read ${what}: ${(err as Error).message}`);
  }
  return parseDataFile(raw, path, schema, what);
}

const PACK1_FILES = /^pack1.*\.(?:json|ya?ml)$|\.pack1\.(?:json|ya?ml)$/;

/** Data files of one kind in a rules directory, in name order (files of other packs are skipped by name). */
export function dataFilesIn(dir: string, names: RegExp = PACK1_FILES): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error(`${dir}: rules directory not found`);
    if (code === "ENOTDIR") throw new Error(`${dir}: --rules takes a directory of rule files, and this is a file`);
    throw new Error(`${dir}: cannot read rules directory (${code ?? (err as Error).message})`);
  }
  return entries
    .filter((f) => names.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The entries of a user's data files, in file order, where a later entry with the same id replaces an earlier one,
 * and the file each entry came from (for reasons that name it).
 */
export function entriesById<T extends { id: string }>(paths: readonly string[], entriesOf: (path: string) => readonly T[]): { entries: T[]; files: Map<T, string> } {
  const entries: T[] = [];
  const files = new Map<T, string>();
  for (const path of paths) {
    for (const entry of entriesOf(path)) {
      const at = entries.findIndex((e) => e.id === entry.id);
      if (at >= 0) {
        files.delete(entries[at]!);
        entries[at] = entry;
      } else {
        entries.push(entry);
      }
      files.set(entry, path);
    }
  }
  return { entries, files };
}

/** Merges data files: categories with the same id gain the later file's patterns; weights and roles follow the last file. */
export function mergeRuleData(files: RuleDataFile[]): RuleData {
  const cats = new Map<string, Omit<SignalCategory, "regex">>();
  const parameters: RuleData["parameters"] = [];
  const affixes: string[] = [];
  const confusables = new Map<string, string>();
  for (const file of files) {
    for (const [id, sig] of Object.entries(file.signals)) {
      const prev = cats.get(id);
      cats.set(id, { id, role: sig.role, weight: sig.weight, summary: sig.summary, patterns: [...(prev?.patterns ?? []), ...sig.patterns] });
    }
    for (const p of file.parameters) parameters.push({ regex: new RegExp(p.pattern, "i"), severity: p.severity, reason: p.reason });
    affixes.push(...file.squatAffixes);
    for (const [from, to] of Object.entries(file.confusables)) confusables.set(from, to);
  }
  const categories = [...cats.values()]
    .filter((c) => c.patterns.length > 0)
    .map((c) => ({ ...c, regex: compileEagerly(new RegExp(c.patterns.map((p) => `(?:${p})`).join("|"), "gi")) }));
  const squatAffixes = new RegExp(`^(?:${affixes.length ? affixes.join("|") : "(?!)"})$`, "i");
  return { categories, parameters, squatAffixes, confusables };
}

/**
 * Loads the built-in pack plus every `pack1*.json|yaml` (or `*.pack1.json|yaml`) in `extraDirs`
 * (the CLI's `--rules DIR`). Throws one clear line naming the file on bad data.
 */
export function loadRuleData(extraDirs: string[] = [], builtinDir = builtinRulesDir()): RuleData {
  const files = [builtinDir, ...extraDirs].flatMap((dir) => dataFilesIn(dir)).map((path) => readDataFile(path, RuleDataFile, "rule data"));
  return mergeRuleData(files);
}

export interface SignalHit {
  category: SignalCategory;
  start: number;
  end: number;
  text: string;
}

/** Cap on hits per category and text: enough to score, bounded for megabyte inputs. */
const MAX_HITS_PER_CATEGORY = 1000;

const hitCache = new WeakMap<RuleData, Map<string, SignalHit[]>>();

/** Every hit of every category in a text, sorted by position; cached because several rules ask about the same text. */
function allSignals(text: string, data: RuleData): SignalHit[] {
  let cache = hitCache.get(data);
  if (!cache) hitCache.set(data, (cache = new Map()));
  const cached = cache.get(text);
  if (cached) return cached;
  const hits: SignalHit[] = [];
  for (const category of data.categories) {
    const re = new RegExp(category.regex);
    let n = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      hits.push({ category, start: m.index, end: m.index + m[0].length, text: m[0] });
      if (++n >= MAX_HITS_PER_CATEGORY) break;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  if (cache.size >= 4096) cache.clear();
  cache.set(text, hits);
  return hits;
}

export function findSignals(text: string, data: RuleData, roles?: ReadonlySet<SignalRole>): SignalHit[] {
  const hits = allSignals(text, data);
  return roles ? hits.filter((h) => roles.has(h.category.role)) : hits;
}

export interface Cluster {
  hits: SignalHit[];
  /** Distinct categories in the cluster. */
  categories: Set<string>;
  score: number;
  start: number;
  end: number;
}

/**
 * The best-scoring window of hits: signals count together only when they are near each other,
 * so a long README-style description does not add up unrelated words. Sliding window, linear.
 */
export function bestCluster(hits: SignalHit[], window = 600, extraScore: (cats: Set<string>) => number = () => 0): Cluster | undefined {
  let best: Cluster | undefined;
  let lo = 0;
  const counts = new Map<string, number>();
  const weights = new Map<string, number>();
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    weights.set(h.category.id, h.category.weight);
    counts.set(h.category.id, (counts.get(h.category.id) ?? 0) + 1);
    while (h.start - hits[lo]!.start > window) {
      const id = hits[lo]!.category.id;
      const c = (counts.get(id) ?? 1) - 1;
      if (c === 0) counts.delete(id);
      else counts.set(id, c);
      lo++;
    }
    const cats = new Set(counts.keys());
    let score = extraScore(cats);
    for (const id of cats) score += weights.get(id) ?? 0;
    if (!best || score > best.score) best = { hits: hits.slice(lo, hi + 1), categories: cats, score, start: hits[lo]!.start, end: h.end };
  }
  return best;
}

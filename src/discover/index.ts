// The discover stage: finds client configs (or takes the user's targets) and turns them into ServerEntry[]; never throws.
import { stat } from "node:fs/promises";
import type { CheckedPath, ConfigError, Discovery, ServerEntry } from "../model.js";
import { CLIENTS, GENERIC_CLIENT, osKey, pathApi, resolveTemplate, type ClientSpec, type ConfigFormat, type PathContext } from "./clients.js";
import { expandTilde } from "./expand.js";
import { parseConfig, type ParseContext } from "./parse.js";
import { readConfigFile } from "./read.js";
import { isDirectTarget, parseDirectTarget } from "./targets.js";

export { CLIENTS, GENERIC_CLIENT, type ClientSpec, type ConfigFormat, type ServerLocation } from "./clients.js";
export { parseConfig, type ParseContext, type ParseResult } from "./parse.js";
export { splitCommandLine, expandVariables } from "./expand.js";
export { parseDirectTarget, isDirectTarget } from "./targets.js";
export { MAX_CONFIG_BYTES } from "./read.js";

export interface DiscoverOptions {
  targets: string[];
  home: string;
  cwd: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

/** How deep a directory target is searched for project configs. */
export const DIRECTORY_SEARCH_DEPTH = 6;

type Scope = "user" | "project" | "target";

interface Candidate {
  path: string;
  spec: ClientSpec;
  scope: Scope;
  /** The user named this file, so "not there" and "no servers key" are errors. */
  strict: boolean;
}

class Collector {
  readonly checked: CheckedPath[] = [];
  readonly entries: ServerEntry[] = [];
  readonly errors: ConfigError[] = [];
  private readonly seen = new Set<string>();
  /** False when this path was already scanned (a project dir that is also home). */
  claim(path: string): boolean {
    if (this.seen.has(path)) return false;
    this.seen.add(path);
    return true;
  }
  result(): Discovery {
    return { checked: this.checked, entries: this.entries, errors: this.errors };
  }
}

export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const out = new Collector();
  try {
    if (options.targets.length === 0) await discoverDefaults(options, out);
    else for (const target of options.targets) await discoverTarget(target, options, out);
  } catch (err) {
    // A bug must not end the scan silently; report it like any other config problem.
    out.errors.push({ configPath: options.cwd, message: `internal error during discovery: ${(err as Error).message}` });
  }
  return out.result();
}

function pathContext(options: DiscoverOptions): PathContext {
  return { home: options.home, platform: options.platform, env: options.env };
}

/** Every user config of every client, then the project configs in cwd. */
async function discoverDefaults(options: DiscoverOptions, out: Collector): Promise<void> {
  const p = pathApi(options.platform);
  const candidates: Candidate[] = [];
  for (const spec of CLIENTS) {
    for (const template of spec.user[osKey(options.platform)]) {
      candidates.push(...(await expandCandidates(resolveTemplate(template, pathContext(options)), spec, "user", out)));
    }
  }
  for (const spec of CLIENTS) {
    for (const rel of spec.project) {
      candidates.push(...(await expandCandidates(p.join(options.cwd, ...rel.split("/")), spec, "project", out)));
    }
  }
  const fresh = candidates.filter((c) => out.claim(c.path));
  await scanAll(fresh, options, out);
}

/** A path with a `*` in its last segment becomes the files it matches; a plain path stays as it is. */
async function expandCandidates(path: string, spec: ClientSpec, scope: Scope, out: Collector): Promise<Candidate[]> {
  if (!path.includes("*")) return [{ path, spec, scope, strict: false }];
  const p = path.includes("\\") ? pathApi("win32") : pathApi("linux");
  const dir = p.dirname(path);
  const { default: fg } = await import("fast-glob");
  const matches = await fg(p.basename(path), { cwd: dir, onlyFiles: true, dot: false, suppressErrors: true, followSymbolicLinks: false });
  if (matches.length === 0) {
    if (out.claim(path)) out.checked.push({ client: spec.id, path, scope, found: false });
    return [];
  }
  return matches.sort().map((name) => ({ path: p.join(dir, name), spec, scope, strict: false }));
}

async function scanAll(candidates: Candidate[], options: DiscoverOptions, out: Collector): Promise<void> {
  // Read in parallel, record in a stable order.
  const results = await Promise.all(candidates.map((c) => scanFile(c, options)));
  for (const r of results) {
    out.checked.push(r.checked);
    out.entries.push(...r.entries);
    out.errors.push(...r.errors);
  }
}

async function scanFile(candidate: Candidate, options: DiscoverOptions): Promise<{ checked: CheckedPath; entries: ServerEntry[]; errors: ConfigError[] }> {
  const { path, spec, scope } = candidate;
  const checked = (found: boolean): CheckedPath => ({ client: spec.id, path, scope, found });
  try {
    const read = await readConfigFile(path);
    if (read.kind === "missing") {
      const errors = candidate.strict ? [{ configPath: path, message: "config file not found" }] : [];
      return { checked: checked(false), entries: [], errors };
    }
    if (read.kind === "error") return { checked: checked(true), entries: [], errors: [{ configPath: path, message: read.message }] };
    const p = pathApi(options.platform);
    const ctx: ParseContext = {
      home: options.home,
      cwd: options.cwd,
      platform: options.platform,
      env: options.env,
      scope,
      // A project file's ${workspaceFolder} is the project it sits in, not wherever the scanner runs.
      workspaceFolder: scope === "project" ? projectRootOf(path, spec, p) : options.cwd,
      strict: candidate.strict,
    };
    const result = parseConfig(read.text, path, spec, ctx);
    return { checked: checked(true), ...result };
  } catch (err) {
    return { checked: checked(true), entries: [], errors: [{ configPath: path, message: `internal error while reading: ${(err as Error).message}` }] };
  }
}

function projectRootOf(file: string, spec: ClientSpec, p: ReturnType<typeof pathApi>): string {
  const rel = spec.project.find((r) => globToRegExp(r, false).test(toSlashes(file)));
  const depth = rel ? rel.split("/").length : 1;
  let dir = file;
  for (let i = 0; i < depth; i++) dir = p.dirname(dir);
  return dir;
}

const toSlashes = (s: string) => s.replace(/\\/g, "/");

/** A table path (with `*` in a segment) as a regular expression over slash-separated paths. */
function globToRegExp(pattern: string, anchored: boolean): RegExp {
  const body = toSlashes(pattern)
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]*");
  return new RegExp(anchored ? `^${body}$` : `(^|/)${body}$`);
}

/** Which client a named file belongs to: a known user path, then a known project path, then by extension. */
export function identifyConfig(file: string, options: Pick<DiscoverOptions, "home" | "platform" | "env">): { spec: ClientSpec; scope: Scope } {
  const normalized = toSlashes(file);
  for (const spec of CLIENTS) {
    for (const template of spec.user[osKey(options.platform)]) {
      if (globToRegExp(resolveTemplate(template, { home: options.home, platform: options.platform, env: options.env }), true).test(normalized)) {
        return { spec, scope: "user" };
      }
    }
  }
  let best: { spec: ClientSpec; length: number } | undefined;
  for (const spec of CLIENTS) {
    for (const rel of spec.project) {
      if (globToRegExp(rel, false).test(normalized) && rel.length > (best?.length ?? -1)) best = { spec, length: rel.length };
    }
  }
  if (best) return { spec: best.spec, scope: "project" };
  return { spec: { ...GENERIC_CLIENT, format: formatFromName(file) }, scope: "project" };
}

function formatFromName(file: string): ConfigFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith(".toml")) return "toml";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return "jsonc";
}

async function discoverTarget(target: string, options: DiscoverOptions, out: Collector): Promise<void> {
  if (isDirectTarget(target)) {
    const parsed = parseDirectTarget(target);
    if ("error" in parsed) out.errors.push({ configPath: target, message: parsed.error });
    else out.entries.push(parsed.entry);
    return;
  }
  const p = pathApi(options.platform);
  const path = p.resolve(options.cwd, expandTilde(target, options.home, p.sep));
  let isDirectory = false;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    // Missing, looping or unreadable: reading it as a file reports which.
  }
  if (isDirectory) {
    await searchDirectory(path, options, out);
    return;
  }
  if (!out.claim(path)) return;
  const { spec, scope } = identifyConfig(path, options);
  await scanAll([{ path, spec, scope, strict: true }], options, out);
}

/** Known project config names anywhere under a directory, skipping dependencies and VCS data. */
async function searchDirectory(dir: string, options: DiscoverOptions, out: Collector): Promise<void> {
  const p = pathApi(options.platform);
  const patterns = [...new Set(CLIENTS.flatMap((c) => c.project))].map((rel) => `**/${rel}`);
  let found: string[] = [];
  try {
    const { default: fg } = await import("fast-glob");
    found = await fg(patterns, {
      cwd: dir,
      dot: true,
      onlyFiles: true,
      deep: DIRECTORY_SEARCH_DEPTH,
      followSymbolicLinks: false,
      suppressErrors: true,
      ignore: ["**/node_modules/**", "**/.git/**"],
    });
  } catch (err) {
    out.errors.push({ configPath: dir, message: `cannot search directory: ${(err as Error).message}` });
    return;
  }
  const candidates: Candidate[] = [];
  for (const rel of found.sort()) {
    const path = p.join(dir, ...rel.split("/"));
    if (!out.claim(path)) continue;
    const { spec } = identifyConfig(path, options);
    // Files found by searching are project files even under home: their dir is the project.
    candidates.push({ path, spec, scope: "project", strict: false });
  }
  if (candidates.length === 0) out.checked.push({ client: "*", path: dir, scope: "project", found: false });
  await scanAll(candidates, options, out);
}

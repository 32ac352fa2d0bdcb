// Loads rules/known-servers.json (well-known servers and their tools' roles) and the user's own known-servers files
// (`--rules DIR`), and recognises a server in them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ScannedServer, ServerEntry } from "../model.js";
import { dataFilesIn, entriesById, readDataFile } from "../analyze/ruledata.js";
import { packageLaunches } from "../rules/lib/launch.js";
import { layerGateways, type Gateway } from "./gateways.js";
import { simplifyName } from "./names.js";
import { ROLES } from "./types.js";

const RoleSchema = z.enum(ROLES);

export const KnownServer = z
  .object({
    id: z.string().min(1),
    serverInfoNames: z.array(z.string()).default([]),
    packages: z.array(z.string()).default([]),
    configNames: z.array(z.string()).default([]),
    urlHosts: z.array(z.string()).default([]),
    /** Where the tool list was read: "github:owner/repo@commit" or "npm:package@version". */
    source: z.string().min(1).optional(),
    tools: z.record(z.string(), z.array(RoleSchema)),
  })
  .strict();
export type KnownServer = z.infer<typeof KnownServer>;

export const KnownServersFile = z
  .object({ $comment: z.string().optional(), version: z.literal(1), servers: z.array(KnownServer) })
  .strict();
export type KnownServersFile = z.infer<typeof KnownServersFile>;

// dist/flows/catalog.js and src/flows/catalog.ts both sit two levels below the package root.
const DEFAULT_PATH = fileURLToPath(new URL("../../rules/known-servers.json", import.meta.url));

let cached: KnownServersFile | undefined;

/** Reads and validates the catalog; a broken catalog is a packaging bug, so it throws with the file name. */
export function loadKnownServers(path: string = DEFAULT_PATH): KnownServersFile {
  if (path === DEFAULT_PATH && cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`${path}: cannot read known-server catalog: ${(err as Error).message.split("\n")[0]}`);
  }
  const parsed = KnownServersFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: invalid known-server catalog at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown error"}`);
  }
  if (path === DEFAULT_PATH) cached = parsed.data;
  return parsed.data;
}

/** `@scope/pkg@1.2.3` -> `@scope/pkg`, `jsr:@scope/pkg` -> `@scope/pkg`, `ghcr.io/x/y:tag` -> `ghcr.io/x/y`, lower case. */
export function packageOf(arg: string): string {
  // `deno run jsr:@scope/name@1.0`, `npm:@scope/name`: the registry prefix is not part of the package's name.
  let s = arg.trim().toLowerCase().replace(/^(?:jsr|npm):(?=@?[a-z0-9])/, "");
  const at = s.lastIndexOf("@");
  if (at > 0) s = s.slice(0, at);
  const colon = s.lastIndexOf(":");
  if (colon > 0 && !s.slice(colon).includes("/")) s = s.slice(0, colon);
  return s;
}

/** A PyPI distribution name as the index compares names (PEP 503): case-folded, every run of `-`, `_` and `.` one hyphen. */
function pypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

const PYTHON = /^(?:python(?:3(?:\.\d+)?)?|py)(?:\.exe)?$/i;

/**
 * The PyPI distributions a launch names, as PyPI compares them: what uvx or `pipx run` fetches (the launch parser
 * strips versions and extras), and the module `python -m` runs, which is usually its distribution's name.
 */
function pythonDistributions(entry: ServerEntry): Set<string> {
  const names = packageLaunches(entry).filter((l) => l.ecosystem === "pypi").map((l) => l.name);
  const module = entry.args.indexOf("-m");
  if (PYTHON.test(entry.command?.split(/[\\/]/).pop() ?? "") && module >= 0 && entry.args[module + 1]) names.push(entry.args[module + 1]!);
  return new Set(names.map(pypiName));
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export interface CatalogMatch {
  server: KnownServer;
  /** What identified it, for the label's reason. */
  by: string;
  /** The user's known-servers file the entry came from; undefined for the built-in catalog. */
  file?: string;
}

/**
 * Strongest evidence first: what the server says it is, what was launched, then what the user called it. When two
 * entries are named (a server reporting a name another entry uses, launched from a package the catalog knows, or a
 * name two entries' servers both report), the one whose tools the server actually lists wins: a self-reported name is
 * the server's word, and short names like "web-search" are shared by unrelated servers.
 */
export function identifyServer(server: ScannedServer, catalog: Pick<KnownServersFile, "servers"> = loadKnownServers()): CatalogMatch | undefined {
  const candidates = catalogCandidates(server, catalog);
  if (candidates.length < 2) return candidates[0];
  const listed = server.tools.map((t) => t.name);
  const overlap = (m: CatalogMatch) => listed.filter((name) => Object.hasOwn(m.server.tools, name)).length;
  // Array.prototype.reduce keeps the earlier (stronger-evidence) candidate on a tie.
  return candidates.reduce((best, m) => (overlap(m) > overlap(best) ? m : best));
}

/** Every entry the server's identity, launch, URL or config name points to, one match each, strongest evidence first. */
function catalogCandidates(server: ScannedServer, catalog: Pick<KnownServersFile, "servers">): CatalogMatch[] {
  const found: CatalogMatch[] = [];
  const add = (match: CatalogMatch | undefined) => {
    if (match && !found.some((m) => m.server === match.server)) found.push(match);
  };
  const named = (hit: KnownServer | undefined, by: string) => (hit ? { server: hit, by } : undefined);
  const infoName = server.serverInfo?.name?.toLowerCase();
  // Unrelated servers can report the same name ("tidb"), so every entry that claims it is a candidate and the tools
  // the server lists choose among them.
  if (infoName) {
    for (const k of catalog.servers) {
      if (k.serverInfoNames.some((n) => n.toLowerCase() === infoName)) add({ server: k, by: `serverInfo.name "${server.serverInfo?.name}"` });
    }
  }
  const launched = [server.entry.command ?? "", ...server.entry.args].map(packageOf);
  // PyPI treats `think_mcp`, `think-mcp` and `Think.MCP` as one distribution (PEP 503); npm and Docker do not. Exact
  // spellings go first, so an entry listing both reports the one launched.
  const exact = byPackage(catalog, (p) => launched.includes(p.toLowerCase()));
  const distributions = exact ? new Set<string>() : pythonDistributions(server.entry);
  add(exact ?? (distributions.size > 0 ? byPackage(catalog, (p) => distributions.has(pypiName(p))) : undefined));
  const host = hostOf(server.entry.url);
  if (host) add(named(catalog.servers.find((k) => k.urlHosts.some((h) => host === h || host.endsWith(`.${h}`))), `host ${host}`));
  const configName = simplifyName(server.entry.name);
  add(named(catalog.servers.find((k) => k.configNames.some((n) => n.toLowerCase() === configName)), `config name "${server.entry.name}"`));
  return found;
}

/** The first entry, in catalog order, with a package `matches` accepts. */
function byPackage(catalog: Pick<KnownServersFile, "servers">, matches: (pkg: string) => boolean): CatalogMatch | undefined {
  for (const k of catalog.servers) {
    const pkg = k.packages.find(matches);
    if (pkg) return { server: k, by: `package ${pkg}` };
  }
  return undefined;
}

/** The catalog a scan with `--rules DIR` uses: the user's entries, then the built-in entries they did not replace. */
export interface LayeredCatalog {
  /** The user's entries in file order; a later entry with the same id replaced an earlier one. */
  user: KnownServer[];
  /** The file each user entry came from, for the label's reason. */
  files: ReadonlyMap<KnownServer, string>;
  /** The built-in catalog without the entries whose id a user entry took over. */
  builtin: KnownServer[];
  /** The user's gateways, then the built-in ones they did not replace; undefined means the built-in list. */
  gateways?: readonly Gateway[];
  /** The file each of the user's gateways came from. */
  gatewayFiles?: ReadonlyMap<Gateway, string>;
}

/** Files the user's catalog is read from, as the other `--rules` data: `known-servers*.json|yaml` or `*.known-servers.json|yaml`. */
const KNOWN_SERVERS_FILES = /^known-servers.*\.(?:json|ya?ml)$|\.known-servers\.(?:json|ya?ml)$/;

const layered = new Map<string, LayeredCatalog>();

/**
 * The built-in catalog plus every known-servers file in `extraDirs` (and the gateways files there). Read once per set
 * of directories: the rule and the report ask for the same object, so labels computed for one are reused by the
 * other. Throws one line naming the file and the field on bad data.
 */
export function loadLayeredCatalog(extraDirs: readonly string[] = []): LayeredCatalog {
  const key = extraDirs.join("\u0000");
  const known = layered.get(key);
  if (known) return known;
  const paths = extraDirs.flatMap((dir) => dataFilesIn(dir, KNOWN_SERVERS_FILES));
  const { entries: user, files } = entriesById(paths, (path) => readDataFile(path, KnownServersFile, "known-server catalog").servers);
  const taken = new Set(user.map((k) => k.id));
  const builtin = loadKnownServers().servers.filter((k) => !taken.has(k.id));
  const gateways = layerGateways(extraDirs);
  const catalog: LayeredCatalog = { user, files, builtin, gateways: gateways?.gateways, gatewayFiles: gateways?.files };
  layered.set(key, catalog);
  return catalog;
}

/** The user's entries are consulted first, with every kind of evidence, before any built-in entry: they know their setup. */
export function identifyLayered(server: ScannedServer, catalog: LayeredCatalog): CatalogMatch | undefined {
  if (catalog.user.length) {
    const mine = identifyServer(server, { servers: catalog.user });
    if (mine) return { ...mine, file: catalog.files.get(mine.server) };
  }
  return identifyServer(server, { servers: catalog.builtin });
}

// Aggregating gateways (rules/gateways.json): one configured server that relays the tools of many servers, such as the
// Docker MCP gateway. No single known-servers entry describes it, so each tool behind it is looked up by its name.
import { join } from "node:path";
import { z } from "zod";
import type { ScannedServer } from "../model.js";
import { builtinRulesDir, dataFilesIn, entriesById, readDataFile } from "../analyze/ruledata.js";
import { packageLaunches } from "../rules/lib/launch.js";
import type { KnownServer, LayeredCatalog } from "./catalog.js";
import { simplifyName } from "./names.js";
import { ROLES, type Role } from "./types.js";

export const GatewayLaunch = z
  .object({
    /** The program, compared by file name without `.exe`: `docker` also matches `/usr/bin/docker` and `docker.exe`. */
    command: z.string().min(1),
    /** The words the arguments must start with, compared exactly. */
    args: z.array(z.string()).default([]),
    /** The program's own options that may come before those words (`docker --context prod mcp …`): skipped. */
    leadingOptions: z
      .object({
        /** Options followed by a value word, unless written `--option=value`. */
        withValue: z.array(z.string()).default([]),
        flags: z.array(z.string()).default([]),
      })
      .strict()
      .default({ withValue: [], flags: [] }),
  })
  .strict();

export const Gateway = z
  .object({
    id: z.string().min(1),
    /** How a label's reason names it: "behind the <name>". */
    name: z.string().min(1),
    /** Where its names and launch commands were read. */
    source: z.string().min(1).optional(),
    /** What the source adds that the fields cannot say (a separator it does not use, a name read at another commit). */
    sourceNote: z.string().min(1).optional(),
    serverInfoNames: z.array(z.string()).default([]),
    /** Starts of the name it reports, when the name carries an instance id (`metamcp-unified-<namespace uuid>`). */
    serverInfoNamePrefixes: z.array(z.string().min(1)).default([]),
    launches: z.array(GatewayLaunch).default([]),
    /** Container images that run the gateway (`docker run … docker/mcp-gateway`). */
    images: z.array(z.string()).default([]),
    /** Packages that run the gateway, by the name a launcher gives (`npx -y @1mcp/agent`, `uvx magg`), of any ecosystem. */
    packages: z.array(z.string()).default([]),
    /** Compared exactly, not simplified: simplified, `MCP_DOCKER` would be `docker`, another server's name. */
    configNames: z.array(z.string()).default([]),
    /** Between a server prefix and the tool name, when the gateway prefixes names. */
    separator: z.string().min(1),
    /** The gateway's name for a server -> the known-servers id, where the two differ. */
    catalogNames: z.record(z.string(), z.string()).default({}),
    catalogNamesSource: z.string().min(1).optional(),
    /** The gateway's own tools (managing its servers), with their roles read from its source. */
    ownTools: z.record(z.string(), z.array(z.enum(ROLES))).default({}),
    /** Own tools that call any relayed tool by name: they can do whatever the relayed tools can. */
    relayingTools: z.array(z.string()).default([]),
    /** Tools the gateway creates at run time to call relayed tools (`code-mode-<name>`): relaying tools too. */
    relayingToolPrefixes: z.array(z.string().min(1)).default([]),
    ownToolsSource: z.string().min(1).optional(),
  })
  .strict();
export type Gateway = z.infer<typeof Gateway>;
export type GatewayLaunch = z.infer<typeof GatewayLaunch>;

export const GatewaysFile = z.object({ $comment: z.string().optional(), version: z.literal(1), gateways: z.array(Gateway) }).strict();
export type GatewaysFile = z.infer<typeof GatewaysFile>;

const DEFAULT_PATH = join(builtinRulesDir(), "gateways.json");
let cached: GatewaysFile | undefined;

/** Reads and validates the gateway list; a broken built-in list is a packaging bug, so it throws naming the file and field. */
export function loadGateways(path: string = DEFAULT_PATH): GatewaysFile {
  if (path === DEFAULT_PATH && cached) return cached;
  const file = readDataFile(path, GatewaysFile, "gateway list");
  if (path === DEFAULT_PATH) cached = file;
  return file;
}

/** The user's gateway files in a `--rules` directory, named like the other rule data: `gateways*` or `*.gateways`. */
const GATEWAY_FILES = /^gateways.*\.(?:json|ya?ml)$|\.gateways\.(?:json|ya?ml)$/;

/** The gateways a scan with `--rules` dirs recognises, and the file each of the user's came from. */
export interface LayeredGateways {
  gateways: Gateway[];
  files: ReadonlyMap<Gateway, string>;
}

/**
 * The user's gateways, in file order (a later one with the same id replaces an earlier one), then the built-in ones
 * whose id they did not take. Undefined when the dirs declare none.
 */
export function layerGateways(dirs: readonly string[]): LayeredGateways | undefined {
  const paths = dirs.flatMap((dir) => dataFilesIn(dir, GATEWAY_FILES));
  const { entries: user, files } = entriesById(paths, (path) => readDataFile(path, GatewaysFile, "gateway list").gateways);
  if (user.length === 0) return undefined;
  const taken = new Set(user.map((g) => g.id));
  return { gateways: [...user, ...loadGateways().gateways.filter((g) => !taken.has(g.id))], files };
}

export interface GatewayMatch {
  gateway: Gateway;
  /** What recognised it, for the label's reason. */
  by: string;
}

const programName = (command: string) => (command.split(/[\\/]/).pop() ?? command).toLowerCase().replace(/\.exe$/, "");

/** The launch words as the program sees them: Windows configs wrap the command in `cmd /c`. */
function launchWords(server: ScannedServer): string[] {
  const words = server.entry.command === undefined ? [] : [server.entry.command, ...server.entry.args];
  return /^cmd(?:\.exe)?$/i.test(programName(words[0] ?? "")) && /^\/c$/i.test(words[1] ?? "") ? words.slice(2) : words;
}

/** The arguments after the program's own leading options, which the launch's words must then start with. */
function afterLeadingOptions(args: readonly string[], launch: GatewayLaunch): readonly string[] {
  const { withValue, flags } = launch.leadingOptions;
  let i = 0;
  while (i < args.length) {
    const word = args[i]!;
    if (flags.includes(word) || withValue.some((o) => word.startsWith(`${o}=`))) i += 1;
    else if (withValue.includes(word)) i += 2;
    else break;
  }
  return args.slice(i);
}

/** The gateway that `server` is, by the same order of evidence as identifyServer: what it says, what was launched, its config name. */
export function identifyGateway(server: ScannedServer, gateways: readonly Gateway[] = loadGateways().gateways): GatewayMatch | undefined {
  const infoName = server.serverInfo?.name?.toLowerCase();
  if (infoName) {
    const hit =
      gateways.find((g) => g.serverInfoNames.some((n) => n.toLowerCase() === infoName)) ??
      gateways.find((g) => g.serverInfoNamePrefixes.some((p) => infoName.length > p.length && infoName.startsWith(p.toLowerCase())));
    if (hit) return { gateway: hit, by: `serverInfo.name "${server.serverInfo?.name}"` };
  }
  const [program, ...args] = launchWords(server);
  if (program !== undefined) {
    for (const g of gateways) {
      const launch = g.launches.find((l) => {
        if (programName(l.command) !== programName(program)) return false;
        const rest = afterLeadingOptions(args, l);
        return l.args.every((word, i) => rest[i] === word);
      });
      if (launch) return { gateway: g, by: `launch command "${[launch.command, ...launch.args].join(" ")}"` };
    }
    const launched = packageLaunches(server.entry);
    const images = launched.filter((l) => l.ecosystem === "oci").map((l) => l.name.toLowerCase().replace(/^docker\.io\//, ""));
    for (const g of gateways) {
      const image = g.images.find((i) => images.includes(i.toLowerCase()));
      if (image) return { gateway: g, by: `image ${image}` };
    }
    const packages = launched.filter((l) => l.ecosystem !== "oci").map((l) => l.name.toLowerCase());
    for (const g of gateways) {
      const pkg = g.packages.find((p) => packages.includes(p.toLowerCase()));
      if (pkg) return { gateway: g, by: `package ${pkg}` };
    }
  }
  const configName = server.entry.name.toLowerCase();
  const hit = gateways.find((g) => g.configNames.some((n) => n.toLowerCase() === configName));
  return hit ? { gateway: hit, by: `config name "${server.entry.name}"` } : undefined;
}

/** The known-servers entries that decide the roles of one tool behind a gateway. */
export interface GatewayToolMatch {
  /** One entry, or every entry that lists the name with the same roles (the user's entries before the built-in ones). */
  entries: KnownServer[];
  roles: Role[];
  /** The user's known-servers file of the first entry; undefined for the built-in catalog. */
  file?: string;
  /** The server prefix of the tool's name that named the entry; undefined when the name alone was looked up. */
  prefix?: string;
}

/** The user's entries first, as identifyLayered consults them. */
const tiersOf = (catalog: LayeredCatalog) => [catalog.user, catalog.builtin];

/** The entry a server prefix names: its id, the gateway's own name for it, or one of its config names. */
function entryNamedBy(prefix: string, gateway: Gateway, catalog: LayeredCatalog): KnownServer | undefined {
  const lower = prefix.toLowerCase();
  const mappedId = Object.hasOwn(gateway.catalogNames, prefix) ? gateway.catalogNames[prefix] : undefined;
  const simple = simplifyName(prefix);
  for (const tier of tiersOf(catalog)) {
    const hit =
      tier.find((k) => k.id.toLowerCase() === lower) ??
      tier.find((k) => k.id === mappedId) ??
      tier.find((k) => k.configNames.some((n) => n.toLowerCase() === simple));
    if (hit) return hit;
  }
  return undefined;
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((r) => b.includes(r));

/** Every name the gateway relays, whole and without a server prefix: what lookUpGatewayTool checks entries against. */
export function relayedNames(relayed: readonly string[], separator: string): Set<string> {
  const names = new Set(relayed);
  for (const name of relayed) {
    const cut = name.indexOf(separator);
    if (cut > 0 && cut + separator.length < name.length) names.add(name.slice(cut + separator.length));
  }
  return names;
}

/**
 * A bare name alone does not say which server sits behind the gateway: a generic name ("search", "trace") can be
 * listed by one catalog entry and by any server the catalog does not know. So an entry counts only when another of its
 * tools is relayed too, or when it has no other tool.
 */
function isRelayed(entry: KnownServer, names: ReadonlySet<string>): boolean {
  const listed = Object.keys(entry.tools);
  if (listed.length === 1) return true;
  let seen = 0;
  for (const name of listed) if (names.has(name) && ++seen >= 2) return true;
  return false;
}

/**
 * The entries that list `name` and are seen behind the gateway, from the first tier (the user's entries, then the
 * built-in ones) that has any. `null` when those entries give it different roles: nothing decides, so the name is left
 * to the heuristics.
 */
function entriesListing(name: string, catalog: LayeredCatalog, names: ReadonlySet<string>): KnownServer[] | null | undefined {
  for (const tier of tiersOf(catalog)) {
    const listing = tier.filter((k) => Object.hasOwn(k.tools, name) && isRelayed(k, names));
    if (listing.length === 0) continue;
    const first = listing[0]!.tools[name]!;
    return listing.every((k) => sameRoles(k.tools[name]!, first)) ? listing : null;
  }
  return undefined;
}

/**
 * What the catalog says about the tool `toolName` behind `gateway`, which relays the names `relayed` (relayedNames of
 * its tool list, computed once per gateway rather than once per tool): (a) a
 * prefixed name whose prefix names an entry takes that entry's roles for the rest (none if the entry does not list it:
 * the prefix said whose tool it is); (b) any other name is looked up as listed, then without an unknown prefix, across
 * the entries that another relayed tool shows to be there. Undefined leaves the tool to annotations and heuristics, as
 * do entries that disagree about the name.
 */
export function lookUpGatewayTool(toolName: string, gateway: Gateway, catalog: LayeredCatalog, relayed: ReadonlySet<string>): GatewayToolMatch | undefined {
  const cut = toolName.indexOf(gateway.separator);
  const prefix = cut > 0 ? toolName.slice(0, cut) : undefined;
  const rest = cut > 0 ? toolName.slice(cut + gateway.separator.length) : undefined;
  const fileOf = (k: KnownServer) => catalog.files.get(k);
  if (prefix !== undefined && rest) {
    const named = entryNamedBy(prefix, gateway, catalog);
    if (named) {
      if (!Object.hasOwn(named.tools, rest)) return undefined;
      return { entries: [named], roles: named.tools[rest]!, file: fileOf(named), prefix };
    }
  }
  for (const name of rest ? [toolName, rest] : [toolName]) {
    const listing = entriesListing(name, catalog, relayed);
    if (listing === null) return undefined;
    if (listing) return { entries: listing, roles: listing[0]!.tools[name]!, file: fileOf(listing[0]!) };
  }
  return undefined;
}

/**
 * The tool's name, not the server's identity, decided the roles: as sure as a known server recognised only by its
 * config name (see fromCatalog in label.ts).
 */
export const GATEWAY_TOOL_CONFIDENCE = 0.85;

/**
 * A relaying tool can do what the relayed tools do, but only through them: a little below them, so that a flow names
 * the tool that does the work, while staying above the flow threshold.
 */
export const RELAYING_TOOL_CONFIDENCE = 0.8;

/** `known tool of github, behind the Docker MCP gateway (recognised by serverInfo.name "Docker AI MCP Gateway")`. */
export function gatewayToolReason(tool: GatewayToolMatch, gateway: GatewayMatch): string {
  const ids = tool.entries.map((k) => k.id);
  const whose = ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(", ")} and ${ids.at(-1)!} (the same roles in each)`;
  const from = tool.file === undefined ? "" : ` (from ${tool.file})`;
  const prefixed = tool.prefix === undefined ? "" : ` (its prefix "${tool.prefix}")`;
  return `known tool of ${whose}${from}${prefixed}, behind the ${gateway.gateway.name} (recognised by ${gateway.by})`;
}

/** What the gateway's own source says about one of its own tools. */
export interface GatewayOwnToolMatch {
  roles: Role[];
  /** For a relaying tool: how many of the relayed tools the catalog knows, whose roles it takes. */
  relayingFrom?: number;
}

const isRelayingTool = (name: string, gateway: Gateway) =>
  gateway.relayingTools.includes(name) || gateway.relayingToolPrefixes.some((p) => name.length > p.length && name.startsWith(p));

/**
 * The roles of the gateway's own tool `toolName`, or undefined for a relayed tool. A relaying tool (`mcp-exec`) can
 * call every relayed tool, so it takes the union of the roles the catalog gives them; when the catalog knows none of
 * them, nothing decides and the heuristics label it.
 */
export function lookUpOwnTool(
  toolName: string,
  gateway: Gateway,
  catalog: LayeredCatalog,
  toolNames: readonly string[],
  relayed: ReadonlySet<string>,
): GatewayOwnToolMatch | undefined {
  if (Object.hasOwn(gateway.ownTools, toolName)) return { roles: gateway.ownTools[toolName]! };
  if (!isRelayingTool(toolName, gateway)) return undefined;
  const roles = new Set<Role>();
  let known = 0;
  for (const name of toolNames) {
    if (Object.hasOwn(gateway.ownTools, name) || isRelayingTool(name, gateway)) continue;
    const hit = lookUpGatewayTool(name, gateway, catalog, relayed);
    if (!hit) continue;
    known++;
    for (const role of hit.roles) roles.add(role);
  }
  return known === 0 ? undefined : { roles: ROLES.filter((r) => roles.has(r)), relayingFrom: known };
}

/** `own tool of the Docker MCP gateway (…)`, or for a relaying tool, whose roles it takes; `file` is a user's gateway file. */
export function gatewayOwnToolReason(tool: GatewayOwnToolMatch, gateway: GatewayMatch, file?: string): string {
  const recognised = `(recognised by ${gateway.by})`;
  if (tool.relayingFrom === undefined) return `own tool of the ${gateway.gateway.name}${file === undefined ? "" : ` (from ${file})`} ${recognised}`;
  const known = `${tool.relayingFrom} relayed tool${tool.relayingFrom === 1 ? "" : "s"}`;
  return `calls any tool behind the ${gateway.gateway.name} by name ${recognised}: the roles of the ${known} the catalog knows`;
}

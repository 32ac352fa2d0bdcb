// Labels each tool with the toxic-flow roles it can play: catalog first, then MCP annotations, then heuristics.
import type { ScannedServer, Tool } from "../model.js";
import { identifyLayered, identifyServer, loadKnownServers, type CatalogMatch, type KnownServersFile, type LayeredCatalog } from "./catalog.js";
import {
  GATEWAY_TOOL_CONFIDENCE,
  gatewayOwnToolReason,
  gatewayToolReason,
  identifyGateway,
  lookUpGatewayTool,
  lookUpOwnTool,
  RELAYING_TOOL_CONFIDENCE,
  relayedNames,
  type Gateway,
  type GatewayMatch,
} from "./gateways.js";
import { heuristicLabels, inventoriesAssets, isSendGuess, managesRecords } from "./heuristics.js";
import { sendsMail } from "./mailers.js";
import { makesSharingLinks } from "./sending.js";
import { runsOwnPublication } from "./holdings.js";
import { keepsHelpCentre } from "./helpcentre.js";
import { sellsProducts } from "./commerce.js";
import { hostsTalk, type TalkKind } from "./outsiders.js";
import { ROLES, type Label, type Role } from "./types.js";
import { runsSocialNetwork } from "./strangertext.js";
import { keepsBackOffice, tracksErrors } from "./ownrecords.js";
import { runsIdentityRealm } from "./identity.js";

export interface LabelOptions {
  /** Use another catalog (tests); defaults to rules/known-servers.json. */
  catalog?: KnownServersFile;
  /** Skip the catalog, to measure the heuristics alone. */
  noCatalog?: boolean;
  /** `--rules DIR`: the user's known-servers entries ahead of the built-in catalog (ignored when `catalog` is given). */
  layered?: LayeredCatalog;
}

/** Below FLOW_CONFIDENCE_THRESHOLD: visible in the labels, not enough for a finding. */
const WEAK_ANNOTATION_CONFIDENCE = 0.5;

// openWorldHint is not used: servers mark their own API "closed" although it carries other people's invitations,
// messages and posts (a calendar server's events, measured on held-out 29).
interface Annotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
}

function annotationsOf(tool: Tool): Annotations {
  const a = tool.annotations;
  if (!a || typeof a !== "object") return {};
  const pick = (k: keyof Annotations) => (typeof (a as Record<string, unknown>)[k] === "boolean" ? ((a as Record<string, unknown>)[k] as boolean) : undefined);
  return { readOnlyHint: pick("readOnlyHint"), destructiveHint: pick("destructiveHint") };
}

/** One label per role, the strongest, in the fixed role order. */
function strongestPerRole(labels: Label[]): Label[] {
  const best = new Map<Role, Label>();
  for (const l of labels) {
    const prev = best.get(l.role);
    if (!prev || l.confidence > prev.confidence) best.set(l.role, l);
  }
  return ROLES.flatMap((r) => (best.has(r) ? [best.get(r)!] : []));
}

/** `known server github, recognised by package @modelcontextprotocol/server-github`. */
export function knownServerReason(match: CatalogMatch): string {
  const from = match.file === undefined ? "" : ` (from ${match.file})`;
  return `known server ${match.server.id}${from}, recognised by ${match.by}`;
}

function fromCatalog(match: CatalogMatch, tool: Tool, byServerIdentity: boolean): Label[] | undefined {
  const roles = Object.hasOwn(match.server.tools, tool.name) ? match.server.tools[tool.name] : undefined;
  if (!roles) return undefined;
  // A config name is chosen by the user, so it is weaker evidence than what the server says it is.
  const confidence = byServerIdentity ? 0.95 : 0.85;
  // An entry from the user's own file is their declaration, not the built-in catalog's.
  const basis = match.file === undefined ? "catalog" : "declared";
  return roles.map((role) => ({ role, confidence, reason: knownServerReason(match), basis }));
}

// The catalog a gateway's tools are looked up in, for the options that give a plain catalog instead of a layered one.
const plainLayers = new WeakMap<KnownServersFile, LayeredCatalog>();
function layersOf(options: LabelOptions): LayeredCatalog {
  if (options.catalog === undefined && options.layered) return options.layered;
  const catalog = options.catalog ?? loadKnownServers();
  let layers = plainLayers.get(catalog);
  if (!layers) plainLayers.set(catalog, (layers = { user: [], files: new Map(), builtin: catalog.servers }));
  return layers;
}

/** `compute()` once per key (a catalog or a gateway list) and server: for what depends on those two alone, not on the tool. */
function perServer<V>(cache: WeakMap<object, WeakMap<ScannedServer, V>>, key: object, server: ScannedServer, compute: () => V): V {
  let byServer = cache.get(key);
  if (!byServer) cache.set(key, (byServer = new WeakMap()));
  if (!byServer.has(server)) byServer.set(server, compute());
  return byServer.get(server) as V;
}

// Whether a server is a gateway, and the names it relays, depend on the server and the gateway list alone.
type KnownGateway = { match: GatewayMatch; toolNames: readonly string[]; relayed: ReadonlySet<string> } | null;
// The key for the built-in list, which a catalog without gateways of the user's leaves undefined.
const BUILTIN_LIST_KEY: readonly Gateway[] = [];
const gatewaysOf = new WeakMap<object, WeakMap<ScannedServer, KnownGateway>>();
function gatewayOf(server: ScannedServer, gateways: readonly Gateway[] | undefined): KnownGateway {
  return perServer(gatewaysOf, gateways ?? BUILTIN_LIST_KEY, server, () => {
    const match = identifyGateway(server, gateways);
    const toolNames = match ? server.tools.map((t) => t.name) : [];
    return match ? { match, toolNames, relayed: relayedNames(toolNames, match.gateway.separator) } : null;
  });
}

// Which entry a server is depends on the server and the catalog alone; identifying it weighs every candidate entry
// against all the server's tools, so it is done once per server, not once per tool.
const matchesOf = new WeakMap<object, WeakMap<ScannedServer, CatalogMatch | undefined>>();
function catalogMatchOf(server: ScannedServer, options: LabelOptions): CatalogMatch | undefined {
  const layered = options.catalog === undefined ? options.layered : undefined;
  if (layered) return perServer(matchesOf, layered, server, () => identifyLayered(server, layered));
  const catalog = options.catalog ?? loadKnownServers();
  return perServer(matchesOf, catalog, server, () => identifyServer(server, catalog));
}

/**
 * The labels the catalog gives `tool`, or undefined when no entry decides it and annotations and heuristics label it.
 * A gateway is recognised before any one server: it relays many servers' tools, and its launch command or config name
 * (`docker`, `MCP_DOCKER`) would otherwise be taken for one of them.
 */
export function catalogLabels(server: ScannedServer, tool: Tool, options: LabelOptions = {}): Label[] | undefined {
  if (options.noCatalog) return undefined;
  const layers = layersOf(options);
  const gateway = gatewayOf(server, layers.gateways);
  if (gateway) {
    const own = lookUpOwnTool(tool.name, gateway.match.gateway, layers, gateway.toolNames, gateway.relayed);
    if (own) {
      // The gateway's source decided its own tools, as sure as a catalog entry (less so by config name alone).
      const confidence = own.relayingFrom !== undefined ? RELAYING_TOOL_CONFIDENCE : gateway.match.by.startsWith("config name") ? GATEWAY_TOOL_CONFIDENCE : 0.95;
      // A gateway from the user's --rules file is their declaration, as their known-servers entries are.
      const file = layers.gatewayFiles?.get(gateway.match.gateway);
      const reason = gatewayOwnToolReason(own, gateway.match, file);
      return own.roles.map((role) => ({ role, confidence, reason, basis: file === undefined ? "catalog" : "declared" }));
    }
    const known = lookUpGatewayTool(tool.name, gateway.match.gateway, layers, gateway.relayed);
    if (!known) return undefined;
    const reason = gatewayToolReason(known, gateway.match);
    const basis = known.file === undefined ? "catalog" : "declared";
    return known.roles.map((role) => ({ role, confidence: GATEWAY_TOOL_CONFIDENCE, reason, basis }));
  }
  const match = catalogMatchOf(server, options);
  if (!match) return undefined;
  return fromCatalog(match, tool, !match.by.startsWith("config name"));
}

/**
 * Annotations are the server's own claims, and measured against hand labels only readOnlyHint holds up: servers mark
 * likes, saves and uploads destructiveHint true and "clear cell values" false. So a read-only claim rules out the
 * destructive and send roles the heuristics guessed, and destructiveHint true is kept only as a weak label, shown by
 * `inspect --labels` but below the flow threshold, so it never completes a flow on its own.
 */
function applyAnnotations(labels: Label[], a: Annotations): Label[] {
  let out = labels;
  if (a.destructiveHint === true && a.readOnlyHint !== true) {
    out = [...out, { role: "destructive", confidence: WEAK_ANNOTATION_CONFIDENCE, reason: "annotation destructiveHint: true (a claim servers often make for reversible changes)", basis: "annotation" }];
  }
  if (a.readOnlyHint === true) {
    // Sending a request is not "destructive", so read-only tools can still be sinks, but they post nothing.
    out = out.filter((l) => l.role !== "destructive" && !isSendGuess(l));
  }
  return out;
}

const CREDENTIAL_NAME = /token|secret|password|passwd|api[-_]?key|access[-_]?key|client[-_]?secret|credential|^authorization$|^cookie$|auth/i;

/** Only the names of env variables and headers are looked at, never their values. */
function signsIn(server: ScannedServer): boolean {
  return [...Object.keys(server.entry.env), ...Object.keys(server.entry.headers)].some((k) => CREDENTIAL_NAME.test(k));
}

interface ServerShape {
  managesRecords: boolean;
  inventoriesAssets: boolean;
  talk: TalkKind | undefined;
  mailer: boolean;
  helpCentre: boolean;
  shop: boolean;
  sharesLinks: boolean;
  ownPublication: boolean;
  socialNetwork?: boolean;
  backOffice?: boolean;
  tracksErrors?: boolean;
  identityRealm?: boolean;
}
const serverShapes = new WeakMap<ScannedServer, ServerShape>();

/** What the server's own tool list says about it (keeps records? inventories assets?); computed once per server. */
function shapeOf(server: ScannedServer): ServerShape {
  let known = serverShapes.get(server);
  if (known === undefined) {
    known = { managesRecords: managesRecords(server.tools), inventoriesAssets: inventoriesAssets(server.tools), talk: hostsTalk(server.tools), mailer: sendsMail(server.tools), helpCentre: keepsHelpCentre(server.tools), shop: sellsProducts(server.tools), sharesLinks: makesSharingLinks(server.tools), ownPublication: runsOwnPublication(server.tools) };
    known.socialNetwork = runsSocialNetwork(server.tools); // round twenty-six (strangertext.ts)
    known.backOffice = keepsBackOffice(server.tools); // round twenty-seven (ownrecords.ts)
    known.tracksErrors = tracksErrors(server.tools);
    known.identityRealm = runsIdentityRealm(server.tools); // round twenty-seven, recall (identity.ts)
    serverShapes.set(server, known);
  }
  return known;
}

export function labelTool(server: ScannedServer, tool: Tool, options: LabelOptions = {}): Label[] {
  const known = catalogLabels(server, tool, options);
  if (known) return strongestPerRole(known);
  const guessed = heuristicLabels(tool, { authenticated: signsIn(server), ...shapeOf(server) }).map((l): Label => ({ ...l, basis: "heuristic" }));
  return strongestPerRole(applyAnnotations(guessed, annotationsOf(tool)));
}

// The toxic-flow rule and the report both ask for a server's labels; with the same catalog they are the same.
// Keyed by the layered catalog object (one per set of --rules directories), or DEFAULT for the built-in one.
const DEFAULT = {};
const cachedLabels = new WeakMap<object, WeakMap<ScannedServer, Record<string, Label[]>>>();

/** Every tool's labels, keyed by tool name; tools without a role map to []. */
export function labelServer(server: ScannedServer, options: LabelOptions = {}): Record<string, Label[]> {
  const cacheKey = options.catalog === undefined && !options.noCatalog ? (options.layered ?? DEFAULT) : undefined;
  const label = () => {
    const out: Record<string, Label[]> = {};
    for (const tool of server.tools) out[tool.name] = labelTool(server, tool, options);
    return out;
  };
  return cacheKey ? perServer(cachedLabels, cacheKey, server, label) : label();
}

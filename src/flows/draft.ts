// `inspect --catalog-draft`: a known-servers file for the servers the catalog does not recognise, to review and keep.
import type { ScannedServer } from "../model.js";
import { packageLaunches } from "../rules/lib/launch.js";
import { identifyLayered, packageOf, type KnownServer, type KnownServersFile, type LayeredCatalog } from "./catalog.js";
import { simplifyName } from "./names.js";
import { identifyGateway, type GatewayMatch } from "./gateways.js";
import { labelServer } from "./label.js";
import { FLOW_CONFIDENCE_THRESHOLD, ROLES } from "./types.js";

const DRAFT_COMMENT =
  "Draft written by mcp-shield-scan inspect --catalog-draft: REVIEW IT before use. Each entry is a server the catalog did not " +
  "recognise; its tools carry the roles the labeller assigns now (at or above the flow threshold), which may be wrong or missing. " +
  "Correct the roles, check that serverInfoNames, packages and configNames name only this server, then save the file as " +
  "known-servers*.json in a directory passed with --rules.";

/** A registry package or image name; anything else (a path with a URL, a spec with credentials) stays out of the file. */
const PACKAGE_NAME = /^@?[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;

/** The packages the launch command fetches, written the way identifyServer compares them. */
function packagesOf(server: ScannedServer): string[] {
  const launched = new Set([server.entry.command ?? "", ...server.entry.args].map(packageOf));
  const names = packageLaunches(server.entry)
    .map((l) => packageOf(l.spec))
    // Only a name that is one launch word as identifyServer sees it will recognise the server again.
    .filter((p) => PACKAGE_NAME.test(p) && launched.has(p));
  return [...new Set(names)];
}

/** The host of a remote server; a loopback or IP address names no particular server, so it is left out. */
function hostsOf(server: ScannedServer): string[] {
  if (!server.entry.url) return [];
  let host: string;
  try {
    host = new URL(server.entry.url).hostname.toLowerCase();
  } catch {
    return [];
  }
  if (!host || host === "localhost" || host.endsWith(".localhost") || /^[\d.]+$|^\[|:/.test(host)) return [];
  return [host];
}

/**
 * One entry per connected server no catalog entry recognises; the id is its config name, made unique. A gateway is no
 * one server: an entry recognising it would give the tools of every server behind it one set of roles.
 */
export function catalogDraft(servers: ScannedServer[], catalog: LayeredCatalog): KnownServersFile {
  const ids = new Set([...catalog.builtin, ...catalog.user].map((k) => k.id));
  const seen = new Set<string>();
  const entries: KnownServer[] = [];
  for (const server of servers) {
    // The same server listed in two clients' configs is one entry.
    if (server.status !== "ok" || seen.has(server.entry.name) || identifyGateway(server, catalog.gateways) || identifyLayered(server, catalog)) continue;
    seen.add(server.entry.name);
    // A draft id equal to a built-in id would replace that entry for every server it recognises.
    let id = server.entry.name;
    for (let n = 2; ids.has(id); n++) id = `${server.entry.name}-${n}`;
    ids.add(id);
    const labels = labelServer(server, { layered: catalog });
    const tools: Record<string, KnownServer["tools"][string]> = {};
    for (const tool of server.tools) {
      const strong = new Set((labels[tool.name] ?? []).filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role));
      tools[tool.name] = ROLES.filter((r) => strong.has(r));
    }
    const infoName = server.serverInfo?.name;
    const configName = simplifyName(server.entry.name);
    entries.push({
      id,
      serverInfoNames: infoName ? [infoName] : [],
      packages: packagesOf(server),
      // Compared after simplifying (`acme-mcp` is `acme`), so the simplified form is what recognises it again.
      configNames: configName ? [configName] : [],
      urlHosts: hostsOf(server),
      tools,
    });
  }
  return { $comment: DRAFT_COMMENT, version: 1, servers: entries };
}

/** Why `inspect --catalog-draft` leaves a gateway out, and what to do instead. */
export function gatewayLeftOutOfDraft(match: GatewayMatch): string {
  return `the ${match.gateway.name}, recognised by ${match.by}: its tools are looked up by name in the catalog; list the ones it does not decide, by name, in an entry of a known-servers file`;
}

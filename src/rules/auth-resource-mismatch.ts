// Checks a 401-answering server's OAuth protected resource metadata (RFC 9728): present, and naming this server.
import type { Rule } from "../analyze/rule.js";
import { displayLine } from "../report/sanitize.js";

export const authResourceMismatch: Rule = {
  meta: {
    id: "auth-resource-mismatch",
    severity: "medium",
    summary: "A server requires auth but its protected resource metadata is missing or names another resource",
    help:
      "MCP clients learn which authorization server to use, and which audience to request a token for, from the server's " +
      "/.well-known/oauth-protected-resource document (RFC 9728). Without it clients fall back to guesses; with a `resource` that " +
      "is not the server's URL, tokens are minted for a different audience, which invites accepting tokens meant for other servers. " +
      "Serve the metadata with `resource` set to the exact server URL and point WWW-Authenticate at it.",
  },
  check({ inventory, report }) {
    for (const server of inventory.servers) {
      const http = server.http;
      const url = server.entry.url;
      // Needs the live 401 and metadata, which a saved inventory (`scan --input`) does not hold.
      if (server.entry.scope === "input") continue;
      if (!http || http.unauthenticatedStatus !== 401 || !url) continue;
      const at = { server: server.entry.name, entity: { kind: "server" as const, name: server.entry.name } };
      const metadata = http.resourceMetadata;
      if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) {
        report({
          ...at,
          field: "resourceMetadata",
          message: `The server answers 401 but publishes no OAuth protected resource metadata${http.resourceMetadataError ? `: ${displayLine(http.resourceMetadataError, 160)}` : ""}`,
          evidence: http.resourceMetadataUrl ? displayLine(http.resourceMetadataUrl, 200) : undefined,
        });
        continue;
      }
      const resource = (metadata as Record<string, unknown>).resource;
      if (typeof resource !== "string") {
        report({ ...at, field: "resourceMetadata.resource", message: "The protected resource metadata has no `resource`", evidence: http.resourceMetadataUrl });
      } else if (!sameResource(resource, url)) {
        report({
          ...at,
          field: "resourceMetadata.resource",
          message: `The protected resource metadata names ${displayLine(resource, 120)}, not this server (${displayLine(url, 120)})`,
          evidence: http.resourceMetadataUrl ? displayLine(http.resourceMetadataUrl, 200) : undefined,
        });
      }
    }
  },
};

/** Same resource up to case of scheme/host, default port and a trailing slash. */
export function sameResource(a: string, b: string): boolean {
  const norm = (s: string) => {
    try {
      const u = new URL(s);
      u.hash = "";
      return u.href.replace(/\/$/, "");
    } catch {
      return s.replace(/\/$/, "");
    }
  };
  return norm(a) === norm(b);
}

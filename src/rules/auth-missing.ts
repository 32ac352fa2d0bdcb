// Flags remote HTTP servers that answered an MCP request carrying no credentials at all.
import type { Rule } from "../analyze/rule.js";
import { isLoopbackHost } from "./insecure-transport.js";

export const authMissing: Rule = {
  meta: {
    id: "auth-missing",
    severity: "high",
    summary: "A remote MCP server answers requests without any credentials",
    help:
      "The scanner sent an initialize request with no Authorization header and the server accepted it. Anyone who can reach the " +
      "address can list and call its tools with the server's privileges. Require OAuth (MCP authorization spec) or at least a " +
      "bearer token, or bind the server to 127.0.0.1.",
  },
  check({ inventory, report }) {
    for (const server of inventory.servers) {
      const status = server.http?.unauthenticatedStatus;
      const url = server.entry.url;
      // Needs the live answer to an unauthenticated request, which a saved inventory (`scan --input`) does not hold.
      if (server.entry.scope === "input") continue;
      if (server.status !== "ok" || status === undefined || status < 200 || status > 299 || !url) continue;
      let host: string;
      try {
        host = new URL(url).hostname;
      } catch {
        continue;
      }
      if (isLoopbackHost(host)) continue;
      const configured = Object.keys(server.entry.headers).some((k) => /^(authorization|cookie|x-api-key|api-key)$/i.test(k));
      report({
        server: server.entry.name,
        entity: { kind: "server", name: server.entry.name },
        field: "url",
        message: `${new URL(url).host} answered an MCP request without credentials (HTTP ${status})${configured ? "; the configured credentials are not what protects it" : ""}`,
        evidence: `HTTP ${status} to an unauthenticated ${server.entry.transport === "sse" ? "GET" : "initialize POST"}`,
      });
    }
  },
};

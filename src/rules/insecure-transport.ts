// Flags servers reached over cleartext http:// on a host that is not this machine.
import type { Rule } from "../analyze/rule.js";
import type { ServerEntry } from "../model.js";

export const insecureTransport: Rule = {
  meta: {
    id: "insecure-transport",
    severity: "medium",
    summary: "A server is reached over http:// on a host that is not loopback",
    help:
      "Over plain HTTP anyone on the path (public Wi-Fi, a proxy, the LAN) can read the tokens and tool results and rewrite tool " +
      "descriptions in transit, which is tool poisoning without touching the server. Use https://, or keep http:// to 127.0.0.1/localhost.",
  },
  check({ inventory, report }) {
    for (const server of inventory.servers) {
      const e = server.entry;
      const urls: [string, string][] = [];
      if (e.url) urls.push(["url", e.url]);
      e.args.forEach((a, i) => {
        if (/^http:\/\//i.test(a)) urls.push([`args[${i}]`, a]);
      });
      for (const [field, raw] of urls) {
        let url: URL;
        try {
          url = new URL(raw);
        } catch {
          continue;
        }
        if (url.protocol !== "http:" || isLoopbackHost(url.hostname)) continue;
        const credentials = carriesCredentials(field === "url" ? e.headers : {}, url);
        const local = isPrivateHost(url.hostname);
        report({
          server: e.name,
          entity: { kind: "config", name: e.name },
          field,
          severity: credentials ? "high" : local ? "low" : "medium",
          message: `${field} uses cleartext http:// to ${url.host}${local ? " (a private-network address)" : ""}${credentials ? "; the configured credentials travel unencrypted" : ""}`,
          evidence: `http://${url.host}${url.pathname}`.slice(0, 200),
        });
      }
    }
  },
};

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h.endsWith(".localhost") || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.replace(/^::ffff:/, "");
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function isPrivateHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.)/.test(h) || h.endsWith(".local") || h.endsWith(".internal") || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe80:/.test(h);
}

function carriesCredentials(headers: ServerEntry["headers"], url: URL): boolean {
  if (url.password || url.username) return true;
  if (Object.keys(headers).some((k) => /^(authorization|cookie|x-api-key|api-key)$/i.test(k))) return true;
  return [...url.searchParams.keys()].some((k) => /token|key|secret|auth|password/i.test(k));
}

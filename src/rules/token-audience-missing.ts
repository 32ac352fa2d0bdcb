// Flags configured bearer JWTs without an audience: such a token is accepted by any server that trusts its issuer.
import type { Rule } from "../analyze/rule.js";
import { maskSecret } from "../redact.js";
import { claimNames, jwtsOf } from "./lib/jwt.js";

export const tokenAudienceMissing: Rule = {
  meta: {
    id: "token-audience-missing",
    severity: "medium",
    summary: "A configured bearer JWT has no audience (aud) claim",
    help:
      "A token without `aud` is not bound to one resource: any MCP server (or API) that trusts the same issuer accepts it, so a " +
      "malicious server that receives it can replay it elsewhere. Ask the authorization server for a token with `aud` set to this " +
      "server's URL (RFC 8707 resource indicators), and make servers reject tokens meant for others.",
  },
  check({ inventory, report }) {
    for (const server of inventory.servers) {
      for (const jwt of jwtsOf(server.entry)) {
        const aud = jwt.claims.aud;
        if (aud !== undefined && !(Array.isArray(aud) && aud.length === 0) && aud !== "") continue;
        report({
          server: server.entry.name,
          entity: { kind: "config", name: server.entry.name },
          field: jwt.field,
          message: `The JWT in ${jwt.field} has no audience (aud), so it can be replayed against any server that trusts its issuer`,
          evidence: `${maskSecret(jwt.token)} (${claimNames(jwt.claims)})`,
        });
      }
    }
  },
};

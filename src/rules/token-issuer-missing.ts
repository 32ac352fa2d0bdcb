// Flags configured bearer JWTs without an issuer: a server cannot tell which authority vouched for them.
import type { Rule } from "../analyze/rule.js";
import { maskSecret } from "../redact.js";
import { claimNames, jwtsOf } from "./lib/jwt.js";

export const tokenIssuerMissing: Rule = {
  meta: {
    id: "token-issuer-missing",
    severity: "low",
    summary: "A configured bearer JWT has no issuer (iss) claim",
    help:
      "Without `iss` a server cannot check which authorization server issued the token, and tokens from different issuers that share " +
      "a key become interchangeable. Use tokens from an authorization server that sets `iss`, and validate it on the server.",
  },
  check({ inventory, report }) {
    for (const server of inventory.servers) {
      for (const jwt of jwtsOf(server.entry)) {
        if (typeof jwt.claims.iss === "string" && jwt.claims.iss !== "") continue;
        report({
          server: server.entry.name,
          entity: { kind: "config", name: server.entry.name },
          field: jwt.field,
          message: `The JWT in ${jwt.field} has no issuer (iss)`,
          evidence: `${maskSecret(jwt.token)} (${claimNames(jwt.claims)})`,
        });
      }
    }
  },
};

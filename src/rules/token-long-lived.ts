// Flags configured bearer JWTs that never expire or live longer than a day: a leaked copy stays useful.
import type { Rule } from "../analyze/rule.js";
import { maskSecret } from "../redact.js";
import { jwtsOf } from "./lib/jwt.js";

/** Longer than this is a standing credential rather than a session token. */
export const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

export const tokenLongLived: Rule = {
  meta: {
    id: "token-long-lived",
    severity: "medium",
    summary: "A configured bearer JWT never expires or is valid for more than 24 hours",
    help:
      "A token written into a config file is copied into backups, dotfile repos and support bundles. Without `exp`, or with a " +
      "lifetime of weeks, every copy stays a working credential. Use short-lived tokens refreshed by the client (OAuth), or at least " +
      "an expiry of hours, and rotate this one.",
  },
  check({ inventory, report }) {
    const now = Math.floor(Date.now() / 1000);
    for (const server of inventory.servers) {
      for (const jwt of jwtsOf(server.entry)) {
        const { exp, iat } = jwt.claims;
        let problem: string | undefined;
        let severity: "medium" | "low" = "medium";
        if (typeof exp !== "number") problem = "has no expiry (exp) and stays valid forever";
        else {
          const start = typeof iat === "number" ? iat : now;
          const lifetime = exp - start;
          if (exp <= now) continue; // expired: a broken config, not a standing credential
          if (lifetime > MAX_LIFETIME_SECONDS) {
            problem = `is valid for ${describe(lifetime)}${typeof iat === "number" ? "" : " from now"} (until ${new Date(exp * 1000).toISOString().slice(0, 10)})`;
            if (lifetime <= 30 * MAX_LIFETIME_SECONDS) severity = "low";
          }
        }
        if (!problem) continue;
        report({
          server: server.entry.name,
          entity: { kind: "config", name: server.entry.name },
          field: jwt.field,
          severity,
          message: `The JWT in ${jwt.field} ${problem}`,
          evidence: maskSecret(jwt.token),
        });
      }
    }
  },
};

function describe(seconds: number): string {
  const days = seconds / 86400;
  return days >= 2 ? `${Math.round(days)} days` : `${Math.round(seconds / 3600)} hours`;
}

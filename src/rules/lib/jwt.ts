// Finds bearer JWTs in a server's headers, env and args and decodes them locally (never verifies or sends them).
// The two decode entry points only: the package index pulls in every JWS/JWE module.
import { decodeJwt } from "jose/jwt/decode";
import { decodeProtectedHeader } from "jose/decode/protected_header";
import type { JWTPayload, ProtectedHeaderParameters } from "jose";
import type { ServerEntry } from "../../model.js";

export interface FoundJwt {
  /** `headers.Authorization` or `env.API_TOKEN`. */
  field: string;
  token: string;
  claims: JWTPayload;
  header: ProtectedHeaderParameters;
}

const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*$/;

/** Every value of the entry's headers, env and args that is (or carries as `Bearer …`) a decodable JWT. */
export function jwtsOf(entry: ServerEntry): FoundJwt[] {
  // A saved inventory (`scan --input`) has the names of env variables and headers but not their values, and its args went
  // through the redactor, which masks tokens: the token rules need the live config.
  if (entry.scope === "input") return [];
  const out: FoundJwt[] = [];
  const consider = (field: string, value: string) => {
    const token = value.trim().replace(/^authorization\s*:\s*/i, "").replace(/^(bearer|jwt|token)\s+/i, "");
    if (!JWT_SHAPE.test(token)) return;
    try {
      out.push({ field, token, claims: decodeJwt(token), header: decodeProtectedHeader(token) });
    } catch {
      /* JWT-shaped but not a JWT: nothing to judge */
    }
  };
  for (const [k, v] of Object.entries(entry.headers)) consider(`headers.${k}`, v);
  for (const [k, v] of Object.entries(entry.env)) consider(`env.${k}`, v);
  // Bridges such as mcp-remote take headers as arguments: `--header "Authorization: Bearer …"`.
  entry.args.forEach((a, i) => consider(`args[${i}]`, a));
  return out;
}

/** Names of the claims present, for evidence that tells what is there without showing values. */
export function claimNames(claims: JWTPayload): string {
  const names = Object.keys(claims).slice(0, 12);
  return names.length > 0 ? `claims: ${names.join(", ")}` : "no claims";
}

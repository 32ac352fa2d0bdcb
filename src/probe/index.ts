// --probe-auth: sends crafted bearer tokens (never configured credentials) to HTTP servers and reports the ones they accept.
import { createPrivateKey, randomBytes, randomUUID, type KeyObject } from "node:crypto";
import { SignJWT, UnsecuredJWT, generateKeyPair, type JWTPayload } from "jose";
import type { RuleMeta } from "../analyze/rule.js";
import type { Finding, ScannedServer, Severity } from "../model.js";
import { displayLine } from "../report/sanitize.js";

export interface ProbeOptions {
  /** HS256 secret of the user's own server: enables the audience/issuer/expiry probes. */
  secret?: string;
  /** PEM private key (RSA or EC P-256/P-384, PKCS#8 or PKCS#1/SEC1) of the user's own server, for RS256/ES256/ES384. */
  keyPem?: string;
  timeoutMs: number;
}

export const probeRules = {
  forgedAccepted: {
    id: "auth-forged-token-accepted",
    severity: "critical",
    summary: "A server accepted a forged or expired bearer token",
    help:
      "The scanner sent a token it made up (alg none, or signed with a random key) or an expired one, and the server answered the " +
      "MCP initialize request. Anyone can mint such a token, so the server is effectively open. Verify the signature against the " +
      "authorization server's keys with a fixed algorithm list (never `none`) and enforce `exp`, e.g. jose `jwtVerify(token, JWKS, " +
      "{ algorithms, audience, issuer })`.",
  },
  audienceNotValidated: {
    id: "auth-audience-not-validated",
    severity: "high",
    summary: "A server accepts correctly signed tokens issued for a different audience",
    help:
      "A token minted for another resource (another MCP server or API of the same authorization server) is accepted here, so any " +
      "server that receives a user's token can replay it against this one. Check `aud` equals this server's resource URL.",
  },
  issuerNotValidated: {
    id: "auth-issuer-not-validated",
    severity: "high",
    summary: "A server accepts correctly signed tokens from a different issuer",
    help:
      "The server does not check `iss`, so tokens from another authorization server that shares the key (or a tenant of a " +
      "multi-tenant issuer) are accepted. Check `iss` equals the authorization server named in the protected resource metadata.",
  },
  inconclusive: {
    id: "auth-probe-inconclusive",
    severity: "info",
    summary: "The signed-token probe could not run against a server",
    help:
      "With --probe-auth-secret/--probe-auth-key the scanner first sends a correctly signed token with the expected audience and " +
      "issuer. If the server rejects even that one, the key or the expected claims do not match and the audience/issuer probes " +
      "would prove nothing, so they are skipped.",
  },
} as const satisfies Record<string, RuleMeta>;

export const probeRuleList: RuleMeta[] = Object.values(probeRules);

const WRONG_AUDIENCE = "https://wrong-audience.mcp-shield-scan.invalid/mcp";
const WRONG_ISSUER = "https://wrong-issuer.mcp-shield-scan.invalid";

interface SigningKey {
  alg: string;
  key: KeyObject | CryptoKey | Uint8Array;
}

/** Reads the user's key; a bad key is a usage error, reported before anything is sent. */
export function signingKeyOf(opts: Pick<ProbeOptions, "secret" | "keyPem">): SigningKey | undefined {
  if (opts.keyPem !== undefined) {
    let key: KeyObject;
    try {
      key = createPrivateKey(opts.keyPem);
    } catch {
      throw new Error("--probe-auth-key: not a PEM private key (RSA or EC P-256/P-384)");
    }
    if (key.asymmetricKeyType === "rsa") return { alg: "RS256", key };
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (key.asymmetricKeyType === "ec" && curve === "prime256v1") return { alg: "ES256", key };
    if (key.asymmetricKeyType === "ec" && curve === "secp384r1") return { alg: "ES384", key };
    throw new Error(`--probe-auth-key: unsupported key type ${key.asymmetricKeyType ?? "unknown"}${curve ? ` (${curve})` : ""}; use RSA or EC P-256/P-384`);
  }
  if (opts.secret !== undefined) {
    if (opts.secret.length === 0) throw new Error("--probe-auth-secret: the secret is empty");
    return { alg: "HS256", key: new TextEncoder().encode(opts.secret) };
  }
  return undefined;
}

export async function probeAuth(servers: ScannedServer[], opts: ProbeOptions): Promise<Finding[]> {
  const signing = signingKeyOf(opts);
  randomKeysOnce ??= makeRandomKeys();
  const randomKeys = await randomKeysOnce;
  const perServer = await Promise.all(servers.map((s) => probeServer(s, signing, randomKeys, opts.timeoutMs)));
  return perServer.flat();
}

interface RandomKeys {
  hs: Uint8Array;
  rs: CryptoKey | KeyObject;
  es: CryptoKey | KeyObject;
}

// Key generation (RSA especially) is the slow part of a probe run; the keys sign nothing anyone trusts, so one set serves all runs.
let randomKeysOnce: Promise<RandomKeys> | undefined;

async function makeRandomKeys(): Promise<RandomKeys> {
  const [rs, es] = await Promise.all([generateKeyPair("RS256"), generateKeyPair("ES256")]);
  return { hs: randomBytes(32), rs: rs.privateKey, es: es.privateKey };
}

async function probeServer(server: ScannedServer, signing: SigningKey | undefined, randomKeys: RandomKeys, timeoutMs: number): Promise<Finding[]> {
  const e = server.entry;
  // A saved inventory (`scan --input`) is analysed, never contacted: its URL may be another machine's, or redacted.
  if ((e.transport !== "http" && e.transport !== "sse") || !e.url || e.disabled || e.scope === "input") return [];
  let url: URL;
  try {
    url = new URL(e.url);
  } catch {
    return [];
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return [];
  const transport = e.transport;
  const findings: Finding[] = [];
  const report = (meta: RuleMeta, message: string, evidence: string, severity: Severity = meta.severity) =>
    findings.push({
      ruleId: meta.id,
      severity,
      server: e.name,
      entity: { kind: "server", name: e.name },
      field: "url",
      message,
      evidence,
      client: e.client,
      configPath: e.configPath,
      line: e.line,
      inventoryId: e.inventoryId,
      suppressed: false,
    });

  // A server that takes anonymous requests is auth-missing's business; tokens prove nothing there.
  const baseline = await attempt(url, transport, undefined, timeoutMs);
  if (baseline.status !== 401 && baseline.status !== 403) return [];

  const claims = await goodClaims(url, server, baseline.challenge, timeoutMs);
  const now = Math.floor(Date.now() / 1000);
  const fresh = (extra: JWTPayload = {}): JWTPayload => ({ ...claims, iat: now, exp: now + 300, jti: randomUUID(), ...extra });

  const forged: [string, () => Promise<string>][] = [
    ["an unsigned token (alg none)", async () => new UnsecuredJWT(fresh()).encode()],
    ["a token signed with a random HS256 key", () => sign(fresh(), { alg: "HS256", key: randomKeys.hs })],
    ["a token signed with a random RS256 key", () => sign(fresh(), { alg: "RS256", key: randomKeys.rs })],
    ["a token signed with a random ES256 key", () => sign(fresh(), { alg: "ES256", key: randomKeys.es })],
  ];
  for (const [what, make] of forged) {
    const r = await attempt(url, transport, await make(), timeoutMs);
    if (r.accepted) {
      report(probeRules.forgedAccepted, `${url.host} accepted ${what} (HTTP ${r.status})`, `claims aud=${claims.aud ?? "-"} iss=${claims.iss ?? "-"}`);
      return findings; // one forged acceptance says it all; the signed probes would add noise
    }
  }

  // Signed probes carry a valid signature of the user's key: only for servers named on the command line or on this machine.
  if (!signing || !(e.scope === "target" || isLoopback(url.hostname))) return findings;
  const control = await attempt(url, transport, await sign(fresh(), signing), timeoutMs);
  if (!control.accepted) {
    report(
      probeRules.inconclusive,
      `${url.host} rejected a correctly signed ${signing.alg} token (HTTP ${control.status || "no response"}), so the audience and issuer probes were skipped; check the key and the expected audience/issuer`,
      `sent aud=${claims.aud} iss=${claims.iss ?? "-"}`,
    );
    return findings;
  }
  const expired = await attempt(url, transport, await sign(fresh({ iat: now - 7200, exp: now - 3600 }), signing), timeoutMs);
  if (expired.accepted) report(probeRules.forgedAccepted, `${url.host} accepted a ${signing.alg} token that expired an hour ago (HTTP ${expired.status})`, "exp = now - 3600");
  const wrongAud = await attempt(url, transport, await sign(fresh({ aud: WRONG_AUDIENCE }), signing), timeoutMs);
  if (wrongAud.accepted) report(probeRules.audienceNotValidated, `${url.host} accepted a token issued for ${WRONG_AUDIENCE} (HTTP ${wrongAud.status})`, `aud=${WRONG_AUDIENCE}`);
  const wrongIss = await attempt(url, transport, await sign(fresh({ iss: WRONG_ISSUER }), signing), timeoutMs);
  if (wrongIss.accepted) report(probeRules.issuerNotValidated, `${url.host} accepted a token from issuer ${WRONG_ISSUER} (HTTP ${wrongIss.status})`, `iss=${WRONG_ISSUER}`);
  return findings;
}

function sign(claims: JWTPayload, key: SigningKey): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: key.alg, typ: "JWT" }).sign(key.key);
}

/** aud = the server's URL, iss = the first authorization server its RFC 9728 metadata names. */
async function goodClaims(url: URL, server: ScannedServer, challenge: string | undefined, timeoutMs: number): Promise<JWTPayload> {
  let metadata = server.http?.resourceMetadata;
  if (metadata === undefined) metadata = await fetchMetadata(url, challenge, timeoutMs);
  const servers = metadata && typeof metadata === "object" ? (metadata as Record<string, unknown>).authorization_servers : undefined;
  const iss = Array.isArray(servers) && typeof servers[0] === "string" ? servers[0] : undefined;
  return { aud: url.href, sub: "mcp-shield-scan-probe", ...(iss ? { iss } : {}) };
}

async function fetchMetadata(url: URL, challenge: string | undefined, timeoutMs: number): Promise<unknown> {
  const named = challenge ? /resource_metadata\s*=\s*"?([^",\s]+)/i.exec(challenge)?.[1] : undefined;
  let target: URL;
  try {
    target = named ? new URL(named, url) : new URL(`/.well-known/oauth-protected-resource${url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "")}`, url);
  } catch {
    return undefined;
  }
  // Metadata elsewhere would make us talk to a host the user did not name.
  if (target.origin !== url.origin) return undefined;
  try {
    const res = await fetch(target, { headers: { accept: "application/json" }, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      return undefined;
    }
    const text = await res.text();
    return text.length > 1024 * 1024 ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

interface Attempt {
  status: number;
  accepted: boolean;
  challenge?: string;
}

/** One MCP request with only our headers: an initialize POST (streamable HTTP) or the SSE GET. */
async function attempt(url: URL, transport: "http" | "sse", token: string | undefined, timeoutMs: number): Promise<Attempt> {
  const headers: Record<string, string> = transport === "sse" ? { accept: "text/event-stream" } : { accept: "application/json, text/event-stream", "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    const res = await fetch(url, {
      method: transport === "sse" ? "GET" : "POST",
      headers,
      body:
        transport === "sse"
          ? undefined
          : JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "mcp-shield-scan-auth-probe", version: "0" } } }),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    void res.body?.cancel().catch(() => undefined);
    const challenge = res.headers.get("www-authenticate");
    return { status: res.status, accepted: res.status >= 200 && res.status <= 299, challenge: challenge ? displayLine(challenge, 2048) : undefined };
  } catch {
    return { status: 0, accepted: false };
  }
}

function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

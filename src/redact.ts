// Keeps secrets out of every output: values from configs are replaced before anything is printed.
import type { ServerEntry } from "./model.js";

/** What every masked value shows in place of the secret (after a kept prefix such as `ghp_`). */
export const MASK = "****";

/** Token shapes worth hiding even when we do not know they came from a config. */
const TOKEN_PATTERNS: RegExp[] = [
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,2048}/g, // JWT
  /\b(?:sk|pk|rk)-(?:[A-Za-z0-9_-]{2,16}-)?[A-Za-z0-9_-]{16,256}/g, // OpenAI/Anthropic/Stripe style
  /\bgh[pousr]_[A-Za-z0-9]{20,255}/g, // GitHub
  /\bgithub_pat_[A-Za-z0-9_]{20,255}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,255}/g, // Slack
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API key
  /\bglpat-[A-Za-z0-9_-]{20,255}/g, // GitLab
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /(?<=\b[Bb]earer\s{1,4})[A-Za-z0-9._~+/=-]{12,4096}/g,
];
/** Every TOKEN_PATTERNS match contains one of these: one cheap test lets ordinary text skip the ten patterns. */
const TOKEN_HINT = /eyJ|[spr]k-|gh[pousr]_|github_pat_|xox[abposr]-|AKIA|AIza|glpat-|npm_|[Bb]earer/;

/** Show a secret's kind without its value: the first few characters of well-known prefixes only. */
export function maskSecret(value: string): string {
  const prefix = /^(sk-|pk-|rk-|ghp_|gho_|ghs_|ghu_|ghr_|github_pat_|xox[abposr]-|glpat-|npm_|AKIA|AIza|eyJ)/.exec(value)?.[0] ?? "";
  return `${prefix}${MASK}`;
}

/** Known secret values of a set of entries: every env and header value, URL credentials and query values. */
export function secretsOf(entries: Iterable<ServerEntry>): string[] {
  const out = new Set<string>();
  const add = (v: string | undefined) => {
    // Short values ("1", "true", a port) are config, not secrets, and masking them would garble output.
    if (v && v.length >= 8) out.add(v);
  };
  for (const e of entries) {
    for (const v of Object.values(e.env)) add(v);
    for (const v of Object.values(e.headers)) {
      add(v);
      add(/^\s*\S+\s+(\S+)/.exec(v)?.[1]);
    }
    for (const u of [e.url, ...e.args]) {
      if (!u || !/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) continue;
      try {
        const url = new URL(u);
        add(url.password);
        // `https://TOKEN@host` carries the token in the user part.
        add(url.username);
        add(safeDecode(url.username));
        add(safeDecode(url.password));
        for (const [, v] of url.searchParams) add(v);
      } catch {
        /* not a URL after all */
      }
    }
    e.args.forEach((a, i) => {
      if (looksLikeSecret(a)) add(a);
      // `--api-key VALUE`, `--token=VALUE`: the flag name says what the value is.
      const flag = /^--?([A-Za-z0-9_.-]{1,64})(?:=(.*))?$/s.exec(a);
      if (!flag || !SECRET_NAME.test(flag[1] ?? "")) return;
      const value = flag[2] !== undefined ? flag[2] : e.args[i + 1];
      if (value !== undefined && !value.startsWith("-")) add(value);
    });
  }
  // Longest first so a secret that contains another is masked whole.
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Environment variable names that may hold a credential. Broad on purpose: it only decides what output
 * masks, and a masked harmless value costs far less than a printed key.
 */
const CREDENTIAL_ENV_NAME = /KEY|TOKEN|SECRET|PASS|AUTH|CRED|COOKIE|SESSION|PRIVATE|DSN|CONN/i;

/** Values of an environment (the scanner's own, or the one a guarded server gets) that must never be printed. */
export function secretsOfEnvironment(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter((kv): kv is [string, string] => kv[1] !== undefined && CREDENTIAL_ENV_NAME.test(kv[0]))
    .map(([, v]) => v);
}

/** Names of flags, variables and headers whose value is a credential. */
export const SECRET_NAME = /token|secret|passw(?:or)?d|passwd|api[-_]?key|access[-_]?key|private[-_]?key|auth|credential|cookie|session/i;

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

export function looksLikeSecret(value: string): boolean {
  return TOKEN_PATTERNS.some((re) => {
    re.lastIndex = 0;
    return re.test(value);
  });
}

export class Redactor {
  private readonly secrets: string[];
  constructor(secrets: Iterable<string> = []) {
    this.secrets = [...new Set(secrets)].filter((s) => s.length >= 8).sort((a, b) => b.length - a.length);
  }
  static forEntries(entries: Iterable<ServerEntry>): Redactor {
    return new Redactor(secretsOf(entries));
  }
  text(input: string): string {
    let out = input;
    for (const s of this.secrets) if (out.includes(s)) out = out.split(s).join(maskSecret(s));
    if (!TOKEN_HINT.test(out)) return out;
    for (const re of TOKEN_PATTERNS) out = out.replace(re, (m) => maskSecret(m));
    return out;
  }
  /** Deep copy of a JSON value with every string redacted. */
  value<T>(input: T): T {
    return redactDeep(input, (s) => this.text(s)) as T;
  }
}

function redactDeep(v: unknown, fn: (s: string) => string, depth = 0): unknown {
  if (depth > 64) return v;
  if (typeof v === "string") return fn(v);
  if (Array.isArray(v)) return v.map((x) => redactDeep(x, fn, depth + 1));
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[fn(k)] = redactDeep(x, fn, depth + 1);
    return out;
  }
  return v;
}

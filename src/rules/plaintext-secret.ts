// Flags API keys, tokens and passwords written literally into a server's env, headers, args or URL.
import { readFile } from "node:fs/promises";
import type { Rule } from "../analyze/rule.js";
import type { ServerEntry } from "../model.js";
import { looksLikeSecret, maskSecret } from "../redact.js";

export const plaintextSecret: Rule = {
  meta: {
    id: "plaintext-secret",
    severity: "high",
    summary: "A secret (API key, token, password) is written in plain text in a server's config",
    help:
      "Config files end up in dotfile repos, screenshots, support bundles and (for project configs) git. Keep the secret in the " +
      "environment or a secret store and reference it, e.g. `\"env\": {\"GITHUB_TOKEN\": \"${env:GITHUB_TOKEN}\"}` (VS Code) or " +
      "`${GITHUB_TOKEN}`, then rotate the exposed value.",
  },
  async check({ inventory, report }) {
    const files = new Map<string, Promise<string | undefined>>();
    const fileText = (path: string) => {
      let text = files.get(path);
      if (!text) files.set(path, (text = readConfigText(path)));
      return text;
    };
    for (const server of inventory.servers) {
      // A saved inventory (`scan --input`) keeps no env or header values and redacted args and URLs, and the config
      // file that would tell a literal from an expanded reference is on the machine that saved it: only the live config can say.
      if (server.entry.scope === "input") continue;
      for (const hit of secretsIn(server.entry)) {
        // discover has already expanded `${env:X}`; a value absent from the file text came from the environment.
        const text = await fileText(server.entry.configPath);
        if (text !== undefined && !writtenIn(text, hit.value)) continue;
        report({
          server: server.entry.name,
          entity: { kind: "config", name: server.entry.name },
          field: hit.field,
          severity: server.entry.scope === "project" || hit.known ? "high" : "medium",
          message: `${hit.field} holds ${hit.kind} in plain text${server.entry.scope === "project" ? " in a project config that is likely committed" : ""}; reference it from the environment instead`,
          evidence: `${hit.label}=${maskSecret(hit.value)}`,
        });
      }
    }
  },
};

export interface SecretHit {
  field: string;
  /** Key, header or parameter name, safe to show. */
  label: string;
  value: string;
  kind: string;
  /** A well-known token format, not just a suspicious name. */
  known: boolean;
}

const SECRET_NAME = /(token|secret|passw(or)?d|pwd|api[-_]?key|apikey|access[-_]?key|private[-_]?key|credential|auth|cookie|session|(^|[-_])key$)/i;
const NOT_SECRET_NAME = /([-_](url|uri|path|file|dir|endpoint|host|name|id|type|method|header|expiry|expires|ttl|timeout|length|size|mode|provider|scheme))$/i;
const PLACEHOLDER = /^(x+|\*+|\.+|changeme|change[-_]me|placeholder|todo|tbd|dummy|example|test|none|null|undefined|true|false|redacted|secret|password|token)$|your[-_ ]|[-_ ]here$|^<.*>$|^\[.*\]$|^\{\{.*\}\}$/i;
const REFERENCE = /\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/;
const QUERY_SECRET = /^(token|access_token|id_token|refresh_token|api[-_]?key|apikey|key|secret|client_secret|password|pass|pwd|sig|signature|auth|code)$/i;

const KINDS: [RegExp, string][] = [
  [/^eyJ/, "a JWT"],
  [/^gh[pousr]_|^github_pat_/, "a GitHub token"],
  [/^sk-ant-/, "an Anthropic API key"],
  [/^sk-/, "an API key (sk-…)"],
  [/^xox[abposr]-/, "a Slack token"],
  [/^AKIA/, "an AWS access key id"],
  [/^AIza/, "a Google API key"],
  [/^glpat-/, "a GitLab token"],
  [/^npm_/, "an npm token"],
];

function kindOf(value: string, fallback: string): string {
  return KINDS.find(([re]) => re.test(value))?.[1] ?? fallback;
}

/** Characters of information per character: random keys score high, words and paths low. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function plausibleValue(value: string): boolean {
  const v = value.trim();
  return v.length >= 8 && !REFERENCE.test(v) && !PLACEHOLDER.test(v) && !/^(\/|\.{1,2}\/|~|[A-Za-z]:\\|https?:\/\/)/.test(v) && !/\s/.test(v);
}

/** A value judged by its name: a secret-ish name and a value that looks random, or any password. */
function namedSecret(name: string, value: string): boolean {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name) || !plausibleValue(value)) return false;
  if (/passw(or)?d|pwd/i.test(name)) return true;
  // Generated keys mix letters and digits; settings like "oauth-client-credentials" do not.
  return value.length >= 16 && entropy(value) >= 3 && /\d/.test(value) && /[A-Za-z]/.test(value);
}

export function secretsIn(entry: ServerEntry): SecretHit[] {
  const hits: SecretHit[] = [];
  const add = (field: string, label: string, value: string, fallbackKind: string | undefined) => {
    const known = looksLikeSecret(value) && !REFERENCE.test(value);
    if (!known && !fallbackKind) return;
    hits.push({ field, label, value, known, kind: kindOf(value, fallbackKind ?? "a secret") });
  };
  for (const [k, v] of Object.entries(entry.env)) add(`env.${k}`, k, v, namedSecret(k, v) ? "a secret" : undefined);
  for (const [k, v] of Object.entries(entry.headers)) {
    const scheme = /^\s*(bearer|basic|token|digest|apikey)\s+(\S+)\s*$/i.exec(v);
    if (/^(authorization|proxy-authorization)$/i.test(k) && scheme) {
      const cred = scheme[2]!;
      if (plausibleValue(cred)) add(`headers.${k}`, k, cred, `a ${scheme[1]!.toLowerCase()} credential`);
    } else add(`headers.${k}`, k, v, namedSecret(k, v) ? "a secret" : undefined);
  }
  entry.args.forEach((arg, i) => {
    const field = `args[${i}]`;
    const flag = /^--?([A-Za-z][\w-]*)=(.+)$/.exec(arg) ?? /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(arg);
    if (flag) {
      add(field, flag[1]!, flag[2]!, namedSecret(flag[1]!, flag[2]!) ? "a secret" : undefined);
      return;
    }
    const prev = /^--?([A-Za-z][\w-]*)$/.exec(entry.args[i - 1] ?? "");
    if (prev && namedSecret(prev[1]!, arg)) {
      add(field, prev[1]!, arg, "a secret");
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      hits.push(...urlSecrets(field, arg));
      return;
    }
    add(field, `args[${i}]`, arg, undefined);
  });
  if (entry.url) hits.push(...urlSecrets("url", entry.url));
  return hits;
}

function urlSecrets(field: string, raw: string): SecretHit[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  const hits: SecretHit[] = [];
  const password = decodeURIComponent(url.password);
  if (password && !REFERENCE.test(password) && !PLACEHOLDER.test(password)) {
    hits.push({ field, label: "password", value: password, known: looksLikeSecret(password), kind: kindOf(password, "a password in the URL") });
  }
  for (const [k, v] of url.searchParams) {
    if ((QUERY_SECRET.test(k) || SECRET_NAME.test(k)) && plausibleValue(v)) {
      hits.push({ field: `${field}?${k}`, label: k, value: v, known: looksLikeSecret(v), kind: kindOf(v, `a secret in the URL query`) });
    } else if (looksLikeSecret(v)) hits.push({ field: `${field}?${k}`, label: k, value: v, known: true, kind: kindOf(v, "a secret") });
  }
  return hits;
}

const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

async function readConfigText(path: string): Promise<string | undefined> {
  try {
    const text = await readFile(path, "utf8");
    return text.length > MAX_CONFIG_BYTES ? undefined : text;
  } catch {
    return undefined; // a direct target or an unreadable file: judge by shape alone
  }
}

/** The value as a config format would spell it: raw, JSON-escaped, or percent-encoded inside a URL. */
function writtenIn(text: string, value: string): boolean {
  const forms = [value, JSON.stringify(value).slice(1, -1), JSON.stringify(value).slice(1, -1).replace(/\//g, "\\/"), encodeURIComponent(value)];
  return forms.some((f) => text.includes(f));
}

// --source DIR: reads a server's own JS/TS/Python code for JWT checks that skip audience or issuer, and for 0.0.0.0 binds.
import { readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import fg from "fast-glob";
import type { RuleMeta } from "../analyze/rule.js";
import type { Finding, Severity } from "../model.js";
import { displayLine } from "../report/sanitize.js";

export const sourceRules = {
  audience: {
    id: "source-jwt-audience-unchecked",
    severity: "high",
    summary: "Source code verifies JWTs without checking the audience",
    help:
      "A token verified without `aud` is accepted even when it was issued for another MCP server or API of the same authorization " +
      "server, so any service that sees a user's token can replay it here (the MCP authorization spec requires audience validation). " +
      "Pass the server's resource URL: jose `jwtVerify(token, JWKS, { audience, issuer })`, jsonwebtoken `verify(token, key, " +
      "{ audience, issuer })`, PyJWT `jwt.decode(token, key, algorithms=[...], audience=..., issuer=...)`, FastMCP " +
      "`JWTVerifier(jwks_uri=..., issuer=..., audience=...)`.",
  },
  issuer: {
    id: "source-jwt-issuer-unchecked",
    severity: "medium",
    summary: "Source code verifies JWTs without checking the issuer",
    help:
      "Without an `issuer` check, tokens from any authorization server whose keys the code accepts are valid, including other " +
      "tenants of a shared identity provider. Pass the expected issuer to the verify call.",
  },
  bindAll: {
    id: "source-bind-all-interfaces",
    severity: "medium",
    summary: "An HTTP server binds to all network interfaces (0.0.0.0 / ::)",
    help:
      "Bound to 0.0.0.0 a local MCP server is reachable from the whole network (and, through DNS rebinding, from web pages). " +
      "Bind to 127.0.0.1 unless it must be remote, and then require authentication.",
  },
} as const satisfies Record<string, RuleMeta>;

export const sourceRuleList: RuleMeta[] = Object.values(sourceRules);

export interface SourceScanOptions {
  /** Files larger than this are generated or vendored code: skipped. */
  maxFileBytes?: number;
  maxFiles?: number;
}

const PATTERNS = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,py}"];
const IGNORE = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/build/**", "**/.venv/**", "**/venv/**", "**/__pycache__/**", "**/site-packages/**", "**/*.min.js", "**/*.d.ts"];

export async function scanSource(dir: string, opts: SourceScanOptions = {}): Promise<Finding[]> {
  const root = resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`--source ${dir}: not a directory`);
  const maxBytes = opts.maxFileBytes ?? 1024 * 1024;
  const files = (await fg(PATTERNS, { cwd: root, ignore: IGNORE, onlyFiles: true, followSymbolicLinks: false, dot: false, suppressErrors: true }))
    .sort()
    .slice(0, opts.maxFiles ?? 20000);
  const findings: Finding[] = [];
  for (const rel of files) {
    const file = join(root, rel);
    const size = (await stat(file).catch(() => undefined))?.size ?? Infinity;
    if (size > maxBytes) continue;
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text === undefined || text.includes("\u0000")) continue;
    const name = rel.split(sep).join("/");
    for (const hit of scanText(text, rel.endsWith(".py") ? "python" : "js")) {
      findings.push({
        ruleId: hit.rule.id,
        severity: hit.severity ?? hit.rule.severity,
        server: name,
        entity: { kind: "config", name },
        message: hit.message,
        evidence: hit.evidence,
        configPath: file,
        line: hit.line,
        suppressed: false,
      });
    }
  }
  return findings;
}

export interface SourceHit {
  rule: RuleMeta;
  severity?: Severity;
  line: number;
  message: string;
  evidence: string;
}

/** Pure: every finding in one file's text. */
export function scanText(text: string, language: "js" | "python"): SourceHit[] {
  const hits: SourceHit[] = [];
  if (language === "js") {
    jsJose(text, hits);
    jsJsonwebtoken(text, hits);
  } else {
    pythonJwtDecode(text, hits);
    pythonJwtVerifier(text, hits);
  }
  bindAll(text, language, hits);
  return hits;
}

interface Call {
  index: number;
  callee: string;
  args: string[];
}

const MAX_CALL_CHARS = 4000;

/** Calls matching `callee` with their top-level arguments, skipping commented-out lines and definitions. */
function calls(text: string, callee: RegExp, language: "js" | "python"): Call[] {
  const out: Call[] = [];
  const re = new RegExp(callee.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const open = m.index + m[0].length - 1;
    if (inComment(text, m.index, language)) continue;
    if (/\b(function|def|async)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const args = splitArgs(text, open);
    if (args) out.push({ index: m.index, callee: m[0].replace(/\s*\($/, ""), args });
  }
  return out;
}

function inComment(text: string, index: number, language: "js" | "python"): boolean {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const before = text.slice(lineStart, index);
  if (language === "python") return /^\s*#/.test(before) || /#[^'"]*$/.test(before);
  return /^\s*(\*|\/\*)/.test(before) || /(^|[^:])\/\/[^'"`]*$/.test(before);
}

/** Top-level comma-separated arguments of the call whose `(` is at `open`; quotes and nesting respected, bounded. */
function splitArgs(text: string, open: number): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = "";
  const end = Math.min(text.length, open + MAX_CALL_CHARS);
  for (let i = open + 1; i < end; i++) {
    const ch = text[i]!;
    if (quote) {
      current += ch;
      if (ch === "\\") current += text[++i] ?? "";
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") {
      quote = ch;
      current += ch;
    } else if (ch === "(" || ch === "[" || ch === "{") {
      depth++;
      current += ch;
    } else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth === 0) {
        if (current.trim() !== "") args.push(current.trim());
        return args;
      }
      depth--;
      current += ch;
    } else if (ch === "," && depth === 0) {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  return undefined;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Which of audience/issuer a JS options argument sets; undefined = cannot tell from here. */
function jsOptionKeys(arg: string | undefined, text: string): { audience: boolean; issuer: boolean; keys: string[] } | undefined {
  if (arg === undefined) return { audience: false, issuer: false, keys: [] };
  const trimmed = arg.trim();
  if (trimmed.startsWith("{")) {
    const keys = [...trimmed.matchAll(/(?:^|[{,\s])([A-Za-z_$][\w$]*)\s*(?=[:,}])/g)].map((k) => k[1]!);
    const spread = /\.\.\./.test(trimmed);
    const audience = keys.includes("audience");
    const issuer = keys.includes("issuer");
    if (spread && !(audience && issuer)) return fileWide(text, keys);
    return { audience, issuer, keys };
  }
  // Options built elsewhere (a variable, a function call): judge by whether the file sets them anywhere.
  return fileWide(text, []);
}

function fileWide(text: string, keys: string[]): { audience: boolean; issuer: boolean; keys: string[] } {
  return { audience: /\baudience\s*[:=]/.test(text) || /\baudience\b\s*[,}]/.test(text), issuer: /\bissuer\s*[:=]/.test(text) || /\bissuer\b\s*[,}]/.test(text), keys };
}

function reportMissing(hits: SourceHit[], text: string, call: Call, set: { audience: boolean; issuer: boolean; keys: string[] }, library: string) {
  const line = lineOf(text, call.index);
  const evidence = `${call.callee}(…)${set.keys.length > 0 ? ` options: ${set.keys.slice(0, 8).join(", ")}` : " without options"}`;
  if (!set.audience) hits.push({ rule: sourceRules.audience, line, evidence, message: `${library} ${call.callee}() does not check the token audience` });
  if (!set.issuer) hits.push({ rule: sourceRules.issuer, line, evidence, message: `${library} ${call.callee}() does not check the token issuer` });
}

function jsJose(text: string, hits: SourceHit[]) {
  if (!/\bjwtVerify\b/.test(text)) return;
  for (const call of calls(text, /\b(?:[A-Za-z_$][\w$]*\.)?jwtVerify\s*\(/, "js")) {
    const set = jsOptionKeys(call.args[2], text);
    if (set) reportMissing(hits, text, call, set, "jose");
  }
}

function jsJsonwebtoken(text: string, hits: SourceHit[]) {
  if (!/['"]jsonwebtoken['"]/.test(text)) return;
  const bindings = new Set<string>();
  for (const m of text.matchAll(/import\s+(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)\s*(?:,\s*\{[^}]{0,300}\})?\s*from\s*['"]jsonwebtoken['"]/g)) bindings.add(m[1]!);
  for (const m of text.matchAll(/(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+import|require)\(\s*['"]jsonwebtoken['"]\s*\)/g)) bindings.add(m[1]!);
  const bare = new Set<string>();
  for (const m of text.matchAll(/(?:import\s*(?:[A-Za-z_$][\w$]*\s*,\s*)?\{([^}]{0,300})\}\s*from|(?:const|let|var)\s*\{([^}]{0,300})\}\s*=\s*require\()\s*['"]jsonwebtoken['"]/g)) {
    for (const part of (m[1] ?? m[2] ?? "").split(",")) {
      const named = /^\s*verify(?:\s+as\s+([\w$]+)|\s*:\s*([\w$]+))?\s*$/.exec(part);
      if (named) bare.add(named[1] ?? named[2] ?? "verify");
    }
  }
  const names = [...[...bindings].map((b) => `${escapeRe(b)}\\.verify`), ...[...bare].map((b) => `(?<![\\w$.])${escapeRe(b)}`)];
  if (names.length === 0) return;
  for (const call of calls(text, new RegExp(`(?:${names.join("|")})\\s*\\(`), "js")) {
    const set = jsOptionKeys(call.args[2], text);
    if (set && !(call.args[2] !== undefined && /^(function\b|\(?[\w$,\s]*\)?\s*=>)/.test(call.args[2].trim()))) reportMissing(hits, text, call, set, "jsonwebtoken");
    else if (call.args[2] !== undefined) reportMissing(hits, text, call, { audience: false, issuer: false, keys: [] }, "jsonwebtoken"); // third argument is the callback
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Keyword arguments of a Python call, and a literal `options={...}` dict if given. */
function pythonKwargs(args: string[]): { names: string[]; options?: string; splat: boolean } {
  const names: string[] = [];
  let options: string | undefined;
  let splat = false;
  for (const a of args) {
    if (a.startsWith("**")) splat = true;
    const kw = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(a);
    if (!kw) continue;
    names.push(kw[1]!);
    if (kw[1] === "options") options = kw[2];
  }
  return { names, options, splat };
}

function pythonJwtDecode(text: string, hits: SourceHit[]) {
  const module = /^\s*(?:import\s+jwt\b|from\s+jose\s+import\s+[^\n]*\bjwt\b|import\s+jose\.jwt)/m.test(text);
  const bareDecode = /^\s*from\s+(?:jwt|jose\.jwt)\s+import\s+[^\n]*\bdecode\b/m.test(text);
  if (!module && !bareDecode) return;
  const callee = module && bareDecode ? /(?:\bjwt\.|(?<![\w.]))decode\s*\(/ : module ? /\bjwt\.decode\s*\(/ : /(?<![\w.])decode\s*\(/;
  for (const call of calls(text, callee, "python")) {
    const { names, options, splat } = pythonKwargs(call.args);
    // Reading claims without verifying (to find the kid, say) is not verification.
    if (options && /['"]verify_signature['"]\s*:\s*False/.test(options)) continue;
    if (splat) continue;
    const audOff = options !== undefined && /['"]verify_aud['"]\s*:\s*False/.test(options);
    const issOff = options !== undefined && /['"]verify_iss['"]\s*:\s*False/.test(options);
    const line = lineOf(text, call.index);
    const evidence = `${call.callee}(…)${names.length > 0 ? ` keywords: ${names.slice(0, 8).join(", ")}` : ""}${audOff ? ", verify_aud False" : ""}`;
    if (audOff || !names.includes("audience")) {
      hits.push({ rule: sourceRules.audience, line, evidence, message: `${call.callee}() ${audOff ? "turns audience verification off (verify_aud: False)" : "is called without audience="}` });
    }
    if (issOff || !names.includes("issuer")) {
      hits.push({ rule: sourceRules.issuer, line, evidence, message: `${call.callee}() ${issOff ? "turns issuer verification off (verify_iss: False)" : "is called without issuer="}` });
    }
  }
}

function pythonJwtVerifier(text: string, hits: SourceHit[]) {
  if (!/\bJWTVerifier\b/.test(text)) return;
  for (const call of calls(text, /(?<![\w.])(?:[A-Za-z_]\w*\.)?JWTVerifier\s*\(/, "python")) {
    if (/^\s*class\s/.test(text.slice(text.lastIndexOf("\n", call.index) + 1, call.index + 1))) continue;
    const { names, splat } = pythonKwargs(call.args);
    if (splat) continue;
    const line = lineOf(text, call.index);
    const evidence = `JWTVerifier(…)${names.length > 0 ? ` keywords: ${names.slice(0, 8).join(", ")}` : ""}`;
    if (!names.includes("audience")) hits.push({ rule: sourceRules.audience, line, evidence, message: "FastMCP JWTVerifier() is created without audience=" });
    if (!names.includes("issuer")) hits.push({ rule: sourceRules.issuer, line, evidence, message: "FastMCP JWTVerifier() is created without issuer=" });
  }
}

const ALL_INTERFACES = `["'](?:0\\.0\\.0\\.0|::|\\[::\\])["']`;

function bindAll(text: string, language: "js" | "python", hits: SourceHit[]) {
  const patterns =
    language === "js"
      ? [new RegExp(`\\.listen\\s*\\([^()]{0,200}?${ALL_INTERFACES}`, "g"), new RegExp(`\\b(?:host|hostname)\\s*:\\s*${ALL_INTERFACES}`, "g")]
      : [new RegExp(`\\bhost\\s*=\\s*${ALL_INTERFACES}`, "gi"), new RegExp(`\\.(?:bind|listen)\\s*\\(\\s*\\(\\s*${ALL_INTERFACES}`, "g"), new RegExp(`["']--host["']\\s*,\\s*${ALL_INTERFACES}`, "g")];
  const seenLines = new Set<number>();
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      if (inComment(text, m.index, language)) continue;
      const line = lineOf(text, m.index);
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      const address = /0\.0\.0\.0/.test(m[0]) ? "0.0.0.0" : "::";
      hits.push({ rule: sourceRules.bindAll, line, evidence: displayLine(m[0].replace(/\s+/g, " "), 120), message: `A server binds to ${address} (every network interface)` });
    }
  }
}

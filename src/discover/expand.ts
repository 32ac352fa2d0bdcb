// Variable expansion in config values (${env:VAR}, ${VAR}, ${userHome}, ...) and quote-aware command-line splitting.

export interface ExpandContext {
  home: string;
  env: Record<string, string | undefined>;
  /** What `${workspaceFolder}` means for this file: the project directory. */
  workspaceFolder: string;
  pathSeparator: string;
}

export interface Expanded {
  value: string;
  /** `${input:id}` (and other editor-only variables) we cannot answer offline. */
  needsInput: string[];
  /** Environment variables referenced but not set. */
  unsetEnv: string[];
}

// Braced forms only: `$VAR` is left alone because clients do not expand it either.
const VARIABLE = /\$\{([^{}]*)\}/g;

export function expandVariables(text: string, ctx: ExpandContext): Expanded {
  const needsInput: string[] = [];
  const unsetEnv: string[] = [];
  const fromEnv = (spec: string): string => {
    // `${VAR:-default}` as Claude Code writes it.
    const [name, fallback] = splitDefault(spec);
    const value = ctx.env[name];
    if (value !== undefined && value !== "") return value;
    if (fallback !== undefined) return fallback;
    unsetEnv.push(name);
    return "";
  };
  const value = text.replace(VARIABLE, (whole, inner: string) => {
    if (inner === "userHome") return ctx.home;
    if (inner === "workspaceFolder" || inner === "workspaceRoot") return ctx.workspaceFolder;
    if (inner === "pathSeparator" || inner === "/") return ctx.pathSeparator;
    if (inner.startsWith("env:")) return fromEnv(inner.slice(4));
    if (inner.startsWith("input:")) {
      needsInput.push(inner.slice(6));
      return whole;
    }
    if (/^[A-Za-z_][A-Za-z0-9_]*(:-.*)?$/s.test(inner)) return fromEnv(inner);
    if (/^(command|config):/.test(inner)) {
      needsInput.push(inner);
      return whole;
    }
    return whole;
  });
  return { value, needsInput, unsetEnv };
}

function splitDefault(spec: string): [string, string | undefined] {
  const at = spec.indexOf(":-");
  return at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 2)];
}

/** `~` or `~/...` at the start of a path means the home directory. */
export function expandTilde(value: string, home: string, pathSeparator: string): string {
  if (value === "~") return home;
  if (value.startsWith("~/") || value.startsWith("~\\")) return home + pathSeparator + value.slice(2);
  return value;
}

/**
 * Splits a command line written as one string into words, the way a POSIX shell splits quoting
 * (single quotes literal, double quotes with \" and \\), without running any shell. A backslash
 * outside quotes only escapes a quote, a space or another backslash, so Windows paths survive.
 */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const next = line[i + 1];
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === "\\" && (next === '"' || next === "\\")) {
        word += next;
        i++;
      } else word += ch;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      inWord = true;
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === "\\" && next !== undefined && /["'\s\\]/.test(next)) {
        word += next;
        i++;
      } else word += ch;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote in command line`);
  if (inWord) words.push(word);
  return words;
}

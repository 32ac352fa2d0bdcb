// Shared by the hardening tests: fixture paths, a per-run process marker, and output checks.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, NODE } from "../helpers/cli.js";

export const HOSTILE = join(FIXTURES, "hostile");
export const server = (file: string) => join(FIXTURES, "servers", file);
export const hostile = (file: string) => join(HOSTILE, file);

/** A stdio config entry for a fixture server; `marker` goes into its env so grandchildren carry it too. */
export function nodeEntry(script: string, args: string[] = [], env: Record<string, string> = {}) {
  return { command: NODE, args: [script, ...args], env };
}

/**
 * Live (non-zombie) processes whose command line or environment holds `marker`. Linux only (reads /proc).
 * Our own jest process is excluded: it holds the marker in memory, not in its cmdline or environ.
 */
export function processesWithMarker(marker: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2)[0] === "Z") continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, "latin1");
      const environ = readFileSync(`/proc/${name}/environ`, "latin1");
      if (cmdline.includes(marker) || environ.includes(marker)) found.push(Number(name));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return found;
}

/** Control characters a terminal acts on (C0 but \n, DEL, C1) and bidi overrides/isolates. */
export const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** The first control character in `text`, shown with its surroundings, for a readable failure. */
export function firstControl(text: string): string | undefined {
  const m = TERMINAL_CONTROL.exec(text);
  if (!m) return undefined;
  return JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40));
}

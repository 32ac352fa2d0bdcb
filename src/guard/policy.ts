// Decides what the client may see: the start-up verdict and, later, which listed tools stay visible.
import { runRules } from "../analyze/engine.js";
import type { Rule } from "../analyze/rule.js";
import { compareServer, hashEntity, pickVisible, LOCK_RULES, type LockedServer } from "../lock/index.js";
import { atLeast, type Finding, type Inventory, type ScannedServer, type Severity, type Tool } from "../model.js";

export interface ToolVerdict {
  allowed: boolean;
  /** Why a tool is blocked (or, when allowed, what was noticed); one line each. */
  reasons: { ruleId: string; severity: Severity; message: string }[];
  /** The tool is not in the baseline: new since it was pinned or since the guard started. */
  added: boolean;
}

/** A finding stops the server when it reaches the threshold; a rug pull always does. */
export function blocks(finding: Finding, failOn: Severity): boolean {
  if (finding.suppressed) return false;
  return finding.ruleId === LOCK_RULES.rugPull || atLeast(finding.severity, failOn);
}

export function inventoryOf(server: ScannedServer): Inventory {
  return { id: server.entry.inventoryId, client: server.entry.client, configPath: server.entry.configPath, servers: [server] };
}

/** Every rule finding plus the lockfile comparison for the server as scanned at start. */
export async function startupFindings(server: ScannedServer, rules: Rule[], pinned: LockedServer | undefined): Promise<{ findings: Finding[]; ruleErrors: string[] }> {
  const { findings, errors } = await runRules([inventoryOf(server)], rules);
  if (pinned) findings.push(...compareServer(server, pinned));
  return { findings, ruleErrors: errors.map((e) => `${e.ruleId}: ${e.message}`) };
}

/**
 * Checks tools listed after start against the baseline (the pinned entry, else what the guard saw at
 * start) and the rules. Verdicts are cached by tool hash, so repeated listings cost one hash each.
 */
export class ToolPolicy {
  private readonly cache = new Map<string, ToolVerdict>();

  constructor(
    private readonly snapshot: ScannedServer,
    private readonly baseline: LockedServer,
    /** How the client-facing reason names the baseline: "pinned" or "checked at start". */
    private readonly baselineLabel: string,
    private readonly rules: Rule[],
    private readonly failOn: Severity,
  ) {}

  async check(tools: Tool[]): Promise<Map<string, ToolVerdict>> {
    const out = new Map<string, ToolVerdict>();
    const unchecked: { tool: Tool; hash: string }[] = [];
    for (const tool of tools) {
      const hash = hashEntity("tool", pickVisible("tool", tool)).hash;
      const cached = this.cache.get(hash);
      if (cached) out.set(tool.name, cached);
      else unchecked.push({ tool, hash });
    }
    if (unchecked.length === 0) return out;

    const verdicts = new Map<string, ToolVerdict>();
    for (const { tool, hash } of unchecked) {
      const pinned = this.baseline.entities[`tool:${tool.name}`];
      const verdict: ToolVerdict = { allowed: true, reasons: [], added: !pinned };
      if (pinned && pinned.hash !== hash) {
        verdict.allowed = false;
        verdict.reasons.push({ ruleId: LOCK_RULES.rugPull, severity: "high", message: `tool changed since it was ${this.baselineLabel}` });
      }
      verdicts.set(tool.name, verdict);
    }
    // Rules see the new tools beside the rest of the server, so cross-entity rules keep their context.
    const others = this.snapshot.tools.filter((t) => !verdicts.has(t.name));
    const server: ScannedServer = { ...this.snapshot, tools: [...others, ...unchecked.map((u) => u.tool)] };
    const { findings } = await runRules([inventoryOf(server)], this.rules);
    for (const f of findings) {
      if (f.entity.kind !== "tool") continue;
      const verdict = verdicts.get(f.entity.name);
      if (!verdict || f.suppressed) continue;
      if (atLeast(f.severity, this.failOn)) verdict.allowed = false;
      verdict.reasons.push({ ruleId: f.ruleId, severity: f.severity, message: f.message });
    }
    for (const { tool, hash } of unchecked) {
      const verdict = verdicts.get(tool.name)!;
      this.cache.set(hash, verdict);
      out.set(tool.name, verdict);
    }
    return out;
  }
}

// Decides what the client may see: the start-up verdict and, later, which listed tools stay visible.
import { runRules } from "../analyze/engine.js";
import type { Rule } from "../analyze/rule.js";
import { compareServer, hashEntity, hashJson, pickVisible, LOCK_RULES, type LockedServer } from "../lock/index.js";
import { atLeast, type Finding, type Inventory, type Prompt, type Resource, type ResourceTemplate, type ScannedServer, type Severity, type Tool } from "../model.js";

export interface EntityVerdict {
  allowed: boolean;
  /** Why an entity is blocked (or, when allowed, what was noticed); one line each. */
  reasons: { ruleId: string; severity: Severity; message: string }[];
  /** The entity is not in the baseline: new since it was pinned or since the guard started. */
  added: boolean;
}

/** What a server lists and the client can later use by its identifier. */
export type ListedKind = "tool" | "prompt" | "resource" | "resourceTemplate";
export type ListedEntity = Tool | Prompt | Resource | ResourceTemplate;

const SNAPSHOT_FIELD = { tool: "tools", prompt: "prompts", resource: "resources", resourceTemplate: "resourceTemplates" } as const;

/** How a client names the entity in a later request (tools/call, prompts/get, resources/read): also its lockfile id. */
export function listedId(kind: ListedKind, entity: ListedEntity): string {
  if (kind === "resource") return (entity as Resource).uri ?? entity.name;
  if (kind === "resourceTemplate") return (entity as ResourceTemplate).uriTemplate ?? entity.name;
  return entity.name;
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
 * Checks tools, prompts, resources and resource templates listed after start against the baseline (the
 * pinned entry, else what the guard saw at start) and the rules. Verdicts are cached by entity hash, so
 * repeated listings cost one hash each. Verdicts are keyed by `listedId`.
 */
export class ListingPolicy {
  private readonly cache = new Map<string, EntityVerdict>();

  constructor(
    private readonly snapshot: ScannedServer,
    private readonly baseline: LockedServer,
    /** How the client-facing reason names the baseline: "pinned" or "checked at start". */
    private readonly baselineLabel: string,
    private readonly rules: Rule[],
    private readonly failOn: Severity,
  ) {}

  async check(kind: ListedKind, entities: ListedEntity[]): Promise<Map<string, EntityVerdict>> {
    const out = new Map<string, EntityVerdict>();
    const unchecked: { entity: ListedEntity; id: string; hash: string }[] = [];
    for (const entity of entities) {
      const id = listedId(kind, entity);
      const hash = `${kind}:${hashEntity(kind, pickVisible(kind, entity)).hash}`;
      const cached = this.cache.get(hash);
      if (cached) out.set(id, cached);
      else unchecked.push({ entity, id, hash });
    }
    if (unchecked.length === 0) return out;

    const verdicts = new Map<string, EntityVerdict>();
    for (const { id, hash } of unchecked) {
      const pinned = this.baseline.entities[`${kind}:${id}`];
      const verdict: EntityVerdict = { allowed: true, reasons: [], added: !pinned };
      if (pinned && `${kind}:${pinned.hash}` !== hash) {
        verdict.allowed = false;
        verdict.reasons.push({ ruleId: LOCK_RULES.rugPull, severity: "high", message: `${KIND_WORD[kind]} changed since it was ${this.baselineLabel}` });
      }
      verdicts.set(id, verdict);
    }
    // Rules see the new entities beside the rest of the server, so cross-entity rules keep their context.
    const field = SNAPSHOT_FIELD[kind];
    const listed = this.snapshot[field] as ListedEntity[];
    const others = listed.filter((e) => !verdicts.has(listedId(kind, e)));
    const server: ScannedServer = { ...this.snapshot, [field]: [...others, ...unchecked.map((u) => u.entity)] };
    const { findings } = await runRules([inventoryOf(server)], this.rules);
    for (const f of findings) {
      if (f.entity.kind !== kind || f.suppressed) continue;
      // Findings name resources by display name, which two resources may share; the entity hash tells them apart.
      // When no hash matches (a rule hashed something else), every namesake is held: fail closed.
      const namesakes = unchecked.filter((u) => u.entity.name === f.entity.name);
      const exact = f.entityHash === undefined ? [] : namesakes.filter((u) => hashJson(u.entity) === f.entityHash);
      const owners = exact.length > 0 ? exact : namesakes;
      for (const owner of owners) {
        const verdict = verdicts.get(owner.id)!;
        if (atLeast(f.severity, this.failOn)) verdict.allowed = false;
        verdict.reasons.push({ ruleId: f.ruleId, severity: f.severity, message: f.message });
      }
    }
    for (const { id, hash } of unchecked) {
      const verdict = verdicts.get(id)!;
      this.cache.set(hash, verdict);
      out.set(id, verdict);
    }
    return out;
  }
}

const KIND_WORD: Record<ListedKind, string> = { tool: "tool", prompt: "prompt", resource: "resource", resourceTemplate: "resource template" };

// Compares what servers show now with what was pinned: rug pulls, new, removed and renamed entities.
import { isRecord, type EntityKind, type Finding, type ScannedServer, type Severity } from "../model.js";
import { displayLine } from "../report/sanitize.js";
import { descriptionField, hashEntity, schemaFieldsOf, visibleEntities, visibleFieldsOf, type LockedKind, type VisibleEntity } from "./entities.js";
import { canonicalJson, hashJson } from "./hash.js";
import type { LockedEntity, LockedServer, Lockfile } from "./format.js";
import { launchIdentity, serverKey } from "./identity.js";

export const LOCK_RULES = {
  rugPull: "rug-pull",
  newEntity: "new-entity",
  removedEntity: "removed-entity",
  renamedEntity: "renamed-entity",
  serverVersionChanged: "server-version-changed",
} as const;

/** One difference inside a schema, addressed by a dotted path such as `inputSchema.properties.note`. */
export interface SchemaChange {
  path: string;
  change: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

export interface RugPullDiff {
  /** Which visible fields differ: description, title, inputSchema, annotations, ... */
  changed: string[];
  /** The changed non-schema fields as pinned and as sent now (long texts cut). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  schemaChanges: SchemaChange[];
  pinnedHash: string;
  currentHash: string;
}

const MAX_TEXT = 4000;
const MAX_SCHEMA_CHANGES = 50;
const KIND_LABEL: Record<LockedKind, string> = { tool: "Tool", prompt: "Prompt", resource: "Resource", resourceTemplate: "Resource template", server: "Server" };

export interface CompareOptions {
  /** CI mode: nothing will be written, so anything unpinned is worth more attention. */
  frozen?: boolean;
}

/** Findings for every answering server that has a pinned entry (or, when frozen, that has none). */
export function compareWithLock(servers: ScannedServer[], lock: Lockfile, { frozen = false }: CompareOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const server of servers) {
    // A server that failed tells us nothing; its pins stay as they are.
    if (server.status !== "ok") continue;
    const pinned = lock.servers[serverKey(server.entry.name, launchIdentity(server.entry))];
    if (!pinned) {
      if (frozen) {
        findings.push(
          finding(server, "new-entity", "medium", { kind: "server", name: server.entry.name }, `Server ${quote(server.entry.name)} is not in the lockfile; run \`mcp-shield-scan pin --server ${displayLine(server.entry.name, 80)}\` after reviewing it`),
        );
      }
      continue;
    }
    findings.push(...compareServer(server, pinned, frozen));
  }
  return findings;
}

/** Differences between one server as scanned and its pinned entry. */
export function compareServer(server: ScannedServer, pinned: LockedServer, frozen = false): Finding[] {
  const out: Finding[] = [];
  const pinHint = `run \`mcp-shield-scan pin --server ${displayLine(server.entry.name, 80)}\` to accept`;

  const version = server.serverInfo?.version;
  const identity = launchIdentity(server.entry);
  const versionChanges: string[] = [];
  if (typeof version === "string" && pinned.serverInfo.version !== undefined && version !== pinned.serverInfo.version) {
    versionChanges.push(`server version ${quote(pinned.serverInfo.version)} -> ${quote(version)}`);
  }
  if (identity.spec !== undefined && pinned.identity.spec !== undefined && identity.spec !== pinned.identity.spec) {
    versionChanges.push(`package ${quote(pinned.identity.spec)} -> ${quote(identity.spec)}`);
  }
  if (versionChanges.length > 0) {
    out.push({
      ...finding(server, LOCK_RULES.serverVersionChanged, "info", { kind: "server", name: server.entry.name }, `Server ${quote(server.entry.name)} changed since it was pinned: ${versionChanges.join(", ")}`),
      diff: { before: { serverInfo: pinned.serverInfo, spec: pinned.identity.spec }, after: { serverInfo: { name: server.serverInfo?.name, version }, spec: identity.spec } },
    });
  }

  const current = new Map<string, VisibleEntity>(visibleEntities(server).map((e) => [e.key, e]));
  const added: VisibleEntity[] = [];
  for (const [key, entity] of current) {
    const old = pinned.entities[key];
    if (!old) {
      added.push(entity);
      continue;
    }
    const hashes = hashEntity(entity.kind, entity.fields);
    if (hashes.hash === old.hash) continue;
    const diff = diffEntity(entity.kind, old, entity.fields, hashes.hash);
    out.push({
      ...finding(server, LOCK_RULES.rugPull, "high", entity, `${KIND_LABEL[entity.kind]} ${quote(entity.name)} changed since it was pinned (${diff.changed.join(", ")}); review it, then ${pinHint}`),
      field: diff.changed[0],
      evidence: describeChange(diff),
      diff,
      entityHash: findingHash(entity),
    });
  }
  const removed = Object.entries(pinned.entities).filter(([key]) => !current.has(key));

  // A removed and an added entity of the same kind with the same body is one renamed entity.
  const unmatchedAdded = new Set(added);
  for (const [, old] of removed.slice()) {
    const twin = [...unmatchedAdded].find((e) => e.kind === old.kind && hashEntity(e.kind, e.fields).bodyHash === old.bodyHash);
    if (!twin) continue;
    unmatchedAdded.delete(twin);
    removed.splice(removed.findIndex(([, r]) => r === old), 1);
    out.push({
      ...finding(server, LOCK_RULES.renamedEntity, "low", twin, `${KIND_LABEL[twin.kind]} ${quote(old.name)} was renamed to ${quote(twin.name)} with an identical body; ${pinHint}`),
      diff: { before: { name: old.name }, after: { name: twin.name } },
      entityHash: findingHash(twin),
    });
  }
  for (const e of unmatchedAdded) {
    out.push({
      ...finding(server, LOCK_RULES.newEntity, frozen ? "medium" : "info", e, `${KIND_LABEL[e.kind]} ${quote(e.name)} is new since the server was pinned; review it, then ${pinHint}`),
      evidence: typeof e.fields[descriptionField(e.kind)] === "string" ? cut(e.fields[descriptionField(e.kind)] as string, 200) : undefined,
      entityHash: findingHash(e),
    });
  }
  for (const [, old] of removed) {
    out.push(
      finding(server, LOCK_RULES.removedEntity, "info", { kind: old.kind, name: old.name }, `${KIND_LABEL[old.kind]} ${quote(old.name)} was removed since the server was pinned; ${pinHint}`),
    );
  }
  return out;
}

/** Same value as analyze's entityHash(entity as sent), so one suppression matches every rule's findings. */
function findingHash(entity: VisibleEntity): string {
  return hashJson(entity.raw);
}

function finding(server: ScannedServer, ruleId: string, severity: Severity, entity: { kind: EntityKind; name: string }, message: string): Finding {
  return {
    ruleId,
    severity,
    server: server.entry.name,
    entity: { kind: entity.kind, name: entity.name },
    message,
    client: server.entry.client,
    configPath: server.entry.configPath,
    ...(server.entry.line !== undefined ? { line: server.entry.line } : {}),
    inventoryId: server.entry.inventoryId,
    suppressed: false,
  };
}

/** Field-by-field difference between a pinned entity and the same entity now. */
export function diffEntity(kind: LockedKind, old: LockedEntity, now: Record<string, unknown>, currentHash: string): RugPullDiff {
  const schemaFields = new Set(schemaFieldsOf(kind));
  const fields = new Set([...visibleFieldsOf(kind), ...Object.keys(old.fields), ...Object.keys(now)]);
  const diff: RugPullDiff = { changed: [], before: {}, after: {}, schemaChanges: [], pinnedHash: old.hash, currentHash };
  for (const f of fields) {
    const a = old.fields[f];
    const b = now[f];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    diff.changed.push(f);
    if (schemaFields.has(f) && (isRecord(a) || isRecord(b) || Array.isArray(a) || Array.isArray(b))) {
      diffJson(a, b, f, diff.schemaChanges);
    } else {
      diff.before[f] = clip(a);
      diff.after[f] = clip(b);
    }
  }
  if (diff.schemaChanges.length > MAX_SCHEMA_CHANGES) {
    const more = diff.schemaChanges.length - MAX_SCHEMA_CHANGES;
    diff.schemaChanges = diff.schemaChanges.slice(0, MAX_SCHEMA_CHANGES);
    diff.schemaChanges.push({ path: "…", change: "changed", after: `${more} more changes` });
  }
  return diff;
}

/** Structural JSON diff: objects by key, arrays by index, leaves compared canonically. */
export function diffJson(a: unknown, b: unknown, at: string, out: SchemaChange[], depth = 0): void {
  // Containers recurse (linear in size); only leaves and cut-off depths are compared whole.
  const containers = depth < 32 && ((isRecord(a) && isRecord(b)) || (Array.isArray(a) && Array.isArray(b)));
  if (!containers && canonicalJson(a) === canonicalJson(b)) return;
  if (a === undefined) return void out.push({ path: at, change: "added", after: clip(b) });
  if (b === undefined) return void out.push({ path: at, change: "removed", before: clip(a) });
  if (depth < 32 && isRecord(a) && isRecord(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) diffJson(a[k], b[k], `${at}.${k}`, out, depth + 1);
    return;
  }
  if (depth < 32 && Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diffJson(a[i], b[i], `${at}[${i}]`, out, depth + 1);
    return;
  }
  out.push({ path: at, change: "changed", before: clip(a), after: clip(b) });
}

/** One line for the evidence field: what a person most needs to see first. */
function describeChange(diff: RugPullDiff): string {
  const parts: string[] = [];
  for (const f of diff.changed) {
    if (f in diff.after || f in diff.before) parts.push(`${f}: ${summarise(diff.before[f])} -> ${summarise(diff.after[f])}`);
  }
  for (const c of diff.schemaChanges.slice(0, 3)) parts.push(`${c.path} ${c.change}`);
  return cut(parts.join("; "), 400);
}

function summarise(v: unknown): string {
  if (v === undefined) return "(none)";
  return JSON.stringify(cut(typeof v === "string" ? v : canonicalJson(v), 120));
}

function clip(v: unknown): unknown {
  if (typeof v === "string") return cut(v, MAX_TEXT);
  if (v !== undefined && canonicalJson(v).length > MAX_TEXT) return `${cut(canonicalJson(v), MAX_TEXT)}`;
  return v;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function quote(name: string): string {
  return `"${displayLine(name, 80)}"`;
}


/** Where the pre-start guard finds a server's pin: by launch (command + args, or URL), else by name. */
export function findLockedServer(
  lock: Lockfile,
  launch: { name?: string; command?: string; args?: string[]; url?: string },
): { key: string; entry: LockedServer } | undefined {
  const entries = Object.entries(lock.servers);
  if (launch.command || launch.url) {
    const identity = launchIdentity({ command: launch.command, args: launch.args ?? [], url: launch.url, env: {}, headers: {}, transport: launch.url && !launch.command ? "http" : "stdio" });
    const byLaunch = entries.filter(([, e]) => e.identity.key === identity.key);
    const named = byLaunch.find(([, e]) => e.name === launch.name) ?? byLaunch[0];
    if (named) return { key: named[0], entry: named[1] };
  }
  if (launch.name) {
    const byName = entries.find(([, e]) => e.name === launch.name);
    if (byName) return { key: byName[0], entry: byName[1] };
  }
  return undefined;
}

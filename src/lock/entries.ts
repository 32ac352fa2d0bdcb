// Builds lockfile entries from scanned servers, and the two ways a lock changes: pin and trust on first use.
import type { ScannedServer } from "../model.js";
import { hashEntity, visibleEntities } from "./entities.js";
import { configRefOf, withConfig } from "./configs.js";
import { canonicalJson } from "./hash.js";
import type { LockedEntity, LockedServer, Lockfile } from "./format.js";
import { launchIdentity, serverKey } from "./identity.js";

/** Masks secrets in what is stored; hashes are always over the text as sent, so pins stay comparable. */
export type RedactValue = <T>(value: T) => T;
const keepAsIs: RedactValue = (v) => v;

/** The lockfile entry of one server as it is now (the caller decides whether to keep it). */
export function buildLockEntry(server: ScannedServer, now: Date = new Date(), redact: RedactValue = keepAsIs): { key: string; entry: LockedServer } {
  // The lockfile is meant to be committed: a server that echoes its env or args must not write them into it.
  const identity = redact(launchIdentity(server.entry));
  const entities: Record<string, LockedEntity> = {};
  for (const e of visibleEntities(server)) {
    entities[e.key] = { kind: e.kind, name: e.name, ...hashEntity(e.kind, e.fields), fields: redact(e.fields) };
  }
  const serverInfo: LockedServer["serverInfo"] = {};
  if (typeof server.serverInfo?.name === "string") serverInfo.name = server.serverInfo.name;
  if (typeof server.serverInfo?.version === "string") serverInfo.version = server.serverInfo.version;
  return {
    key: serverKey(server.entry.name, identity),
    entry: { name: server.entry.name, identity, serverInfo, pinnedAt: now.toISOString(), entities },
  };
}

/** Entries for every server that answered; servers that failed or were skipped have nothing to pin. */
export function buildLockEntries(servers: ScannedServer[], now: Date = new Date()): Record<string, LockedServer> {
  const out: Record<string, LockedServer> = {};
  for (const s of servers) {
    if (s.status !== "ok") continue;
    const { key, entry } = buildLockEntry(s, now);
    out[key] = entry;
  }
  return out;
}

export function lockKeyOf(server: ScannedServer): string {
  return serverKey(server.entry.name, launchIdentity(server.entry));
}

/** Same pinned content: when it was pinned and which configs list it do not count. */
function sameContent(a: LockedServer, b: LockedServer): boolean {
  return canonicalJson({ ...a, pinnedAt: "", configs: undefined }) === canonicalJson({ ...b, pinnedAt: "", configs: undefined });
}

export interface PinResult {
  lock: Lockfile;
  /** Keys whose entry was written or refreshed. */
  pinned: string[];
  /** Keys whose pinned entry already matched: nothing changed. */
  unchanged: string[];
  /** Servers asked for (or all, without `only`) that did not answer: their old entry is kept. */
  skipped: { name: string; reason: string }[];
  /** Names in `only` that match no scanned server: a usage error for `pin --server`. */
  notFound: string[];
  /** Keys whose content was unchanged but whose list of config files grew (still a write). */
  recorded: string[];
}

/** Accepts what servers show now: for all of them, or only the named ones. Never drops an entry. */
export function pinServers(
  lock: Lockfile,
  servers: ScannedServer[],
  {
    only,
    now = new Date(),
    redact = keepAsIs,
    lockfilePath,
  }: { only?: string[]; now?: Date; redact?: RedactValue; /** Records each server's config file, relative to this lockfile. */ lockfilePath?: string } = {},
): PinResult {
  const wanted = only && only.length > 0 ? new Set(only) : undefined;
  const next: Lockfile = { ...lock, servers: { ...lock.servers } };
  const result: PinResult = { lock: next, pinned: [], unchanged: [], skipped: [], notFound: [], recorded: [] };
  for (const s of servers) {
    if (wanted && !wanted.has(s.entry.name)) continue;
    if (s.status !== "ok") {
      result.skipped.push({ name: s.entry.name, reason: s.error ?? s.entry.skipReason ?? s.status });
      continue;
    }
    const { key, entry: built } = buildLockEntry(s, now, redact);
    const old = next.servers[key];
    const ref = lockfilePath ? configRefOf(s.entry, lockfilePath) : undefined;
    if (old && sameContent(old, built)) {
      // Keep pinnedAt, which says when the pinned content last changed; a new config is still written.
      const grown = withConfig(old, ref, false);
      if (grown !== old) {
        next.servers[key] = grown;
        if (!result.pinned.includes(key) && !result.recorded.includes(key)) result.recorded.push(key);
      }
      result.unchanged.push(key);
      continue;
    }
    next.servers[key] = withConfig(old?.configs ? { ...built, configs: old.configs } : built, ref, old === undefined);
    result.pinned.push(key);
  }
  if (wanted) {
    const names = new Set(servers.map((s) => s.entry.name));
    result.notFound = [...wanted].filter((n) => !names.has(n));
  }
  return result;
}

/**
 * Trust on first use: adds servers the lock does not know at all. A pinned server's content is left
 * untouched; only the config file it was seen in is recorded (with `lockfilePath`).
 */
export function addUnpinnedServers(
  lock: Lockfile,
  servers: ScannedServer[],
  now: Date = new Date(),
  redact: RedactValue = keepAsIs,
  lockfilePath?: string,
): { lock: Lockfile; added: string[]; recorded: string[] } {
  const next: Lockfile = { ...lock, servers: { ...lock.servers } };
  const added: string[] = [];
  const recorded: string[] = [];
  for (const s of servers) {
    if (s.status !== "ok") continue;
    const ref = lockfilePath ? configRefOf(s.entry, lockfilePath) : undefined;
    const { key, entry } = buildLockEntry(s, now, redact);
    const old = next.servers[key];
    if (old) {
      const grown = withConfig(old, ref, false);
      if (grown !== old) {
        next.servers[key] = grown;
        if (!added.includes(key) && !recorded.includes(key)) recorded.push(key);
      }
      continue;
    }
    next.servers[key] = withConfig(entry, ref, true);
    added.push(key);
  }
  return { lock: next, added, recorded };
}

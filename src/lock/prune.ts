// `pin --prune`: drops lockfile entries that are provably stale, and only those.
import { statSync } from "node:fs";
import type { ScannedServer } from "../model.js";
import { configRefOf, resolveConfigRef } from "./configs.js";
import type { LockedServer, Lockfile } from "./format.js";
import { lockKeyOf, type RedactValue } from "./entries.js";
import { launchIdentity, serverKey } from "./identity.js";

export interface PrunedEntry {
  key: string;
  /** The server's name in its config. */
  name: string;
  /** Absolute config paths the entry was recorded for, each with why it no longer counts. */
  configs: { path: string; reason: "not-listed" | "config-gone" }[];
}

export interface PruneResult {
  lock: Lockfile;
  /** Entries removed: every config that listed them was read and no longer does, or is gone. */
  pruned: PrunedEntry[];
  /** Keys of entries that record no config file, so nothing can be proven about them; kept. */
  undecidable: string[];
}

export interface PruneOptions {
  /** Every server this scan found, whatever its status: a server that failed is still listed. */
  servers: ScannedServer[];
  /** Absolute paths of the config files this scan read completely (found and parsed without errors). */
  configsRead: string[];
  lockfilePath: string;
  /** `--server`: prune nothing outside these names. */
  only?: string[];
  /** The same masking pin applies to stored identities, so keys are computed as they were stored. */
  redact?: RedactValue;
  exists?: (absolutePath: string) => boolean;
}

/** Only "no such file" counts as gone; a permission error or an I/O error proves nothing. */
function fileExists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code !== "ENOENT" && code !== "ENOTDIR";
  }
}

/**
 * Removes config references that are provably stale (a config this scan read no longer lists the
 * server under that key, or the config file is gone), and drops an entry once none is left. Entries
 * of configs that exist but were not read, and entries that record no configs, are kept.
 */
export function pruneLockfile(lock: Lockfile, { servers, configsRead, lockfilePath, only, redact = (v) => v, exists = fileExists }: PruneOptions): PruneResult {
  const wanted = only && only.length > 0 ? new Set(only) : undefined;
  const read = new Set(configsRead.map((p) => resolveConfigRef(p, lockfilePath)));
  // Which keys each config lists now; `servers` holds one item per config entry, answering or not.
  const listed = new Set<string>();
  const listingRefs = new Map<string, Set<string>>();
  for (const s of servers) {
    const ref = configRefOf(s.entry, lockfilePath);
    if (ref === undefined) continue;
    const file = resolveConfigRef(ref, lockfilePath);
    // Both spellings of the key: a live entry must never look unlisted because of masking.
    for (const key of new Set([lockKeyOf(s), serverKey(s.entry.name, redact(launchIdentity(s.entry)))])) {
      listed.add(`${file}\n${key}`);
      listingRefs.set(key, (listingRefs.get(key) ?? new Set()).add(ref));
    }
  }

  const next: Lockfile = { ...lock, servers: { ...lock.servers } };
  const result: PruneResult = { lock: next, pruned: [], undecidable: [] };
  for (const [key, entry] of Object.entries(lock.servers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (wanted && !wanted.has(entry.name)) continue;
    if (!entry.configs || entry.configs.length === 0) {
      result.undecidable.push(key);
      continue;
    }
    const keep: string[] = [];
    const gone: PrunedEntry["configs"] = [];
    for (const ref of entry.configs) {
      const file = resolveConfigRef(ref, lockfilePath);
      if (read.has(file)) {
        if (listed.has(`${file}\n${key}`)) keep.push(ref);
        else gone.push({ path: file, reason: "not-listed" });
      } else if (!exists(file)) {
        gone.push({ path: file, reason: "config-gone" });
      } else {
        keep.push(ref); // exists, but this scan did not read it: another project's, or failed to parse
      }
    }
    // A config listing the server in this very run counts even if it was never recorded (the server
    // failed whenever that config was scanned, so pin never saw it answer there).
    for (const ref of listingRefs.get(key) ?? []) if (!keep.includes(ref)) keep.push(ref);
    if (keep.length > 0) {
      const configs = keep.sort();
      if (gone.length > 0 || configs.length !== entry.configs.length) next.servers[key] = { ...entry, configs } satisfies LockedServer;
      continue;
    }
    delete next.servers[key];
    result.pruned.push({ key, name: entry.name, configs: gone });
  }
  return result;
}

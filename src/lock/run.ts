// The two lockfile steps the CLI runs: check during `scan`, and accept during `pin`.
import type { Finding, ScannedServer } from "../model.js";
import { compareWithLock } from "./compare.js";
import { addUnpinnedServers, pinServers, type PinResult, type RedactValue } from "./entries.js";
import { emptyLockfile } from "./format.js";
import { readLockfile, updateLockfile, type LockOptions } from "./file.js";
import { pruneLockfile, type PruneResult } from "./prune.js";

export interface LockfileCheck {
  findings: Finding[];
  /** True when servers seen for the first time were added (never when frozen). */
  written: boolean;
  /** Keys added by trust on first use. */
  added: string[];
}

/**
 * `scan`: compares servers with the lockfile at `path`, then (unless frozen) adds servers it does not
 * know yet. Throws LockfileError (exit code 2) for an unreadable lockfile, which is left untouched.
 */
export async function checkLockfile({
  servers,
  path,
  frozen = false,
  lockOptions,
  redact,
}: {
  servers: ScannedServer[];
  path: string;
  frozen?: boolean;
  lockOptions?: LockOptions;
  redact?: RedactValue;
}): Promise<LockfileCheck> {
  const lock = (await readLockfile(path)) ?? emptyLockfile();
  const findings = compareWithLock(servers, lock, { frozen });
  if (frozen) return { findings, written: false, added: [] };
  let added: string[] = [];
  const { written } = await updateLockfile(
    path,
    (current) => {
      // Re-read under the lock: another scanner may have pinned some of these meanwhile.
      const result = addUnpinnedServers(current ?? emptyLockfile(), servers, new Date(), redact, path);
      added = result.added;
      return result.added.length > 0 || result.recorded.length > 0 ? result.lock : undefined;
    },
    lockOptions,
  );
  return { findings, written, added };
}

/**
 * `pin [--server NAME...] [--prune]`: accepts what the servers show now; with `prune`, then drops the
 * entries that are provably stale (see pruneLockfile), in the same locked read-modify-write.
 * `notFound` non-empty is a usage error, and then nothing is pinned or pruned.
 */
export async function pinLockfile({
  servers,
  path,
  only,
  lockOptions,
  redact,
  prune,
}: {
  servers: ScannedServer[];
  path: string;
  only?: string[];
  lockOptions?: LockOptions;
  redact?: RedactValue;
  /** Absolute paths of the config files this scan read completely (found, parsed, no errors). */
  prune?: { configsRead: string[] };
}): Promise<PinResult & { written: boolean; pruned: PruneResult["pruned"]; undecidable: string[] }> {
  let result: PinResult | undefined;
  let pruned: PruneResult | undefined;
  const { written } = await updateLockfile(
    path,
    (current) => {
      pruned = undefined;
      result = pinServers(current ?? emptyLockfile(), servers, { only, redact, lockfilePath: path });
      if (prune) {
        // `pin --prune --server OLD`: a name that is only in the lockfile is what the user wants checked.
        const lockedNames = new Set(Object.values(current?.servers ?? {}).map((e) => e.name));
        result.notFound = result.notFound.filter((n) => !lockedNames.has(n));
      }
      if (result.notFound.length > 0) return undefined;
      let next = result.lock;
      if (prune) {
        pruned = pruneLockfile(next, { servers, configsRead: prune.configsRead, lockfilePath: path, only, redact });
        next = pruned.lock;
      }
      // The writer compares texts, so an update that changes nothing writes nothing.
      return next;
    },
    lockOptions,
  );
  return { ...result!, written, pruned: pruned?.pruned ?? [], undecidable: pruned?.undecidable ?? [] };
}

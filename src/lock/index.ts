// Lockfile stage: pins what each server shows the model and reports changes (rug pulls) until re-pinned.
export { canonicalJson, sha256, hashJson } from "./hash.js";
export { pinnedHash, hashEntity, visibleEntities, pickVisible, type LockedKind, type VisibleEntity, type EntityHashes } from "./entities.js";
export { launchIdentity, serverKey, splitSpec, type LaunchIdentity } from "./identity.js";
export { Lockfile, LockedServer, LockedEntity, LockfileError, LOCKFILE_VERSION, emptyLockfile } from "./format.js";
export { buildLockEntry, buildLockEntries, lockKeyOf, pinServers, addUnpinnedServers, type PinResult, type RedactValue } from "./entries.js";
export { compareWithLock, compareServer, findLockedServer, diffEntity, diffJson, LOCK_RULES, type RugPullDiff, type SchemaChange, type CompareOptions } from "./compare.js";
export { readLockfile, parseLockfile, writeLockfile, updateLockfile, formatLockfile, type LockOptions } from "./file.js";
export { resolveLockfilePath, PROJECT_LOCKFILE, type LockfileLocation } from "./path.js";
export { checkLockfile, pinLockfile, type LockfileCheck } from "./run.js";
export { pruneLockfile, type PruneResult, type PrunedEntry, type PruneOptions } from "./prune.js";
export { configRefOf, resolveConfigRef } from "./configs.js";

// Round twenty-seven (recall): a data store's access, copies and expiry. Who may read a database is set by its security
// object; a replication copies it to wherever its target says; lifecycle rules make a bucket's objects expire.
import { READ_VERBS, type Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { keysWithItems } from "./scope.js";
import { hasAny as has } from "./word-sets.js";

/** Where data is kept: a database, a bucket, a collection, an index. */
const STORE_WORDS = ["database", "databases", "db", "bucket", "buckets", "collection", "collections", "index", "indexes", "keyspace", "schema"];
const SETTING_VERBS = ["set", "put", "update", "replace", "change", "modify", "configure", "apply"];

const leadVerb = (e: Evidence, verbs: readonly string[]) => e.name.slice(0, 2).some((w) => verbs.includes(w)) && !e.name.slice(0, 3).some((w) => READ_VERBS.has(w));

/**
 * "Set security permissions for a database (admins, members: names and roles)", `put_bucket_acl(grants)`: who may read
 * and administer a store is replaced by principals the agent names: the old grants are gone, and anyone named can read.
 */
export function setsStoreAccess(e: Evidence, schema: unknown): boolean {
  if (!leadVerb(e, SETTING_VERBS) || !has(e.nameAndFirst, STORE_WORDS)) return false;
  const access = has(e.nameSet, ["security", "permissions", "acl", "acls", "access"]) || /\b(?:security|access) (?:permissions|object|settings|rules)\b|\bpermissions for\b/.test(e.firstText);
  const principals = keysWithItems(schema).some((k) => /^(?:names|members|admins|readers|writers|principals?|grantees?|users|roles|grants)$/.test(k));
  return access && principals;
}

/**
 * "Create a replication between databases (source, target)", `start_replication(target)`: the store's documents are
 * copied to whatever target is given, which may be another server.
 */
export function replicatesStore(e: Evidence, schema: unknown): boolean {
  if (!leadVerb(e, ["create", "start", "trigger", "run", "add", "replicate"]) || !has(e.nameSet, ["replication", "replications", "replicate", "replica"])) return false;
  return keysWithItems(schema).some((k) => /^(?:target|destination|remote|target_?url|destination_?url)$/.test(k));
}

/**
 * "Set lifecycle rules for a bucket (object expiration)", `put_retention_rules`: expiry rules delete the store's objects
 * when they come due.
 */
export function setsExpiryRules(e: Evidence): boolean {
  if (!leadVerb(e, SETTING_VERBS)) return false;
  return e.nameSet.has("lifecycle") || /\b(?:expiration|expiry|expire|retention) (?:rules?|polic(?:y|ies)|configuration)\b|\blifecycle (?:rules?|polic(?:y|ies)|configuration)\b/.test(e.firstText);
}

export function storeAccessLabels(e: Evidence, schema: unknown): Label[] {
  const out: Label[] = [];
  if (setsStoreAccess(e, schema)) {
    out.push({ role: "public-sink", confidence: 0.65, reason: "grants principals the agent names access to read a data store" });
    out.push({ role: "destructive", confidence: 0.65, reason: "replaces a data store's access grants in place" });
  }
  if (replicatesStore(e, schema)) out.push({ role: "public-sink", confidence: 0.65, reason: "replicates a data store to a target the agent names" });
  if (setsExpiryRules(e)) out.push({ role: "destructive", confidence: 0.65, reason: "sets expiry rules under which a store's objects are deleted" });
  return out;
}

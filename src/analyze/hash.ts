// Entity hashes for findings and suppressions: one canonicalisation shared with the lockfile.
import { hashJson } from "../lock/hash.js";

/** sha256 of the canonical JSON (sorted keys) of a tool, prompt or resource as the server sent it. */
export function entityHash(entity: unknown): string {
  return hashJson(entity);
}

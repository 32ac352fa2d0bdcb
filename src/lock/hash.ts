// Canonical JSON and sha256: the same entity always gives the same bytes, so the same hash.
import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted by code unit and no whitespace. `undefined` members are dropped
 * (as JSON.stringify does) so an absent field and a missing one hash alike; non-finite numbers
 * become null for the same reason.
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(value: unknown, depth: number): string {
  // A hostile server can nest deeply; cap rather than overflow the stack.
  if (depth > 256) return "null";
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return JSON.stringify(value.toString());
    case "object": {
      if (Array.isArray(value)) return `[${value.map((v) => write(v === undefined ? null : v, depth + 1)).join(",")}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined && typeof record[k] !== "function")
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], depth + 1)}`).join(",")}}`;
    }
    default:
      return "null";
  }
}

/** Lowercase hex sha256 of a string (UTF-8). */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** sha256 over the canonical JSON of a value. */
export function hashJson(value: unknown): string {
  return sha256(canonicalJson(value));
}

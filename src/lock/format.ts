// The lockfile format (mcp-shield.lock.json), validated with zod on every read.
import { z } from "zod";

export const LOCKFILE_VERSION = 1;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase sha256 hex digest");

/** One pinned entity: its hashes plus the model-visible fields, so a later change can be shown. */
export const LockedEntity = z
  .object({
    kind: z.enum(["tool", "prompt", "resource", "resourceTemplate", "server"]),
    name: z.string(),
    hash: Hex64,
    descriptionHash: Hex64,
    schemaHash: Hex64,
    bodyHash: Hex64,
    /** The fields as the model saw them when pinned (description, inputSchema, ...). */
    fields: z.record(z.string(), z.unknown()),
  })
  .strict();
export type LockedEntity = z.infer<typeof LockedEntity>;

export const LockedIdentity = z
  .object({
    kind: z.enum(["package", "command", "url"]),
    key: z.string(),
    runner: z.string().optional(),
    package: z.string().optional(),
    spec: z.string().optional(),
    version: z.string().optional(),
    command: z.string().optional(),
    args: z.array(z.string()).optional(),
    url: z.string().optional(),
  })
  .strict();

export const LockedServer = z
  .object({
    name: z.string(),
    identity: LockedIdentity,
    serverInfo: z.object({ name: z.string().optional(), version: z.string().optional() }).strict(),
    /** When this entry last changed (ISO 8601); kept as is when a pin finds nothing new. */
    pinnedAt: z.string(),
    entities: z.record(z.string(), LockedEntity),
    /**
     * Config files that list this server, for `pin --prune`: relative to the lockfile's directory
     * (forward slashes) when inside it, else absolute. Absent on entries pinned before it was
     * recorded, and on servers only ever seen as direct targets or saved inventories.
     */
    configs: z.array(z.string()).optional(),
  })
  .strict();
export type LockedServer = z.infer<typeof LockedServer>;

export const Lockfile = z
  .object({
    lockfileVersion: z.literal(LOCKFILE_VERSION),
    servers: z.record(z.string(), LockedServer),
  })
  .strict();
export type Lockfile = z.infer<typeof Lockfile>;

export function emptyLockfile(): Lockfile {
  return { lockfileVersion: LOCKFILE_VERSION, servers: {} };
}

/** A lockfile that cannot be used as is; the message names the file. Callers exit with code 2. */
export class LockfileError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = "LockfileError";
  }
}

// What the model sees of each server entity, and the hashes the lockfile pins it by.
import type { EntityKind, ScannedServer } from "../model.js";
import { hashJson } from "./hash.js";

/** Fields per kind that reach the model; anything else a server sends (icons, _meta) is not pinned. */
const VISIBLE_FIELDS: Record<LockedKind, readonly string[]> = {
  tool: ["name", "title", "description", "inputSchema", "outputSchema", "annotations"],
  prompt: ["name", "title", "description", "arguments"],
  resource: ["name", "uri", "title", "description", "mimeType", "annotations"],
  resourceTemplate: ["name", "uriTemplate", "title", "description", "mimeType", "annotations"],
  server: ["name", "instructions"],
};

/** Fields whose change is a change of "shape" rather than of wording. */
const SCHEMA_FIELDS: Record<LockedKind, readonly string[]> = {
  tool: ["inputSchema", "outputSchema"],
  prompt: ["arguments"],
  resource: ["uri", "mimeType"],
  resourceTemplate: ["uriTemplate", "mimeType"],
  server: [],
};

/** The text field a person reads; for the server entity that is its instructions. */
export function descriptionField(kind: LockedKind): string {
  return kind === "server" ? "instructions" : "description";
}

export type LockedKind = Exclude<EntityKind, "config">;
export const LOCKED_KINDS: readonly LockedKind[] = ["tool", "prompt", "resource", "resourceTemplate", "server"];

export interface VisibleEntity {
  kind: LockedKind;
  /** Key inside a locked server, e.g. `tool:add` or `resource:file:///notes`. */
  key: string;
  /** Name for findings: tool, prompt or resource name; the server's config name for its instructions. */
  name: string;
  fields: Record<string, unknown>;
  /** The entity exactly as the server sent it (for Finding.entityHash, shared with suppressions). */
  raw: unknown;
}

export function schemaFieldsOf(kind: LockedKind): readonly string[] {
  return SCHEMA_FIELDS[kind];
}

export function visibleFieldsOf(kind: LockedKind): readonly string[] {
  return VISIBLE_FIELDS[kind];
}

/** Picks the model-visible fields of one entity as sent, dropping absent ones. */
export function pickVisible(kind: LockedKind, entity: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of VISIBLE_FIELDS[kind]) if (entity[f] !== undefined) out[f] = entity[f];
  return out;
}

/**
 * Every entity of a server that the model can see, keyed as in the lockfile. Finding names and
 * raw values follow analyze/texts.ts (resources by name, instructions on the server entity), so a
 * suppression written for one rule's finding matches ours too.
 */
export function visibleEntities(server: ScannedServer): VisibleEntity[] {
  const out: VisibleEntity[] = [];
  const add = (kind: LockedKind, id: string, name: string, entity: Record<string, unknown>, raw: unknown = entity) => {
    out.push({ kind, key: `${kind}:${id}`, name, fields: pickVisible(kind, entity), raw });
  };
  for (const t of server.tools) add("tool", t.name, t.name, t);
  for (const p of server.prompts) add("prompt", p.name, p.name, p);
  // Resources are addressed by URI; two resources may share a display name.
  for (const r of server.resources) add("resource", r.uri ?? r.name, r.name, r);
  for (const r of server.resourceTemplates) add("resourceTemplate", r.uriTemplate ?? r.name, r.name, r);
  if (server.instructions !== undefined) {
    add("server", "instructions", server.entry.name, { name: "instructions", instructions: server.instructions }, { serverInfo: server.serverInfo ?? {}, instructions: server.instructions ?? null });
  }
  return out;
}

export interface EntityHashes {
  /** Over every visible field: any change the model could notice changes it. */
  hash: string;
  descriptionHash: string;
  schemaHash: string;
  /** Over everything but the identifier, to recognise a renamed entity. */
  bodyHash: string;
}

export function hashEntity(kind: LockedKind, fields: Record<string, unknown>): EntityHashes {
  const schema: Record<string, unknown> = {};
  for (const f of SCHEMA_FIELDS[kind]) schema[f] = fields[f];
  const body: Record<string, unknown> = { ...fields };
  delete body.name;
  if (kind === "resource") delete body.uri;
  if (kind === "resourceTemplate") delete body.uriTemplate;
  return {
    hash: hashJson(fields),
    descriptionHash: hashJson(fields[descriptionField(kind)] ?? null),
    schemaHash: hashJson(schema),
    bodyHash: hashJson(body),
  };
}

/** sha256 of the model-visible fields of an entity: the `hash` a lockfile pins it by. */
export function pinnedHash(kind: LockedKind, entity: Record<string, unknown>): string {
  return hashJson(pickVisible(kind, entity));
}

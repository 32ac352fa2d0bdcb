// Lists every text a server supplies (names, descriptions, schema strings, ...) with where it came from.
import { isRecord, type EntityKind, type Inventory, type ScannedServer } from "../model.js";
import { Redactor } from "../redact.js";
import { entityHash } from "./hash.js";

export interface TextLocation {
  server: string;
  entity: { kind: EntityKind; name: string };
  /** Path inside the entity, e.g. `description` or `inputSchema.properties.note.description`. */
  field: string;
}

export interface ServerText extends TextLocation {
  text: string;
  /** The entity object as the server sent it (for hashing and for rules that need the whole tool). */
  source: unknown;
}

// A hostile schema can be arbitrarily deep or wide; these bounds keep the walk cheap.
const MAX_SCHEMA_DEPTH = 12;
const MAX_SCHEMA_STRINGS = 2000;
const SCHEMA_TEXT_KEYS = ["title", "description"] as const;
const SCHEMA_CHILD_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;
const SCHEMA_CHILD_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"] as const;
const SCHEMA_CHILD_ONE = ["items", "additionalProperties", "not", "if", "then", "else", "contains"] as const;


/** Strings inside a JSON value (enum members, defaults, examples), bounded. */
function* valueStrings(value: unknown, path: string, budget: { left: number }, depth = 0): Generator<[string, string]> {
  if (budget.left <= 0 || depth > 4) return;
  if (typeof value === "string") {
    budget.left--;
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length && budget.left > 0; i++) yield* valueStrings(value[i], `${path}[${i}]`, budget, depth + 1);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (budget.left <= 0) return;
      yield* valueStrings(v, `${path}.${k}`, budget, depth + 1);
    }
  }
}

/** Every string of a JSON Schema that reaches the model: property names, titles, descriptions, enums, defaults, examples. */
export function* schemaTexts(schema: unknown, path: string, budget = { left: MAX_SCHEMA_STRINGS }, depth = 0): Generator<[string, string]> {
  if (budget.left <= 0 || depth > MAX_SCHEMA_DEPTH) return;
  if (typeof schema === "string") {
    // Not a schema at all, but the model still reads it.
    budget.left--;
    yield [path, schema];
    return;
  }
  if (Array.isArray(schema)) {
    for (let i = 0; i < schema.length && budget.left > 0; i++) yield* schemaTexts(schema[i], `${path}[${i}]`, budget, depth + 1);
    return;
  }
  if (!isRecord(schema)) return;
  for (const key of SCHEMA_TEXT_KEYS) {
    const v = schema[key];
    if (typeof v === "string" && budget.left > 0) {
      budget.left--;
      yield [`${path}.${key}`, v];
    }
  }
  for (const key of ["enum", "const", "default", "examples"] as const) {
    if (key in schema) yield* valueStrings(schema[key], `${path}.${key}`, budget);
  }
  for (const key of SCHEMA_CHILD_MAPS) {
    const children = schema[key];
    if (!isRecord(children)) continue;
    for (const [name, child] of Object.entries(children)) {
      if (budget.left <= 0) return;
      budget.left--;
      yield [`${path}.${key}.${name}`, name];
      yield* schemaTexts(child, `${path}.${key}.${name}`, budget, depth + 1);
    }
  }
  for (const key of SCHEMA_CHILD_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) for (let i = 0; i < list.length && budget.left > 0; i++) yield* schemaTexts(list[i], `${path}.${key}[${i}]`, budget, depth + 1);
  }
  for (const key of SCHEMA_CHILD_ONE) {
    if (key in schema && typeof schema[key] !== "boolean") yield* schemaTexts(schema[key], `${path}.${key}`, budget, depth + 1);
  }
}

/** Field paths of property names end in the name itself; rules that care about names use this. */
export function isPropertyNameField(field: string, text: string): boolean {
  return /\.(?:properties|patternProperties)\.[^.]{1,200}$/.test(field) && field.endsWith(`.${text}`);
}

export function* serverTexts(server: ScannedServer): Generator<ServerText> {
  const serverName = server.entry.name;
  const at = (kind: EntityKind, name: string, source: unknown) => (field: string, text: unknown): ServerText | undefined =>
    typeof text === "string" && text.length > 0 ? { server: serverName, entity: { kind, name }, field, text, source } : undefined;
  const emit = function* (items: (ServerText | undefined)[]): Generator<ServerText> {
    for (const item of items) if (item) yield item;
  };

  // The server entity is its info plus its instructions, so a pinned suppression lapses when either changes.
  const srv = at("server", serverName, { serverInfo: server.serverInfo ?? {}, instructions: server.instructions ?? null });
  yield* emit([srv("instructions", server.instructions), srv("serverInfo.name", server.serverInfo?.name), srv("serverInfo.title", server.serverInfo?.title), srv("serverInfo.version", server.serverInfo?.version)]);

  for (const tool of server.tools) {
    const t = at("tool", String(tool.name), tool);
    yield* emit([t("name", tool.name), t("title", tool.title), t("description", tool.description)]);
    for (const key of ["inputSchema", "outputSchema"] as const) {
      for (const [field, text] of schemaTexts(tool[key], key)) yield* emit([t(field, text)]);
    }
    if (tool.annotations !== undefined) {
      for (const [field, text] of valueStrings(tool.annotations, "annotations", { left: 200 })) yield* emit([t(field, text)]);
    }
  }
  for (const prompt of server.prompts) {
    const p = at("prompt", String(prompt.name), prompt);
    yield* emit([p("name", prompt.name), p("title", prompt.title), p("description", prompt.description)]);
    const args = Array.isArray(prompt.arguments) ? prompt.arguments.slice(0, 200) : [];
    for (const arg of args) {
      yield* emit([p(`arguments.${arg.name}`, arg.name), p(`arguments.${arg.name}.title`, arg.title), p(`arguments.${arg.name}.description`, arg.description)]);
    }
  }
  for (const res of server.resources) {
    const r = at("resource", String(res.name), res);
    yield* emit([r("name", res.name), r("title", res.title), r("description", res.description), r("uri", res.uri)]);
  }
  for (const tpl of server.resourceTemplates) {
    const r = at("resourceTemplate", String(tpl.name), tpl);
    yield* emit([r("name", tpl.name), r("title", tpl.title), r("description", tpl.description), r("uriTemplate", tpl.uriTemplate)]);
  }
}

export function* inventoryTexts(inventory: Inventory): Generator<ServerText> {
  for (const server of inventory.servers) yield* serverTexts(server);
}

/** The location part of a finding for a text, with the entity's hash so suppressions can pin it. */
export function findingLocation(t: ServerText): { server: string; entity: { kind: EntityKind; name: string }; field: string; entityHash: string } {
  return { server: t.server, entity: t.entity, field: t.field, entityHash: entityHash(t.source) };
}

/** Evidence is shown to users: one line, bounded, with token-shaped secrets masked. */
export function evidenceText(text: string): string {
  // Decoded payloads can still hold control or format characters; evidence never carries them.
  const line = text.replace(/\s+/g, " ").replace(/[\p{Cc}\p{Cf}]/gu, "").trim();
  return redactor.text(line.length > 240 ? `${line.slice(0, 239)}…` : line);
}
const redactor = new Redactor();

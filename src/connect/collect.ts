// Lists everything a connected server offers, tolerating listings that break the MCP schema,
// with caps on pages, items and string sizes so a hostile server cannot blind or exhaust the scanner.
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { isRecord, Prompt, Resource, ResourceTemplate, Tool } from "../model.js";
import type { Deadline } from "./deadline.js";

export interface CollectLimits {
  maxPages: number;
  maxItems: number;
  /** Strings longer than this are cut (the start is kept, so rules still see it). */
  maxStringChars: number;
}

export const DEFAULT_COLLECT_LIMITS: CollectLimits = {
  maxPages: 100,
  maxItems: 10_000,
  maxStringChars: 1024 * 1024,
};

export interface Metadata {
  serverInfo?: Record<string, unknown>;
  capabilities?: Record<string, unknown>;
  instructions?: string;
  tools: Tool[];
  prompts: Prompt[];
  resources: Resource[];
  resourceTemplates: ResourceTemplate[];
  warnings: string[];
}

export function emptyMetadata(): Metadata {
  return { tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [] };
}

interface Listing {
  method: "tools/list" | "prompts/list" | "resources/list" | "resources/templates/list";
  capability: "tools" | "prompts" | "resources";
  key: "tools" | "prompts" | "resources" | "resourceTemplates";
  label: string;
  schema: z.ZodType;
  /** Optional string fields besides name/title/description. */
  stringFields: string[];
  /** A field the spec requires; its absence is reported but the item is kept. */
  required?: string;
}

const LISTINGS: Listing[] = [
  { method: "tools/list", capability: "tools", key: "tools", label: "tool", schema: Tool, stringFields: [], required: "inputSchema" },
  { method: "prompts/list", capability: "prompts", key: "prompts", label: "prompt", schema: Prompt, stringFields: [] },
  { method: "resources/list", capability: "resources", key: "resources", label: "resource", schema: Resource, stringFields: ["uri", "mimeType"], required: "uri" },
  {
    method: "resources/templates/list",
    capability: "resources",
    key: "resourceTemplates",
    label: "resource template",
    schema: ResourceTemplate,
    stringFields: ["uriTemplate", "mimeType"],
    required: "uriTemplate",
  },
];

/** Accepts any object: validation happens per item so one bad entry does not hide the rest. */
const LooseResult = z.object({}).passthrough();

/**
 * Lists everything `client` (already connected) advertises. Fills `into` as it goes, so on a
 * timeout or error the caller still has what arrived; throws on timeout or a failed listing.
 */
export async function collectMetadata(
  client: Client,
  deadline: Deadline,
  into: Metadata = emptyMetadata(),
  limits: CollectLimits = DEFAULT_COLLECT_LIMITS,
): Promise<Metadata> {
  const warn = (w: string) => {
    if (into.warnings.length < 200) into.warnings.push(w);
    else if (into.warnings.length === 200) into.warnings.push("more warnings left out");
  };
  const capabilities = (client.getServerCapabilities() ?? {}) as Record<string, unknown>;
  into.capabilities = truncateStrings(capabilities, "capabilities", limits, warn) as Record<string, unknown>;
  const info = client.getServerVersion();
  if (info) into.serverInfo = truncateStrings({ ...info }, "serverInfo", limits, warn) as Record<string, unknown>;
  const instructions = client.getInstructions();
  if (typeof instructions === "string") into.instructions = truncateStrings(instructions, "instructions", limits, warn) as string;

  for (const listing of LISTINGS) {
    if (!capabilities[listing.capability]) continue;
    await listAll(client, deadline, listing, into[listing.key] as unknown[], warn, limits);
  }
  return into;
}

async function listAll(
  client: Client,
  deadline: Deadline,
  listing: Listing,
  out: unknown[],
  warn: (w: string) => void,
  limits: CollectLimits,
): Promise<void> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  let index = 0;
  for (let page = 1; ; page++) {
    deadline.phase = listing.method;
    let result: Record<string, unknown>;
    try {
      result = await deadline.race(
        client.request({ method: listing.method, params: cursor === undefined ? {} : { cursor } }, LooseResult, {
          signal: deadline.signal,
          timeout: deadline.remainingMs() + 1000,
        }),
      );
    } catch (err) {
      // Advertised but not implemented: nothing to list, not a scan failure.
      if (err instanceof McpError && err.code === ErrorCode.MethodNotFound) return;
      throw err;
    }
    const items = result[listing.key === "resourceTemplates" ? "resourceTemplates" : listing.key];
    if (!Array.isArray(items)) {
      warn(`${listing.method}: result has no ${listing.key} array`);
      return;
    }
    for (const raw of items) {
      index++;
      if (out.length >= limits.maxItems) {
        warn(`${listing.method}: more than ${limits.maxItems} ${listing.key}; kept the first ${limits.maxItems}`);
        return;
      }
      const item = coerceItem(raw, index, listing, warn, limits);
      if (item) out.push(item);
    }
    const next = result.nextCursor;
    if (next === undefined || next === null || next === "") return;
    if (typeof next !== "string") {
      warn(`pagination stopped: ${listing.method} sent a nextCursor that is not a string`);
      return;
    }
    if (seen.has(next)) {
      warn(`pagination stopped: ${listing.method} repeated a cursor after ${page} pages`);
      return;
    }
    if (page >= limits.maxPages) {
      warn(`pagination stopped: ${listing.method} still had more after ${limits.maxPages} pages`);
      return;
    }
    seen.add(next.length > 4096 ? next.slice(0, 4096) + String(next.length) : next);
    cursor = next;
  }
}

function coerceItem(raw: unknown, index: number, listing: Listing, warn: (w: string) => void, limits: CollectLimits): unknown {
  if (!isRecord(raw)) {
    warn(`${listing.method}: item ${index} is ${kindOf(raw)}, not an object (dropped)`);
    return undefined;
  }
  if (typeof raw.name !== "string") {
    warn(`${listing.method}: item ${index} has no string name (dropped)`);
    return undefined;
  }
  const item: Record<string, unknown> = truncateStrings({ ...raw }, `${listing.label} ${short(raw.name)}`, limits, warn) as Record<string, unknown>;
  const label = `${listing.label} ${short(item.name as string)}`;
  for (const field of ["title", "description"]) {
    const value = item[field];
    if (value === undefined || typeof value === "string") continue;
    // Keep the text: a poisoned description hidden in an object must still reach the rules.
    item[field] = truncateStrings(JSON.stringify(value) ?? String(value), `${label} ${field}`, limits, warn);
    warn(`${label}: ${field} is ${kindOf(value)}, not a string (kept as JSON text)`);
  }
  for (const field of listing.stringFields) {
    const value = item[field];
    if (value === undefined || typeof value === "string") continue;
    delete item[field];
    warn(`${label}: ${field} is ${kindOf(value)}, not a string (dropped)`);
  }
  if (listing.required && item[listing.required] === undefined) warn(`${label}: missing ${listing.required}`);
  if (listing.key === "tools" && item.inputSchema !== undefined && !isRecord(item.inputSchema)) {
    warn(`${label}: inputSchema is ${kindOf(item.inputSchema)}, not an object`);
  }
  if (listing.key === "prompts" && item.arguments !== undefined) {
    if (!Array.isArray(item.arguments)) {
      warn(`${label}: arguments is ${kindOf(item.arguments)}, not an array (dropped)`);
      delete item.arguments;
    } else {
      item.arguments = item.arguments.filter((arg, i) => {
        const ok = isRecord(arg) && typeof arg.name === "string";
        if (!ok) warn(`${label}: argument ${i + 1} has no string name (dropped)`);
        return ok;
      });
      for (const arg of item.arguments as Record<string, unknown>[]) {
        for (const field of ["title", "description"]) {
          if (arg[field] !== undefined && typeof arg[field] !== "string") {
            arg[field] = JSON.stringify(arg[field]) ?? String(arg[field]);
            warn(`${label}: argument ${short(arg.name as string)} ${field} is not a string (kept as JSON text)`);
          }
        }
        if (arg.required !== undefined && typeof arg.required !== "boolean") {
          delete arg.required;
          warn(`${label}: argument ${short(arg.name as string)} required is not a boolean (dropped)`);
        }
      }
    }
  }
  const parsed = listing.schema.safeParse(item);
  if (!parsed.success) {
    warn(`${label}: does not fit the ${listing.label} shape (dropped): ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return undefined;
  }
  return parsed.data;
}

/** Deep copy with every over-long string cut; one warning per cut naming where it was. */
export function truncateStrings(value: unknown, where: string, limits: CollectLimits, warn: (w: string) => void, depth = 0): unknown {
  if (typeof value === "string") {
    if (value.length <= limits.maxStringChars) return value;
    warn(`${where}: text of ${value.length} characters cut to ${limits.maxStringChars}`);
    return value.slice(0, limits.maxStringChars);
  }
  // Deeper nesting than any honest schema needs is left as is; zod and JSON cope with it.
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => truncateStrings(v, where, limits, warn, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = truncateStrings(v, depth === 0 ? `${where} ${k}` : where, limits, warn, depth + 1);
  return out;
}


function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}

/** Server-chosen names in warnings are cut; the report layer escapes control characters. */
function short(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
}

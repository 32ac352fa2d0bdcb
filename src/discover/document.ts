// Parses config text (JSON, JSONC, TOML, YAML) and finds server lists in it, keeping duplicate names and source lines.
import * as jsonc from "jsonc-parser";
import type { Document } from "yaml";
import { tomlParser as toml, yamlParser as yaml } from "../lazy-parsers.js";
import type { ConfigFormat, ServerLocation } from "./clients.js";

/** One server as the file wrote it, before interpretation. */
export interface RawServer {
  /** Undefined for a list item that has no usable `name`. */
  name: string | undefined;
  value: unknown;
  line?: number;
}

export interface LocatedServers {
  /** Whether the key exists at all (an empty map is a valid "zero servers"). */
  exists: boolean;
  /** The key exists but holds the wrong kind of value. */
  wrongKind?: string;
  servers: RawServer[];
}

export interface ConfigDocument {
  /** The whole file as plain data (duplicate keys collapse here; `locate` keeps them). */
  value: unknown;
  locate(location: ServerLocation): LocatedServers;
}

export type ParsedDocument = { ok: true; doc: ConfigDocument } | { ok: false; message: string };

export function parseDocument(text: string, format: ConfigFormat): ParsedDocument {
  try {
    switch (format) {
      case "json":
      case "jsonc":
        return parseJson(text, format);
      case "toml":
        return parseTomlDoc(text);
      case "yaml":
        return parseYamlDoc(text);
    }
  } catch (err) {
    // The parsers recurse per nesting level: a hostile file of 100,000 "[" exhausts the stack.
    if (err instanceof RangeError) return { ok: false, message: `${format.toUpperCase()} is nested too deeply to read` };
    throw err;
  }
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const kindOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

function listItemName(value: unknown): string | undefined {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>).name;
    if (typeof name === "string" && name !== "") return name;
  }
  return undefined;
}

function parseJson(text: string, format: "json" | "jsonc"): ParsedDocument {
  const errors: jsonc.ParseError[] = [];
  const tree = jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lineOf = lineIndex(text);
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    if (!first) return { ok: false, message: `${format.toUpperCase()} syntax error: empty file` };
    const line = lineOf(first.offset);
    const column = first.offset - text.lastIndexOf("\n", first.offset - 1);
    return {
      ok: false,
      message: `${format.toUpperCase()} syntax error at line ${line}, column ${column}: ${jsonc.printParseErrorCode(first.error)}`,
    };
  }
  return {
    ok: true,
    doc: {
      value: jsonc.getNodeValue(tree),
      locate(location) {
        const node = findJsonNode(tree, location.path);
        if (!node) return { exists: false, servers: [] };
        if (location.shape === "map") {
          if (node.type !== "object") return { exists: true, wrongKind: node.type, servers: [] };
          const servers = (node.children ?? []).flatMap((prop): RawServer[] => {
            const [key, value] = prop.children ?? [];
            if (!key || typeof key.value !== "string") return [];
            return [{ name: key.value, value: value ? jsonc.getNodeValue(value) : undefined, line: lineOf(key.offset) }];
          });
          return { exists: true, servers };
        }
        if (node.type !== "array") return { exists: true, wrongKind: node.type, servers: [] };
        const servers = (node.children ?? []).map((item) => {
          const value = jsonc.getNodeValue(item);
          return { name: listItemName(value), value, line: lineOf(item.offset) };
        });
        return { exists: true, servers };
      },
    },
  };
}

function findJsonNode(root: jsonc.Node, keys: string[]): jsonc.Node | undefined {
  let node: jsonc.Node | undefined = root;
  for (const key of keys) {
    if (!node || node.type !== "object") return undefined;
    // The last property wins, as in JSON.parse and in the clients themselves.
    const props: jsonc.Node[] = (node.children ?? []).filter((p) => p.children?.[0]?.value === key);
    node = props.at(-1)?.children?.[1];
  }
  return node;
}

function parseTomlDoc(text: string): ParsedDocument {
  let value: Record<string, unknown>;
  try {
    value = toml().parse(text) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof toml().TomlError) {
      const reason = err.message.split("\n")[0] ?? "invalid TOML";
      return { ok: false, message: `TOML syntax error at line ${err.line}, column ${err.column}: ${reason}` };
    }
    return { ok: false, message: `TOML syntax error: ${String(err)}` };
  }
  const lines = text.split("\n");
  return {
    ok: true,
    doc: {
      value,
      locate(location) {
        const node = walk(value, location.path);
        if (node === undefined) return { exists: false, servers: [] };
        return locatePlain(node, location, (name) => tomlLine(lines, location.path, name));
      },
    },
  };
}

function walk(value: unknown, keys: string[]): unknown {
  let node = value;
  for (const key of keys) {
    if (!node || typeof node !== "object" || Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function locatePlain(node: unknown, location: ServerLocation, lineOf: (name: string) => number | undefined): LocatedServers {
  if (location.shape === "map") {
    if (!node || typeof node !== "object" || Array.isArray(node)) return { exists: true, wrongKind: kindOf(node), servers: [] };
    return {
      exists: true,
      servers: Object.entries(node).map(([name, value]) => ({ name, value, line: lineOf(name) })),
    };
  }
  if (!Array.isArray(node)) return { exists: true, wrongKind: kindOf(node), servers: [] };
  return { exists: true, servers: node.map((value) => ({ name: listItemName(value), value })) };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Best effort: the `[mcp_servers.NAME]` header, else a `NAME = {` line. */
function tomlLine(lines: string[], tablePath: string[], name: string): number | undefined {
  const key = (k: string) => `(?:${escapeRegex(k)}|"${escapeRegex(k)}"|'${escapeRegex(k)}')`;
  const header = new RegExp(`^\\s*\\[\\s*${[...tablePath, name].map(key).join("\\s*\\.\\s*")}\\s*\\]`);
  const inline = new RegExp(`^\\s*${key(name)}\\s*=\\s*\\{`);
  let at = lines.findIndex((l) => header.test(l));
  if (at < 0) at = lines.findIndex((l) => inline.test(l));
  return at < 0 ? undefined : at + 1;
}

function parseYamlDoc(text: string): ParsedDocument {
  const { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument: parseYaml } = yaml();
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseYaml(text, { lineCounter, prettyErrors: true });
  } catch (err) {
    return { ok: false, message: `YAML syntax error: ${String(err)}` };
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0];
    // The yaml library ends its first line with ":" before a code snippet; the snippet is not shown.
    const reason = (first.message.split("\n")[0] ?? first.code).replace(/:\s*$/, "");
    return { ok: false, message: line ? `YAML syntax error at line ${line.line}, column ${line.col}: ${reason}` : `YAML syntax error: ${reason}` };
  }
  const lineOf = (node: unknown) => {
    const range = isNode(node) ? node.range : undefined;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // The yaml library refuses alias bombs ("billion laughs") by throwing; that is a hostile file, not a bug.
    if (err instanceof ReferenceError && /alias/i.test(err.message)) return { ok: false, message: "YAML expands too many aliases (an alias bomb?); not read" };
    throw err;
  }
  return {
    ok: true,
    doc: {
      value,
      locate(location) {
        const node = doc.getIn(location.path, true);
        if (node === undefined) return { exists: false, servers: [] };
        if (isScalar(node) && node.value === null) return { exists: true, wrongKind: "null", servers: [] };
        if (location.shape === "map") {
          if (!isMap(node)) return { exists: true, wrongKind: isSeq(node) ? "array" : "scalar", servers: [] };
          const servers = node.items.map((pair) => {
            const key = isScalar(pair.key) ? pair.key.value : pair.key;
            const value = isNode(pair.value) ? pair.value.toJS(doc, { maxAliasCount: 100 }) : pair.value;
            return { name: key === null || key === undefined ? undefined : String(key), value, line: lineOf(pair.key) };
          });
          return { exists: true, servers };
        }
        if (!isSeq(node)) return { exists: true, wrongKind: isMap(node) ? "object" : "scalar", servers: [] };
        const servers = node.items.map((item) => {
          const value = isNode(item) ? item.toJS(doc, { maxAliasCount: 100 }) : item;
          return { name: listItemName(value), value, line: lineOf(item) };
        });
        return { exists: true, servers };
      },
    },
  };
}

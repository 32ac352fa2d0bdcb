// Config text -> ServerEntry[]: one bad entry becomes one ConfigError and every other entry is still read.
import { isRecord, type ConfigError, type ServerEntry, type Transport } from "../model.js";
import { pathApi, type ClientSpec, type ServerLocation, clientIdForKey } from "./clients.js";
import { parseDocument, type ConfigDocument, type RawServer } from "./document.js";
import { expandTilde, expandVariables, splitCommandLine, type ExpandContext } from "./expand.js";

export interface ParseContext {
  home: string;
  cwd: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  scope: "user" | "project" | "target";
  /** The directory `${workspaceFolder}` means; defaults to cwd. */
  workspaceFolder?: string;
  /** The user named this file: a settings file without any servers key is an error then, not "no servers". */
  strict?: boolean;
}

export interface ParseResult {
  entries: ServerEntry[];
  errors: ConfigError[];
}

type Obj = Record<string, unknown>;
const kindOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
const describe = (loc: ServerLocation) => `\`${loc.path.join(".")}\``;

/** One group of servers that one agent sees together. */
interface ServerGroup {
  inventoryId: string;
  workspaceFolder: string;
  client: string;
  servers: RawServer[];
}

export function parseConfig(text: string, path: string, client: ClientSpec, ctx: ParseContext): ParseResult {
  const parsed = parseDocument(text, client.format);
  if (!parsed.ok) return { entries: [], errors: [{ configPath: path, message: parsed.message }] };
  const doc = parsed.doc;
  const errors: ConfigError[] = [];
  const fileError = (message: string) => errors.push({ configPath: path, message });

  if ((doc.value === null || doc.value === undefined) && client.sharedSettings && !ctx.strict) return { entries: [], errors };
  if (!isRecord(doc.value)) {
    fileError(`expected an object at the top level, found ${kindOf(doc.value)}`);
    return { entries: [], errors };
  }

  const workspaceFolder = ctx.workspaceFolder ?? ctx.cwd;
  const groups: ServerGroup[] = [];
  const main = findServers(doc, client);
  let knownShape = main.found;
  if (main.servers) {
    groups.push({ inventoryId: path, workspaceFolder, client: main.clientId, servers: main.servers });
  }
  if (client.perProjectServers) {
    const projects = (doc.value as Obj).projects;
    if (projects !== undefined) knownShape = true;
    if (isRecord(projects)) {
      for (const [projectDir, project] of Object.entries(projects)) {
        if (!isRecord(project) || project.mcpServers === undefined) continue;
        const located = doc.locate({ path: ["projects", projectDir, "mcpServers"], shape: "map" });
        if (located.wrongKind && located.wrongKind !== "null") {
          fileError(`\`projects.${projectDir}.mcpServers\` should be an object of servers, found ${located.wrongKind}`);
          continue;
        }
        groups.push({ inventoryId: `${path}#${projectDir}`, workspaceFolder: projectDir, client: client.id, servers: located.servers });
      }
    }
  }
  if (main.wrongKind && groups.length === 0) {
    fileError(main.wrongKind);
    return { entries: [], errors };
  }
  if (!knownShape && !(client.sharedSettings && !ctx.strict)) {
    const keys = [...new Set(client.servers.map(describe))].join(" or ");
    fileError(`no MCP servers key found (expected ${keys}); not a config this scanner understands`);
    return { entries: [], errors };
  }

  const entries: ServerEntry[] = [];
  for (const group of groups) {
    reportDuplicates(group, path, errors);
    group.servers.forEach((raw, index) => {
      const result = interpretServer(raw, index, group, path, client, ctx);
      if ("error" in result) errors.push(result.error);
      else entries.push(result.entry);
    });
  }
  return { entries, errors };
}

function findServers(doc: ConfigDocument, client: ClientSpec): { found: boolean; servers?: RawServer[]; clientId: string; wrongKind?: string } {
  let wrongKind: string | undefined;
  let found = false;
  for (const location of client.servers) {
    const located = doc.locate(location);
    if (!located.exists) continue;
    found = true;
    const clientId = client.id === "generic" ? clientIdForKey(location) : client.id;
    if (located.wrongKind === "null") return { found, servers: [], clientId };
    if (located.wrongKind) {
      const want = location.shape === "map" ? "an object of servers" : "a list of servers";
      wrongKind ??= `${describe(location)} should be ${want}, found ${located.wrongKind}`;
      continue;
    }
    return { found, servers: located.servers, clientId };
  }
  return { found, clientId: client.id, wrongKind };
}

function reportDuplicates(group: ServerGroup, path: string, errors: ConfigError[]): void {
  const lines = new Map<string, (number | undefined)[]>();
  for (const s of group.servers) if (s.name !== undefined) lines.set(s.name, [...(lines.get(s.name) ?? []), s.line]);
  for (const [name, at] of lines) {
    if (at.length < 2) continue;
    const where = at.every((l) => l !== undefined) ? ` (lines ${at.join(", ")})` : "";
    errors.push({
      configPath: path,
      server: name,
      message: `server name "${name}" is defined ${at.length} times${where}; each definition is scanned`,
      level: "warning",
    });
  }
}

type Interpreted = { entry: ServerEntry } | { error: ConfigError };

class EntryError extends Error {}

function interpretServer(raw: RawServer, index: number, group: ServerGroup, path: string, client: ClientSpec, ctx: ParseContext): Interpreted {
  const at = raw.line !== undefined ? ` (line ${raw.line})` : "";
  if (raw.name === undefined) {
    return { error: { configPath: path, message: `server #${index + 1}${at} has no \`name\`` } };
  }
  try {
    return { entry: buildEntry(raw.name, raw.value, raw.line, group, path, client, ctx) };
  } catch (err) {
    if (!(err instanceof EntryError)) throw err;
    return { error: { configPath: path, server: raw.name, message: `${err.message}${at}` } };
  }
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new EntryError(`\`${field}\` must be a list of strings, found ${kindOf(value)}`);
  return value.map((item, i) => {
    if (typeof item === "string") return item;
    if (typeof item === "number" || typeof item === "boolean") return String(item);
    throw new EntryError(`\`${field}[${i}]\` must be a string, found ${kindOf(item)}`);
  });
}

function stringMap(value: unknown, field: string): Record<string, string> {
  if (!isRecord(value)) throw new EntryError(`\`${field}\` must be an object of strings, found ${kindOf(value)}`);
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string") out[key] = item;
    else if (typeof item === "number" || typeof item === "boolean") out[key] = String(item);
    else throw new EntryError(`\`${field}.${key}\` must be a string, found ${kindOf(item)}`);
  }
  return out;
}

function optionalString(o: Obj, field: string): string | undefined {
  const value = o[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new EntryError(`\`${field}\` must be a string, found ${kindOf(value)}`);
  return value;
}

const TRANSPORTS: Record<string, { transport: Transport; guessed: boolean }> = {
  stdio: { transport: "stdio", guessed: false },
  local: { transport: "stdio", guessed: false },
  sse: { transport: "sse", guessed: false },
  http: { transport: "http", guessed: false },
  "streamable-http": { transport: "http", guessed: false },
  streamablehttp: { transport: "http", guessed: false },
  streamable_http: { transport: "http", guessed: false },
  // opencode's `remote` tries streamable HTTP and falls back to SSE.
  remote: { transport: "http", guessed: true },
};

function buildEntry(
  name: string,
  value: unknown,
  line: number | undefined,
  group: ServerGroup,
  path: string,
  client: ClientSpec,
  ctx: ParseContext,
): ServerEntry {
  if (!isRecord(value)) throw new EntryError(`expected an object, found ${kindOf(value)}`);
  const o = value;

  let command: string | undefined;
  let args: string[] = [];
  let env: Record<string, string> = {};
  if (typeof o.command === "string") command = o.command;
  else if (Array.isArray(o.command)) {
    // opencode: command: [cmd, ...args]
    [command, ...args] = stringList(o.command, "command");
  } else if (isRecord(o.command)) {
    // Zed: command: { path, args, env }
    command = optionalString(o.command, "path");
    if (o.command.args !== undefined) args = stringList(o.command.args, "command.args");
    if (o.command.env !== undefined && o.command.env !== null) env = stringMap(o.command.env, "command.env");
  } else if (o.command !== undefined && o.command !== null) {
    throw new EntryError(`\`command\` must be a string, found ${kindOf(o.command)}`);
  }
  if (o.args !== undefined && o.args !== null) args = [...args, ...stringList(o.args, "args")];
  for (const field of ["env", "environment"]) {
    if (o[field] !== undefined && o[field] !== null) env = { ...env, ...stringMap(o[field], field) };
  }
  const cwd = optionalString(o, "cwd");

  const urlKey = (["httpUrl", "serverUrl", "url"] as const).find((k) => o[k] !== undefined && o[k] !== null);
  const url = urlKey ? optionalString(o, urlKey) : undefined;
  let headers: Record<string, string> = {};
  for (const field of ["headers", "http_headers"]) {
    if (o[field] !== undefined && o[field] !== null) headers = { ...headers, ...stringMap(o[field], field) };
  }
  if (isRecord(o.requestOptions) && o.requestOptions.headers !== undefined) {
    headers = { ...headers, ...stringMap(o.requestOptions.headers, "requestOptions.headers") };
  }
  // Codex names environment variables that hold header values.
  if (o.env_http_headers !== undefined) {
    for (const [header, variable] of Object.entries(stringMap(o.env_http_headers, "env_http_headers"))) {
      const v = ctx.env[variable];
      if (v) headers[header] = v;
    }
  }
  const bearerVar = optionalString(o, "bearer_token_env_var");
  if (bearerVar && ctx.env[bearerVar]) headers.Authorization = `Bearer ${ctx.env[bearerVar]}`;

  const type = optionalString(o, "type");
  let transport: Transport;
  let transportGuessed = false;
  let skipReason: string | undefined;
  if (type !== undefined) {
    const known = TRANSPORTS[type.toLowerCase()];
    if (!known) throw new EntryError(`unknown transport type "${type}"`);
    transport = known.transport;
    transportGuessed = known.guessed;
  } else if (command !== undefined) transport = "stdio";
  else if (urlKey === "httpUrl") transport = "http";
  else if (urlKey === "url" && client.bareUrlIsSse) transport = "sse";
  else if (urlKey) {
    transport = "http";
    transportGuessed = true;
  } else if (o.source === "extension" || client.id === "zed") {
    // Zed extensions bring their own command; the settings only hold their options.
    transport = "stdio";
    skipReason = "provided by an editor extension; the config holds no command to start";
  } else throw new EntryError("has neither `command` nor `url`");

  if (transport === "stdio" && command === undefined && !skipReason) throw new EntryError(`transport is ${type ?? "stdio"} but there is no \`command\``);
  if (transport !== "stdio" && url === undefined) throw new EntryError(`transport is ${type} but there is no \`url\``);

  if (command !== undefined && args.length === 0 && /\s/.test(command.trim())) {
    try {
      [command, ...args] = splitCommandLine(command.trim());
    } catch (err) {
      throw new EntryError(`\`command\`: ${(err as Error).message}`);
    }
  }

  const p = pathApi(ctx.platform);
  const expandCtx: ExpandContext = { home: ctx.home, env: ctx.env, workspaceFolder: group.workspaceFolder, pathSeparator: p.sep };
  const needsInput = new Set<string>();
  const expand = (text: string, tilde = false) => {
    const r = expandVariables(text, expandCtx);
    r.needsInput.forEach((id) => needsInput.add(id));
    return { value: tilde ? expandTilde(r.value, ctx.home, p.sep) : r.value, unsetEnv: r.unsetEnv };
  };
  let expandedCommand: string | undefined;
  if (command !== undefined) {
    const r = expand(command, true);
    expandedCommand = r.value;
    if (r.value.trim() === "" && !skipReason) {
      skipReason = r.unsetEnv.length ? `command is empty: \${env:${r.unsetEnv[0]}} is not set` : "command is empty";
    }
  }
  const expandValues = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [k, expand(v).value]));
  const entry: ServerEntry = {
    name,
    client: group.client,
    configPath: path,
    inventoryId: group.inventoryId,
    scope: ctx.scope,
    line,
    transport,
    transportGuessed,
    command: expandedCommand,
    args: args.map((a) => expand(a, true).value),
    env: expandValues(env),
    cwd: cwd === undefined ? undefined : expand(cwd, true).value,
    url: url === undefined ? undefined : expand(url).value,
    headers: expandValues(headers),
    disabled: o.disabled === true || o.enabled === false,
    skipReason,
  };
  if (needsInput.size > 0) entry.skipReason = `needs input: ${[...needsInput].join(", ")}`;
  if (entry.url !== undefined && needsInput.size === 0 && !/^https?:\/\/[^\s]+$/i.test(entry.url)) {
    throw new EntryError(`\`${urlKey}\` is not an http(s) URL`);
  }
  if (line === undefined) delete entry.line;
  for (const key of ["command", "cwd", "url", "skipReason"] as const) if (entry[key] === undefined) delete entry[key];
  return entry;
}

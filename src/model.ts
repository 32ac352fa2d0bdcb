// The data that flows between the pipeline stages (discover -> connect -> analyze -> report).
// Zod schemas are the single source of truth: TypeScript types are inferred, and the published
// JSON Schema of `--json` output (schema/report.schema.json) is generated from them.
import { z } from "zod";
import { SEVERITIES, EXIT } from "./constants.js";

export { SEVERITIES, EXIT };
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** Higher is worse; used for thresholds (`--fail-on`) and sorting. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

export const Transport = z.enum(["stdio", "sse", "http"]);
export type Transport = z.infer<typeof Transport>;

/** Where a config was found: the user's own client config, a project file, or a direct target. */
export const Scope = z.enum(["user", "project", "target", "input"]);

/**
 * One server as a client config declares it. Values are as written after variable expansion;
 * env and header values may be secrets, so reports only ever show them through redact().
 */
export const ServerEntry = z.object({
  name: z.string(),
  client: z.string(),
  configPath: z.string(),
  /** Servers one agent sees together: the config file, or a Claude Code project inside ~/.claude.json. */
  inventoryId: z.string(),
  scope: Scope,
  /** 1-based line of the entry in its config file, when known (SARIF locations). */
  line: z.number().int().optional(),
  transport: Transport,
  /** A bare `url` with no declared type: try streamable HTTP, then SSE. */
  transportGuessed: z.boolean().default(false),
  command: z.string().optional(),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  cwd: z.string().optional(),
  url: z.string().optional(),
  headers: z.record(z.string(), z.string()).default({}),
  disabled: z.boolean().default(false),
  /** Set when the entry cannot be started as written, e.g. an unresolved `${input:...}`. */
  skipReason: z.string().optional(),
});
export type ServerEntry = z.infer<typeof ServerEntry>;

export const ConfigError = z.object({
  configPath: z.string(),
  server: z.string().optional(),
  message: z.string(),
  /** Warnings (e.g. a duplicate server name) are shown but do not make the scan incomplete. */
  level: z.enum(["error", "warning"]).optional(),
});
export type ConfigError = z.infer<typeof ConfigError>;

export const CheckedPath = z.object({
  client: z.string(),
  path: z.string(),
  scope: Scope,
  found: z.boolean(),
});
export type CheckedPath = z.infer<typeof CheckedPath>;

export const Discovery = z.object({
  checked: z.array(CheckedPath),
  entries: z.array(ServerEntry),
  errors: z.array(ConfigError),
});
export type Discovery = z.infer<typeof Discovery>;

/** A JSON object (not null, not an array): what server- and config-supplied values must be checked for. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// MCP metadata as the server sent it. Loose on purpose: a hostile or sloppy server must not blind
// the scanner, so only `name` is required and every other field is kept as sent.
const Json = z.unknown();
export const Tool = z
  .object({
    name: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
    inputSchema: Json.optional(),
    outputSchema: Json.optional(),
    annotations: Json.optional(),
  })
  .passthrough();
export type Tool = z.infer<typeof Tool>;

export const PromptArgument = z
  .object({ name: z.string(), title: z.string().optional(), description: z.string().optional(), required: z.boolean().optional() })
  .passthrough();
export const Prompt = z
  .object({
    name: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
    arguments: z.array(PromptArgument).optional(),
  })
  .passthrough();
export type Prompt = z.infer<typeof Prompt>;

export const Resource = z
  .object({
    name: z.string(),
    uri: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    mimeType: z.string().optional(),
  })
  .passthrough();
export type Resource = z.infer<typeof Resource>;

export const ResourceTemplate = z
  .object({
    name: z.string(),
    uriTemplate: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    mimeType: z.string().optional(),
  })
  .passthrough();
export type ResourceTemplate = z.infer<typeof ResourceTemplate>;

export const ServerInfo = z
  .object({ name: z.string().optional(), version: z.string().optional(), title: z.string().optional() })
  .passthrough();

export const ServerStatus = z.enum(["ok", "error", "skipped"]);
export type ServerStatus = z.infer<typeof ServerStatus>;

/** One server after the connect stage: its entry plus everything it told us (or why it could not). */
export const ScannedServer = z.object({
  entry: ServerEntry,
  status: ServerStatus,
  error: z.string().optional(),
  serverInfo: ServerInfo.optional(),
  protocolVersion: z.string().optional(),
  capabilities: z.record(z.string(), z.unknown()).optional(),
  instructions: z.string().optional(),
  tools: z.array(Tool).default([]),
  prompts: z.array(Prompt).default([]),
  resources: z.array(Resource).default([]),
  resourceTemplates: z.array(ResourceTemplate).default([]),
  /** Protocol problems that did not stop the scan (schema violations, truncated pagination). */
  warnings: z.array(z.string()).default([]),
  /** Tail of the server's stderr, already redacted, for error reports. */
  stderr: z.string().optional(),
  /** Live HTTP facts for auth rules (status of an unauthenticated request, protected resource metadata). */
  http: z
    .object({
      unauthenticatedStatus: z.number().optional(),
      wwwAuthenticate: z.string().optional(),
      resourceMetadataUrl: z.string().optional(),
      resourceMetadata: z.unknown().optional(),
      resourceMetadataError: z.string().optional(),
    })
    .optional(),
  durationMs: z.number().default(0),
});
export type ScannedServer = z.infer<typeof ScannedServer>;

/** A server with nothing collected yet: the start of every ScannedServer. */
export function emptyScan(entry: ServerEntry, status: ServerStatus, durationMs = 0): ScannedServer {
  return { entry, status, tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs };
}

/** Everything one agent sees together: the unit every rule runs over. */
export const Inventory = z.object({
  id: z.string(),
  client: z.string(),
  configPath: z.string(),
  servers: z.array(ScannedServer),
});
export type Inventory = z.infer<typeof Inventory>;

export const EntityKind = z.enum(["tool", "prompt", "resource", "resourceTemplate", "server", "config"]);
export type EntityKind = z.infer<typeof EntityKind>;

/**
 * What a toxic-flow role rests on: "catalog" (the built-in known-server catalog), "declared" (the user's own
 * known-servers file, `--rules DIR`), "heuristic" (guessed from the tool's name, description and schema) or
 * "annotation" (the server's destructiveHint, a weak label). Optional where it appears in JSON, so reports and
 * inventories saved by versions without it still parse.
 */
export const LabelBasis = z.enum(["catalog", "declared", "heuristic", "annotation"]);
export type LabelBasis = z.infer<typeof LabelBasis>;

/** One role of a tool as `inspect --labels` and the JSON inventory show it. */
export const ToolLabel = z.object({ role: z.string(), confidence: z.number(), reason: z.string(), basis: LabelBasis.optional() });

export const FlowStep = z.object({ server: z.string(), tool: z.string(), role: z.string(), basis: LabelBasis.optional() });

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  server: z.string(),
  entity: z.object({ kind: EntityKind, name: z.string() }),
  message: z.string(),
  /** Which text inside the entity, e.g. `description` or `inputSchema.properties.note.description`. */
  field: z.string().optional(),
  /** The matched text (normalised/decoded), already cut short and redacted. */
  evidence: z.string().optional(),
  client: z.string().optional(),
  configPath: z.string().optional(),
  line: z.number().int().optional(),
  inventoryId: z.string().optional(),
  flow: z.array(FlowStep).optional(),
  diff: z.unknown().optional(),
  /** sha256 of the entity, so a suppression can be bound to one version of a tool. */
  entityHash: z.string().optional(),
  suppressed: z.boolean().default(false),
  suppressedBy: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What a rule hands to report(): the engine fills in ruleId, default severity and location. */
export type FindingInput = Omit<Finding, "ruleId" | "severity" | "suppressed" | "server"> & {
  severity?: Severity;
  server?: string;
};

/** A server as published in `--json` output: launch details redacted, metadata as sent. */
export const ReportServer = z.object({
  name: z.string(),
  client: z.string(),
  configPath: z.string(),
  inventoryId: z.string(),
  scope: Scope,
  transport: Transport,
  status: ServerStatus,
  error: z.string().optional(),
  launch: z.object({
    command: z.string().optional(),
    args: z.array(z.string()).optional(),
    url: z.string().optional(),
    envKeys: z.array(z.string()).optional(),
    headerKeys: z.array(z.string()).optional(),
  }),
  serverInfo: ServerInfo.optional(),
  protocolVersion: z.string().optional(),
  capabilities: z.record(z.string(), z.unknown()).optional(),
  instructions: z.string().optional(),
  tools: z.array(Tool),
  prompts: z.array(Prompt),
  resources: z.array(Resource),
  resourceTemplates: z.array(ResourceTemplate),
  warnings: z.array(z.string()),
  stderr: z.string().optional(),
  /** Roles each tool can play in a toxic flow (see `inspect --labels`), keyed by tool name. */
  labels: z.record(z.string(), z.array(ToolLabel)).optional(),
  durationMs: z.number(),
});
export type ReportServer = z.infer<typeof ReportServer>;

export const Report = z.object({
  schemaVersion: z.literal(1),
  scanner: z.object({ name: z.string(), version: z.string() }),
  command: z.enum(["scan", "inspect", "guard"]),
  startedAt: z.string(),
  durationMs: z.number(),
  failOn: Severity,
  exitCode: z.number().int(),
  servers: z.array(ReportServer),
  findings: z.array(Finding),
  configErrors: z.array(ConfigError),
  checkedPaths: z.array(CheckedPath).optional(),
  lockfile: z.object({ path: z.string(), written: z.boolean() }).optional(),
  summary: z.object({
    servers: z.object({ ok: z.number(), error: z.number(), skipped: z.number() }),
    findings: z.record(Severity, z.number()),
    suppressed: z.number(),
  }),
});
export type Report = z.infer<typeof Report>;

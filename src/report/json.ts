// Builds the stable `--json` report object (schema/report.schema.json) from pipeline results.
import {
  SEVERITIES,
  type CheckedPath,
  type ConfigError,
  type Finding,
  type Report,
  type ReportServer,
  type ScannedServer,
  type Severity,
} from "../model.js";
import type { Redactor } from "../redact.js";

export interface ReportInput {
  command: Report["command"];
  version: string;
  startedAt: Date;
  failOn: Severity;
  exitCode: number;
  servers: ScannedServer[];
  findings: Finding[];
  configErrors: ConfigError[];
  checkedPaths?: CheckedPath[];
  lockfile?: Report["lockfile"];
  labels?: Map<ScannedServer, ReportServer["labels"]>;
}

export function buildReport(input: ReportInput, redactor: Redactor): Report {
  const findingCounts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let suppressed = 0;
  for (const f of input.findings) {
    if (f.suppressed) suppressed++;
    else findingCounts[f.severity]++;
  }
  const report: Report = {
    schemaVersion: 1,
    scanner: { name: "mcp-shield-scan", version: input.version },
    command: input.command,
    startedAt: input.startedAt.toISOString(),
    durationMs: Date.now() - input.startedAt.getTime(),
    failOn: input.failOn,
    exitCode: input.exitCode,
    servers: input.servers.map((s) => reportServer(s, input.labels?.get(s))),
    findings: input.findings,
    configErrors: input.configErrors,
    checkedPaths: input.checkedPaths,
    lockfile: input.lockfile,
    summary: {
      servers: {
        ok: input.servers.filter((s) => s.status === "ok").length,
        error: input.servers.filter((s) => s.status === "error").length,
        skipped: input.servers.filter((s) => s.status === "skipped").length,
      },
      findings: findingCounts,
      suppressed,
    },
  };
  // Everything leaves through the redactor: secrets can sit in args, URLs, errors and server text alike.
  return redactor.value(report);
}

function reportServer(s: ScannedServer, labels: ReportServer["labels"] | undefined): ReportServer {
  const e = s.entry;
  const envKeys = Object.keys(e.env);
  const headerKeys = Object.keys(e.headers);
  return {
    name: e.name,
    client: e.client,
    configPath: e.configPath,
    inventoryId: e.inventoryId,
    scope: e.scope,
    transport: e.transport,
    status: s.status,
    error: s.error,
    launch: {
      command: e.command,
      args: e.command ? e.args : undefined,
      url: e.url,
      envKeys: envKeys.length ? envKeys : undefined,
      headerKeys: headerKeys.length ? headerKeys : undefined,
    },
    serverInfo: s.serverInfo,
    protocolVersion: s.protocolVersion,
    capabilities: s.capabilities,
    instructions: s.instructions,
    tools: s.tools,
    prompts: s.prompts,
    resources: s.resources,
    resourceTemplates: s.resourceTemplates,
    warnings: s.warnings,
    stderr: s.stderr,
    labels,
    durationMs: s.durationMs,
  };
}

/** JSON text with invisible and bidi characters written as \u escapes: still the same JSON value,
 * but safe to `cat` to a terminal. JSON.stringify already escapes C0 controls. */
export function toJsonText(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|\udb40[\udc00-\udc7f]/g, (ch) =>
      ch.split("").map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""),
    ) + "\n"
  );
}

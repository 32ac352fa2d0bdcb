// Builds Report objects for renderer tests through the real zod model, so defaults match the pipeline's.
import { Finding, Report, type Severity } from "../../src/model.js";

export type FindingSpec = Partial<Omit<Finding, "entity">> & { entity?: Partial<Finding["entity"]> };

export function finding(spec: FindingSpec = {}): Finding {
  return Finding.parse({
    ruleId: "tool-poisoning",
    severity: "high",
    server: "notes",
    message: "Tool description contains hidden instructions",
    configPath: ".cursor/mcp.json",
    line: 3,
    ...spec,
    entity: { kind: "tool", name: "add_note", ...spec.entity },
  });
}

export function server(name: string, status: "ok" | "error" | "skipped" = "ok", extra: Record<string, unknown> = {}): Report["servers"][number] {
  return {
    name,
    client: "cursor",
    configPath: ".cursor/mcp.json",
    inventoryId: ".cursor/mcp.json",
    scope: "project",
    transport: "stdio",
    status,
    launch: { command: "npx", args: ["-y", `${name}@1.0.0`] },
    tools: [{ name: "add_note" }],
    prompts: [],
    resources: [],
    resourceTemplates: [],
    warnings: [],
    durationMs: 10,
    ...extra,
  } as Report["servers"][number];
}

export function report(findings: Finding[], servers = [server("notes")], extra: Partial<Report> = {}): Report {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 } as Record<Severity, number>;
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  return Report.parse({
    schemaVersion: 1,
    scanner: { name: "mcp-shield-scan", version: "0.1.0" },
    command: "scan",
    startedAt: "2026-11-22T01:00:00.000Z",
    durationMs: 1234,
    failOn: "high",
    exitCode: findings.some((f) => !f.suppressed && (f.severity === "high" || f.severity === "critical")) ? 1 : 0,
    servers,
    findings,
    configErrors: [],
    summary: {
      servers: {
        ok: servers.filter((s) => s.status === "ok").length,
        error: servers.filter((s) => s.status === "error").length,
        skipped: servers.filter((s) => s.status === "skipped").length,
      },
      findings: counts,
      suppressed: findings.filter((f) => f.suppressed).length,
    },
    ...extra,
  });
}

/** Text a hostile server might send: terminal escapes, bidi overrides, table and HTML breakers, a mention. */
export const HOSTILE = "evil\u001b[31m|red|`code`<img src=x onerror=alert(1)>\u202e[click](https://evil.example) @octocat\nline2";

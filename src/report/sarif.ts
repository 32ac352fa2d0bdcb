// Renders a report as SARIF 2.1.0 so GitHub code scanning (and other SARIF viewers) can annotate config files.
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { severityRank, type Finding, type Report, type Severity } from "../model.js";
import type { RuleMeta } from "../analyze/rule.js";
import { escapeControl } from "./sanitize.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/mcp-shield-scan/mcp-shield-scan";
const SRCROOT = "%SRCROOT%";
/** Bump the suffix only if the fingerprint inputs change: GitHub would see every alert as new. */
const FINGERPRINT_KEY = "mcpShieldScan/v1";

export type SarifLevel = "error" | "warning" | "note";

/** critical/high fail a build, medium is worth a look, low/info are hints. */
export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub ranks security alerts by this CVSS-like score (critical > 9, high 7-8.9, medium 4-6.9, low < 4). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0",
};

export interface SarifOptions {
  /** Config paths under this directory are written relative to it (%SRCROOT%); defaults to the working directory. */
  rootDir?: string;
}

// A SARIF log is plain JSON; these types cover only what we write.
type Json = Record<string, unknown>;

export function renderSarif(report: Report, rules: RuleMeta[], options: SarifOptions = {}): Json {
  const rootDir = resolve(options.rootDir ?? process.cwd());
  const ruleEntries = sarifRules(report.findings, rules);
  const ruleIndex = new Map(ruleEntries.map((r, i) => [r.id as string, i]));
  // Findings without a config path of their own can still be placed in their server's config file.
  const configOfServer = new Map(report.servers.map((s) => [s.name, s.configPath]));

  const results = report.findings.map((f) => {
    const configPath = f.configPath ?? configOfServer.get(f.server);
    const artifact = configPath ? artifactLocation(configPath, rootDir) : undefined;
    const result: Json = {
      ruleId: clean(f.ruleId),
      ruleIndex: ruleIndex.get(f.ruleId),
      level: SARIF_LEVEL[f.severity],
      message: { text: resultMessage(f) },
      locations: [
        {
          ...(artifact ? { physicalLocation: { artifactLocation: artifact, region: { startLine: f.line && f.line > 0 ? f.line : 1 } } } : {}),
          logicalLocations: logicalLocations(f),
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, artifact?.uri) },
      properties: {
        severity: f.severity,
        "security-severity": SECURITY_SEVERITY[f.severity],
        ...(f.field ? { field: clean(f.field) } : {}),
        ...(f.evidence ? { evidence: clean(f.evidence) } : {}),
        ...(f.entityHash ? { entityHash: f.entityHash } : {}),
        ...(f.flow ? { flow: f.flow.map((s) => ({ server: clean(s.server), tool: clean(s.tool), role: clean(s.role), ...(s.basis ? { basis: clean(s.basis) } : {}) })) } : {}),
      },
    };
    if (f.suppressed) {
      result.suppressions = [{ kind: "external", status: "accepted", justification: clean(f.suppressedBy ?? "suppressed by mcp-shield-scan configuration") }];
    }
    return result;
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mcp-shield-scan",
            version: report.scanner.version,
            semanticVersion: report.scanner.version,
            informationUri: INFORMATION_URI,
            rules: ruleEntries,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(rootDir) } },
        invocations: [invocation(report)],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** One entry per rule: every known rule, then any rule id that only appears in findings. */
function sarifRules(findings: Finding[], rules: RuleMeta[]): Json[] {
  const out: Json[] = [];
  const seen = new Set<string>();
  for (const meta of rules) {
    if (seen.has(meta.id)) continue;
    seen.add(meta.id);
    out.push(ruleEntry(meta, true));
  }
  // A finding from a rule we have no metadata for (a plugin, a newer lockfile) must still be reportable.
  const unknown = new Map<string, Severity>();
  for (const f of findings) {
    if (seen.has(f.ruleId)) continue;
    const prev = unknown.get(f.ruleId);
    if (!prev || severityRank(f.severity) > severityRank(prev)) unknown.set(f.ruleId, f.severity);
  }
  for (const [id, severity] of unknown) {
    out.push(
      ruleEntry(
        { id, severity, summary: `Finding reported as ${id}`, help: `No documentation is bundled for rule \`${id}\`. See the finding's message for details.` },
        false,
      ),
    );
  }
  return out;
}

function ruleEntry(meta: RuleMeta, documented: boolean): Json {
  const id = clean(meta.id);
  return {
    id,
    name: id,
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.help },
    help: { text: meta.help, markdown: meta.help },
    ...(documented ? { helpUri: `${INFORMATION_URI}/blob/main/docs/rules/${encodeURIComponent(meta.id)}.md` } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[meta.severity] },
    properties: {
      "security-severity": SECURITY_SEVERITY[meta.severity],
      tags: ["security", "mcp"],
      precision: "high",
    },
  };
}

function resultMessage(f: Finding): string {
  const where = f.server ? `server "${clean(f.server)}"` : "config";
  const entity = f.entity.kind === "server" ? "" : `, ${f.entity.kind} "${clean(f.entity.name)}"`;
  const field = f.field ? ` (${clean(f.field)})` : "";
  return `${clean(f.message)} [${where}${entity}${field}]`;
}

function logicalLocations(f: Finding): Json[] {
  const server = clean(f.server);
  const out: Json[] = [];
  if (server) out.push({ name: server, fullyQualifiedName: server, kind: "module" });
  if (f.entity.kind !== "server") {
    const name = clean(f.entity.name);
    out.push({
      name,
      fullyQualifiedName: server ? `${server}/${f.entity.kind}/${name}` : `${f.entity.kind}/${name}`,
      kind: LOGICAL_KIND[f.entity.kind],
    });
  }
  return out.length ? out : [{ name: "config", kind: "resource" }];
}

const LOGICAL_KIND: Record<Finding["entity"]["kind"], string> = {
  tool: "function",
  prompt: "member",
  resource: "resource",
  resourceTemplate: "resource",
  server: "module",
  config: "resource",
};

/** Stable across runs and machines: the same problem in the same place keeps its GitHub alert. */
function fingerprint(f: Finding, uri: string | undefined): string {
  const parts = [f.ruleId, uri ?? "", f.server, f.entity.kind, f.entity.name, f.field ?? ""];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

function artifactLocation(configPath: string, rootDir: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(rootDir, configPath);
  const rel = relative(rootDir, absolute);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  // Outside the repository (a user-level client config): an absolute file URI is the honest location.
  return { uri: pathToFileURL(absolute).href };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

function invocation(report: Report): Json {
  const notifications: Json[] = [];
  for (const e of report.configErrors) {
    notifications.push({
      level: configErrorLevel(e),
      message: { text: `${clean(e.configPath)}${e.server ? ` [${clean(e.server)}]` : ""}: ${clean(e.message)}` },
    });
  }
  for (const s of report.servers) {
    if (s.status !== "error") continue;
    notifications.push({ level: "warning", message: { text: `server "${clean(s.name)}" could not be scanned: ${clean(s.error ?? "unknown error")}` } });
  }
  return {
    // Exit 2 (usage/config) and 3 (a server could not be scanned) mean the scan itself was incomplete.
    executionSuccessful: report.exitCode === 0 || report.exitCode === 1,
    exitCode: report.exitCode,
    startTimeUtc: report.startedAt,
    ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
  };
}

/** Config problems are errors unless the discover stage marked them as warnings (e.g. a duplicate name). */
export function configErrorLevel(e: Report["configErrors"][number]): "error" | "warning" {
  return (e as { level?: string }).level === "warning" ? "warning" : "error";
}

/** Server- and config-supplied text: no control characters, newlines kept readable as \n. */
function clean(text: string): string {
  return escapeControl(text);
}

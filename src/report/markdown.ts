// Renders a report as GitHub-flavoured Markdown for a pull-request comment, safe against hostile server text.
import { isAbsolute, relative, resolve } from "node:path";
import { SEVERITIES, severityRank, type Finding, type Report, type Severity } from "../model.js";
import { displayLine } from "./sanitize.js";
import { configErrorLevel } from "./sarif.js";

/** GitHub rejects comment bodies longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Config paths under this directory are shown relative to it; defaults to the working directory. */
  rootDir?: string;
  /** Upper bound on the output length; defaults to GitHub's comment limit. */
  maxLength?: number;
}

const SEVERITY_BADGE: Record<Severity, string> = {
  critical: "🟥 critical",
  high: "🟧 high",
  medium: "🟨 medium",
  low: "🟦 low",
  info: "⬜ info",
};

const STATUS_BADGE: Record<Report["servers"][number]["status"], string> = {
  ok: "✅ ok",
  error: "❌ error",
  skipped: "⏭️ skipped",
};

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const rootDir = resolve(options.rootDir ?? process.cwd());
  // Room for the truncation notes, so adding them can never push us over the limit.
  const budget = (options.maxLength ?? GITHUB_COMMENT_LIMIT) - 600;

  const head = [`## mcp-shield-scan`, "", summaryLine(report), ""];
  for (const e of report.configErrors) {
    head.push(`> **Config ${configErrorLevel(e)}** in ${code(shortPath(e.configPath, rootDir))}${e.server ? ` (${code(e.server)})` : ""}: ${text(e.message, 300)}`, "");
  }

  // The servers table is capped first so a huge fleet cannot crowd out the findings.
  const servers = serversSection(report, rootDir, Math.floor(budget / 4));
  let used = length(head) + servers.length;

  const active = report.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.server.localeCompare(b.server) || a.ruleId.localeCompare(b.ruleId));
  const findings: string[] = [];
  let shown = 0;
  if (active.length) {
    findings.push(`### Findings (${active.length})`, "", "| Severity | Rule | Server | Entity | Finding | Location |", "| --- | --- | --- | --- | --- | --- |");
    used += length(findings);
    for (const f of active) {
      const row = findingRow(f, rootDir);
      if (used + row.length + 1 > budget) break;
      findings.push(row);
      used += row.length + 1;
      shown++;
    }
    if (shown < active.length) {
      findings.push("", `> **${active.length - shown} more findings not shown** to stay within GitHub's comment size limit. See the SARIF or \`--json\` report for all of them.`);
    }
    findings.push("");
  } else {
    findings.push("No findings. 🎉", "");
  }

  return [...head, ...findings, servers].join("\n").trimEnd() + "\n";
}

function summaryLine(report: Report): string {
  const counts = SEVERITIES.filter((s) => (report.summary.findings[s] ?? 0) > 0).map((s) => `${report.summary.findings[s]} ${s}`);
  const total = SEVERITIES.reduce((n, s) => n + (report.summary.findings[s] ?? 0), 0);
  const srv = report.summary.servers;
  const verdict = report.exitCode === 0 ? "✅ passed" : report.exitCode === 1 ? "❌ failed" : "⚠️ incomplete";
  return (
    `**${verdict}** (fail on ${report.failOn} or worse, exit ${report.exitCode}) · ` +
    `**${total} finding${total === 1 ? "" : "s"}**${counts.length ? ` (${counts.join(", ")})` : ""}` +
    (report.summary.suppressed ? `, ${report.summary.suppressed} suppressed` : "") +
    ` · ${srv.ok + srv.error + srv.skipped} servers: ${srv.ok} scanned, ${srv.error} failed, ${srv.skipped} skipped`
  );
}

function findingRow(f: Finding, rootDir: string): string {
  const entity = f.entity.kind === "server" ? "—" : `${f.entity.kind} ${code(f.entity.name)}${f.field ? `<br>${code(f.field, 80)}` : ""}`;
  let detail = text(f.message, 400);
  if (f.flow?.length) detail += `<br>flow: ${f.flow.map((s) => `${code(s.server, 40)}/${code(s.tool, 60)} (${text(s.role, 30)}${s.basis ? `, ${text(s.basis, 20)}` : ""})`).join(" → ")}`;
  if (f.evidence) detail += `<details><summary>evidence</summary><pre>${escapeMarkdown(displayLine(f.evidence, 400))}</pre></details>`;
  const location = f.configPath ? `${code(shortPath(f.configPath, rootDir), 120)}${f.line ? `:${f.line}` : ""}` : "—";
  return `| ${SEVERITY_BADGE[f.severity]} | ${code(f.ruleId, 60)} | ${f.server ? code(f.server) : "—"} | ${entity} | ${detail} | ${location} |`;
}

function serversSection(report: Report, rootDir: string, maxChars: number): string {
  if (!report.servers.length) return "";
  const lines = ["<details><summary>Servers (" + report.servers.length + ")</summary>", "", "| Server | Client | Transport | Status | Tools | Prompts | Resources | Config |", "| --- | --- | --- | --- | ---: | ---: | ---: | --- |"];
  let used = length(lines) + 20;
  let shown = 0;
  for (const s of report.servers) {
    const status = s.status === "error" && s.error ? `${STATUS_BADGE[s.status]}: ${text(s.error, 200)}` : STATUS_BADGE[s.status];
    const row = `| ${code(s.name)} | ${text(s.client, 40)} | ${s.transport} | ${status} | ${s.tools.length} | ${s.prompts.length} | ${s.resources.length + s.resourceTemplates.length} | ${code(shortPath(s.configPath, rootDir), 120)} |`;
    if (used + row.length + 1 > maxChars) break;
    lines.push(row);
    used += row.length + 1;
    shown++;
  }
  if (shown < report.servers.length) lines.push("", `> ${report.servers.length - shown} more servers not shown.`);
  lines.push("", "</details>", "");
  return lines.join("\n");
}

function shortPath(path: string, rootDir: string): string {
  const rel = relative(rootDir, resolve(rootDir, path));
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function length(lines: string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}

/** Server-supplied text as inert table-cell text: one line, no markup, no mentions. */
function text(value: string, max = 200): string {
  return escapeMarkdown(displayLine(value, max));
}

/** Names and paths in <code>: GitHub neither links mentions nor autolinks URLs inside code. */
function code(value: string, max = 80): string {
  return `<code>${escapeMarkdown(displayLine(value, max))}</code>`;
}

/**
 * Every character that could start markup in a GFM table cell becomes an entity (inside <pre> too,
 * since the row is split on `|` before HTML is parsed): `|` would end the cell, backticks open code, brackets make links or images, `<` opens HTML. `@name` gets a
 * zero-width space after the `@` so a server cannot ping people from our comment.
 */
function escapeMarkdown(value: string): string {
  return value.replace(/[&<>"'`|\\[\]()*_~#!:]/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/@(?=\w)/g, "@&#8203;");
}

// Human output for a terminal or a pipe. Every server- or config-supplied string goes through displayLine().
import { Chalk } from "chalk";
import { SEVERITIES, severityRank, type Finding, type Report, type Severity } from "../model.js";
import { displayLine } from "./sanitize.js";

export interface PrettyOptions {
  color: boolean;
  verbose?: boolean;
  /** First line printed, e.g. that the bundled demo config is being scanned. */
  banner?: string;
  showPaths?: boolean;
  /** `inspect --labels`: list each tool with its toxic-flow roles. */
  showLabels?: boolean;
  /** Servers whose toxic-flow roles were guessed from tool text because no catalog entry knows them. */
  guessedRoles?: string[];
}

export function renderPretty(report: Report, options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const sevColor: Record<Severity, (s: string) => string> = {
    critical: (s) => c.bgRed.white.bold(s),
    high: (s) => c.red.bold(s),
    medium: (s) => c.yellow(s),
    low: (s) => c.cyan(s),
    info: (s) => c.gray(s),
  };
  const lines: string[] = [];
  if (options.banner) lines.push(c.bold(options.banner), "");

  if (options.showPaths && report.checkedPaths) {
    lines.push(c.bold("Config paths checked"));
    for (const p of report.checkedPaths) {
      lines.push(`  ${p.found ? c.green("found  ") : c.gray("missing")} ${displayLine(p.client, 20).padEnd(15)} ${displayLine(p.path, 160)}`);
    }
    lines.push("");
  }

  for (const e of report.configErrors) {
    lines.push(`${e.level === "warning" ? c.yellow("config warning") : c.red("config error")} ${displayLine(e.configPath, 160)}${e.server ? ` [${displayLine(e.server, 60)}]` : ""}: ${displayLine(e.message, 300)}`);
  }
  if (report.configErrors.length) lines.push("");

  if (report.servers.length === 0 && report.configErrors.length === 0) {
    const checked = report.checkedPaths?.length ?? 0;
    lines.push(
      `No MCP servers found${checked ? ` in the ${checked} config paths checked (\`mcp-shield-scan inspect --paths\` lists them)` : ""}.`,
      "Give a config file, a directory or a server (npm:PKG@VERSION, https://URL) to scan it.",
      "",
    );
  }

  const byConfig = new Map<string, Report["servers"]>();
  for (const s of report.servers) {
    const list = byConfig.get(s.configPath) ?? [];
    list.push(s);
    byConfig.set(s.configPath, list);
  }
  for (const [configPath, servers] of byConfig) {
    lines.push(c.bold(displayLine(configPath, 160)) + c.gray(` (${displayLine(servers[0]?.client ?? "", 30)})`));
    for (const s of servers) {
      const status =
        s.status === "ok" ? c.green("ok     ") : s.status === "error" ? c.red("error  ") : c.yellow("skipped");
      const counts =
        s.status === "ok"
          ? c.gray(` ${plural(s.tools.length, "tool")}, ${plural(s.prompts.length, "prompt")}, ${plural(s.resources.length + s.resourceTemplates.length, "resource")}`)
          : "";
      const info = s.serverInfo?.name ? c.gray(` ${displayLine(s.serverInfo.name, 60)}${s.serverInfo.version ? `@${displayLine(s.serverInfo.version, 30)}` : ""}`) : "";
      lines.push(`  ${status} ${displayLine(s.name, 60)} ${c.gray(`[${s.transport}]`)}${info}${counts}`);
      if (s.error) lines.push(`          ${c.gray(displayLine(s.error, 300))}`);
      if (options.showLabels && s.labels) {
        for (const [tool, labels] of Object.entries(s.labels)) {
          // Long enough for a user catalog's file path: which file gave a role is what the user needs to see.
          // The basis (catalog, declared, heuristic, annotation) says at a glance which roles were guessed.
          const roles = labels.map((l) => `${l.role} ${l.confidence.toFixed(2)}${l.basis ? ` ${displayLine(l.basis, 20)}` : ""} (${displayLine(l.reason, 200)})`).join("; ");
          lines.push(`          ${displayLine(tool, 60)}: ${roles || c.gray("no role")}`);
        }
      }
      if (options.verbose) for (const w of s.warnings) lines.push(`          ${c.yellow("warning")} ${displayLine(w, 300)}`);
    }
    lines.push("");
  }

  const active = report.findings.filter((f) => !f.suppressed);
  const sorted = [...active].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  if (sorted.length) {
    lines.push(c.bold(`Findings (${sorted.length})`));
    for (const f of sorted) lines.push(...renderFinding(f, sevColor));
    lines.push("");
  }

  if (options.guessedRoles?.length) {
    const names = [...new Set(options.guessedRoles)];
    const listed = names.slice(0, 5).map((n) => displayLine(n, 40)).join(", ") + (names.length > 5 ? `, and ${names.length - 5} more` : "");
    lines.push(
      c.gray(`Toxic-flow roles guessed from tool text for ${plural(names.length, "server")} the known-server catalog does not cover (${listed}).`),
      c.gray("`inspect --labels` shows them; declare your own servers' roles with --rules DIR (docs/rules/toxic-flow.md)."),
      "",
    );
  }
  const counts = SEVERITIES.filter((s) => report.summary.findings[s] > 0).map((s) => `${report.summary.findings[s]} ${s}`);
  const srv = report.summary.servers;
  lines.push(
    `${srv.ok + srv.error + srv.skipped} servers: ${srv.ok} scanned, ${srv.error} failed, ${srv.skipped} skipped. ` +
      `Findings: ${counts.length ? counts.join(", ") : "none"}` +
      (report.summary.suppressed ? ` (${report.summary.suppressed} suppressed)` : "") +
      `. Exit ${report.exitCode} (fail-on ${report.failOn}).`,
  );
  if (report.lockfile) lines.push(c.gray(`Lockfile: ${displayLine(report.lockfile.path, 200)}${report.lockfile.written ? " (updated)" : ""}`));
  return lines.join("\n") + "\n";
}

function renderFinding(f: Finding, sevColor: Record<Severity, (s: string) => string>): string[] {
  const where = `${displayLine(f.server || "-", 60)} › ${f.entity.kind} ${displayLine(f.entity.name, 80)}${f.field ? ` (${displayLine(f.field, 80)})` : ""}`;
  const out = [`  ${sevColor[f.severity](f.severity.toUpperCase().padEnd(8))} ${f.ruleId}  ${where}`, `           ${displayLine(f.message, 400)}`];
  // 400, toxic-flow's own cap on its per-step evidence: a shorter cut would drop the last steps' basis.
  if (f.evidence) out.push(`           evidence: "${displayLine(f.evidence, 400)}"`);
  if (f.flow) out.push(`           flow: ${f.flow.map((s) => `${displayLine(s.server, 40)}/${displayLine(s.tool, 60)} (${displayLine(s.role, 30)}${s.basis ? `, ${displayLine(s.basis, 20)}` : ""})`).join(" → ")}`);
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `--dry-run`: what a scan would start or contact, one line per server, nothing run. */
export function renderDryRun(report: Report): string {
  const lines = report.servers.map((s) => {
    const what = s.scope === "input"
      ? "from a saved inventory: nothing is started or contacted"
      : s.launch.command
      ? `would run: ${[s.launch.command, ...(s.launch.args ?? [])].map((a) => displayLine(/[\s"'\\]/.test(a) ? JSON.stringify(a) : a, 200)).join(" ")}`
      : `would connect: ${displayLine(s.launch.url ?? "", 200)} (${s.transport})`;
    const skip = s.error && !/not connected/.test(s.error) ? `  [skipped: ${displayLine(s.error, 120)}]` : "";
    return `${displayLine(s.name, 60)} (${displayLine(s.client, 20)}, ${displayLine(s.configPath, 120)})\n  ${what}${skip}`;
  });
  return (lines.length ? lines.join("\n") : "No servers found.") + "\n";
}

// Command-line wiring only: flags in, one call into the pipeline, report out, exit code back.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { SEVERITIES, EXIT, type Severity } from "./model.js";

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

interface CommonFlags {
  json?: boolean;
  format?: string;
  output?: string;
  failOn: Severity;
  timeout: number;
  concurrency: number;
  connect: boolean;
  input?: string;
  debug?: boolean;
  ci?: boolean;
  color?: boolean;
  demoIfEmpty?: boolean;
  paths?: boolean;
  verbose?: boolean;
  dryRun?: boolean;
}

function positiveNumber(label: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${label} must be a positive number`);
    return n;
  };
}

function addCommonOptions(cmd: Command): Command {
  return cmd
    .option("--json", "print the JSON report on stdout (same as --format json)")
    .addOption(new Option("--format <format>", "output format").choices(["pretty", "json"]))
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity").choices([...SEVERITIES]).default("high"))
    .option("--timeout <seconds>", "deadline per server: spawn, initialize and every listing", positiveNumber("--timeout"), 10)
    .option("--concurrency <n>", "servers connected at once", positiveNumber("--concurrency"), 8)
    .option("--no-connect", "analyse the configs only: start and contact no server")
    .option("--dry-run", "list the commands that would be started and the URLs that would be contacted, then stop")
    .option("--input <file>", "analyse a saved inventory (inspect --json output) instead of connecting")
    .option("--ci", "CI mode: no spinners or colours")
    .option("--no-color", "no colours even on a terminal")
    .option("-v, --verbose", "show protocol warnings per server")
    .option("--debug", "show stack traces for internal errors")
    .addOption(new Option("--demo-if-empty").hideHelp());
}

/** Where actions leave their exit code: commander's action return values are not passed back. */
interface RunState {
  exitCode: number;
}

export function buildProgram(state: RunState): Command {
  const program = new Command("mcp-shield-scan")
    .description("Find MCP client configs, connect to every server and report security problems. Everything runs locally.")
    .version(VERSION, "-V, --version")
    .showHelpAfterError()
    .exitOverride();

  addCommonOptions(
    program
      .command("scan", { isDefault: true })
      .description("scan configs (default: this user's MCP client configs and the project configs here), files, directories or direct targets (npm:PKG@VER, pypi:PKG==VER, oci:IMAGE, https://URL)")
      .argument("[targets...]", "config files, directories or direct targets"),
  ).action(async (targets: string[], flags: CommonFlags) => {
    state.exitCode = await run("scan", targets, flags);
  });

  addCommonOptions(
    program
      .command("inspect")
      .description("list the inventory (servers, tools, prompts, resources) without running rules")
      .argument("[targets...]", "config files, directories or direct targets")
      .option("--paths", "list every config path checked and whether it was found"),
  ).action(async (targets: string[], flags: CommonFlags) => {
    state.exitCode = await run("inspect", targets, flags);
  });

  return program;
}

async function run(command: "scan" | "inspect", targets: string[], flags: CommonFlags): Promise<number> {
  const format = flags.json ? "json" : (flags.format ?? "pretty");
  const { runScan, defaultScanOptions } = await import("./pipeline.js");
  const { buildReport } = await import("./report/json.js");
  const startedAt = new Date();
  const interactive = format === "pretty" && !flags.ci && !flags.output && process.stderr.isTTY === true;
  const spinner = interactive ? (await import("ora")).default({ stream: process.stderr, text: "Finding MCP configs" }).start() : undefined;
  let done = 0;
  const result = await runScan(
    defaultScanOptions({
      targets,
      input: flags.input,
      connect: flags.connect && !flags.dryRun,
      timeoutMs: flags.timeout * 1000,
      concurrency: Math.floor(flags.concurrency),
      failOn: flags.failOn,
      demoIfEmpty: flags.demoIfEmpty,
      onProgress: (e) => {
        if (!spinner) return;
        if (e.kind === "discovered") spinner.text = `Connecting to ${e.servers} servers`;
        else if (e.status !== "started") spinner.text = `Scanned ${++done} servers`;
      },
    }),
  ).finally(() => spinner?.stop());

  const inspectOnly = command === "inspect" || flags.dryRun === true;
  const findings = inspectOnly ? [] : result.findings;
  const exitCode = inspectOnly
    ? result.servers.some((s) => s.status === "error") || result.configErrors.some((e) => e.level !== "warning")
      ? EXIT.incomplete
      : EXIT.clean
    : result.exitCode;
  const report = buildReport(
    {
      command,
      version: VERSION,
      startedAt,
      failOn: flags.failOn,
      exitCode,
      servers: result.servers,
      findings,
      configErrors: result.configErrors,
      checkedPaths: result.discovery.checked,
    },
    result.redactor,
  );

  let text: string;
  if (flags.dryRun && format !== "json") {
    const { renderDryRun } = await import("./report/pretty.js");
    text = renderDryRun(report);
  } else if (format === "json") {
    text = JSON.stringify(report, null, 2) + "\n";
  } else {
    const { renderPretty } = await import("./report/pretty.js");
    const color = !flags.output && flags.color !== false && !flags.ci && process.stdout.isTTY === true && !("NO_COLOR" in process.env);
    const banner = result.usedDemo
      ? "No MCP client configs found on this machine: scanning the bundled demo configuration (fixtures/demo), which includes a deliberately poisoned server."
      : undefined;
    text = renderPretty(report, { color, banner, showPaths: flags.paths, verbose: flags.verbose });
  }
  if (flags.output) {
    await writeFile(flags.output, text);
    if (flags.ci) process.stderr.write(`mcp-shield-scan: report written to ${flags.output}\n`);
  } else {
    process.stdout.write(text);
  }
  return exitCode;
}

export async function main(argv: string[]): Promise<number> {
  const state: RunState = { exitCode: EXIT.clean };
  const program = buildProgram(state);
  try {
    await program.parseAsync(argv);
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.clean : EXIT.usage;
    // Bad input (unreadable lockfile, invalid --input, bad suppression file) and internal errors alike: one line, exit 2.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`mcp-shield-scan: ${oneLine(message)}\n`);
    if (argv.includes("--debug") && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
    return EXIT.usage;
  }
}

function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").slice(0, 2000);
}

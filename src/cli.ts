// Command-line wiring only: flags in, one call into the pipeline, report out, exit code back.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { SEVERITIES, EXIT, type SeverityName as Severity } from "./constants.js";
import { displayLine } from "./report/sanitize.js";

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
  lockfile?: string | false;
  frozenLockfile?: boolean;
  rules?: string[];
  labels?: boolean;
  catalogDraft?: boolean;
  server?: string[];
  config?: string;
  probeAuth?: boolean;
  probeAuthSecret?: string;
  probeAuthKey?: string;
  source?: string[];
  prune?: boolean;
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
    .addOption(new Option("--format <format>", "output format").choices(["pretty", "json", "sarif", "markdown"]))
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity").choices([...SEVERITIES]).default("high"))
    .option("--timeout <seconds>", "deadline per server: spawn, initialize and every listing", positiveNumber("--timeout"), 10)
    .option("--concurrency <n>", "servers connected at once", positiveNumber("--concurrency"), 16)
    .option("--no-connect", "analyse the configs only: start and contact no server")
    .option("--dry-run", "list the commands that would be started and the URLs that would be contacted, then stop")
    .option("--input <file>", "analyse a saved inventory (inspect --json output) instead of connecting")
    .option("--lockfile <path>", "lockfile to compare with (default ./mcp-shield.lock.json if present, else the per-user store)")
    .option("--frozen-lockfile", "never write the lockfile; new tools are medium findings (CI)")
    .option("--no-lockfile", "do not compare with or write any lockfile")
    .option("--rules <dir...>", "add rule data: pack1*, capabilities* and known-servers* .json|yaml files, same format as the built-in rules/ directory")
    .option("--config <file>", "suppression file (default ./.mcp-shield.json when present)")
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
      .argument("[targets...]", "config files, directories or direct targets")
      .option("--probe-auth", "send forged bearer tokens (alg none, bad signature, expired) to HTTP servers and report any accepted")
      .option("--probe-auth-secret <secret>", "HS256 secret of your own server: also probe wrong audience and issuer")
      .option("--probe-auth-key <pemFile>", "PEM private key of your own server (RS256/ES256): also probe wrong audience and issuer")
      .option("--source <dir...>", "look through a server's source for JWT checks without audience/issuer and 0.0.0.0 binds"),
  ).action(async (targets: string[], flags: CommonFlags) => {
    state.exitCode = await run("scan", targets, flags);
  });

  addCommonOptions(
    program
      .command("inspect")
      .description("list the inventory (servers, tools, prompts, resources) without running rules")
      .argument("[targets...]", "config files, directories or direct targets")
      .option("--paths", "list every config path checked and whether it was found")
      .option("--labels", "show the toxic-flow roles of every tool")
      .option("--catalog-draft", "print a known-servers file (for --rules DIR) with the servers the catalog does not recognise and their tools' roles now, to review"),
  ).action(async (targets: string[], flags: CommonFlags) => {
    state.exitCode = await run("inspect", targets, flags);
  });

  addCommonOptions(
    program
      .command("pin")
      .description("accept what the servers show now: write their tool, prompt and resource hashes to the lockfile")
      .argument("[targets...]", "config files, directories or direct targets")
      .option("--server <name...>", "pin only these servers")
      .option("--prune", "then remove entries of servers no longer listed in a config this scan read, or whose config file is gone (with --server: only those servers)"),
  ).action(async (targets: string[], flags: CommonFlags) => {
    state.exitCode = await pin(targets, flags);
  });

  program
    .command("guard")
    .description("start a server, scan it, and only when it is clean connect this process's stdio to it; keeps checking while it runs")
    .usage("[options] -- COMMAND [ARGS...]")
    .argument("<command...>", "the server command and its arguments, after --")
    .option("--name <name>", "the server's name in the lockfile (default: found by command and args)")
    .option("--lockfile <path>", "lockfile with the server's pinned entry")
    .addOption(new Option("--fail-on <severity>", "refuse the server at or above this severity").choices([...SEVERITIES]).default("high"))
    .option("--timeout <seconds>", "deadline for the start-up scan and each re-list", positiveNumber("--timeout"), 10)
    .option("--redact-output", "replace tool results that carry injected instructions by a notice; refuse such resource reads and prompts")
    .option("--log <file>", "write decisions as JSON lines to this file instead of stderr")
    .option("--rules <dir...>", "add rule data: pack1*, capabilities* and known-servers* .json|yaml files, as for scan")
    .action(async (command: string[], flags: { name?: string; lockfile?: string; failOn: Severity; timeout: number; redactOutput?: boolean; log?: string; rules?: string[] }) => {
      const { runGuard } = await import("./guard/index.js");
      // Read before the server starts, so bad rule data refuses it with the file named rather than mid-session.
      const rules = flags.rules?.length ? (await import("./rules/index.js")).builtinRules({ ruleDirs: flags.rules }) : undefined;
      const { resolveLockfilePath } = await import("./lock/index.js");
      const { homedir } = await import("node:os");
      const lockfilePath = resolveLockfilePath({ explicit: flags.lockfile, cwd: process.cwd(), env: process.env, home: homedir() }).path;
      state.exitCode = await runGuard({
        command: command[0] ?? "",
        args: command.slice(1),
        name: flags.name,
        lockfilePath,
        failOn: flags.failOn,
        timeoutMs: flags.timeout * 1000,
        redactOutput: flags.redactOutput === true,
        logFile: flags.log,
        env: process.env,
        cwd: process.cwd(),
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        rules,
      });
    });

  return program;
}

async function run(command: "scan" | "inspect", targets: string[], flags: CommonFlags): Promise<number> {
  const format = flags.json ? "json" : (flags.format ?? "pretty");
  if (flags.ci) flags.frozenLockfile = true;
  const { runInspect, runScan, defaultScanOptions } = await import("./pipeline.js");
  const { buildReport, toJsonText } = await import("./report/json.js");
  const startedAt = new Date();
  const interactive = format === "pretty" && !flags.ci && !flags.output && process.stderr.isTTY === true;
  const spinner = interactive ? (await import("ora")).default({ stream: process.stderr, text: "Finding MCP configs" }).start() : undefined;
  let done = 0;
  const options = defaultScanOptions({
    targets,
    input: flags.input,
    connect: flags.connect && !flags.dryRun,
    timeoutMs: flags.timeout * 1000,
    concurrency: Math.floor(flags.concurrency),
    failOn: flags.failOn,
    demoIfEmpty: flags.demoIfEmpty,
    ruleDirs: flags.rules,
    suppressions: flags.config,
    probeAuth: await probeOptions(flags),
    sourceDirs: flags.source,
    lockfile: lockfileOptions(flags),
    onProgress: (e) => {
      if (!spinner) return;
      if (e.kind === "discovered") spinner.text = `Connecting to ${e.servers} servers`;
      else if (e.status !== "started") spinner.text = `Scanned ${++done} servers`;
    },
  });
  const inspectOnly = command === "inspect" || flags.dryRun === true;
  const result = await (inspectOnly ? runInspect(options) : runScan(options)).finally(() => spinner?.stop());
  if (flags.catalogDraft && !flags.dryRun) return writeCatalogDraft(result, flags);

  const report = buildReport(
    {
      command,
      version: VERSION,
      startedAt,
      failOn: flags.failOn,
      exitCode: result.exitCode,
      servers: result.servers,
      findings: result.findings,
      configErrors: result.configErrors,
      checkedPaths: result.discovery.checked,
      lockfile: result.lockfile,
      labels: flags.labels || format === "json" ? await toolLabels(result.servers, flags.rules) : undefined,
    },
    result.redactor,
  );

  let text: string;
  if (flags.dryRun && format !== "json") {
    const { renderDryRun } = await import("./report/pretty.js");
    text = renderDryRun(report);
  } else if (format === "json") {
    text = toJsonText(report);
  } else if (format === "sarif") {
    const { renderSarif } = await import("./report/sarif.js");
    const { allRuleMeta } = await import("./rules/index.js");
    const { probeRuleList } = await import("./probe/index.js");
    const { sourceRuleList } = await import("./source/index.js");
    text = toJsonText(renderSarif(report, allRuleMeta([...probeRuleList, ...sourceRuleList])));
  } else if (format === "markdown") {
    const { renderMarkdown } = await import("./report/markdown.js");
    text = renderMarkdown(report);
  } else {
    const { renderPretty } = await import("./report/pretty.js");
    const color = !flags.output && flags.color !== false && !flags.ci && process.stdout.isTTY === true && !("NO_COLOR" in process.env);
    const banner = result.usedDemo
      ? "No MCP client configs found on this machine: scanning the bundled demo configuration (fixtures/demo), which includes a deliberately poisoned server."
      : undefined;
    const guessedRoles = command === "scan" ? await serversWithGuessedRoles(result.servers, report.servers, flags.rules) : undefined;
    text = renderPretty(report, { color, banner, showPaths: flags.paths, verbose: flags.verbose, showLabels: flags.labels, guessedRoles });
  }
  if (flags.output) {
    await writeFile(flags.output, text);
    if (flags.ci) process.stderr.write(`mcp-shield-scan: ${format} report written to ${flags.output}\n`);
  } else {
    process.stdout.write(text);
  }
  return result.exitCode;
}

async function probeOptions(flags: CommonFlags): Promise<{ secret?: string; keyPem?: string } | undefined> {
  if (!flags.probeAuth && !flags.probeAuthSecret && !flags.probeAuthKey) return undefined;
  let keyPem: string | undefined;
  if (flags.probeAuthKey) {
    const { readFile } = await import("node:fs/promises");
    keyPem = await readFile(flags.probeAuthKey, "utf8").catch((err: NodeJS.ErrnoException) => {
      throw new Error(`${flags.probeAuthKey}: cannot read key file (${err.code ?? err.message})`);
    });
  }
  return { secret: flags.probeAuthSecret, keyPem };
}

/** The lockfile of a scan (inspect and --dry-run never read one). */
function lockfileOptions(flags: CommonFlags) {
  // A saved inventory comes from another run, often on another machine: it meets a lockfile only when the user names one.
  const enabled = flags.lockfile !== false && (!flags.input || typeof flags.lockfile === "string");
  return { enabled, explicit: typeof flags.lockfile === "string" ? flags.lockfile : undefined, frozen: flags.frozenLockfile === true };
}

async function toolLabels(servers: import("./model.js").ScannedServer[], ruleDirs: string[] = []) {
  const { labelServer, loadLayeredCatalog } = await import("./flows/index.js");
  // The same catalog object the toxic-flow rule used, so the labels shown are the ones it computed.
  const layered = ruleDirs.length ? loadLayeredCatalog(ruleDirs) : undefined;
  return new Map(servers.filter((s) => s.status === "ok").map((s) => [s, labelServer(s, { layered })] as const));
}

/**
 * The (report, so redacted) names of connected servers with a tool no catalog entry decides: those roles come from the
 * heuristics, which miss a share of tools, so the user is told where the scanner guessed. A gateway counts only for
 * the tools behind it that no entry decides.
 */
async function serversWithGuessedRoles(servers: import("./model.js").ScannedServer[], shown: { name: string }[], ruleDirs: string[] = []): Promise<string[]> {
  const { catalogLabels, loadLayeredCatalog } = await import("./flows/index.js");
  const layered = loadLayeredCatalog(ruleDirs);
  return servers.flatMap((s, i) => {
    if (s.status !== "ok") return [];
    return s.tools.some((t) => catalogLabels(s, t, { layered }) === undefined) ? [shown[i]?.name ?? s.entry.name] : [];
  });
}

/** `inspect --catalog-draft`: the draft known-servers file instead of the report; servers that did not connect are named on stderr. */
async function writeCatalogDraft(result: import("./pipeline.js").ScanResult, flags: CommonFlags): Promise<number> {
  const { identifyGateway, loadLayeredCatalog } = await import("./flows/index.js");
  const { catalogDraft, gatewayLeftOutOfDraft } = await import("./flows/draft.js");
  const { toJsonText } = await import("./report/json.js");
  // Server text is escaped by toJsonText (same JSON value, nothing a terminal acts on); secrets go through the redactor.
  const catalog = loadLayeredCatalog(flags.rules ?? []);
  const text = toJsonText(result.redactor.value(catalogDraft(result.servers, catalog)));
  for (const s of result.servers.filter((x) => x.status !== "ok")) {
    process.stderr.write(result.redactor.text(`mcp-shield-scan: not in the draft: ${displayLine(s.entry.name, 80)} (${s.status}: ${displayLine(s.error ?? "", 200)})`) + "\n");
  }
  for (const s of result.servers.filter((x) => x.status === "ok")) {
    const gateway = identifyGateway(s, catalog.gateways);
    if (gateway) process.stderr.write(result.redactor.text(`mcp-shield-scan: not in the draft: ${displayLine(s.entry.name, 80)} (${displayLine(gatewayLeftOutOfDraft(gateway), 300)})`) + "\n");
  }
  if (flags.output) await writeFile(flags.output, text);
  else process.stdout.write(text);
  return result.exitCode;
}

async function pin(targets: string[], flags: CommonFlags): Promise<number> {
  if (flags.lockfile === false) throw new Error("pin needs a lockfile; drop --no-lockfile");
  if (!flags.connect) throw new Error("pin reads the servers' tools, so it must start them; it cannot run with --no-connect");
  if (flags.dryRun) return run("inspect", targets, flags);
  // pin runs no rule, but a rules directory given to it (scripts often pass scan's flags) is checked as scan checks it,
  // so a directory pin accepted never fails the next scan.
  if (flags.rules?.length) (await import("./rules/index.js")).builtinRules({ ruleDirs: flags.rules });
  const { runPin, defaultScanOptions } = await import("./pipeline.js");
  const outcome = await runPin({
    ...defaultScanOptions({
      targets,
      input: flags.input,
      timeoutMs: flags.timeout * 1000,
      concurrency: Math.floor(flags.concurrency),
      lockfile: { enabled: true, explicit: typeof flags.lockfile === "string" ? flags.lockfile : undefined, frozen: false },
    }),
    only: flags.server,
    prune: flags.prune === true,
  });
  const say = (line: string) => process.stderr.write(outcome.redactor.text(line) + "\n");
  if (outcome.notFound.length) {
    say(`mcp-shield-scan: no scanned server named ${outcome.notFound.map((n) => displayLine(n, 80)).join(", ")}; nothing pinned`);
    return EXIT.usage;
  }
  for (const s of outcome.servers.filter((x) => x.status !== "ok")) {
    say(`not pinned: ${displayLine(s.entry.name, 80)} (${s.status}: ${displayLine(s.error ?? "", 200)}); its previous entry, if any, is kept`);
  }
  // Counts say what changed: a run that only pruned or recorded a config file is not "pinned: 0".
  const changes = [`pinned ${outcome.pinned.length} server(s)`, `${outcome.unchanged.length} already pinned and unchanged`];
  if (outcome.pruned) changes.push(`pruned ${outcome.pruned.removed.length}`);
  say(`${changes.join(", ")}; ${displayLine(outcome.lockfile.path, 300)} ${outcome.lockfile.written ? "updated" : "not changed"}`);
  const pruned = outcome.pruned;
  if (pruned) {
    for (const p of pruned.removed) {
      const why = p.configs.map((c) => `${displayLine(c.path, 300)}: ${c.reason === "config-gone" ? "config file gone" : "no longer listed"}`).join("; ");
      say(`pruned: ${displayLine(p.name, 80)} (${why})`);
    }
    if (pruned.undecidable.length) say(`kept ${pruned.undecidable.length} entry(ies) that record no config file (pinned before config files were recorded, or direct targets); remove them by hand if unused`);
  }
  if (flags.json) {
    const prunedJson = pruned ? { pruned: outcome.redactor.value(pruned.removed.map((p) => ({ server: p.name, key: p.key, configs: p.configs }))) } : {};
    process.stdout.write(JSON.stringify({ lockfile: outcome.lockfile, pinned: outcome.pinned, unchanged: outcome.unchanged, ...prunedJson }, null, 2) + "\n");
  }
  return outcome.servers.some((s) => s.status === "error") ? EXIT.incomplete : EXIT.clean;
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
    process.stderr.write(`mcp-shield-scan: ${displayLine(message, 2000)}\n`);
    if (argv.includes("--debug") && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
    return EXIT.usage;
  }
}

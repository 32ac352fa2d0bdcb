// The pre-start guard: start a server, scan it, and only when it is clean hand the client's stdio to
// that same process, checking every later listing, tool result, read resource and fetched prompt on the way.
import { homedir } from "node:os";
import type { Readable, Writable } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Rule } from "../analyze/rule.js";
import { collectMetadata, Deadline, emptyMetadata, metaFields, NO_OUTPUT_VALIDATION, TimeoutError } from "../connect/index.js";
import { buildLockEntry, findLockedServer, LockfileError, readLockfile, resolveLockfilePath, launchIdentity, type LockedServer } from "../lock/index.js";
import { EXIT, type Finding, type ScannedServer, type ServerEntry, type Severity } from "../model.js";
import { Redactor, secretsOfEnvironment } from "../redact.js";
import { displayLine } from "../report/sanitize.js";
import { builtinRules } from "../rules/index.js";
import { ChildLink, type ClientHello } from "./child.js";
import { ClientIO } from "./client-io.js";
import { prepareInjectionDetector } from "./injection.js";
import { DecisionLog } from "./log.js";
import { blocks, ListingPolicy, startupFindings } from "./policy.js";
import { GuardProxy } from "./proxy.js";

export { detectInjectedInstructions } from "./injection.js";
export { GUARD_ID_PREFIX, GUARD_REFUSED } from "./proxy.js";

export interface GuardOptions {
  command: string;
  args: string[];
  /** The server's name in the lockfile; without it the pin is found by command and args. */
  name?: string;
  lockfilePath?: string;
  failOn: Severity;
  /** Deadline for the start-up scan (spawn, initialize, every listing) and for each re-list. */
  timeoutMs: number;
  /** Replace tool results that carry injected instructions by a notice (else they are flagged). */
  redactOutput: boolean;
  /** Decision log destination; stderr when absent. */
  logFile?: string;
  /** The guard's own environment: the client launched it with the server's env, so the server gets it. */
  env: Record<string, string | undefined>;
  cwd: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Rules to apply; the built-in pack when absent. */
  rules?: Rule[];
}

const CLIENT_INFO = { name: "mcp-shield-scan-guard", version: "0.1.0" };
/** A client writes initialize as soon as it starts us; waiting this long for it costs nothing then. */
const CLIENT_HELLO_WAIT_MS = 500;

/** Runs the guard until the server exits or the client goes away; resolves with the exit code. */
export async function runGuard(options: GuardOptions): Promise<number> {
  const say = (line: string) => options.stderr.write(`mcp-shield-scan guard: ${line}\n`);
  if (!options.command) {
    say("no server command given; usage: mcp-shield-scan guard [options] -- COMMAND [ARGS...]");
    return EXIT.usage;
  }
  const env = definedEnv(options.env);
  const redactor = new Redactor(secretsOfEnvironment(env));
  const clean = (text: string, max = 300) => displayLine(redactor.text(text), max);

  let pinned: { key: string; entry: LockedServer } | undefined;
  let lockPath: string;
  try {
    lockPath = resolveLockfilePath({ explicit: options.lockfilePath, cwd: options.cwd, env: options.env, home: options.env.HOME ?? options.env.USERPROFILE ?? homedir() }).path;
    const lock = await readLockfile(lockPath);
    if (lock) pinned = findLockedServer(lock, { name: options.name, command: options.command, args: options.args });
  } catch (err) {
    if (!(err instanceof LockfileError)) throw err;
    say(clean(err.message));
    return EXIT.usage;
  }

  const entry = guardEntry(options, pinned?.entry.name, pinned ? lockPath : undefined);
  const log = new DecisionLog(entry.name, redactor, options.stderr, options.logFile);
  try {
    return await guard({ options, entry, pinned: pinned?.entry, env, log, say, clean });
  } finally {
    await log.close();
  }
}

/** What one guard run carries from start-up into the scan and the relay. */
interface GuardRun {
  options: GuardOptions;
  entry: ServerEntry;
  pinned: LockedServer | undefined;
  env: Record<string, string>;
  log: DecisionLog;
  say: (line: string) => void;
  clean: (text: string, max?: number) => string;
}

async function guard(run: GuardRun): Promise<number> {
  const client = new ClientIO(run.options.stdin, run.options.stdout);
  try {
    return await scanAndRelay(run, client);
  } finally {
    client.close();
  }
}

async function scanAndRelay(run: GuardRun, client: ClientIO): Promise<number> {
  const { options, entry, pinned, env, log, say, clean } = run;
  const started = Date.now();
  const first = await client.firstMessage(CLIENT_HELLO_WAIT_MS);
  const hello = first && "method" in first && first.method === "initialize" && "params" in first ? (first.params as ClientHello) : undefined;

  const link = new ChildLink({ command: entry.command!, args: entry.args, env, cwd: options.cwd }, hello);
  const deadline = new Deadline(options.timeoutMs);
  const meta = emptyMetadata();
  try {
    deadline.phase = "spawn";
    await deadline.race(link.start());
    deadline.phase = "initialize";
    const sdk = new Client(CLIENT_INFO, { capabilities: {}, jsonSchemaValidator: NO_OUTPUT_VALIDATION });
    await deadline.race(sdk.connect(link, { signal: deadline.signal, timeout: deadline.remainingMs() + 1000 }));
    await collectMetadata(sdk, deadline, meta);
  } catch (err) {
    const reason = failureReason(err, deadline, link);
    await link.close().catch(() => undefined);
    say(`could not scan ${JSON.stringify(clean(entry.name, 80))}, so it was not started for the client: ${clean(reason)}`);
    log.write({ event: "scan", decision: "refuse", reason });
    return EXIT.incomplete;
  } finally {
    deadline.dispose();
  }

  const server: ScannedServer = {
    entry,
    status: "ok",
    ...metaFields(meta),
    protocolVersion: link.protocolVersion,
    durationMs: Date.now() - started,
  };
  const rules = options.rules ?? builtinRules();
  const { findings, ruleErrors } = await startupFindings(server, rules, pinned);
  for (const e of ruleErrors) log.write({ event: "rule-error", decision: "info", reason: e });
  const blocking = findings.filter((f) => blocks(f, options.failOn));
  if (blocking.length > 0) {
    await link.close().catch(() => undefined);
    refuse(entry.name, blocking, options.failOn, say, clean);
    for (const f of blocking) log.write({ event: "scan", tool: f.entity.kind === "tool" ? f.entity.name : undefined, ruleId: f.ruleId, severity: f.severity, decision: "refuse", reason: f.message });
    return EXIT.findings;
  }
  const initializeResult = link.initializeResult;
  if (!initializeResult) {
    await link.close().catch(() => undefined);
    say(`could not scan ${JSON.stringify(clean(entry.name, 80))}: its initialize result was not recorded`);
    return EXIT.incomplete;
  }
  log.write({
    event: "scan",
    decision: "allow",
    reason: `${server.tools.length} tools checked against ${rules.length} rules${pinned ? " and the lockfile" : " (no lockfile entry)"}; ${findings.length} findings below ${options.failOn}`,
  });

  prepareInjectionDetector();
  // Without a pin, what the guard saw at start is the baseline a later change is measured against.
  const baseline = pinned ?? buildLockEntry(server).entry;
  const policy = new ListingPolicy(server, baseline, pinned ? "pinned" : "checked at start", rules, options.failOn);
  const proxy = new GuardProxy(link, client, policy, log, {
    initializeResult,
    startup: server,
    redactOutput: options.redactOutput,
    timeoutMs: options.timeoutMs,
  });

  return new Promise<number>((resolve) => {
    let clientGone = false;
    link.onClosed(() => {
      proxy.stop();
      const exit = link.stdio.exited;
      const code = clientGone ? EXIT.clean : exit?.code ?? (exit?.signal ? 128 + signalNumber(exit.signal) : EXIT.incomplete);
      log.write({ event: "server-exit", decision: "info", reason: clientGone ? "client closed its input; server stopped" : `server exited with ${exit?.code ?? exit?.signal ?? "unknown status"}` });
      resolve(code);
    });
    proxy.start();
    client.onEnded(() => {
      clientGone = true;
      void link.close();
    });
  });
}

function refuse(name: string, blocking: Finding[], failOn: Severity, say: (line: string) => void, clean: (t: string, max?: number) => string): void {
  const n = blocking.length;
  say(`refused to start ${JSON.stringify(clean(name, 80))}: ${n} finding${n === 1 ? "" : "s"} at or above ${failOn} (or changed since pinned); nothing was forwarded to the client`);
  for (const f of blocking.slice(0, 20)) {
    sayFinding(f, say, clean);
  }
  if (n > 20) say(`  … ${n - 20} more`);
}

function sayFinding(f: Finding, say: (line: string) => void, clean: (t: string, max?: number) => string): void {
  say(`  ${f.severity} ${f.ruleId} ${f.entity.kind} ${JSON.stringify(clean(f.entity.name, 80))}: ${clean(f.message)}`);
}

/** The entry rules and the lockfile see: launch identity only, never the environment's values. */
function guardEntry(options: GuardOptions, pinnedName: string | undefined, lockPath: string | undefined): ServerEntry {
  const name = options.name ?? pinnedName ?? defaultName(options.command, options.args);
  return {
    name,
    client: "guard",
    configPath: lockPath ?? "(guard)",
    inventoryId: `guard:${name}`,
    scope: "target",
    transport: "stdio",
    transportGuessed: false,
    command: options.command,
    args: options.args,
    env: {},
    cwd: options.cwd,
    headers: {},
    disabled: false,
  };
}

function defaultName(command: string, args: string[]): string {
  const identity = launchIdentity({ command, args, env: {}, headers: {}, transport: "stdio" });
  return identity.package ?? identity.key;
}

function definedEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function failureReason(err: unknown, deadline: Deadline, link: ChildLink): string {
  const fatal = link.stdio.fatalError;
  if (fatal && !(err instanceof TimeoutError)) {
    const lastErr = link.stdio.stderr.trim().split("\n").pop()?.trim();
    return `${fatal} during ${deadline.phase}${lastErr ? `: ${lastErr.slice(0, 200)}` : ""}`;
  }
  if (err instanceof TimeoutError || deadline.expired) return deadline.timeoutMessage();
  const message = err instanceof Error ? err.message : String(err);
  return `${deadline.phase} failed: ${(message.split("\n")[0] ?? "").slice(0, 300)}`;
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return numbers[signal] ?? 0;
}

// The scan pipeline: discover -> connect -> analyze -> (lockfile, suppressions) -> report data.
import { homedir } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { discover } from "./discover/index.js";
import { groupInventories } from "./analyze/inventory.js";
import { runRules } from "./analyze/engine.js";
import { applySuppressions, loadSuppressions, SUPPRESSION_FILE } from "./suppress/suppress.js";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkLockfile, pinLockfile, readLockfile, resolveLockfilePath, type PrunedEntry } from "./lock/index.js";
import { loadInventoryFile } from "./input.js";
import { Redactor, secretsOf, secretsOfEnvironment } from "./redact.js";
import { EXIT, atLeast, emptyScan, type ConfigError, type Discovery, type Finding, type ScannedServer, type Severity } from "./model.js";

export interface ScanOptions {
  targets: string[];
  input?: string;
  cwd: string;
  home: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  connect: boolean;
  timeoutMs: number;
  concurrency: number;
  failOn: Severity;
  /** `--rules DIR`: extra rule data packs. */
  ruleDirs?: string[];
  /** Lockfile: compared on every scan unless disabled; `frozen` never writes (CI). */
  lockfile?: { explicit?: string; frozen: boolean; enabled: boolean };
  /** Suppression file; default ./.mcp-shield.json when present. */
  suppressions?: string;
  /** `--probe-auth`: send forged tokens to HTTP servers (opt-in). */
  probeAuth?: { secret?: string; keyPem?: string };
  /** `--source DIR`: look through a server's own source for unchecked JWT audience/issuer and 0.0.0.0 binds. */
  sourceDirs?: string[];
  /** `npm start` on a machine without MCP configs scans the bundled demo instead of nothing. */
  demoIfEmpty?: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { kind: "discovered"; servers: number }
  | { kind: "server"; name: string; status: string };

export interface ScanResult {
  discovery: Discovery;
  servers: ScannedServer[];
  findings: Finding[];
  configErrors: ConfigError[];
  redactor: Redactor;
  exitCode: number;
  usedDemo: boolean;
  lockfile?: { path: string; written: boolean };
}

export const DEMO_DIR = fileURLToPath(new URL("../fixtures/demo/", import.meta.url));

export function defaultScanOptions(overrides: Partial<ScanOptions> = {}): ScanOptions {
  return {
    targets: [],
    cwd: process.cwd(),
    home: homedir(),
    env: process.env,
    platform: process.platform,
    connect: true,
    timeoutMs: 10_000,
    concurrency: 16,
    failOn: "high",
    ...overrides,
  };
}

/** Discover and connect: everything up to the inventory, shared by scan, inspect and pin. */
export async function collect(options: ScanOptions): Promise<{ discovery: Discovery; servers: ScannedServer[]; usedDemo: boolean; redactor: Redactor }> {
  let usedDemo = false;
  let discovery: Discovery;
  let servers: ScannedServer[];
  let redactor: Redactor;

  if (options.input) {
    servers = await loadInventoryFile(resolve(options.cwd, options.input));
    discovery = { checked: [], entries: servers.map((s) => s.entry), errors: [] };
    redactor = makeRedactor(discovery, options.env);
  } else {
    discovery = await discover({ targets: options.targets, home: options.home, cwd: options.cwd, platform: options.platform, env: options.env });
    if (options.demoIfEmpty && options.targets.length === 0 && discovery.entries.length === 0) {
      const demo = await discover({ targets: [DEMO_DIR], home: options.home, cwd: DEMO_DIR, platform: options.platform, env: options.env });
      discovery = { ...demo, checked: [...discovery.checked, ...demo.checked], errors: [...discovery.errors, ...demo.errors] };
      usedDemo = true;
    }
    options.onProgress?.({ kind: "discovered", servers: discovery.entries.length });
    redactor = makeRedactor(discovery, options.env);
    if (options.connect) {
      // Servers take longer to boot than the SDK takes to load: start them first, load it meanwhile.
      const { prespawn } = await import("./connect/spawn.js");
      const prespawned = prespawn(discovery.entries, options.concurrency);
      try {
        const { connectAll } = await import("./connect/index.js");
        servers = await connectAll(discovery.entries, {
          prespawned,
          concurrency: options.concurrency,
          timeoutMs: options.timeoutMs,
          redactor,
          onProgress: (entry, status) => options.onProgress?.({ kind: "server", name: entry.name, status }),
        });
      } catch (err) {
        // Running servers hold their pipes open, which would keep the scanner alive after it reported the error.
        const { killAllServers } = await import("./connect/cleanup.js");
        killAllServers();
        throw err;
      }
    } else {
      servers = discovery.entries.map((entry) => ({
        ...emptyScan(entry, "skipped"),
        error: entry.skipReason ?? (entry.disabled ? "disabled in config" : "not connected (--no-connect)"),
      }));
    }
  }

  return { discovery, servers, usedDemo, redactor };
}

export async function runScan(options: ScanOptions): Promise<ScanResult> {
  // Bad input the user wrote fails before any server starts: the suppression file and extra rule packs.
  const suppressionPath = options.suppressions
    ? resolve(options.cwd, options.suppressions)
    : existsSync(join(options.cwd, SUPPRESSION_FILE))
      ? join(options.cwd, SUPPRESSION_FILE)
      : undefined;
  const suppressions = suppressionPath ? loadSuppressions(suppressionPath) : undefined;
  const lockPath = options.lockfile?.enabled
    ? resolveLockfilePath({ explicit: options.lockfile.explicit, cwd: options.cwd, env: options.env, home: options.home, platform: options.platform }).path
    : undefined;
  if (lockPath) await readLockfile(lockPath); // an unreadable lockfile is exit 2 now, not after every server ran
  // The rule pack (data files, compiled patterns, catalogs) loads while the servers start: its cost overlaps theirs.
  const rules = import("./rules/index.js").then(({ builtinRules }) => builtinRules({ ruleDirs: options.ruleDirs }));
  rules.catch(() => undefined);
  if (options.ruleDirs?.length) await rules;

  const { discovery, servers, usedDemo, redactor } = await collect(options);
  const inventories = groupInventories(servers);
  const { findings, errors } = await runRules(inventories, await rules);

  let lockfile: ScanResult["lockfile"];
  if (lockPath) {
    const check = await checkLockfile({ servers, path: lockPath, frozen: options.lockfile?.frozen === true, redact: (v) => redactor.value(v) });
    findings.push(...check.findings);
    lockfile = { path: lockPath, written: check.written };
  }
  if (options.probeAuth) {
    const { probeAuth } = await import("./probe/index.js");
    findings.push(...(await probeAuth(servers.filter((s) => s.status !== "skipped"), { ...options.probeAuth, timeoutMs: options.timeoutMs })));
  }
  for (const dir of options.sourceDirs ?? []) {
    const { scanSource } = await import("./source/index.js");
    findings.push(...(await scanSource(resolve(options.cwd, dir))));
  }

  const finalFindings = suppressions ? applySuppressions(findings, suppressions) : findings;

  const configErrors = [
    ...discovery.errors,
    ...errors.map((e) => ({ configPath: e.inventoryId, message: `internal error in rule ${e.ruleId}: ${e.message}`, level: "error" as const })),
  ];
  return {
    discovery,
    servers,
    findings: finalFindings,
    configErrors,
    redactor,
    exitCode: exitCodeFor(servers, finalFindings, configErrors, options),
    usedDemo,
    lockfile,
  };
}

/** `inspect` and `--dry-run`: the inventory alone; no rules, lockfile, probes or suppressions. */
export async function runInspect(options: ScanOptions): Promise<ScanResult> {
  // Load the whole rule pack as scan does, though inspect runs no rule: a rules directory that inspect accepts must
  // not then fail scan. Bad data fails before any server starts; the catalog it loads is the one the labels reuse.
  if (options.ruleDirs?.length) (await import("./rules/index.js")).builtinRules({ ruleDirs: options.ruleDirs });
  const { discovery, servers, usedDemo, redactor } = await collect(options);
  const incomplete = servers.some((s) => s.status === "error") || discovery.errors.some((e) => e.level !== "warning");
  return {
    discovery,
    servers,
    findings: [],
    configErrors: discovery.errors,
    redactor,
    exitCode: incomplete ? EXIT.incomplete : EXIT.clean,
    usedDemo,
  };
}

export interface PinOutcome {
  servers: ScannedServer[];
  configErrors: ConfigError[];
  redactor: Redactor;
  lockfile: { path: string; written: boolean };
  /** Keys pinned anew or re-pinned because they changed. */
  pinned: string[];
  /** Keys whose entry already matched what the server shows. */
  unchanged: string[];
  notFound: string[];
  /** With `prune`: the entries removed, and the keys kept because they record no config file. */
  pruned?: { removed: PrunedEntry[]; undecidable: string[] };
}

/** `pin`: connect, then accept what every (or each named) server shows now; with `prune`, also drop stale entries. */
export async function runPin(options: ScanOptions & { only?: string[]; prune?: boolean }): Promise<PinOutcome> {
  if (options.prune && options.input) throw new Error("pin --prune compares the lockfile with the config files on this machine; it cannot run with --input");
  const location = resolveLockfilePath({ explicit: options.lockfile?.explicit, cwd: options.cwd, env: options.env, home: options.home, platform: options.platform });
  // Pruning rewrites entries, so an unreadable lockfile stops the run before any server starts and stays untouched.
  if (options.prune) await readLockfile(location.path);
  const { discovery, servers, redactor } = await collect(options);
  // A config with any error may have lost a server to a typo, not to a decision: it does not count as read.
  const broken = new Set(discovery.errors.filter((e) => e.level !== "warning").map((e) => e.configPath));
  const configsRead = discovery.checked.filter((c) => c.found && (c.scope === "user" || c.scope === "project") && !broken.has(c.path)).map((c) => c.path);
  const result = await pinLockfile({
    servers,
    path: location.path,
    only: options.only?.length ? options.only : undefined,
    redact: (v) => redactor.value(v),
    prune: options.prune ? { configsRead } : undefined,
  });
  return {
    servers,
    configErrors: discovery.errors,
    redactor,
    lockfile: { path: location.path, written: result.written },
    pinned: result.pinned,
    unchanged: result.unchanged,
    notFound: result.notFound,
    ...(options.prune ? { pruned: { removed: result.pruned, undecidable: result.undecidable } } : {}),
  };
}

/** Exit codes: 0 clean, 1 findings at/above --fail-on, 3 something could not be scanned (2 is for usage errors, set by the CLI). */
export function exitCodeFor(servers: ScannedServer[], findings: Finding[], configErrors: ConfigError[], options: Pick<ScanOptions, "failOn" | "connect">): number {
  if (findings.some((f) => !f.suppressed && atLeast(f.severity, options.failOn))) return EXIT.findings;
  const incomplete =
    configErrors.some((e) => e.level !== "warning") ||
    servers.some((s) => s.status === "error" || (s.status === "skipped" && s.entry.skipReason !== undefined));
  return incomplete ? EXIT.incomplete : EXIT.clean;
}

/** Secrets from every config entry plus credential-looking variables of the scanner's own environment. */
function makeRedactor(discovery: Discovery, env: Record<string, string | undefined>): Redactor {
  return new Redactor([...secretsOf(discovery.entries), ...secretsOfEnvironment(env)]);
}

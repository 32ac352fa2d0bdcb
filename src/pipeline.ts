// The scan pipeline: discover -> connect -> analyze -> (lockfile, suppressions) -> report data.
import { homedir } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { discover } from "./discover/index.js";
import { connectAll } from "./connect/index.js";
import { groupInventories } from "./analyze/inventory.js";
import { runRules } from "./analyze/engine.js";
import { builtinRules } from "./rules/index.js";
import { loadInventoryFile } from "./input.js";
import { Redactor, secretsOf } from "./redact.js";
import { EXIT, atLeast, type ConfigError, type Discovery, type Finding, type ScannedServer, type Severity } from "./model.js";

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
    concurrency: 8,
    failOn: "high",
    ...overrides,
  };
}

export async function runScan(options: ScanOptions): Promise<ScanResult> {
  let usedDemo = false;
  let discovery: Discovery;
  let servers: ScannedServer[];

  if (options.input) {
    servers = await loadInventoryFile(resolve(options.cwd, options.input));
    discovery = { checked: [], entries: servers.map((s) => s.entry), errors: [] };
  } else {
    discovery = await discover({ targets: options.targets, home: options.home, cwd: options.cwd, platform: options.platform, env: options.env });
    if (options.demoIfEmpty && options.targets.length === 0 && discovery.entries.length === 0) {
      const demo = await discover({ targets: [DEMO_DIR], home: options.home, cwd: DEMO_DIR, platform: options.platform, env: options.env });
      discovery = { ...demo, checked: [...discovery.checked, ...demo.checked], errors: [...discovery.errors, ...demo.errors] };
      usedDemo = true;
    }
    options.onProgress?.({ kind: "discovered", servers: discovery.entries.length });
    const redactor = makeRedactor(discovery, options.env);
    if (options.connect) {
      servers = await connectAll(discovery.entries, {
        concurrency: options.concurrency,
        timeoutMs: options.timeoutMs,
        redactor,
        onProgress: (entry, status) => options.onProgress?.({ kind: "server", name: entry.name, status }),
      });
    } else {
      servers = discovery.entries.map((entry) => ({
        entry,
        status: "skipped" as const,
        error: entry.skipReason ?? (entry.disabled ? "disabled in config" : "not connected (--no-connect)"),
        tools: [],
        prompts: [],
        resources: [],
        resourceTemplates: [],
        warnings: [],
        durationMs: 0,
      }));
    }
  }

  const redactor = makeRedactor(discovery, options.env);
  const inventories = groupInventories(servers);
  const { findings, errors } = await runRules(inventories, builtinRules());
  const configErrors = [
    ...discovery.errors,
    ...errors.map((e) => ({ configPath: e.inventoryId, message: `internal error in rule ${e.ruleId}: ${e.message}`, level: "error" as const })),
  ];
  return {
    discovery,
    servers,
    findings,
    configErrors,
    redactor,
    exitCode: exitCodeFor(servers, findings, configErrors, options),
    usedDemo,
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
  const fromEnv = Object.entries(env)
    .filter(([k, v]) => v && /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH/i.test(k))
    .map(([, v]) => v as string);
  return new Redactor([...secretsOf(discovery.entries), ...fromEnv]);
}

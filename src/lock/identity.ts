// Launch identity of a server: what was started (package spec, command line or URL), minus secrets.
import path from "node:path";
import type { ServerEntry } from "../model.js";
import { Redactor } from "../redact.js";

export interface LaunchIdentity {
  kind: "package" | "command" | "url";
  /** Version-free, readable: part of the lockfile key so a version bump is compared, not re-trusted. */
  key: string;
  runner?: string;
  /** Package name without version, e.g. `@scope/server`. */
  package?: string;
  /** Package spec as launched, e.g. `@scope/server@1.2.0`. */
  spec?: string;
  version?: string;
  command?: string;
  args?: string[];
  url?: string;
}

/** Launchers that fetch and run a package: the first positional argument is the package spec. */
const RUNNERS: Record<string, { sub?: string; valueFlags: string[]; packageFlags: string[]; ecosystem: "npm" | "python" }> = {
  npx: { valueFlags: ["--cache", "--userconfig", "-c", "--call"], packageFlags: ["-p", "--package"], ecosystem: "npm" },
  pnpx: { valueFlags: [], packageFlags: [], ecosystem: "npm" },
  bunx: { valueFlags: [], packageFlags: ["-p", "--package"], ecosystem: "npm" },
  pnpm: { sub: "dlx", valueFlags: [], packageFlags: ["--package"], ecosystem: "npm" },
  yarn: { sub: "dlx", valueFlags: [], packageFlags: ["-p", "--package"], ecosystem: "npm" },
  npm: { sub: "exec", valueFlags: ["--cache", "--userconfig", "-c", "--call"], packageFlags: ["-p", "--package"], ecosystem: "npm" },
  bun: { sub: "x", valueFlags: [], packageFlags: ["-p", "--package"], ecosystem: "npm" },
  uvx: { valueFlags: ["--python", "-p", "--with", "--index", "--index-url"], packageFlags: ["--from"], ecosystem: "python" },
  uv: { sub: "tool run", valueFlags: ["--python", "-p", "--with", "--index", "--index-url"], packageFlags: ["--from"], ecosystem: "python" },
  pipx: { sub: "run", valueFlags: ["--python", "--pip-args"], packageFlags: ["--spec"], ecosystem: "python" },
};

export function commandBase(command: string): string {
  return path.win32.basename(path.posix.basename(command)).replace(/\.(cmd|exe|bat|ps1)$/i, "").toLowerCase();
}

/** Splits `@scope/pkg@1.2.3`, `pkg@^1`, `pkg==1.2` or `pkg[extra]>=1` into name and version. */
export function splitSpec(spec: string, ecosystem: "npm" | "python"): { name: string; version?: string } {
  if (ecosystem === "python") {
    const m = /^([A-Za-z0-9._-]+(?:\[[^\]]*\])?)\s*(?:@|==|===|>=|<=|~=|>|<)\s*(.+)$/.exec(spec);
    return m ? { name: m[1]!, version: m[2]! } : { name: spec };
  }
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  return at > 0 ? { name: spec.slice(0, at), version: spec.slice(at + 1) } : { name: spec };
}

function packageLaunch(command: string, args: string[]): { runner: string; spec: string; rest: string[]; ecosystem: "npm" | "python" } | undefined {
  const base = commandBase(command);
  const runner = RUNNERS[base];
  if (!runner) return undefined;
  let i = 0;
  if (runner.sub) {
    const words = runner.sub.split(" ");
    if (words.some((w, j) => args[j] !== w)) return undefined;
    i = words.length;
  }
  let fromFlag: string | undefined;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-")) break;
    const [flag, inline] = a.split("=", 2) as [string, string | undefined];
    if (runner.packageFlags.includes(flag)) {
      fromFlag = inline ?? args[++i];
      continue;
    }
    if (runner.valueFlags.includes(flag) && inline === undefined) i++;
  }
  const positional = args[i];
  const spec = fromFlag ?? positional;
  if (!spec) return undefined;
  const rest = args.slice(fromFlag ? i : i + 1);
  return { runner: runner.sub ? `${base} ${runner.sub}` : base, spec, rest, ecosystem: runner.ecosystem };
}

/** Drops credentials and query values a person would not want in a committed file. */
function scrubUrl(raw: string, redactor: Redactor): { key: string; url: string } {
  try {
    const u = new URL(raw);
    u.username = "";
    u.password = "";
    u.hash = "";
    const params = [...u.searchParams.keys()];
    for (const k of new Set(params)) {
      const values = u.searchParams.getAll(k).map((v) => redactor.text(v));
      u.searchParams.delete(k);
      for (const v of values) u.searchParams.append(k, v);
    }
    const key = `${u.protocol}//${u.host}${u.pathname}`;
    return { key, url: u.toString() };
  } catch {
    const masked = redactor.text(raw);
    return { key: masked.split(/[?#]/, 1)[0] ?? masked, url: masked };
  }
}

const SELF = /^mcp-shield-scan(?:@[^/]*)?$|(?:^|[\\/])mcp-shield-scan(?:\.[cm]?js)?$/;

/**
 * A server launched through our own pre-start guard (`mcp-shield-scan guard [options] -- CMD ARGS`,
 * directly, through npx, or as `node bin/mcp-shield-scan.js`) is identified by the command it wraps,
 * so `scan`, `pin` and `guard` all find the same pin.
 */
export function unwrapGuard(command: string, args: string[]): { command: string; args: string[] } {
  let rest: string[] | undefined;
  if (SELF.test(commandBase(command))) rest = args;
  else if (commandBase(command) === "node" && args[0] && SELF.test(args[0])) rest = args.slice(1);
  else {
    const pkg = packageLaunch(command, args);
    if (pkg && SELF.test(pkg.spec)) rest = pkg.rest;
  }
  if (!rest || rest[0] !== "guard") return { command, args };
  const split = rest.indexOf("--");
  const inner = split >= 0 ? rest.slice(split + 1) : [];
  return inner[0] ? unwrapGuard(inner[0], inner.slice(1)) : { command, args };
}

/** What identifies a server across launches, with secrets masked so the lockfile can be committed. */
export function launchIdentity(entry: Pick<ServerEntry, "command" | "args" | "url" | "env" | "headers" | "transport">): LaunchIdentity {
  const redactor = Redactor.forEntries([{ ...(entry as ServerEntry), args: entry.args ?? [], env: entry.env ?? {}, headers: entry.headers ?? {} }]);
  if (entry.url && !entry.command) {
    const { key, url } = scrubUrl(entry.url, redactor);
    return { kind: "url", key, url };
  }
  const launched = unwrapGuard(entry.command ?? "", entry.args ?? []);
  const command = launched.command;
  const args = launched.args.map((a) => redactor.text(a));
  const pkg = packageLaunch(command, args);
  if (pkg) {
    const { name, version } = splitSpec(pkg.spec, pkg.ecosystem);
    return {
      kind: "package",
      key: `${pkg.runner} ${name}`,
      runner: pkg.runner,
      package: name,
      spec: pkg.spec,
      ...(version !== undefined ? { version } : {}),
      args: pkg.rest,
    };
  }
  return { kind: "command", key: [command, ...args].join(" "), command, args };
}

/** The lockfile key of a server: its config name and its version-free launch identity. */
export function serverKey(name: string, identity: LaunchIdentity): string {
  return `${name} ${identity.key}`;
}

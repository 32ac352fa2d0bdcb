// Reads a server's launch command (npx, bunx, pnpm/yarn dlx, npm exec, uvx, pipx, docker/podman) into the package it fetches.
import semver from "semver";
import type { ServerEntry } from "../../model.js";
import { MASK } from "../../redact.js";

export type Ecosystem = "npm" | "pypi" | "oci" | "git";

/** How exactly a launched package is nailed down. */
export type Pinning =
  | { kind: "exact"; version: string }
  | { kind: "none" }
  | { kind: "tag"; tag: string }
  | { kind: "range"; range: string }
  /** An image tag without a digest: reproducible only as long as nobody re-pushes the tag. */
  | { kind: "image-tag"; tag: string }
  | { kind: "digest" }
  | { kind: "git-ref"; ref?: string }
  | { kind: "git-commit" };

export interface PackageLaunch {
  launcher: string;
  ecosystem: Ecosystem;
  /** Package or image name without version, e.g. `@scope/pkg`, `mcp-server-git`, `ghcr.io/org/img`. */
  name: string;
  /** The spec as written, e.g. `pkg@^1.2`. */
  spec: string;
  pinning: Pinning;
  /** Where it was written, e.g. `args[1]` or `command`. */
  field: string;
}

interface Word {
  value: string;
  field: string;
}

/** Launcher flags that take a value as the next word; anything else starting with `-` is a switch. */
const NPX_VALUE_FLAGS = new Set(["-p", "--package", "-c", "--call", "--registry", "--cache", "--userconfig", "-w", "--workspace"]);
const UVX_VALUE_FLAGS = new Set([
  "--from", "--with", "--with-editable", "--with-requirements", "-p", "--python", "--index", "--default-index",
  "--index-url", "--extra-index-url", "-i", "-f", "--find-links", "-c", "--constraints", "--overrides",
  "--directory", "--project", "--config-file", "--cache-dir", "--env-file", "--python-preference", "--index-strategy",
]);
const PIPX_VALUE_FLAGS = new Set(["--spec", "--python", "--pip-args", "--index-url", "-i", "--editable", "--backend"]);
const DOCKER_VALUE_FLAGS = new Set([
  "-e", "--env", "--env-file", "-v", "--volume", "-p", "--publish", "--name", "--network", "--net", "-w", "--workdir",
  "-u", "--user", "--entrypoint", "--mount", "-l", "--label", "--label-file", "--platform", "--pull", "--cpus", "-m",
  "--memory", "--memory-swap", "--add-host", "--cap-add", "--cap-drop", "--device", "--dns", "--dns-search", "-h",
  "--hostname", "--ipc", "--restart", "--runtime", "--security-opt", "--tmpfs", "--ulimit", "--shm-size", "--gpus",
  "--log-driver", "--log-opt", "--stop-signal", "--stop-timeout", "--group-add", "--health-cmd", "--cidfile",
  "--expose", "--link", "--pid", "--uts", "--userns", "--cgroupns", "--isolation", "--cgroup-parent", "--cpuset-cpus",
  "--cpu-shares", "-c", "--domainname", "--mac-address", "--ip", "--ip6", "--network-alias", "--pids-limit",
  "--storage-opt", "--sysctl", "--volumes-from", "-a", "--attach", "--annotation", "--arch", "--os", "--secret",
  "--userns-mode", "--hooks-dir", "--pod", "--authfile", "--creds",
]);

/** docker/podman options that come before the subcommand and take a value. */
const CONTAINER_GLOBAL_VALUE_FLAGS = new Set(["--context", "-c", "-H", "--host", "--config", "--log-level", "-l", "--connection", "--url", "--root", "--runroot", "--identity"]);

/** Every package a server entry fetches at launch time (normally one). */
export function packageLaunches(entry: ServerEntry): PackageLaunch[] {
  return parseLaunch(entry).filter((l) => !maskedSpec(l));
}

/**
 * A saved inventory's args went through the redactor: a secret in the spot of a package (`uvx --from ghp_****`) reads
 * as a name with a version `****`. No registry name, version or tag contains the mask, so such a word names no
 * package. Credentials masked inside a git URL (`git+https://****@host/r.git#v1`) leave the spec a spec.
 */
function maskedSpec(launch: PackageLaunch): boolean {
  if (launch.ecosystem === "git") return false;
  const p = launch.pinning;
  const version = p.kind === "exact" ? p.version : p.kind === "tag" || p.kind === "image-tag" ? p.tag : p.kind === "range" ? p.range : "";
  return launch.name.includes(MASK) || version.includes(MASK);
}

function parseLaunch(entry: ServerEntry): PackageLaunch[] {
  if (!entry.command) return [];
  let words: Word[] = [
    { value: entry.command, field: "command" },
    ...entry.args.map((value, i) => ({ value, field: `args[${i}]` })),
  ];
  // Windows configs wrap the launcher: `cmd /c npx -y pkg`.
  if (/^cmd(\.exe)?$/i.test(baseName(words[0]!.value)) && /^\/c$/i.test(words[1]?.value ?? "")) words = words.slice(2);
  const first = words[0];
  if (!first) return [];
  const launcher = baseName(first.value).toLowerCase().replace(/\.(cmd|exe|ps1|bat)$/, "");
  const rest = words.slice(1);
  switch (launcher) {
    case "npx":
      return npmStyle("npx", rest);
    case "bunx":
      return npmStyle("bunx", rest);
    case "npm":
      return subcommand(rest, ["exec", "x"], (after) => npmStyle("npm exec", after));
    case "pnpm":
      return subcommand(rest, ["dlx"], (after, before) => npmStyle("pnpm dlx", [...before.filter(isPackageFlagPart(before)), ...after]));
    case "yarn":
      return subcommand(rest, ["dlx"], (after) => npmStyle("yarn dlx", after));
    case "bun":
      return subcommand(rest, ["x"], (after) => npmStyle("bunx", after));
    case "uvx":
      return uvStyle("uvx", rest);
    case "uv":
      // `uv tool run` is what `uvx` abbreviates.
      return rest[0]?.value === "tool" && rest[1]?.value === "run" ? uvStyle("uv tool run", rest.slice(2)) : [];
    case "pipx":
      return subcommand(rest, ["run"], (after) => pipxStyle(after));
    case "docker":
    case "podman":
      return subcommand(rest, ["run"], (after) => containerImage(launcher, after), ["container"], CONTAINER_GLOBAL_VALUE_FLAGS);
    default:
      return [];
  }
}

function baseName(command: string): string {
  return command.split(/[\\/]/).pop() ?? command;
}

/** Finds the subcommand word (skipping global flags) and hands over the words after it. */
function subcommand(
  words: Word[],
  names: string[],
  then: (after: Word[], before: Word[]) => PackageLaunch[],
  groups: string[] = [],
  globalValueFlags: Set<string> = new Set(),
): PackageLaunch[] {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.value;
    if (groups.includes(w)) continue;
    if (globalValueFlags.has(w)) {
      i++;
      continue;
    }
    if (names.includes(w)) return then(words.slice(i + 1), words.slice(0, i));
    if (!w.startsWith("-")) return [];
  }
  return [];
}

// pnpm takes `--package` before `dlx` too.
function isPackageFlagPart(before: Word[]) {
  return (w: Word, i: number) => w.value.startsWith("--package") || before[i - 1]?.value === "--package";
}

function npmStyle(launcher: string, words: Word[]): PackageLaunch[] {
  const explicit: Word[] = [];
  let positional: Word | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.value === "--") {
      positional ??= words[i + 1];
      break;
    }
    const eq = /^(--?[A-Za-z-]+)=(.*)$/.exec(w.value);
    if (eq) {
      if (eq[1] === "--package" || eq[1] === "-p") explicit.push({ value: eq[2]!, field: w.field });
      continue;
    }
    if (w.value.startsWith("-")) {
      if (NPX_VALUE_FLAGS.has(w.value)) {
        const v = words[++i];
        if (v && (w.value === "-p" || w.value === "--package")) explicit.push(v);
      }
      continue;
    }
    positional = w;
    break;
  }
  // With --package the first word is a command name from that package, not a package.
  const specs = explicit.length > 0 ? explicit : positional ? [positional] : [];
  return specs.flatMap((w) => {
    const parsed = parseNpmSpec(w.value);
    return parsed ? [{ launcher, field: w.field, spec: w.value, ...parsed }] : [];
  });
}

/** `@scope/name@1.2.3`, `name@^1`, `github:u/r#ref`, `git+https://…#ref`; undefined for local paths. */
export function parseNpmSpec(spec: string): Pick<PackageLaunch, "ecosystem" | "name" | "pinning"> | undefined {
  if (/^(\.{0,2}[\\/]|[A-Za-z]:[\\/]|file:|~)/.test(spec)) return undefined;
  const git = parseGitSpec(spec);
  if (git) return git;
  if (/^https?:\/\//i.test(spec)) return undefined; // a tarball URL: not a registry version to pin
  const aliased = /^npm:/i.test(spec) ? spec.slice(4) : spec;
  const at = aliased.indexOf("@", aliased.startsWith("@") ? 1 : 0);
  const name = at < 0 ? aliased : aliased.slice(0, at);
  const version = at < 0 ? "" : aliased.slice(at + 1);
  if (!/^(@[a-z0-9._~-]+\/)?[a-z0-9._~-]+$/i.test(name)) return undefined;
  return { ecosystem: "npm", name, pinning: classifyVersion(version) };
}

export function classifyVersion(version: string): Pinning {
  const v = version.trim();
  if (v === "") return { kind: "none" };
  const exact = semver.valid(v);
  if (exact) return { kind: "exact", version: exact };
  if (semver.validRange(v) !== null && !/^[A-Za-z]/.test(v)) return { kind: "range", range: v };
  return { kind: "tag", tag: v };
}

const COMMIT = /^[0-9a-f]{40}$/i;

function parseGitSpec(spec: string): Pick<PackageLaunch, "ecosystem" | "name" | "pinning"> | undefined {
  let m = /^(?:github|gitlab|bitbucket|gist):([^#]+)(?:#(.*))?$/i.exec(spec);
  if (!m) m = /^(git\+[a-z]+:\/\/[^#]+|git:\/\/[^#]+|https?:\/\/[^#]+\.git)(?:#(.*))?$/i.exec(spec);
  // npx's shorthand `user/repo` means a GitHub repository.
  if (!m) m = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(?:#(.*))?$/.exec(spec);
  if (!m) return undefined;
  const ref = m[2]?.replace(/^commit=/, "");
  return { ecosystem: "git", name: m[1]!, pinning: ref && COMMIT.test(ref) ? { kind: "git-commit" } : { kind: "git-ref", ref } };
}

function uvStyle(launcher: string, words: Word[]): PackageLaunch[] {
  return pythonLaunch(words, { launcher, specFlag: "--from", valueFlags: UVX_VALUE_FLAGS, allowAt: true });
}

function pipxStyle(words: Word[]): PackageLaunch[] {
  return pythonLaunch(words, { launcher: "pipx run", specFlag: "--spec", valueFlags: PIPX_VALUE_FLAGS, allowAt: false });
}

/**
 * uvx and `pipx run` read alike: options first, then the package, unless a spec flag (`--from`, `--spec`)
 * names the package and the positional word is only the command to run from it.
 */
function pythonLaunch(
  words: Word[],
  how: { launcher: string; specFlag: string; valueFlags: ReadonlySet<string>; allowAt: boolean },
): PackageLaunch[] {
  let spec: Word | undefined;
  let positional: Word | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const eq = /^(--?[A-Za-z-]+)=(.*)$/.exec(w.value);
    if (eq) {
      if (eq[1] === how.specFlag) spec = { value: eq[2]!, field: w.field };
      continue;
    }
    if (w.value.startsWith("-")) {
      if (how.valueFlags.has(w.value)) {
        const v = words[++i];
        if (w.value === how.specFlag) spec = v;
      }
      continue;
    }
    positional = w;
    break;
  }
  const target = spec ?? positional;
  if (!target) return [];
  const parsed = parsePythonSpec(target.value, how.allowAt);
  return parsed ? [{ launcher: how.launcher, field: target.field, spec: target.value, ...parsed }] : [];
}

/** `pkg==1.2`, `pkg[extra]>=1`, `pkg@1.2` (uvx only), `git+https://…@ref`. */
export function parsePythonSpec(spec: string, allowAt: boolean): Pick<PackageLaunch, "ecosystem" | "name" | "pinning"> | undefined {
  if (/^(\.{0,2}[\\/]|[A-Za-z]:[\\/]|file:|~)/.test(spec)) return undefined;
  const git = /^(git\+[a-z]+:\/\/.+?)(?:@([^@/]+))?(?:#.*)?$/i.exec(spec);
  if (git) {
    const ref = git[2];
    return { ecosystem: "git", name: git[1]!, pinning: ref && COMMIT.test(ref) ? { kind: "git-commit" } : { kind: "git-ref", ref } };
  }
  if (/^https?:\/\//i.test(spec)) return undefined;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase().replace(/[._]+/g, "-");
  const rest = m[3]!.trim();
  if (rest === "") return { ecosystem: "pypi", name, pinning: { kind: "none" } };
  const pinned = /^===?\s*([^,;\s]+)$/.exec(rest) ?? (allowAt ? /^@\s*([0-9][^,;\s]*)$/.exec(rest) : null);
  if (pinned && !/[*]/.test(pinned[1]!)) return { ecosystem: "pypi", name, pinning: { kind: "exact", version: pinned[1]! } };
  if (allowAt && /^@latest$/i.test(rest)) return { ecosystem: "pypi", name, pinning: { kind: "tag", tag: "latest" } };
  return { ecosystem: "pypi", name, pinning: { kind: "range", range: rest.replace(/^@/, "") } };
}

function containerImage(launcher: string, words: Word[]): PackageLaunch[] {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.value === "--") continue;
    if (w.value.startsWith("-")) {
      if (!w.value.includes("=") && DOCKER_VALUE_FLAGS.has(w.value)) i++;
      continue;
    }
    const parsed = parseImageRef(w.value);
    return parsed ? [{ launcher: `${launcher} run`, field: w.field, spec: w.value, ...parsed }] : [];
  }
  return [];
}

/** `registry:5000/org/img:tag@sha256:…`: the tag is after the last `:` that follows the last `/`. */
export function parseImageRef(ref: string): Pick<PackageLaunch, "ecosystem" | "name" | "pinning"> | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$/.test(ref)) return undefined;
  const [withTag, digest] = ref.split("@", 2) as [string, string | undefined];
  const slash = withTag.lastIndexOf("/");
  const colon = withTag.lastIndexOf(":");
  const tag = colon > slash ? withTag.slice(colon + 1) : undefined;
  const name = colon > slash ? withTag.slice(0, colon) : withTag;
  if (digest && /^sha256:[0-9a-f]{64}$/i.test(digest)) return { ecosystem: "oci", name, pinning: { kind: "digest" } };
  if (!tag) return { ecosystem: "oci", name, pinning: { kind: "none" } };
  if (tag === "latest") return { ecosystem: "oci", name, pinning: { kind: "tag", tag } };
  return { ecosystem: "oci", name, pinning: { kind: "image-tag", tag } };
}

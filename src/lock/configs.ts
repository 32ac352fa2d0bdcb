// Which config files list a pinned server, stored so that `pin --prune` can tell a stale entry from one in use.
import { homedir } from "node:os";
import path from "node:path";
import type { ServerEntry } from "../model.js";
import type { LockedServer } from "./format.js";

/**
 * How a server's config file is stored in the lockfile at `lockfilePath`: relative (forward slashes)
 * when the config sits under the lockfile's directory, so a committed project lockfile stays the same
 * on every machine; `~/...` under the home directory, so a committed lockfile does not carry the user's name;
 * absolute otherwise. Undefined for what is not a config file on disk: direct
 * targets (npm:, https://...) and saved inventories (--input).
 */
export function configRefOf(entry: Pick<ServerEntry, "configPath" | "scope">, lockfilePath: string): string | undefined {
  if (entry.scope !== "user" && entry.scope !== "project") return undefined;
  if (!path.isAbsolute(entry.configPath)) return undefined;
  const relative = path.relative(path.dirname(lockfilePath), entry.configPath);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return homeRelative(path.resolve(entry.configPath));
  return relative.split(path.sep).join("/");
}

function homeRelative(absolute: string): string {
  const home = homedir();
  const inHome = home ? path.relative(home, absolute) : "";
  if (inHome === "" || inHome.startsWith("..") || path.isAbsolute(inHome)) return absolute;
  return `~/${inHome.split(path.sep).join("/")}`;
}

/** The absolute path of a stored config reference. */
export function resolveConfigRef(ref: string, lockfilePath: string): string {
  if (ref.startsWith("~/")) return path.resolve(homedir(), ...ref.slice(2).split("/"));
  return path.isAbsolute(ref) ? path.normalize(ref) : path.resolve(path.dirname(lockfilePath), ...ref.split("/"));
}

/**
 * The entry with `ref` added to its configs. An entry that records no configs (pinned before they were
 * recorded, or first seen as a direct target) keeps recording none: other configs may already use it
 * unrecorded, so a later list would wrongly look complete.
 */
export function withConfig(entry: LockedServer, ref: string | undefined, isNew: boolean): LockedServer {
  if (ref === undefined) return entry;
  if (!isNew && entry.configs === undefined) return entry;
  const configs = entry.configs ?? [];
  if (configs.includes(ref)) return entry;
  return { ...entry, configs: [...configs, ref].sort() };
}

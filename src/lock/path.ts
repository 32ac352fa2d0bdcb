// Where the lockfile lives: --lockfile, else the project's file, else a per-user state store.
import { existsSync } from "node:fs";
import path from "node:path";

export const PROJECT_LOCKFILE = "mcp-shield.lock.json";

export interface LockfileLocation {
  path: string;
  /** explicit: --lockfile; project: ./mcp-shield.lock.json; user: the per-user store (trust on first use). */
  source: "explicit" | "project" | "user";
}

export function resolveLockfilePath({
  explicit,
  cwd,
  env,
  home,
  platform = process.platform,
  exists = existsSync,
}: {
  explicit?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  home: string;
  platform?: NodeJS.Platform;
  exists?: (p: string) => boolean;
}): LockfileLocation {
  if (explicit) return { path: path.resolve(cwd, explicit), source: "explicit" };
  const project = path.join(cwd, PROJECT_LOCKFILE);
  if (exists(project)) return { path: project, source: "project" };
  return { path: path.join(userStateDir({ env, home, platform }), "mcp-shield-scan", "lock.json"), source: "user" };
}

function userStateDir({ env, home, platform }: { env: Record<string, string | undefined>; home: string; platform: NodeJS.Platform }): string {
  // The XDG spec ignores relative values.
  const xdg = env.XDG_STATE_HOME;
  if (xdg && path.isAbsolute(xdg)) return xdg;
  if (platform === "darwin") return path.join(home, "Library", "Application Support");
  if (platform === "win32") return env.LOCALAPPDATA || path.win32.join(home, "AppData", "Local");
  return path.join(home, ".local", "state");
}

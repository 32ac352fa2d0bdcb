// Direct targets: a server named on the command line (npm:, pypi:, oci:, http(s)://) before it is in any config.
import type { ServerEntry } from "../model.js";

/** All direct targets of one run are one inventory: the user is checking them as a set. */
export const TARGET_INVENTORY = "target";

export type DirectTarget = { entry: ServerEntry } | { error: string };

// A leading "-" would be read as an option by npx/uvx/docker, so a name must start with a letter, digit, @ or _.
const SAFE_SPEC = /^[A-Za-z0-9@_][^\s\0-\x1f\x7f]*$/;

export function isDirectTarget(target: string): boolean {
  return /^(npm|pypi|oci):/i.test(target) || /^https?:\/\//i.test(target);
}

export function parseDirectTarget(target: string): DirectTarget {
  const base = { client: "target", configPath: target, inventoryId: TARGET_INVENTORY, scope: "target" as const, transportGuessed: false, env: {}, headers: {}, disabled: false };
  const match = /^(npm|pypi|oci):(.*)$/is.exec(target);
  if (match) {
    const kind = match[1]!.toLowerCase();
    const spec = match[2]!;
    if (!SAFE_SPEC.test(spec)) return { error: `${kind} target "${spec}" is not a valid package or image name` };
    if (kind === "npm") return { entry: { ...base, name: spec, transport: "stdio", command: "npx", args: ["-y", spec] } };
    if (kind === "pypi") return { entry: { ...base, name: spec, transport: "stdio", command: "uvx", args: [spec] } };
    return { entry: { ...base, name: spec, transport: "stdio", command: "docker", args: ["run", "-i", "--rm", spec] } };
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { error: `"${target}" is not a valid URL` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { error: `"${target}" is not an http(s) URL` };
  return { entry: { ...base, name: `${url.host}${url.pathname === "/" ? "" : url.pathname}`, transport: "http", transportGuessed: true, url: target, args: [] } };
}

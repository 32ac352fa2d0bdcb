// Matches launched packages against the offline advisory table in rules/advisories.json.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { z } from "zod";
import type { Rule } from "../analyze/rule.js";
import { Severity } from "../model.js";
import { packageLaunches, type PackageLaunch } from "./lib/launch.js";

export const Advisory = z.object({
  id: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  package: z.string().min(1),
  ecosystem: z.enum(["npm", "pypi"]),
  affected: z.string().refine((r) => semver.validRange(r) !== null, "not a semver range"),
  fixed: z.string().optional(),
  severity: Severity,
  summary: z.string().min(1),
  /** Where the affected range and fix version were verified. */
  sources: z.array(z.string().url()).min(1),
});
export type Advisory = z.infer<typeof Advisory>;
const AdvisoryFile = z.object({ advisories: z.array(Advisory) });

// dist/rules/x.js and src/rules/x.ts both sit two levels below the package root.
const ADVISORIES_PATH = fileURLToPath(new URL("../../rules/advisories.json", import.meta.url));

let cached: Advisory[] | undefined;
export function loadAdvisories(path = ADVISORIES_PATH): Advisory[] {
  if (path === ADVISORIES_PATH && cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`${path}: cannot read advisory table: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = AdvisoryFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: invalid advisory table at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown error"}`);
  }
  if (path === ADVISORIES_PATH) cached = parsed.data.advisories;
  return parsed.data.advisories;
}

export type Verdict = "affected" | "safe" | "unknown";

/** Whether a launch spec can resolve to an affected version, decided without a registry. */
export function judgeLaunch(launch: PackageLaunch, advisory: Advisory): Verdict {
  const p = launch.pinning;
  if (p.kind === "exact") {
    const v = semver.valid(p.version) ?? semver.coerce(p.version)?.version;
    if (!v) return "unknown";
    return semver.satisfies(v, advisory.affected, { includePrerelease: true }) ? "affected" : "safe";
  }
  if (p.kind === "range") {
    // PEP 440 comma lists read as semver's space-separated AND.
    const range = semver.validRange(launch.ecosystem === "pypi" ? p.range.replace(/,/g, " ") : p.range);
    if (!range) return "unknown";
    if (!semver.intersects(range, advisory.affected)) return "safe";
    if (semver.subset(range, advisory.affected)) return "affected";
    return "unknown";
  }
  return "unknown";
}

export const knownVulnerablePackage: Rule = {
  meta: {
    id: "known-vulnerable-package",
    severity: "high",
    summary: "A server is launched from a package version with a known vulnerability",
    help:
      "The launched package matches an advisory in the offline table rules/advisories.json. Upgrade to the fixed version and pin it " +
      "exactly. A launch without an exact version cannot be checked offline and is reported as unknown (low): pin it so it can be.",
  },
  check({ inventory, report }) {
    const advisories = loadAdvisories();
    for (const server of inventory.servers) {
      for (const launch of packageLaunches(server.entry)) {
        if (launch.ecosystem !== "npm" && launch.ecosystem !== "pypi") continue;
        for (const advisory of advisories) {
          if (advisory.ecosystem !== launch.ecosystem || advisory.package.toLowerCase() !== launch.name.toLowerCase()) continue;
          const verdict = judgeLaunch(launch, advisory);
          if (verdict === "safe") continue;
          const fix = advisory.fixed ? `; fixed in ${advisory.fixed}` : "";
          report({
            server: server.entry.name,
            entity: { kind: "config", name: server.entry.name },
            field: launch.field,
            severity: verdict === "affected" ? advisory.severity : "low",
            message:
              verdict === "affected"
                ? `${launch.name} ${versionText(launch)} is affected by ${advisory.id} (${advisory.affected})${fix}: ${advisory.summary}`
                : `${launch.name} ${versionText(launch)} could not be checked offline against ${advisory.id} (affected ${advisory.affected}${fix}); pin an exact fixed version`,
            evidence: `${launch.spec.slice(0, 200)} — ${advisory.sources[0]}`,
          });
        }
      }
    }
  },
};

function versionText(launch: PackageLaunch): string {
  const p = launch.pinning;
  if (p.kind === "exact") return p.version;
  if (p.kind === "range") return `range ${p.range}`;
  if (p.kind === "tag") return `tag ${p.tag}`;
  return "(no version)";
}

// Flags servers launched from a floating package version: whatever the registry serves next is what runs.
import type { Rule } from "../analyze/rule.js";
import type { Severity } from "../model.js";
import { packageLaunches, type PackageLaunch } from "./lib/launch.js";

export const unpinnedPackage: Rule = {
  meta: {
    id: "unpinned-package",
    severity: "medium",
    summary: "A server is launched from a package version that can change under you",
    help:
      "npx, bunx, pnpm/yarn dlx, uvx, pipx and docker fetch the package at launch. Without an exact version (or an image digest, " +
      "or a git commit) a compromised or hijacked release is run the next time the client starts, with the user's privileges. " +
      "Pin an exact version you have reviewed, e.g. `npx -y pkg@1.2.3`, `uvx pkg==1.2.3`, `image:1.2.3@sha256:…`, `github:user/repo#<40-hex commit>`.",
  },
  check({ inventory, report }) {
    for (const server of inventory.servers) {
      for (const launch of packageLaunches(server.entry)) {
        const verdict = judge(launch);
        if (!verdict) continue;
        report({
          server: server.entry.name,
          entity: { kind: "config", name: server.entry.name },
          field: launch.field,
          severity: verdict.severity,
          message: `${launch.launcher} runs ${launch.name} ${verdict.problem}; write ${verdict.instead} instead`,
          evidence: launch.spec.slice(0, 200),
        });
      }
    }
  },
};

interface Verdict {
  severity: Severity;
  problem: string;
  instead: string;
}

function judge(launch: PackageLaunch): Verdict | undefined {
  const p = launch.pinning;
  const name = launch.name;
  switch (p.kind) {
    case "exact":
    case "digest":
    case "git-commit":
      return undefined;
    case "none":
      if (launch.ecosystem === "oci") return { severity: "medium", problem: "with no tag (always :latest)", instead: `\`${name}:<version>@sha256:<digest>\`` };
      return { severity: "medium", problem: "with no version", instead: suggestion(launch) };
    case "tag":
      if (launch.ecosystem === "oci") return { severity: "medium", problem: `from the moving tag :${p.tag}`, instead: `\`${name}:<version>@sha256:<digest>\`` };
      return { severity: "medium", problem: `from the dist-tag "${p.tag}"`, instead: suggestion(launch) };
    case "range":
      return { severity: "medium", problem: `from the version range "${p.range}"`, instead: suggestion(launch) };
    case "image-tag":
      return { severity: "low", problem: `from tag :${p.tag} without a digest (a tag can be re-pushed)`, instead: `\`${name}:${p.tag}@sha256:<digest>\`` };
    case "git-ref":
      return {
        severity: "medium",
        problem: p.ref ? `from the git ref "${p.ref}", which is not a commit` : "from a git repository's default branch",
        instead: launch.launcher.startsWith("uv") || launch.launcher.startsWith("pipx") ? `\`${name}@<40-hex commit>\`` : `\`${name}#<40-hex commit>\``,
      };
  }
}

function suggestion(launch: PackageLaunch): string {
  if (launch.ecosystem === "pypi") return `\`${launch.name}==X.Y.Z\` (the exact version you reviewed)`;
  return `\`${launch.name}@X.Y.Z\` (the exact version you reviewed)`;
}

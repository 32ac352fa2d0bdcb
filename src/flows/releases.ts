// Deploys, version switches, merges and applied plans: what changes the code, the branch or the infrastructure that is live.
import { READ_VERBS, INSPECT_VERBS, type Evidence } from "./heuristics.js";
import { hasAny as has } from "./word-sets.js";


/** What a deploy puts on the web for anyone to fetch: pages, sites and functions behind public addresses. */
const WEB_SERVED = ["site", "sites", "website", "websites", "static", "page", "pages", "html", "worker", "workers", "function", "functions", "edge", "serverless", "lambda"];
/** What can be promoted to, or rolled out as, the live version. */
const RELEASABLE = ["deployment", "deployments", "build", "builds", "version", "versions", "release", "releases", "revision", "revisions", "production"];

/**
 * `deploy_function`, `deploy-compose`: a deploy replaces whatever was live with what it is given (not `get_deploy_status`
 * or a preview that leaves production alone).
 */
export function deploys(e: Evidence, verbs: readonly string[]): boolean {
  const at = verbs.indexOf("deploy");
  // `deploy_services_reader`, "read operations (read-only)": a reader of deploys names them as its object.
  return at !== -1 && !verbs.slice(0, at).some((w) => READ_VERBS.has(w) || INSPECT_VERBS.has(w)) &&
    !has(e.nameSet, ["status", "statuses", "log", "logs", "preview", "previews", "draft", "history", "reader", "readers", "viewer", "viewers"]) && !/\bread[- ]only\b/.test(e.firstText);
}

/** A deploy of a site or a function: whatever it was handed is served at a public address, to anyone who asks. */
export function deploysToWeb(e: Evidence, verbs: readonly string[]): boolean {
  return deploys(e, verbs) && has(e.nameAndFirst, WEB_SERVED);
}

/** `promote_deployment`, `set_worker_traffic_split`: another version takes the live traffic, the old one stops serving it. */
export function switchesLiveVersion(e: Evidence, verbs: readonly string[]): boolean {
  const all = e.nameAndFirst;
  const promotes = verbs.includes("promote") && has(all, RELEASABLE);
  const shiftsTraffic = e.nameSet.has("traffic") && !verbs.some((w) => READ_VERBS.has(w)) && has(all, ["version", "versions", "split", "canary", "rollout", "revision", "revisions"]);
  return promotes || shiftsTraffic;
}

/** What a merge or a rebase rewrites: a branch, or the production database a preview branch is merged into. */
const BRANCHES = ["branch", "branches", "pull", "pr", "prs", "production", "main", "master", "trunk"];
/** What applying carries out: a plan or a run of infrastructure code, a migration, a manifest of changes. */
const APPLICABLE = ["plan", "plans", "run", "runs", "migration", "migrations", "manifest", "manifests", "changeset", "changesets", "terraform", "stack", "infrastructure"];

/**
 * `merge_branch`, `git_rebase`, `apply_plan`, `applyRun`: the verb comes first and its object is a branch or a plan, so
 * the target branch or the infrastructure is rewritten (not `create_merge_field`, `merge_pdfs` or `apply_coupon`).
 */
export function rewritesBranchOrAppliesPlan(e: Evidence, verbs: readonly string[]): boolean {
  const all = e.nameAndFirst;
  const verb = verbs.find((w) => w === "merge" || w === "rebase" || w === "apply" || READ_VERBS.has(w) || INSPECT_VERBS.has(w) || w === "create" || w === "list");
  if (verb === "merge" || verb === "rebase") return has(all, BRANCHES) || verb === "rebase" && has(e.nameSet, ["git"]);
  return verb === "apply" && has(all, APPLICABLE);
}

/** `create_run(is_destroy)`: a flag that makes the run tear down what it manages (an `auto_apply` alone may only add labels). */
export function destroyFlag(e: Evidence): boolean {
  return e.params.some((p) => /^(?:is_?)?destroy$/.test(p));
}

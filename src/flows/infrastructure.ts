// Infrastructure an account runs (cloud instances, clusters, containers, alarms, logs, what it costs): reading it and stopping it.
import type { Evidence } from "./heuristics.js";
import { hasAny as has } from "./word-sets.js";


/**
 * Cloud providers, their hosted services and container runtimes: whatever they list is what the account deployed there
 * (its machines, tasks, alarms and bills), since none of them has a public catalogue of other people's resources.
 */
const INFRA_PLATFORMS = ["aws", "ec2", "ecs", "eks", "ecr", "rds", "cloudwatch", "cloudtrail", "cloudformation", "lambda", "dynamodb", "gcp", "gke", "gce", "azure", "aks",
  "digitalocean", "droplet", "droplets", "linode", "hetzner", "vultr", "heroku", "vercel", "netlify", "docker", "podman", "kubernetes", "k8s", "openshift", "nomad",
  "proxmox", "openstack", "vsphere", "portainer", "pod", "pods"];
/** What such a platform holds for the account: running things, their records and their bills. */
const INFRA_RESOURCES = ["instance", "instances", "cluster", "clusters", "container", "containers", "task", "tasks", "service", "services", "alarm", "alarms", "metric", "metrics",
  "log", "logs", "image", "images", "volume", "volumes", "network", "networks", "resource", "resources", "cost", "costs", "budget", "budgets", "spend", "spending", "billing",
  "bill", "bills", "vm", "vms", "pod", "pods", "deployment", "deployments", "stack", "stacks", "function", "functions", "snapshot", "snapshots", "backup", "backups", "vpc",
  "vpcs", "queue", "queues", "db", "database", "databases", "droplet", "droplets", "app", "apps", "project", "projects", "environment", "environments"];
/**
 * A provider's price list, its regions and instance types, and images on a public hub are the same for everyone; a
 * rendered chart or a compose file's syntax says nothing of what runs.
 */
const PUBLIC_OFFERING = ["pricing", "price", "prices", "estimate", "calculator", "hub", "public", "available", "supported", "docs", "documentation", "example", "examples",
  "tutorial", "render", "validate", "lint", "generate"];
/** Named as the object (`list_regions`, `get_instance_types`), not as a filter ("across regions"). */
const PUBLIC_OBJECTS = ["types", "type", "regions", "region", "zones", "zone", "sizes", "flavors", "flavours", "plans", "versions"];

/** `list_ec2_instances`, "Lists CloudWatch log groups", `docker_container_stats`, `get_aws_cost_summary`: the account's own infrastructure. */
export function readsInfrastructure(e: Evidence): boolean {
  const all = e.nameAndFirst;
  return has(all, INFRA_PLATFORMS) && has(e.nameSet, INFRA_RESOURCES) && !has(all, PUBLIC_OFFERING) && !has(e.nameSet, PUBLIC_OBJECTS) &&
    // The MCP server's own health or the gateway in front of the tools is the product, not the account's infrastructure.
    !has(e.nameSet, ["mcp", "gateway", "tool", "tools"]);
}

/** Verbs that take a running thing down: whatever it was doing (requests, builds, jobs) is cut off. */
const STOP_VERBS = ["stop", "restart", "reboot", "shutdown", "halt", "poweroff", "suspend"];
/** What runs and serves people or jobs (not a stream, a recording or a session of this tool). */
const WORKLOADS = ["container", "containers", "instance", "instances", "vm", "vms", "pod", "pods", "service", "services", "deployment", "deployments", "cluster", "clusters",
  "node", "nodes", "droplet", "droplets", "machine", "machines", "app", "apps", "application", "database", "db", "stack", "stacks", "worker", "workers"];

/** `stop_container`, `reboot_instance`, `restart_service`: a running workload taken down, with whatever it was serving. */
export function stopsWorkload(e: Evidence, verbs: readonly string[]): boolean {
  const verb = verbs.find((w) => STOP_VERBS.includes(w));
  if (!verb) return false;
  // `get_restart_policy`, `list_stopped_tasks`: a read or a check before the stop makes it the object.
  const before = verbs.slice(0, verbs.indexOf(verb));
  if (before.some((w) => ["get", "list", "show", "describe", "check", "read", "view", "set", "update"].includes(w))) return false;
  const all = e.nameAndFirst;
  // Restarting the MCP server itself only reloads the tool.
  return has(all, WORKLOADS) && !has(e.nameSet, ["mcp", "stream", "streaming", "recording", "session", "buffer", "replay", "timer", "playback", "policy"]) && !/\bmcp server\b/.test(e.firstText);
}

// Tools that act inside systems the user runs: a command run in a container or on a remote host, rows a table filter
// picks, and inserts that update the rows they collide with.
import { propertyText, type Evidence } from "./heuristics.js";
import { DATABASE_ENGINE } from "./engines.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";


/** Where a workload runs: a command sent there runs with that machine's files and network. */
const WORKLOAD_PLACES = ["pod", "pods", "container", "containers", "vm", "vms", "machine", "machines", "remote", "ssh", "host", "hosts", "node", "nodes", "droplet", "droplets"];
/** Isolated throwaway runtimes are built to run untrusted code; nothing of the user's is inside. */
const SANDBOX_WORDS = ["sandbox", "sandboxed", "playground", "ephemeral", "isolated"];
const COMMAND_PARAM = /^(?:command|cmd|commands|argv|shell_?command|script)$/;

/** `exec_in_pod(command)`, `ssh_run(host, command)`: a command run inside a container or on a host the user operates. */
function runsCommandInWorkload(e: Evidence): boolean {
  const execVerb = has(e.nameSet, ["exec", "execute", "run", "ssh"]) || /^(?:executes?|runs?) (?:an? |the )?(?:shell )?command\b/.test(e.firstText);
  const place = has(e.nameSet, WORKLOAD_PLACES) || has(e.firstSet, WORKLOAD_PLACES);
  return execVerb && place && e.params.some((p) => COMMAND_PARAM.test(p)) && !has(e.firstSet, SANDBOX_WORDS) && !has(e.nameSet, SANDBOX_WORDS) &&
    !/\b(?:game|editor|console command)\b/.test(e.firstText) && !DATABASE_ENGINE.test(e.nameThenFirst);
}

/** `check_rows(table, where)`, `count_matching(table, filter)`: whatever the verb, a row filter on a named table returns what the rows hold. */
function filtersTableRows(e: Evidence): boolean {
  return e.params.some((p) => /^(?:table|table_?name)$/.test(p)) && e.params.some((p) => /^(?:where|where_?clause|condition|conditions|filter|predicate)$/.test(p));
}

/** `insert_row(on_conflict: "update")`, `add_vector(update_existing)`: an insert told to update the row it collides with overwrites it. */
function updatesOnConflict(e: Evidence, schema: unknown): boolean {
  if (!has(e.nameSet, ["insert", "add", "put", "save", "write", "load", "import"])) return false;
  return e.params.some((p) => /^(?:update_?existing|upsert|on_?conflict_?update|overwrite_?existing)$/.test(p) ||
    (/conflict|^on_?duplicate/.test(p) && /\b(?:update|updates|upsert|overwrite|overwrites|replace|replaces|do update)\b/.test(propertyText(schema, p))));
}

/** What the caller already decided about the tool. */
export interface SystemFacts {
  /** The name says it creates, changes or deletes something. */
  changes: boolean;
}

export function systemLabels(e: Evidence, schema: unknown, facts: SystemFacts): Label[] {
  const out: Label[] = [];
  if (runsCommandInWorkload(e)) {
    out.push({ role: "destructive", confidence: 0.75, reason: "runs a command inside a container or on a host the user operates" });
    out.push({ role: "private-data", confidence: 0.7, reason: "runs a command where the user's workload keeps its files and secrets" });
    out.push({ role: "public-sink", confidence: 0.65, reason: "runs a command on a machine that can reach the network" });
  }
  if (filtersTableRows(e) && !facts.changes && !has(e.nameSet, ["delete", "drop", "truncate"])) {
    out.push({ role: "private-data", confidence: 0.65, reason: "filters the rows of a named table of the user's database and returns what it finds" });
  }
  if (updatesOnConflict(e, schema)) {
    out.push({ role: "destructive", confidence: 0.65, reason: "an insert that updates the rows it collides with overwrites them" });
  }
  return out;
}

// The process tree of a server: find every descendant and end them all, without a shell.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * Every process below `rootPid`. Linux reads /proc; elsewhere we rely on the process group alone.
 * Needed because a grandchild may start its own session (setsid) and leave our process group.
 */
export function descendantsOf(rootPid: number): number[] {
  if (process.platform !== "linux") return [];
  return descendantsViaTaskChildren(rootPid) ?? descendantsViaProcScan(rootPid);
}

/**
 * Walks /proc/PID/task/TID/children from the root: cost grows with the server's own tree, not with
 * every process on the machine. Undefined when the kernel does not offer the file (CONFIG_PROC_CHILDREN).
 */
function descendantsViaTaskChildren(rootPid: number): number[] | undefined {
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // ended while we looked
    }
    for (const tid of tasks) {
      let text: string;
      try {
        text = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT" && pid === rootPid && existsSync(`/proc/${pid}/task/${tid}`)) return undefined;
        continue;
      }
      for (const c of text.split(" ")) {
        const child = Number(c);
        if (c && Number.isInteger(child) && !out.includes(child)) {
          out.push(child);
          queue.push(child);
        }
      }
    }
  }
  return out;
}

function descendantsViaProcScan(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses; fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      /* process ended while we looked */
    }
  }
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const c of children.get(pid) ?? []) {
      if (!out.includes(c)) {
        out.push(c);
        queue.push(c);
      }
    }
  }
  return out;
}

function signalAll(pid: number, extra: number[], signal: NodeJS.Signals): void {
  if (process.platform === "win32") {
    // taskkill /T ends the tree; spawned directly, never through a shell.
    try {
      spawn("taskkill", ["/pid", String(pid), "/T", "/F"], { shell: false, windowsHide: true, stdio: "ignore" }).on("error", () => undefined);
    } catch {
      /* nothing more we can do */
    }
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    /* group already gone */
  }
  for (const p of extra) {
    try {
      process.kill(p, signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM the group and every known descendant, then SIGKILL whatever is left after the grace. */
export async function killTree(pid: number, hasExited: () => boolean, graceMs: number): Promise<void> {
  const descendants = descendantsOf(pid);
  signalAll(pid, descendants, "SIGTERM");
  const until = Date.now() + graceMs;
  while (Date.now() < until) {
    if (hasExited() && !groupAlive(pid) && descendants.every((p) => !alive(p))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  signalAll(pid, [...descendants, ...descendantsOf(pid)], "SIGKILL");
}

/** Synchronous last resort for process exit: no grace, no waiting. */
export function killTreeNow(pid: number): void {
  signalAll(pid, descendantsOf(pid), "SIGKILL");
}

function alive(pid: number): boolean {
  if (process.platform === "linux") {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // A zombie is dead; it only waits for its parent to collect it.
      return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function groupAlive(pgid: number): boolean {
  if (process.platform === "win32") return false;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

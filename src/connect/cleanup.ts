// Makes sure no server process outlives the scanner: live children are ended on exit and on signals.
import { killTreeNow } from "./process-tree.js";

const live = new Map<number, unknown>();
let installed = false;

/** End every server process the scan started, immediately. Safe to call more than once. */
export function killAllServers(): void {
  for (const pid of live.keys()) killTreeNow(pid);
  live.clear();
}

export function trackChild(pid: number, owner: unknown): void {
  live.set(pid, owner);
  installHandlers();
}

export function untrackChild(pid: number): void {
  live.delete(pid);
}

export function liveServerPids(): number[] {
  return [...live.keys()];
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  process.on("exit", killAllServers);
  // Children live in their own process group, so Ctrl-C in the terminal no longer reaches them.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const handler = () => {
      killAllServers();
      // When nobody else handles the signal, keep its default meaning (terminate).
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, handler);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, handler);
  }
}

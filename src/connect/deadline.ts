// One deadline per server, shared by spawn, initialize and every listing, that remembers the phase.
import { setMaxListeners } from "node:events";
export class TimeoutError extends Error {}

export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly endsAt: number;
  /** What the server was doing; named in the timeout message. */
  phase = "start";

  constructor(readonly timeoutMs: number) {
    this.endsAt = Date.now() + timeoutMs;
    // Every request of a long pagination listens on this one signal.
    setMaxListeners(0, this.controller.signal);
    this.timer = setTimeout(() => this.controller.abort(new TimeoutError(this.timeoutMessage())), timeoutMs);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  remainingMs(): number {
    return Math.max(1, this.endsAt - Date.now());
  }

  timeoutMessage(): string {
    const seconds = this.timeoutMs / 1000;
    return `timed out after ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)}s during ${this.phase}`;
  }

  /** Resolves `work`, or rejects with the timeout as soon as the deadline passes. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.expired) return Promise.reject(new TimeoutError(this.timeoutMessage()));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new TimeoutError(this.timeoutMessage()));
      this.signal.addEventListener("abort", onAbort, { once: true });
      work.then(
        (v) => {
          this.signal.removeEventListener("abort", onAbort);
          resolve(v);
        },
        (e: unknown) => {
          this.signal.removeEventListener("abort", onAbort);
          reject(e);
        },
      );
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

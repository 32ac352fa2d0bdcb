// The real client's side of the guard: JSON-RPC lines in on stdin, lines out on stdout.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

export class ClientIO {
  private handler?: (message: JSONRPCMessage) => void;
  private queue: JSONRPCMessage[] = [];
  private waiters: (() => void)[] = [];
  private endListeners: (() => void)[] = [];
  ended = false;
  invalidLines = 0;

  private readonly lines: ReturnType<typeof createInterface>;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
  ) {
    const lines = createInterface({ input, crlfDelay: Infinity });
    this.lines = lines;
    lines.on("line", (line) => this.onLine(line));
    lines.on("close", () => this.onEnd());
    input.on("error", () => this.onEnd());
    // A client that went away makes writes fail with EPIPE; that is the end of the session, not a crash.
    output.on("error", () => this.onEnd());
  }

  /** Resolves once the first message arrived, stdin ended, or `ms` passed. */
  firstMessage(ms: number): Promise<JSONRPCMessage | undefined> {
    if (this.queue.length > 0 || this.ended) return Promise.resolve(this.queue[0]);
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        resolve(self.queue[0]);
      }
      this.waiters.push(done);
    });
  }

  /** Delivers queued and future messages to `handler`. */
  attach(handler: (message: JSONRPCMessage) => void): void {
    this.handler = handler;
    const queued = this.queue;
    this.queue = [];
    for (const m of queued) handler(m);
  }

  onEnded(listener: () => void): void {
    if (this.ended) listener();
    else this.endListeners.push(listener);
  }

  /** Stops reading: an open stdin would keep the process alive after the guard is done. */
  close(): void {
    this.handler = undefined;
    this.lines.close();
    this.input.destroy();
  }

  send(message: JSONRPCMessage): void {
    if (this.output.writable) this.output.write(JSON.stringify(message) + "\n");
  }

  private onLine(line: string): void {
    if (line.trim() === "") return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      this.invalidLines++;
      return;
    }
    if (typeof message !== "object" || message === null || (message as { jsonrpc?: unknown }).jsonrpc !== "2.0") {
      this.invalidLines++;
      return;
    }
    if (this.handler) this.handler(message as JSONRPCMessage);
    else {
      this.queue.push(message as JSONRPCMessage);
      this.wake();
    }
  }

  private onEnd(): void {
    if (this.ended) return;
    this.ended = true;
    this.wake();
    for (const listener of this.endListeners.splice(0)) listener();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

// The guard's decision log: one JSON object per line, secrets masked and control characters escaped.
import { createWriteStream, type WriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { Redactor } from "../redact.js";
import { displayLine } from "../report/sanitize.js";

export interface DecisionEvent {
  event: string;
  decision: "allow" | "block" | "refuse" | "flag" | "redact" | "info";
  tool?: string;
  /** The resource URI or prompt name a read named. */
  target?: string;
  ruleId?: string;
  severity?: string;
  reason?: string;
}

export class DecisionLog {
  private readonly out: Writable;
  private readonly file?: WriteStream;

  constructor(
    private readonly server: string,
    private readonly redactor: Redactor,
    stderr: Writable,
    logFile?: string,
  ) {
    if (logFile) {
      this.file = createWriteStream(logFile, { flags: "a" });
      // A log file that cannot be written must not take the proxied session down with it.
      this.file.on("error", () => undefined);
    }
    this.out = this.file ?? stderr;
  }

  write(entry: DecisionEvent): void {
    const line: Record<string, string> = { time: new Date().toISOString(), event: entry.event, server: this.clean(this.server, 120) };
    if (entry.tool !== undefined) line.tool = this.clean(entry.tool, 120);
    if (entry.target !== undefined) line.target = this.clean(entry.target, 200);
    if (entry.ruleId !== undefined) line.ruleId = this.clean(entry.ruleId, 80);
    if (entry.severity !== undefined) line.severity = entry.severity;
    line.decision = entry.decision;
    if (entry.reason !== undefined) line.reason = this.clean(entry.reason, 400);
    this.out.write(JSON.stringify(line) + "\n");
  }

  /** Waits until every line is on disk, so a guard that exits leaves a complete log. */
  close(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    return new Promise((resolve) => file.end(resolve));
  }

  private clean(text: string, max: number): string {
    return displayLine(this.redactor.text(text), max);
  }
}

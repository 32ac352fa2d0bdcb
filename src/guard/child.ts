// The one link to the guarded server: the SDK client scans through it first, then the proxy takes it over.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { GuardedStdioTransport, type StdioServerParams } from "../connect/index.js";

/** What the real client asked for in its own initialize, reused so the server sees its true peer. */
export interface ClientHello {
  protocolVersion?: unknown;
  capabilities?: unknown;
  clientInfo?: unknown;
}

export class ChildLink implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  readonly stdio: GuardedStdioTransport;
  /** The server's initialize result exactly as it sent it; replayed to the real client. */
  initializeResult?: Record<string, unknown>;
  protocolVersion?: string;
  private initializeId?: string | number;
  private started = false;
  private proxy?: (message: JSONRPCMessage) => void;
  /** Server-initiated messages that arrive while the guard scans; the real client gets them later. */
  private held: JSONRPCMessage[] = [];
  private closeListeners: (() => void)[] = [];

  constructor(
    params: StdioServerParams,
    private readonly hello?: ClientHello,
  ) {
    this.stdio = new GuardedStdioTransport(params);
    this.stdio.onmessage = (m) => this.route(m);
    this.stdio.onerror = (e) => this.onerror?.(e);
    this.stdio.onclose = () => {
      this.onclose?.();
      for (const listener of this.closeListeners) listener();
    };
  }

  async start(): Promise<void> {
    // Started once by the guard (to name spawn failures), then again by Client.connect.
    if (this.started) return;
    this.started = true;
    await this.stdio.start();
  }

  send(message: JSONRPCMessage): Promise<void> {
    if ("method" in message && message.method === "initialize" && "id" in message) {
      this.initializeId = message.id;
      if (this.hello) {
        const params = { ...(message.params ?? {}) } as Record<string, unknown>;
        for (const key of ["protocolVersion", "capabilities", "clientInfo"] as const) {
          if (this.hello[key] !== undefined) params[key] = this.hello[key];
        }
        message = { ...message, params };
      }
    }
    return this.stdio.send(message);
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  close(): Promise<void> {
    return this.stdio.close();
  }

  onClosed(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  /** From now on every message from the server goes to `handler`; held messages are delivered first. */
  handOver(handler: (message: JSONRPCMessage) => void): void {
    this.proxy = handler;
    this.onmessage = undefined;
    const held = this.held;
    this.held = [];
    for (const m of held) handler(m);
  }

  private route(message: JSONRPCMessage): void {
    if (this.proxy) {
      this.proxy(message);
      return;
    }
    const isResponse = !("method" in message);
    if (isResponse) {
      if ("result" in message && message.id === this.initializeId) this.initializeResult = message.result as Record<string, unknown>;
      this.onmessage?.(message);
      return;
    }
    // The SDK client would answer a roots/sampling request itself (with an error); the real client should.
    this.held.push(message);
  }
}

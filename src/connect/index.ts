// The connect stage: start or reach every configured server, in parallel under one deadline each,
// and turn whatever happens into a ScannedServer (never an exception).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JsonSchemaValidator, jsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/types.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { emptyScan, type ScannedServer, type ServerEntry, type ServerStatus } from "../model.js";
import type { Redactor } from "../redact.js";
import { cappedFetch } from "./capped-fetch.js";
import { collectMetadata, emptyMetadata, type Metadata } from "./collect.js";
import { Deadline, TimeoutError } from "./deadline.js";
import { probeHttp, type HttpFacts } from "./http-probe.js";
import { GuardedStdioTransport, type StdioLimits } from "./stdio-transport.js";
import { stdioParamsOf, type SpawnedServer } from "./spawn.js";

export { GuardedStdioTransport, DEFAULT_STDIO_LIMITS, type StdioLimits, type StdioServerParams } from "./stdio-transport.js";
export { collectMetadata, emptyMetadata, DEFAULT_COLLECT_LIMITS, type Metadata, type CollectLimits } from "./collect.js";
export { Deadline, TimeoutError } from "./deadline.js";
export { minimalEnv } from "./env.js";
export { prespawn, spawnServer, stdioParamsOf, type SpawnedServer } from "./spawn.js";
export { killAllServers, liveServerPids } from "./cleanup.js";
export { probeHttp, resourceMetadataUrl } from "./http-probe.js";

export interface ConnectOptions {
  concurrency: number;
  timeoutMs: number;
  onProgress?: (entry: ServerEntry, status: ServerStatus | "started") => void;
  redactor?: Redactor;
  stdioLimits?: Partial<StdioLimits>;
  /** Servers prespawn() already started (while the SDK loaded); each is adopted by its entry's scan. */
  prespawned?: Map<ServerEntry, SpawnedServer>;
}

const CLIENT_INFO = { name: "mcp-shield-scan", version: "0.1.0" };

/**
 * The scanner lists metadata and never calls a tool, so it has no tool output to validate. The SDK's default
 * validator builds an Ajv instance per client (about 8 ms of CPU each, which twelve servers booting on two
 * cores feel); this one accepts everything and costs nothing.
 */
export const NO_OUTPUT_VALIDATION: jsonSchemaValidator = {
  getValidator<T>(): JsonSchemaValidator<T> {
    return (input) => ({ valid: true, data: input as T, errorMessage: undefined });
  },
};
const PROBE_TIMEOUT_MS = 3000;

/** Scans every entry, at most `concurrency` at a time; results are in the order of `entries`. */
export async function connectAll(entries: ServerEntry[], options: ConnectOptions): Promise<ScannedServer[]> {
  const results: ScannedServer[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      const entry = entries[i]!;
      options.onProgress?.(entry, "started");
      let result: ScannedServer;
      try {
        result = await connectOne(entry, { ...options, prespawned: options.prespawned?.get(entry) });
      } catch (err) {
        // connectOne handles its own failures; this is the net under a bug.
        result = failed(entry, `internal error: ${firstLine(err)}`, 0);
      }
      results[i] = result;
      options.onProgress?.(entry, result.status);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency || 1, entries.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** Scans one server within `timeoutMs`; always resolves, and leaves no process behind. */
export interface ConnectOneOptions {
  timeoutMs: number;
  redactor?: Redactor;
  /** Overrides of the stdout/stderr caps; the defaults suit real use. */
  stdioLimits?: Partial<StdioLimits>;
  /** The entry's server, already started by prespawn(). */
  prespawned?: SpawnedServer;
}

export async function connectOne(entry: ServerEntry, options: ConnectOneOptions): Promise<ScannedServer> {
  const started = Date.now();
  const redact = (s: string) => (options.redactor ? options.redactor.text(s) : s);
  if (entry.disabled || entry.skipReason) {
    return { ...base(entry, "skipped", 0), error: entry.skipReason ?? "disabled in config" };
  }
  const deadline = new Deadline(options.timeoutMs);
  const meta = emptyMetadata();
  let protocolVersion: string | undefined;
  let stdio: GuardedStdioTransport | undefined;
  let httpFacts: Promise<HttpFacts | undefined> = Promise.resolve(undefined);
  let client: Client | undefined;
  let error: string | undefined;
  try {
    if (entry.transport === "stdio") {
      if (!entry.command) throw new ConfigProblem("no command configured");
      stdio = new GuardedStdioTransport(stdioParamsOf(entry), options.stdioLimits, options.prespawned);
      client = await connectClient(stdio, deadline, (v) => (protocolVersion = v));
    } else {
      if (!entry.url) throw new ConfigProblem("no url configured");
      let url: URL;
      try {
        url = new URL(entry.url);
      } catch {
        throw new ConfigProblem("url is not a valid URL");
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigProblem(`unsupported url scheme ${url.protocol}`);
      httpFacts = probeHttp(url.href, entry.transport, Math.min(PROBE_TIMEOUT_MS, options.timeoutMs)).catch(() => undefined);
      client = await connectHttp(entry, url, deadline, (v) => (protocolVersion = v));
    }
    await collectMetadata(client, deadline, meta);
  } catch (err) {
    error = reasonOf(err, deadline, stdio);
  } finally {
    deadline.dispose();
    // Closing the client closes its transport, which ends the whole process tree.
    await client?.close().catch(() => undefined);
    await stdio?.close().catch(() => undefined);
  }
  const result: ScannedServer = {
    ...base(entry, error ? "error" : "ok", Date.now() - started),
    ...metaFields(meta),
    protocolVersion,
  };
  if (stdio) {
    if (stdio.invalidLines > 0) {
      result.warnings.push(`stdout: ignored ${stdio.invalidLines} line${stdio.invalidLines === 1 ? "" : "s"} that were not JSON-RPC`);
    }
    const tail = stdio.stderr.trim();
    if (tail) result.stderr = redact(tail);
  }
  const facts = await httpFacts;
  if (facts) result.http = redactFacts(facts, entry, redact);
  if (error) result.error = redact(error);
  result.warnings = result.warnings.map(redact);
  return result;
}

class ConfigProblem extends Error {}

/**
 * The probe never sends credentials, so its facts hold none unless a server echoes one back.
 * Only then is text redacted: the generic token patterns would mangle `Bearer resource_metadata=...`.
 */
function redactFacts(facts: HttpFacts, entry: ServerEntry, redact: (s: string) => string): HttpFacts {
  const known = [...Object.values(entry.env), ...Object.values(entry.headers)].flatMap((v) => [v, ...v.split(/\s+/)]).filter((v) => v.length >= 8);
  const text = JSON.stringify(facts);
  return known.some((v) => text.includes(v)) ? (JSON.parse(redact(text)) as HttpFacts) : facts;
}

async function connectClient(transport: Transport, deadline: Deadline, onVersion: (v: string) => void): Promise<Client> {
  // The SDK hands the negotiated version only to the transport; catch it on the way.
  const setVersion = transport.setProtocolVersion?.bind(transport);
  transport.setProtocolVersion = (v: string) => {
    onVersion(v);
    setVersion?.(v);
  };
  const client = new Client(CLIENT_INFO, { capabilities: {}, jsonSchemaValidator: NO_OUTPUT_VALIDATION });
  deadline.phase = "spawn";
  try {
    if (transport instanceof GuardedStdioTransport) {
      // Start it ourselves so a spawn failure is named as such, not as an initialize failure.
      await deadline.race(transport.start());
      transport.start = () => Promise.resolve();
    }
    deadline.phase = "initialize";
    await deadline.race(client.connect(transport, { signal: deadline.signal, timeout: deadline.remainingMs() + 1000 }));
  } catch (err) {
    await client.close().catch(() => undefined);
    await transport.close().catch(() => undefined);
    throw err;
  }
  return client;
}

// One import for every remote server: Node 20 can fail concurrent imports of a shared module graph
// ("request ... is not in cache"), and the transports load only when a remote server is scanned.
let httpTransportsLoading: Promise<typeof import("./http-transports.js")> | undefined;
const httpTransports = () => (httpTransportsLoading ??= import("./http-transports.js"));

async function connectHttp(entry: ServerEntry, url: URL, deadline: Deadline, onVersion: (v: string) => void): Promise<Client> {
  // Credentials go only to the configured origin: redirects elsewhere are not followed.
  const requestInit: RequestInit = { headers: { ...entry.headers } };
  const common = { requestInit, redirectPolicy: "same-origin" as const, fetch: cappedFetch() };
  const { StreamableHTTPClientTransport, SSEClientTransport } = await httpTransports();
  const streamable = () => new StreamableHTTPClientTransport(url, common);
  const sse = () => new SSEClientTransport(url, common);
  if (entry.transport === "sse") return connectClient(sse(), deadline, onVersion);
  if (!entry.transportGuessed) return connectClient(streamable(), deadline, onVersion);
  try {
    return await connectClient(streamable(), deadline, onVersion);
  } catch (first) {
    if (deadline.expired || first instanceof TimeoutError) throw first;
    try {
      return await connectClient(sse(), deadline, onVersion);
    } catch (second) {
      if (deadline.expired || second instanceof TimeoutError) throw second;
      throw new Error(`streamable HTTP: ${firstLine(first)}; SSE: ${firstLine(second)}`);
    }
  }
}

function reasonOf(err: unknown, deadline: Deadline, stdio: GuardedStdioTransport | undefined): string {
  if (err instanceof ConfigProblem) return err.message;
  const timedOut =
    err instanceof TimeoutError || deadline.expired || (err instanceof McpError && err.code === ErrorCode.RequestTimeout);
  // A cap or an early exit explains the failure better than the "connection closed" it causes.
  if (!timedOut && stdio?.fatalError) {
    if (deadline.phase === "spawn") return stdio.fatalError;
    const cause = telltaleLine(stdio.stderr);
    return `${stdio.fatalError} during ${deadline.phase}${cause ? `: ${cause.slice(0, 200)}` : ""}`;
  }
  if (timedOut) {
    const junk = stdio && stdio.invalidLines > 0 && stdio.validMessages === 0 ? ` (stdout had ${stdio.invalidLines} lines that were not JSON-RPC and no valid message)` : "";
    return deadline.timeoutMessage() + junk;
  }
  return `${deadline.phase} failed: ${firstLine(err)}`;
}

/** Lines that only point elsewhere ("A complete log of this run can be found in: ...") or carry a bare prefix. */
const POINTER_LINE = /\bcomplete log\b|\blog of this run\b|\bdebug-\d+\.log\b|\bfor more (?:details|information)\b|^\S+ (?:error|ERR!)(?: \w+)?$/i;
/** Lines that say why a launch failed: a package or module not found, a refused connection, a missing file. */
const CAUSE_LINE = /\b(?:not found|no such|cannot find|could not|unable to|permission denied|no matching|ENOENT|EACCES|ECONNREFUSED|ETARGET|E404|\w*Error:)/i;

/**
 * The stderr line that best says why a server died. Launchers end with boilerplate (npm points at its log file, a
 * Python traceback ends with the exception but starts with "Traceback"), so the last line that names a cause wins,
 * then the last line that is not a pointer.
 */
function telltaleLine(stderr: string): string | undefined {
  const lines = stderr.split("\n").map((line) => line.trim()).filter((line) => line && !POINTER_LINE.test(line));
  return [...lines].reverse().find((line) => CAUSE_LINE.test(line)) ?? lines.at(-1);
}

function firstLine(err: unknown): string {
  let message = err instanceof Error ? err.message : String(err);
  // fetch hides the useful part ("ECONNREFUSED") in its cause.
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message;
  if (detail && !message.includes(detail)) message = `${message} (${detail})`;
  // The SDK's HTTP errors carry the status only as a code.
  const status = (err as { code?: unknown } | undefined)?.code;
  if (!(err instanceof McpError) && typeof status === "number" && status >= 100 && status < 600) message = `HTTP ${status}: ${message}`;
  return (message.split("\n")[0] ?? "").slice(0, 300);
}

const base = emptyScan;

function failed(entry: ServerEntry, reason: string, durationMs: number): ScannedServer {
  return { ...base(entry, "error", durationMs), error: reason };
}

/** What a listing contributes to a ScannedServer (shared with the guard, which lists through the same code). */
export function metaFields(meta: Metadata): Pick<ScannedServer, "serverInfo" | "capabilities" | "instructions" | "tools" | "prompts" | "resources" | "resourceTemplates" | "warnings"> {
  return {
    serverInfo: meta.serverInfo,
    capabilities: meta.capabilities,
    instructions: meta.instructions,
    tools: meta.tools,
    prompts: meta.prompts,
    resources: meta.resources,
    resourceTemplates: meta.resourceTemplates,
    warnings: meta.warnings,
  };
}

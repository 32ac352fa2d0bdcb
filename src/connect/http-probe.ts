// Facts about a remote server's authentication, learned without sending any configured credential:
// what an anonymous request gets, and the RFC 9728 protected resource metadata it points to.
import type { ScannedServer } from "../model.js";

export type HttpFacts = NonNullable<ScannedServer["http"]>;

const MAX_METADATA_BYTES = 1024 * 1024;

export async function probeHttp(url: string, transport: "http" | "sse", timeoutMs: number): Promise<HttpFacts> {
  const facts: HttpFacts = {};
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(
      url,
      transport === "sse"
        ? { method: "GET", headers: { accept: "text/event-stream" }, redirect: "manual", signal }
        : {
            method: "POST",
            headers: { accept: "application/json, text/event-stream", "content-type": "application/json" },
            body: JSON.stringify({
              jsonrpc: "2.0",
              id: 1,
              method: "initialize",
              params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "mcp-shield-scan-probe", version: "0" } },
            }),
            redirect: "manual",
            signal,
          },
    );
  } catch (err) {
    facts.resourceMetadataError = `unauthenticated request failed: ${oneLine(err)}`;
    return facts;
  }
  facts.unauthenticatedStatus = response.status;
  const challenge = response.headers.get("www-authenticate");
  if (challenge) facts.wwwAuthenticate = challenge.slice(0, 2048);
  // The body may be an endless event stream; we only wanted the status line.
  void response.body?.cancel().catch(() => undefined);
  if (response.status !== 401) return facts;

  const metadataUrl = resourceMetadataUrl(url, challenge);
  if (!metadataUrl) {
    facts.resourceMetadataError = "resource_metadata in WWW-Authenticate is not an http(s) URL";
    return facts;
  }
  facts.resourceMetadataUrl = metadataUrl;
  try {
    const res = await fetch(metadataUrl, { headers: { accept: "application/json" }, redirect: "manual", signal });
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      facts.resourceMetadataError = `HTTP ${res.status} from ${metadataUrl}`;
      return facts;
    }
    const text = await readCapped(res, MAX_METADATA_BYTES);
    facts.resourceMetadata = JSON.parse(text) as unknown;
  } catch (err) {
    facts.resourceMetadataError = `could not read ${metadataUrl}: ${oneLine(err)}`;
  }
  return facts;
}

/** `resource_metadata` from the challenge, else the well-known URL for the resource (RFC 9728 §3). */
export function resourceMetadataUrl(resourceUrl: string, challenge: string | null): string | undefined {
  const named = challenge ? /resource_metadata\s*=\s*(?:"([^"]*)"|([^\s,]+))/i.exec(challenge) : null;
  const given = named?.[1] ?? named?.[2];
  if (given !== undefined) {
    try {
      const u = new URL(given, resourceUrl);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
    } catch {
      return undefined;
    }
  }
  const u = new URL(resourceUrl);
  const path = u.pathname === "/" ? "" : u.pathname.replace(/\/$/, "");
  return `${u.origin}/.well-known/oauth-protected-resource${path}`;
}

async function readCapped(res: Response, max: number): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new Error(`larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function oneLine(err: unknown): string {
  const e = err as { message?: string; cause?: { message?: string; code?: string } };
  const msg = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
  return msg.split("\n")[0]!.slice(0, 300);
}

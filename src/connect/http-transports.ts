// The SDK's HTTP transports, split out so a scan of stdio servers never loads them (or their event-stream parsers).
export { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
export { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";

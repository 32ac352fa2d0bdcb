// Builds ScannedServer values for lockfile tests through the real zod model (defaults filled in).
import { ScannedServer } from "../../src/model.js";

export function scanned(name: string, over: Partial<Record<string, unknown>> = {}, entryOver: Record<string, unknown> = {}): ScannedServer {
  return ScannedServer.parse({
    entry: {
      name,
      client: "claude-code",
      configPath: "/project/.mcp.json",
      inventoryId: "/project/.mcp.json",
      scope: "project",
      transport: "stdio",
      command: "npx",
      args: ["-y", `@example/${name}@1.0.0`],
      ...entryOver,
    },
    status: "ok",
    serverInfo: { name, version: "1.0.0" },
    instructions: "Use these tools carefully.",
    tools: [
      {
        name: "add",
        description: "Adds two numbers.",
        inputSchema: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] },
        annotations: { readOnlyHint: true },
      },
      { name: "echo", description: "Echoes a message.", inputSchema: { type: "object", properties: { message: { type: "string" } } } },
    ],
    prompts: [{ name: "greet", description: "Greets someone.", arguments: [{ name: "who" }] }],
    resources: [{ name: "notes", uri: "file:///notes.txt", description: "Notes" }],
    ...over,
  });
}

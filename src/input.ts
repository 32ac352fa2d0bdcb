// Loads a saved inventory for `scan --input`: the output of `inspect --json`, or a plain {"servers":[...]} list.
import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { ScannedServer, ServerStatus, Transport } from "./model.js";

const MAX_INPUT_BYTES = 256 * 1024 * 1024;

// The metadata fields are the model's own; only the launch details are loose, since a saved list may lack them.
const InputServer = ScannedServer.pick({
  status: true,
  error: true,
  serverInfo: true,
  instructions: true,
  tools: true,
  prompts: true,
  resources: true,
  resourceTemplates: true,
})
  .extend({
    name: z.string(),
    client: z.string().optional(),
    configPath: z.string().optional(),
    /** Servers with the same inventory id are analysed together (defaults to one inventory per file). */
    inventory: z.string().optional(),
    inventoryId: z.string().optional(),
    transport: Transport.optional(),
    status: ServerStatus.optional(),
  })
  .passthrough();
const InputFile = z.object({ servers: z.array(InputServer) }).passthrough();

export class InputError extends Error {}

export async function loadInventoryFile(path: string): Promise<ScannedServer[]> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a file`);
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`${path}: too large (${info.size} bytes)`);
    text = await readFile(path, "utf8");
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = InputFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${path}: not a saved inventory: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data.servers.map((s) => ({
    entry: {
      name: s.name,
      client: s.client ?? "input",
      configPath: s.configPath ?? path,
      inventoryId: s.inventory ?? s.inventoryId ?? path,
      scope: "input",
      transport: s.transport ?? "stdio",
      transportGuessed: false,
      args: [],
      env: {},
      headers: {},
      disabled: false,
    },
    status: s.status ?? "ok",
    error: s.error,
    serverInfo: s.serverInfo,
    instructions: s.instructions,
    tools: s.tools,
    prompts: s.prompts,
    resources: s.resources,
    resourceTemplates: s.resourceTemplates,
    warnings: [],
    durationMs: 0,
  }));
}

// Loads a saved inventory for `scan --input`: the output of `inspect --json`, or a plain {"servers":[...]} list.
import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { ScannedServer, ServerStatus, Transport } from "./model.js";
import { MASK } from "./redact.js";

const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Bounds on a saved launch: far above any real config (a config file is at most 5 MB, and launch lines run to tens of
 * words), low enough that a hostile file cannot make the launch rules' per-word work explode.
 */
const MAX_LAUNCH_WORDS = 1000;
const MAX_LAUNCH_CHARS = 64 * 1024;
const MAX_KEYS = 1000;
const MAX_KEY_CHARS = 1024;

/**
 * `launch` as `inspect --json` writes it (ReportServer): command, args and URL as configured but redacted, and only the
 * names of env variables and headers, never their values. Strings only; unknown fields are dropped.
 */
const LaunchText = z.string().max(MAX_LAUNCH_CHARS);
const KeyNames = z.array(z.string().max(MAX_KEY_CHARS)).max(MAX_KEYS);
const InputLaunch = z.object({
  command: LaunchText.optional(),
  args: z.array(LaunchText).max(MAX_LAUNCH_WORDS).optional(),
  url: LaunchText.optional(),
  envKeys: KeyNames.optional(),
  headerKeys: KeyNames.optional(),
});

/**
 * The value a restored env variable or header gets: the mask the report shows for a secret. Only the names were saved;
 * this is no secret (too short for the redactor, a placeholder to plaintext-secret) and no plausible real value.
 */
const UNSAVED_VALUE = MASK;

function keysOnly(names: string[] | undefined): Record<string, string> {
  return Object.fromEntries((names ?? []).map((k) => [k, UNSAVED_VALUE]));
}

// The metadata fields are the model's own; the launch details are optional, since a plain {"servers":[...]} list lacks them.
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
    launch: InputLaunch.optional(),
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
    // Scope "input" tells the rules that need what was not saved (secret values, live HTTP answers) to stay out.
    entry: {
      name: s.name,
      client: s.client ?? "input",
      configPath: s.configPath ?? path,
      inventoryId: s.inventory ?? s.inventoryId ?? path,
      scope: "input",
      transport: s.transport ?? "stdio",
      transportGuessed: false,
      ...(s.launch?.command !== undefined ? { command: s.launch.command } : {}),
      args: s.launch?.args ?? [],
      ...(s.launch?.url !== undefined ? { url: s.launch.url } : {}),
      env: keysOnly(s.launch?.envKeys),
      headers: keysOnly(s.launch?.headerKeys),
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

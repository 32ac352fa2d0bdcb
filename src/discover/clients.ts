// The table of known MCP clients: where each keeps its config per OS, in which format, and under which key.
import path from "node:path";

export type ConfigFormat = "json" | "jsonc" | "toml" | "yaml";

/** Where the servers sit inside a config: a key path to a map of name -> entry, or to a list of entries with `name`. */
export interface ServerLocation {
  path: string[];
  shape: "map" | "list";
}

export interface ClientSpec {
  /** Stable short id used in reports. */
  id: string;
  name: string;
  format: ConfigFormat;
  /**
   * User config paths per OS. Placeholders: `~` home, `{config}` the OS config dir
   * (XDG_CONFIG_HOME or ~/.config; ~/Library/Application Support; %APPDATA%), `{codex}` CODEX_HOME or ~/.codex.
   * A `*` in the last segment is a glob.
   */
  user: { linux: string[]; darwin: string[]; win32: string[] };
  /** Paths relative to a project directory. */
  project: string[];
  servers: ServerLocation[];
  /**
   * The file holds other settings too (an editor's settings.json), so a missing servers key means
   * "no servers" rather than "not a config we understand".
   */
  sharedSettings?: boolean;
  /** Gemini CLI reads a bare `url` as SSE; everyone else as "streamable HTTP, else SSE". */
  bareUrlIsSse?: boolean;
  /** Claude Code keeps one server list per project under `projects.<dir>.mcpServers`. */
  perProjectServers?: boolean;
}

const MCP_SERVERS: ServerLocation[] = [{ path: ["mcpServers"], shape: "map" }];
const same = (paths: string[]) => ({ linux: paths, darwin: paths, win32: paths });

export const CLIENTS: ClientSpec[] = [
  {
    id: "claude-desktop",
    name: "Claude Desktop",
    format: "json",
    user: {
      linux: ["{config}/Claude/claude_desktop_config.json"],
      darwin: ["{config}/Claude/claude_desktop_config.json"],
      win32: ["{config}/Claude/claude_desktop_config.json"],
    },
    project: [],
    servers: MCP_SERVERS,
    sharedSettings: true,
  },
  {
    id: "claude-code",
    name: "Claude Code",
    format: "json",
    user: same(["~/.claude.json"]),
    project: [".mcp.json"],
    servers: MCP_SERVERS,
    perProjectServers: true,
  },
  { id: "cursor", name: "Cursor", format: "json", user: same(["~/.cursor/mcp.json"]), project: [".cursor/mcp.json"], servers: MCP_SERVERS },
  {
    id: "windsurf",
    name: "Windsurf",
    format: "json",
    user: same(["~/.codeium/windsurf/mcp_config.json"]),
    project: [],
    servers: MCP_SERVERS,
  },
  {
    id: "vscode",
    name: "VS Code (settings)",
    format: "jsonc",
    user: same(["{config}/Code/User/settings.json", "{config}/Code - Insiders/User/settings.json"]),
    project: [".vscode/settings.json"],
    servers: [
      { path: ["mcp", "servers"], shape: "map" },
      { path: ["mcp.servers"], shape: "map" },
    ],
    sharedSettings: true,
  },
  {
    id: "vscode",
    name: "VS Code",
    format: "jsonc",
    user: same(["{config}/Code/User/mcp.json", "{config}/Code - Insiders/User/mcp.json"]),
    project: [".vscode/mcp.json"],
    servers: [{ path: ["servers"], shape: "map" }],
  },
  {
    id: "cline",
    name: "Cline",
    format: "json",
    user: same(["{config}/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json"]),
    project: [],
    servers: MCP_SERVERS,
  },
  {
    id: "gemini",
    name: "Gemini CLI",
    format: "json",
    user: same(["~/.gemini/settings.json"]),
    project: [".gemini/settings.json"],
    servers: MCP_SERVERS,
    sharedSettings: true,
    bareUrlIsSse: true,
  },
  {
    id: "codex",
    name: "Codex CLI",
    format: "toml",
    user: same(["{codex}/config.toml"]),
    project: [".codex/config.toml"],
    servers: [{ path: ["mcp_servers"], shape: "map" }],
    sharedSettings: true,
  },
  {
    id: "continue",
    name: "Continue",
    format: "yaml",
    user: same(["~/.continue/config.yaml"]),
    project: [],
    servers: [{ path: ["mcpServers"], shape: "list" }],
    sharedSettings: true,
  },
  {
    // Continue's standalone blocks: one YAML file each, or JSON copied from another client.
    id: "continue",
    name: "Continue (blocks)",
    format: "yaml",
    user: same(["~/.continue/mcpServers/*.yaml", "~/.continue/mcpServers/*.yml"]),
    project: [".continue/mcpServers/*.yaml", ".continue/mcpServers/*.yml"],
    servers: [{ path: ["mcpServers"], shape: "list" }],
  },
  {
    id: "continue",
    name: "Continue (JSON blocks)",
    format: "json",
    user: same(["~/.continue/mcpServers/*.json"]),
    project: [".continue/mcpServers/*.json"],
    servers: MCP_SERVERS,
  },
  { id: "kiro", name: "Kiro", format: "json", user: same(["~/.kiro/settings/mcp.json"]), project: [".kiro/settings/mcp.json"], servers: MCP_SERVERS },
  {
    id: "amazonq",
    name: "Amazon Q",
    format: "json",
    user: same(["~/.aws/amazonq/mcp.json"]),
    project: [".amazonq/mcp.json"],
    servers: MCP_SERVERS,
  },
  {
    id: "opencode",
    name: "opencode",
    format: "jsonc",
    // opencode uses ~/.config on every OS.
    user: same(["~/.config/opencode/opencode.json", "~/.config/opencode/opencode.jsonc"]),
    project: ["opencode.json", "opencode.jsonc"],
    servers: [{ path: ["mcp"], shape: "map" }],
    sharedSettings: true,
  },
  {
    id: "zed",
    name: "Zed",
    format: "jsonc",
    user: { linux: ["{config}/zed/settings.json"], darwin: ["~/.config/zed/settings.json"], win32: ["{config}/Zed/settings.json"] },
    project: [".zed/settings.json"],
    servers: [{ path: ["context_servers"], shape: "map" }],
    sharedSettings: true,
  },
];

/** For a file no row names: every key any client uses, tried in this order. */
export const GENERIC_CLIENT: ClientSpec = {
  id: "generic",
  name: "MCP config",
  format: "jsonc",
  user: same([]),
  project: [],
  servers: [
    { path: ["mcpServers"], shape: "map" },
    { path: ["mcpServers"], shape: "list" },
    { path: ["servers"], shape: "map" },
    { path: ["mcp", "servers"], shape: "map" },
    { path: ["mcp.servers"], shape: "map" },
    { path: ["mcp"], shape: "map" },
    { path: ["context_servers"], shape: "map" },
    { path: ["mcp_servers"], shape: "map" },
  ],
};

/** Which client a generic file most likely belongs to, judged by the key its servers sit under. */
export function clientIdForKey(location: ServerLocation): string {
  const key = location.path.join(".");
  if (key === "context_servers") return "zed";
  if (key === "mcp_servers") return "codex";
  if (key === "mcp") return "opencode";
  if (key === "servers" || key === "mcp.servers") return "vscode";
  if (location.shape === "list") return "continue";
  return "generic";
}

export interface PathContext {
  home: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

export function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}

function configDir(ctx: PathContext): string {
  const p = pathApi(ctx.platform);
  if (ctx.platform === "win32") return ctx.env.APPDATA || p.join(ctx.env.USERPROFILE || ctx.home, "AppData", "Roaming");
  if (ctx.platform === "darwin") return p.join(ctx.home, "Library", "Application Support");
  const xdg = ctx.env.XDG_CONFIG_HOME;
  // XDG says a relative value is invalid and must be ignored.
  return xdg && p.isAbsolute(xdg) ? xdg : p.join(ctx.home, ".config");
}

/** Turns a table path template into a real path for this OS. */
export function resolveTemplate(template: string, ctx: PathContext): string {
  const p = pathApi(ctx.platform);
  const [head, ...rest] = template.split("/");
  let base: string;
  if (head === "~") base = ctx.home;
  else if (head === "{config}") base = configDir(ctx);
  else if (head === "{codex}") base = ctx.env.CODEX_HOME || p.join(ctx.home, ".codex");
  else throw new Error(`bad path template ${template}`);
  return p.join(base, ...rest);
}

export type OsKey = keyof ClientSpec["user"];
export function osKey(platform: NodeJS.Platform): OsKey {
  return platform === "win32" || platform === "darwin" ? platform : "linux";
}

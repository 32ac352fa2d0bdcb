// The known-server catalog's identifiers are unambiguous (a reported name two servers share is told apart by their
// tools), and the widely used servers added to it are recognised by the package users launch them with (or by what
// they report, their hosted endpoint or the usual config name) and get the catalog's roles; a tool an entry does not
// list still gets the heuristics' labels.
import { identifyServer, labelTool, loadKnownServers, FLOW_CONFIDENCE_THRESHOLD, type KnownServer, type Role } from "../../src/flows/index.js";
import { simplifyName } from "../../src/flows/names.js";
import { ScannedServer, type Tool } from "../../src/model.js";
import { entry } from "./servers.js";

/** A server launched as `npx -y <args...>` (or `uvx`, `docker run`), under a config name that says nothing about it. */
function launched(command: string, args: string[], extra: Partial<ScannedServer["entry"]> = {}, serverInfo?: { name: string }): ScannedServer {
  return ScannedServer.parse({ entry: { ...entry("my-tools", "/nonexistent.js"), command, args, ...extra }, status: "ok", serverInfo });
}
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: "object" } });
const roles = (labels: { role: Role; confidence: number }[]) => labels.filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role).sort();

const catalog = loadKnownServers();
const byId = (id: string): KnownServer => {
  const found = catalog.servers.find((s) => s.id === id);
  if (!found) throw new Error(`no catalog entry ${id}`);
  return found;
};

// The entries added from each server's own source; every one says where its tool list was read.
const ADDED = ["context7", "desktop-commander", "chrome-devtools", "figma-context", "mongodb", "redis", "kubernetes", "perplexity", "obsidian",
  "google-calendar", "airtable", "neon", "qdrant", "chroma", "browserbase", "elasticsearch", "terraform", "heroku", "todoist",
  // Second extension: observability and operations, commerce and AI platforms, office suites, code agents and cloud consoles.
  "grafana", "cloudflare-docs", "cloudflare-bindings", "cloudflare-observability", "datadog", "pagerduty", "aws-cloudwatch", "shopify-dev", "paypal",
  "apify", "huggingface", "pinecone", "ms-365", "box", "azure-devops", "serena", "aws-documentation", "aws-api",
  // Third extension: creative tools, desktop automation, databases, developer platforms, search and memory.
  "blender", "ableton", "netlify", "webflow", "sonarqube", "clickhouse", "neo4j", "neo4j-cypher", "neo4j-memory", "kagi",
  "macos-automator", "apple-mcp", "hubspot", "upstash", "youtube-transcript", "motherduck", "jina", "spotify", "mem0",
  // Fourth extension: work management, game engines, chat and API platforms.
  "monday", "unity", "telegram", "postman", "discord-saseq",
  // Fifth extension: e-mail senders, databases and warehouses, office files, accounting and CRM, research libraries, desktop automation.
  "resend", "mailgun", "mysql", "bigquery", "snowflake", "duckduckgo", "arxiv", "excel", "office-word", "whatsapp-lharries", "trello",
  "xero", "zotero", "windows-mcp", "google-workspace", "salesforce",
  // Sixth extension: korotovsky's Slack server split from the reference one, a headless CMS, a browser extension, workflow automation.
  "slack-korotovsky", "contentful", "browsermcp", "n8n-mcp",
  // Seventh extension: AWS Labs servers of the Docker MCP registry, each read at the commit its server.yaml pins.
  "aws-iam", "aws-dynamodb", "aws-ccapi", "aws-cfn", "aws-cloudtrail", "aws-cost-explorer", "aws-billing-cost-management", "aws-s3-tables",
  "aws-redshift", "aws-cdk", "aws-pricing"];

describe("known-server catalog identifiers", () => {
  test("the catalog loads and no package, config name or URL host belongs to two entries", () => {
    const fields = ["packages", "configNames", "urlHosts"] as const;
    const clashes: string[] = [];
    for (const field of fields) {
      const owner = new Map<string, string>();
      for (const server of catalog.servers) {
        for (const value of new Set(server[field].map((v) => v.toLowerCase()))) {
          const first = owner.get(value);
          if (first !== undefined) clashes.push(`${field} "${value}": ${first} and ${server.id}`);
          else owner.set(value, server.id);
        }
      }
    }
    expect(clashes).toEqual([]);
    expect(new Set(catalog.servers.map((s) => s.id)).size).toBe(catalog.servers.length);
  });

  test("entries that share a serverInfo name can be told apart by the tools their servers list", () => {
    // identifyServer picks among same-named entries by tool overlap, so each needs a tool the others lack.
    const claimants = new Map<string, KnownServer[]>();
    for (const server of catalog.servers) {
      for (const name of new Set(server.serverInfoNames.map((n) => n.toLowerCase()))) claimants.set(name, [...(claimants.get(name) ?? []), server]);
    }
    const indistinct: string[] = [];
    for (const [name, servers] of claimants) {
      if (servers.length < 2) continue;
      for (const server of servers) {
        const others = new Set(servers.filter((s) => s !== server).flatMap((s) => Object.keys(s.tools)));
        if (Object.keys(server.tools).every((tool) => others.has(tool))) indistinct.push(`${name}: ${server.id}`);
      }
    }
    expect(indistinct).toEqual([]);
  });

  test("each added entry is present, names its source, and is recognised by each of its config names", () => {
    for (const id of ADDED) {
      const server = byId(id);
      expect(server.source).toMatch(/^(?:github:[\w.-]+\/[\w.-]+@[0-9a-f]{40}|npm:(?:@[\w.-]+\/)?[\w.-]+@\d[\w.-]*)$/);
      expect(Object.keys(server.tools).length).toBeGreaterThan(0);
      for (const name of server.configNames) {
        expect(name).toBe(name.toLowerCase());
        expect(identifyServer(ScannedServer.parse({ entry: entry(name, "/nonexistent.js"), status: "ok" }))?.server.id).toBe(id);
      }
    }
  });

  test("every entry's config names are stored as compared (simplified), so each recognises its entry", () => {
    // A name stored unsimplified ("mcp-crypto-price") never matches: config names are simplified before comparison.
    const dead: string[] = [];
    for (const server of catalog.servers) {
      for (const name of server.configNames) {
        if (name !== simplifyName(name) || identifyServer(ScannedServer.parse({ entry: entry(name, "/nonexistent.js"), status: "ok" }))?.server.id !== server.id) {
          dead.push(`${server.id}: ${name}`);
        }
      }
    }
    expect(dead).toEqual([]);
  });

  test("entries that name a source name it as a pinned commit or a package version, and list tools", () => {
    for (const server of catalog.servers.filter((s) => s.source !== undefined)) {
      expect([server.id, server.source]).toEqual([server.id, expect.stringMatching(/^(?:github:[\w.-]+\/[\w.-]+@[0-9a-f]{40}|npm:(?:@[\w.-]+\/)?[\w.-]+@\d[\w.-]*)$/)]);
      expect(Object.keys(server.tools).length).toBeGreaterThan(0);
    }
  });

  test("no config name is a generic word that would claim unrelated servers", () => {
    const generic = ["browser", "search", "web", "db", "database", "sql", "mail", "email", "files", "docs", "cloud", "notes", "calendar", "tasks", "vector", "api", "http", "shell", "terminal", "commander", "devtools", "docker",
      "music", "windows", "mac", "macos", "apple", "memory", "transcript", "youtube", "graph", "analytics", "automation"];
    // The reference servers' own default config names (`memory`, `docker`) are theirs; no other entry claims a generic word.
    const referenceDefaults = new Set(["memory:memory", "docker:docker"]);
    for (const server of catalog.servers) {
      for (const name of server.configNames) if (!referenceDefaults.has(`${server.id}:${name}`)) expect([server.id, generic.includes(name)]).toEqual([server.id, false]);
    }
    for (const name of ["browser", "database", "calendar", "notes", "vector-db", "music", "windows-mcp", "apple-mcp", "mac"]) {
      expect(identifyServer(ScannedServer.parse({ entry: entry(name, "/nonexistent.js"), status: "ok" }))).toBeUndefined();
    }
  });
});

describe("added servers get the catalog's roles when launched by package", () => {
  const cases: { id: string; command: string; args: string[]; package: string; tool: Tool; want: Role[] }[] = [
    {
      id: "desktop-commander", command: "npx", args: ["-y", "@wonderwhy-er/desktop-commander@latest"], package: "@wonderwhy-er/desktop-commander",
      tool: tool("start_process", "Start a new terminal process with intelligent state detection."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "context7", command: "npx", args: ["-y", "@upstash/context7-mcp"], package: "@upstash/context7-mcp",
      tool: tool("query-docs", "Retrieves and queries up-to-date documentation and code examples from Context7 for any programming library or framework."),
      want: ["untrusted-content"],
    },
    {
      id: "chrome-devtools", command: "npx", args: ["chrome-devtools-mcp@latest"], package: "chrome-devtools-mcp",
      tool: tool("navigate_page", "Go to a URL, or back, forward, or reload. Use project URL if not specified otherwise."),
      want: ["public-sink", "untrusted-content"],
    },
    {
      id: "mongodb", command: "npx", args: ["-y", "mongodb-mcp-server@latest", "--readOnly"], package: "mongodb-mcp-server",
      tool: tool("aggregate", "Run an aggregation against a MongoDB collection"),
      want: ["destructive", "private-data"],
    },
    {
      id: "redis", command: "docker", args: ["run", "-i", "--rm", "mcp/redis"], package: "mcp/redis",
      tool: tool("lpop", "Remove and return the first element from a Redis list."),
      want: ["destructive", "private-data"],
    },
    {
      id: "kubernetes", command: "npx", args: ["mcp-server-kubernetes"], package: "mcp-server-kubernetes",
      tool: tool("exec_in_pod", "Execute a command in a Kubernetes pod or container and return the output."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "google-calendar", command: "npx", args: ["@cocal/google-calendar-mcp"], package: "@cocal/google-calendar-mcp",
      tool: tool("list-events", "List events from one or more calendars. Supports both calendar IDs and calendar names."),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "heroku", command: "npx", args: ["-y", "@heroku/mcp-server"], package: "@heroku/mcp-server",
      tool: tool("deploy_to_heroku", "Use for all deployments. Deploys new/existing apps, with or without teams/spaces, and env vars to Heroku."),
      want: ["destructive", "public-sink"],
    },
    {
      id: "todoist", command: "npx", args: ["@doist/todoist-mcp"], package: "@doist/todoist-mcp",
      tool: tool("add-comments", "Add multiple comments to tasks or projects. Each comment must specify either taskId or projectId."),
      want: ["public-sink"],
    },
    {
      id: "obsidian", command: "uvx", args: ["mcp-obsidian"], package: "mcp-obsidian",
      tool: tool("obsidian_append_content", "Append content to a new or existing file in the vault."),
      want: [],
    },
    {
      id: "grafana", command: "uvx", args: ["mcp-grafana"], package: "mcp-grafana",
      tool: tool("alerting_manage_rules", "Manage Grafana alert rules with full CRUD capabilities and filtering."),
      want: ["destructive", "private-data", "public-sink"],
    },
    {
      id: "grafana", command: "docker", args: ["run", "--rm", "-i", "grafana/mcp-grafana", "-t", "stdio"], package: "grafana/mcp-grafana",
      tool: tool("create_incident", "Create a new Grafana incident. Requires title, severity, and room prefix."),
      want: ["public-sink"],
    },
    {
      id: "pagerduty", command: "uvx", args: ["pagerduty-mcp", "--enable-write-tools"], package: "pagerduty-mcp",
      tool: tool("create_status_page_post", "Create a new post (incident or maintenance) on a status page."),
      want: ["public-sink"],
    },
    {
      id: "ms-365", command: "npx", args: ["-y", "@softeria/ms-365-mcp-server", "--org-mode"], package: "@softeria/ms-365-mcp-server",
      tool: tool("list-chat-messages", "List messages in a Teams chat."),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "serena", command: "uvx", args: ["--from", "git+https://github.com/oraios/serena", "serena", "start-mcp-server"], package: "git+https://github.com/oraios/serena",
      tool: tool("execute_shell_command", "Executes a shell command."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "azure-devops", command: "npx", args: ["-y", "@azure-devops/mcp", "contoso"], package: "@azure-devops/mcp",
      tool: tool("wit_work_item_comment_write", "Write operations for work item comments. Use the action parameter to specify the operation."),
      want: ["destructive", "public-sink"],
    },
    {
      id: "paypal", command: "npx", args: ["-y", "@paypal/mcp", "--tools=all"], package: "@paypal/mcp",
      tool: tool("cancel_sent_invoice", "Cancel a sent invoice."),
      want: ["destructive", "public-sink"],
    },
    {
      id: "apify", command: "npx", args: ["-y", "@apify/actors-mcp-server@latest"], package: "@apify/actors-mcp-server",
      tool: tool("call-actor", "Call any Actor from the Apify Store."),
      // "actor:tool" calls a tool of any MCP-server Actor in the Store: a catch-all (rulebook 5.3).
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "box", command: "uvx", args: ["mcp-server-box"], package: "mcp-server-box",
      tool: tool("box_file_upload_tool", "Upload content as a file to Box."),
      want: ["public-sink"],
    },
    {
      id: "aws-api", command: "uvx", args: ["awslabs.aws-api-mcp-server@latest"], package: "awslabs.aws-api-mcp-server",
      tool: tool("call_aws", "Execute AWS CLI commands with validation and proper error handling."),
      want: ["destructive", "private-data", "public-sink"],
    },
    {
      id: "aws-documentation", command: "uvx", args: ["awslabs.aws-documentation-mcp-server@latest"], package: "awslabs.aws-documentation-mcp-server",
      tool: tool("read_documentation", "Fetch and convert an AWS documentation page to markdown format."),
      want: [],
    },
    {
      id: "shopify-dev", command: "npx", args: ["-y", "@shopify/dev-mcp@latest"], package: "@shopify/dev-mcp",
      tool: tool("search_docs_chunks", "This tool will take in the user prompt, search shopify.dev, and return relevant documentation and code examples."),
      want: [],
    },
    {
      id: "datadog", command: "npx", args: ["-y", "@winor30/mcp-server-datadog"], package: "@winor30/mcp-server-datadog",
      tool: tool("get_logs", "Search and retrieve logs from Datadog"),
      want: ["private-data"],
    },
    // Third extension.
    {
      id: "blender", command: "uvx", args: ["blender-mcp"], package: "blender-mcp",
      tool: tool("execute_blender_code", "Execute arbitrary Python code in Blender. Make sure to do it step-by-step by breaking it into smaller chunks."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "blender", command: "uvx", args: ["blender-mcp"], package: "blender-mcp",
      tool: tool("get_scene_info", "Get detailed information about the current Blender scene"),
      want: ["private-data"], // the open scene is the user's work (rulebook 5.42)
    },
    {
      id: "ableton", command: "uvx", args: ["ableton-mcp"], package: "ableton-mcp",
      tool: tool("delete_clip", "Delete a clip from a Session-view clip slot."),
      want: ["destructive"],
    },
    {
      id: "netlify", command: "npx", args: ["-y", "@netlify/mcp"], package: "@netlify/mcp",
      tool: tool("netlify-deploy-services-updater", "Select and run one of the following Netlify write operations deploy-site"),
      want: ["destructive", "public-sink"],
    },
    {
      id: "sonarqube", command: "docker", args: ["run", "--init", "--pull=always", "-i", "--rm", "-e", "SONARQUBE_TOKEN", "-e", "SONARQUBE_ORG", "sonarsource/sonarqube-mcp"], package: "sonarsource/sonarqube-mcp",
      tool: tool("create_webhook", "Create a new webhook for the SonarQube organization or project."),
      want: ["public-sink"],
    },
    {
      id: "clickhouse", command: "uv", args: ["run", "--with", "mcp-clickhouse", "--python", "3.10", "mcp-clickhouse"], package: "mcp-clickhouse",
      tool: tool("run_chdb_select_query", "Run SQL in chDB, an in-process ClickHouse engine"),
      want: ["private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "neo4j", command: "python", args: ["-m", "neo4j_mcp_server"], package: "neo4j_mcp_server",
      tool: tool("read-cypher", "read-cypher can run only read-only Cypher statements."),
      // A read-only query may still be LOAD CSV FROM an agent-chosen URL (rulebook 5.3).
      want: ["private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "neo4j-cypher", command: "uvx", args: ["mcp-neo4j-cypher@0.6.0", "--transport", "stdio"], package: "mcp-neo4j-cypher",
      tool: tool("write_neo4j_cypher", "Execute a write Cypher query on the neo4j database."),
      want: ["destructive", "public-sink"],
    },
    {
      id: "kagi", command: "uvx", args: ["kagimcp"], package: "kagimcp",
      tool: tool("kagi_summarizer", "Summarize content from a URL using the Kagi.com Summarizer API."),
      want: ["public-sink", "untrusted-content"],
    },
    {
      id: "macos-automator", command: "npx", args: ["-y", "@steipete/macos-automator-mcp@latest"], package: "@steipete/macos-automator-mcp",
      tool: tool("execute_script", "Automate macOS tasks using AppleScript or JXA (JavaScript for Automation) to control applications like Terminal, Chrome, Safari, Finder, etc."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "apple-mcp", command: "bunx", args: ["--no-cache", "apple-mcp@latest"], package: "apple-mcp",
      tool: tool("messages", "Interact with Apple Messages app - send, read, schedule messages and check unread messages"),
      want: ["private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "hubspot", command: "npx", args: ["-y", "@hubspot/mcp-server"], package: "@hubspot/mcp-server",
      tool: tool("hubspot-batch-update-objects", "Updates multiple existing HubSpot objects of the same objectType in a single API call."),
      want: ["destructive"],
    },
    {
      id: "upstash", command: "npx", args: ["-y", "@upstash/mcp-server@latest", "--email", "me@example.com", "--api-key", "KEY"], package: "@upstash/mcp-server",
      tool: tool("qstash_publish_message", "Publish a message to a destination URL using QStash."),
      want: ["public-sink"],
    },
    {
      id: "motherduck", command: "uvx", args: ["mcp-server-motherduck", "--db-path", "md:", "--read-write"], package: "mcp-server-motherduck",
      tool: tool("execute_query", "Execute a SQL query on the DuckDB or MotherDuck database."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "spotify", command: "uvx", args: ["spotify-mcp"], package: "spotify-mcp",
      tool: tool("SpotifyPlaylist", "Manage Spotify playlists: get, get_tracks, add_tracks, remove_tracks, change_details, create."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "mem0", command: "uvx", args: ["mem0-mcp-server"], package: "mem0-mcp-server",
      tool: tool("delete_all_memories", "Delete every memory in the given user/agent/app/run but keep the entity."),
      want: ["destructive"],
    },
    {
      id: "youtube-transcript", command: "npx", args: ["-y", "@kimtaeyoon83/mcp-server-youtube-transcript"], package: "@kimtaeyoon83/mcp-server-youtube-transcript",
      tool: tool("get_transcript", "Extract transcript from a YouTube video URL or ID"),
      want: ["untrusted-content"],
    },
    {
      id: "webflow", command: "npx", args: ["-y", "webflow-mcp-server@latest"], package: "webflow-mcp-server",
      tool: tool("data_cms_tool", "Data tool - CMS tool to perform actions like get collection list, list collection items, create, update, publish and delete items."),
      want: ["destructive", "private-data", "public-sink"],
    },
    // Fourth extension.
    {
      id: "monday", command: "npx", args: ["-y", "@mondaydotcomorg/monday-api-mcp@latest", "-t", "TOKEN"], package: "@mondaydotcomorg/monday-api-mcp",
      tool: tool("create_update", "Create a new update (comment/post) on a monday.com item."),
      want: ["public-sink"],
    },
    {
      id: "monday", command: "npx", args: ["-y", "@mondaydotcomorg/monday-api-mcp"], package: "@mondaydotcomorg/monday-api-mcp",
      tool: tool("get_updates", "Get updates (comments/posts) from a monday.com item or board."),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "unity", command: "uvx", args: ["--from", "mcpforunityserver", "mcp-for-unity", "--transport", "stdio"], package: "mcpforunityserver",
      tool: tool("execute_code", "Execute arbitrary C# code inside the Unity Editor."),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "unity", command: "uvx", args: ["--from", "mcpforunityserver", "mcp-for-unity"], package: "mcpforunityserver",
      tool: tool("find_gameobjects", "Search for GameObjects in the scene by name, tag, layer, component type, or path. Returns instance IDs only (paginated)."),
      want: ["private-data"], // ids that reveal what the open scene holds (rulebook 5.42, section 1 derived values)
    },
    {
      id: "telegram", command: "uvx", args: ["--from", "git+https://github.com/chigwell/telegram-mcp.git@v2.0.1", "telegram-mcp"], package: "git+https://github.com/chigwell/telegram-mcp.git",
      tool: tool("get_messages", "Get paginated messages from a specific chat."),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "postman", command: "npx", args: ["@postman/postman-mcp-server", "--full"], package: "@postman/postman-mcp-server",
      tool: tool("runCollection", "Runs a Postman collection by ID with detailed test results and execution statistics."),
      // Its requests can use any method on any URL and its scripts read environment secrets: code execution (5.35).
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "discord-saseq", command: "docker", args: ["run", "--rm", "-i", "-e", "DISCORD_TOKEN", "saseq/discord-mcp:latest"], package: "saseq/discord-mcp",
      tool: tool("send_private_message", "Send a private message to a specific user"),
      want: ["public-sink"],
    },
    // Fifth extension.
    {
      id: "resend", command: "npx", args: ["-y", "resend-mcp"], package: "resend-mcp",
      tool: tool("send-broadcast", "Send (or schedule) an existing broadcast by ID."),
      want: ["public-sink"],
    },
    {
      id: "mailgun", command: "npx", args: ["-y", "@mailgun/mcp-server", "--tags", "send"], package: "@mailgun/mcp-server",
      tool: tool("put-v3-routes-id", "Update a route"),
      want: ["destructive", "public-sink"],
    },
    {
      id: "mysql", command: "uvx", args: ["--from", "mysql-mcp-server", "mysql_mcp_server"], package: "mysql_mcp_server",
      tool: tool("execute_sql", "Execute a SQL statement against the MySQL server."),
      want: ["destructive", "private-data"],
    },
    {
      // Its description asks for a SELECT, but the handler passes any statement to BigQuery, EXPORT DATA included (5.3).
      id: "bigquery", command: "uvx", args: ["mcp-server-bigquery", "--project", "p", "--location", "US"], package: "mcp-server-bigquery",
      tool: tool("execute-query", "Execute a SELECT query on the BigQuery database"),
      want: ["destructive", "private-data", "public-sink"],
    },
    {
      id: "snowflake", command: "uvx", args: ["--python=3.12", "mcp_snowflake_server", "--allow_write"], package: "mcp_snowflake_server",
      tool: tool("append_insight", "Add a data insight to the memo"),
      want: [],
    },
    {
      id: "duckduckgo", command: "uvx", args: ["duckduckgo-mcp-server"], package: "duckduckgo-mcp-server",
      tool: tool("fetch_content", "Fetch and parse content from a webpage URL."),
      want: ["public-sink", "untrusted-content"],
    },
    {
      id: "arxiv", command: "uv", args: ["tool", "run", "arxiv-mcp-server", "--storage-path", "/tmp/papers"], package: "arxiv-mcp-server",
      tool: tool("download_paper", "Download a paper from arXiv and return its text content."),
      want: ["untrusted-content"],
    },
    {
      id: "excel", command: "uvx", args: ["excel-mcp-server", "stdio"], package: "excel-mcp-server",
      tool: tool("delete_sheet_rows", "Delete rows starting from start_row."),
      want: ["destructive"],
    },
    {
      id: "office-word", command: "uvx", args: ["--from", "office-word-mcp-server", "word_mcp_server"], package: "office-word-mcp-server",
      tool: tool("get_all_comments", "Extract all comments from a Word document."),
      // rulebook 5.50: a local file's contents are private data only, whoever wrote them
      want: ["private-data"],
    },
    {
      id: "trello", command: "npx", args: ["-y", "@delorenj/mcp-server-trello"], package: "@delorenj/mcp-server-trello",
      tool: tool("update_comment", "Update the given comment with the new text"),
      want: ["destructive", "public-sink"],
    },
    {
      id: "xero", command: "npx", args: ["-y", "@xeroapi/xero-mcp-server@latest"], package: "@xeroapi/xero-mcp-server",
      tool: tool("create-invoice", "Create an invoice in Xero."),
      want: [],
    },
    {
      id: "zotero", command: "uvx", args: ["zotero-mcp-server"], package: "zotero-mcp-server",
      tool: tool("zotero_get_item_fulltext", "Return the full extracted text of a Zotero item's primary attachment (PDF or EPUB)."),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "windows-mcp", command: "uvx", args: ["windows-mcp"], package: "windows-mcp",
      tool: tool("Powershell-Tool", "Execute PowerShell commands and return the output with status code"),
      want: ["destructive", "private-data", "public-sink", "untrusted-content"],
    },
    {
      id: "google-workspace", command: "uvx", args: ["workspace-mcp", "--tools", "gmail", "drive"], package: "workspace-mcp",
      tool: tool("search_gmail_messages", "Searches messages in a user's Gmail account based on a query."),
      want: ["private-data"],
    },
    {
      id: "salesforce", command: "npx", args: ["-y", "@salesforce/mcp", "--orgs", "DEFAULT_TARGET_ORG", "--toolsets", "all"], package: "@salesforce/mcp",
      tool: tool("test_lds_graphql_query", "Tests a GraphQL query against a connected Salesforce org and returns the result."),
      want: ["destructive", "private-data"],
    },
    // Input tools that return the page when asked (`includeSnapshot`): the page's text is outsiders' text.
    {
      id: "chrome-devtools", command: "npx", args: ["chrome-devtools-mcp@latest"], package: "chrome-devtools-mcp",
      tool: tool("click", "Clicks on the provided element"),
      want: ["untrusted-content"],
    },
    // Playwright MCP's input tools write the page snapshot to a file and return only its link (playwright-core's
    // Response._build, microsoft/playwright d4e1023), so, unlike Chrome DevTools', they bring no page text in.
    {
      id: "playwright", command: "npx", args: ["@playwright/mcp@latest"], package: "@playwright/mcp",
      tool: tool("browser_click", "Perform click on a web page"),
      want: [],
    },
    // Browser MCP's input tools return the page's aria snapshot with every result.
    {
      id: "browsermcp", command: "npx", args: ["@browsermcp/mcp@latest"], package: "@browsermcp/mcp",
      tool: tool("browser_click", "Perform click on a web page"),
      want: ["untrusted-content"],
    },
    {
      id: "browsermcp", command: "npx", args: ["@browsermcp/mcp@latest"], package: "@browsermcp/mcp",
      tool: tool("browser_navigate", "Navigate to a URL"),
      want: ["public-sink", "untrusted-content"],
    },
    // korotovsky's Slack server (npm slack-mcp-server, image ghcr.io/korotovsky/slack-mcp-server) has its own tools.
    {
      id: "slack-korotovsky", command: "npx", args: ["-y", "slack-mcp-server@latest", "--transport", "stdio"], package: "slack-mcp-server",
      tool: tool("conversations_unreads", "Get unread messages across all channels."),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "slack-korotovsky", command: "docker", args: ["run", "-i", "--rm", "-e", "SLACK_MCP_XOXP_TOKEN", "ghcr.io/korotovsky/slack-mcp-server:latest", "--transport", "stdio"], package: "ghcr.io/korotovsky/slack-mcp-server",
      tool: tool("usergroups_users_update", "Replace all members of a user group with a new list."),
      want: ["destructive"],
    },
    {
      id: "slack", command: "npx", args: ["-y", "@modelcontextprotocol/server-slack"], package: "@modelcontextprotocol/server-slack",
      tool: tool("slack_get_channel_history", "Get recent messages from a channel"),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "contentful", command: "npx", args: ["-y", "@contentful/mcp-server"], package: "@contentful/mcp-server",
      tool: tool("publish_entry", "Publish an entry or multiple entries."),
      want: ["destructive", "public-sink"],
    },
    {
      id: "contentful", command: "npx", args: ["-y", "@contentful/mcp-server"], package: "@contentful/mcp-server",
      tool: tool("search_entries", "Search for specific entries in your Contentful space"),
      want: ["private-data"],
    },
    {
      id: "n8n-mcp", command: "npx", args: ["n8n-mcp"], package: "n8n-mcp",
      tool: tool("n8n_delete_workflow", "Permanently delete a workflow. This action cannot be undone."),
      want: ["destructive"],
    },
    {
      id: "n8n-mcp", command: "npx", args: ["n8n-mcp"], package: "n8n-mcp",
      tool: tool("search_nodes", "Search n8n nodes by keyword with optional real-world examples."),
      want: [],
    },
    // Entries brought up to their servers' current releases: a current tool name gets the catalog's roles.
    {
      id: "github", command: "docker", args: ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"], package: "ghcr.io/github/github-mcp-server",
      tool: tool("issue_write", "Create a new or update an existing issue in a GitHub repository."),
      want: ["destructive", "public-sink"],
    },
    {
      id: "github", command: "docker", args: ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server"], package: "ghcr.io/github/github-mcp-server",
      tool: tool("pull_request_read", "Get information on a specific pull request in GitHub repository."),
      want: ["private-data", "untrusted-content"],
    },
    {
      id: "playwright", command: "npx", args: ["@playwright/mcp@latest"], package: "@playwright/mcp",
      tool: tool("browser_cookie_list", "List all cookies (optionally filtered by domain/path)"),
      want: ["private-data"],
    },
    {
      id: "notion", command: "npx", args: ["-y", "@notionhq/notion-mcp-server"], package: "@notionhq/notion-mcp-server",
      tool: tool("API-update-page-markdown", "Update a page's content as Markdown"),
      want: ["destructive"],
    },
    {
      id: "firecrawl", command: "npx", args: ["-y", "firecrawl-mcp"], package: "firecrawl-mcp",
      tool: tool("firecrawl_monitor_delete", "Permanently delete a monitor by ID and stop its future schedule."),
      want: ["destructive"],
    },
    {
      // Now a deprecated entry point that only points to other tools, as development set 10 labels it.
      id: "firecrawl", command: "npx", args: ["-y", "firecrawl-mcp"], package: "firecrawl-mcp",
      tool: tool("firecrawl_extract", "Extract structured information from web pages using LLM capabilities."),
      want: [],
    },
    {
      id: "brave-search", command: "npx", args: ["-y", "@brave/brave-search-mcp-server", "--transport", "stdio"], package: "@brave/brave-search-mcp-server",
      tool: tool("brave_llm_context", "Retrieves pre-extracted, relevance-ranked web content using Brave's LLM Context API."),
      want: ["untrusted-content"],
    },
    {
      // Semgrep's server moved into its CLI as a subcommand; the binary's name is the launch's only package.
      id: "semgrep", command: "semgrep", args: ["mcp"], package: "semgrep",
      tool: tool("semgrep_scan", "Runs a Semgrep scan on local code files."),
      want: ["private-data"],
    },
  ];

  test.each(cases)("$id: $tool.name", ({ id, command, args, package: pkg, tool: t, want }) => {
    const server = launched(command, args);
    expect(identifyServer(server)).toEqual({ server: byId(id), by: `package ${pkg}` });
    expect(byId(id).tools[t.name]).toBeDefined();
    const labels = labelTool(server, t);
    expect(roles(labels)).toEqual(want);
    for (const l of labels) expect(l).toEqual({ role: l.role, confidence: 0.95, reason: `known server ${id}, recognised by package ${pkg}`, basis: "catalog" });
  });

  test("what a server reports and its hosted endpoint identify it too", () => {
    const byInfo = launched("node", ["build/src/index.js"], {}, { name: "chrome_devtools" });
    expect(identifyServer(byInfo)?.server.id).toBe("chrome-devtools");
    const neon = launched("", [], { transport: "http", url: "https://mcp.neon.tech/mcp" });
    // Rulebook 5.54: Neon's PostgreSQL offers no URL-reaching extension (no pg_net, http or dblink), so run_sql has no sink.
    expect(labelTool(neon, tool("run_sql", "Execute a single SQL statement against a Neon database"))).toEqual([
      { role: "private-data", confidence: 0.95, reason: "known server neon, recognised by host mcp.neon.tech", basis: "catalog" },
      { role: "destructive", confidence: 0.95, reason: "known server neon, recognised by host mcp.neon.tech", basis: "catalog" },
    ]);
  });

  test("the second extension's hosted endpoints and reported names identify their entries", () => {
    const hosted: [string, string][] = [
      ["https://bindings.mcp.cloudflare.com/mcp", "cloudflare-bindings"],
      ["https://observability.mcp.cloudflare.com/sse", "cloudflare-observability"],
      ["https://docs.mcp.cloudflare.com/mcp", "cloudflare-docs"],
      ["https://mcp.apify.com/?tools=actors,docs", "apify"],
      ["https://huggingface.co/mcp?login", "huggingface"],
    ];
    for (const [url, id] of hosted) expect(identifyServer(launched("", [], { transport: "http", url }))?.server.id).toBe(id);
    // One vendor's hosted servers share tool names (workers_list) but each is its own entry with its own tools.
    const bindings = launched("", [], { transport: "http", url: "https://bindings.mcp.cloudflare.com/mcp" });
    expect(roles(labelTool(bindings, tool("d1_database_query", "Query a D1 database in your Cloudflare account")))).toEqual(["destructive", "private-data"]);
    expect(roles(labelTool(bindings, tool("kv_namespace_delete", "Delete a kv namespace in your Cloudflare account")))).toEqual(["destructive"]);
    const docs = launched("", [], { transport: "http", url: "https://docs.mcp.cloudflare.com/mcp" });
    expect(identifyServer(docs)?.server.tools["d1_database_query"]).toBeUndefined();
    const reported: [string, string][] = [["mcp-grafana", "grafana"], ["Microsoft365MCP", "ms-365"], ["Azure DevOps MCP Server", "azure-devops"], ["PagerDuty MCP Server", "pagerduty"]];
    for (const [name, id] of reported) expect(identifyServer(launched("node", ["dist/index.js"], {}, { name }))?.server.id).toBe(id);
    const hf = launched("", [], { transport: "http", url: "https://huggingface.co/mcp" });
    expect(labelTool(hf, tool("hf_fs_write", "Write or remove files in Hugging Face repositories and buckets."))).toEqual([
      { role: "public-sink", confidence: 0.95, reason: "known server huggingface, recognised by host huggingface.co", basis: "catalog" },
      { role: "destructive", confidence: 0.95, reason: "known server huggingface, recognised by host huggingface.co", basis: "catalog" },
    ]);
  });
});

describe("the third extension's endpoints, reported names and withheld config names", () => {
  test("hosted endpoints and reported names identify their entries", () => {
    const hosted: [string, string][] = [
      ["https://mcp.webflow.com/sse", "webflow"],
      ["https://mcp.jina.ai/v1", "jina"],
      ["https://netlify-mcp.netlify.app/mcp", "netlify"],
    ];
    for (const [url, id] of hosted) expect(identifyServer(launched("", [], { transport: "http", url }))?.server.id).toBe(id);
    const reported: [string, string][] = [
      ["BlenderMCP", "blender"], ["AbletonMCP", "ableton"], ["sonarqube-mcp-server", "sonarqube"], ["macos_automator", "macos-automator"],
      ["neo4j-mcp", "neo4j"], ["mcp-neo4j-memory", "neo4j-memory"], ["mcp-clickhouse", "clickhouse"], ["Jina AI Official MCP Server", "jina"],
    ];
    for (const [name, id] of reported) expect(identifyServer(launched("node", ["dist/index.js"], {}, { name }))?.server.id).toBe(id);
  });

  test("the three Neo4j servers are told apart and keep their own tools", () => {
    const official = identifyServer(launched("docker", ["run", "-i", "--rm", "neo4j/mcp"]))?.server;
    const cypher = identifyServer(launched("uvx", ["mcp-neo4j-cypher"]))?.server;
    const memory = identifyServer(launched("uvx", ["mcp-neo4j-memory"]))?.server;
    expect([official?.id, cypher?.id, memory?.id]).toEqual(["neo4j", "neo4j-cypher", "neo4j-memory"]);
    expect(official?.tools["write-cypher"]).toEqual(["untrusted-content", "private-data", "public-sink", "destructive"]);
    expect(cypher?.tools["write-cypher"]).toBeUndefined();
    expect(memory?.tools["delete_entities"]).toEqual(["destructive"]);
  });

  test("Webflow's names from before its tools were consolidated stay in the entry (sites_publish follows rulebook 5.1)", () => {
    const remote = ScannedServer.parse({ entry: entry("webflow-remote", "/nonexistent.js"), status: "ok" });
    expect(identifyServer(remote)?.server.id).toBe("webflow");
    expect(roles(labelTool(remote, tool("sites_publish", "Publish a site to specified domains.")))).toEqual(["destructive", "public-sink"]);
    expect(roles(labelTool(remote, tool("pages_update_static_content", "Update content on a static page in secondary locales.")))).toEqual(["destructive"]);
  });

  test("bare vendor names that development sets give to unrelated servers are not claimed", () => {
    for (const name of ["hubspot", "hubspot-mcp", "spotify", "spotify-mcp", "windows-mcp", "apple-mcp"]) {
      expect(identifyServer(ScannedServer.parse({ entry: entry(name, "/nonexistent.js"), status: "ok" }))).toBeUndefined();
    }
  });
});

describe("the fourth extension's endpoints, reported names and withheld config names", () => {
  test("hosted endpoints and reported names identify their entries", () => {
    const hosted: [string, string][] = [
      ["https://mcp.monday.com/mcp", "monday"],
      ["https://mcp.postman.com/minimal", "postman"],
      ["https://mcp.eu.postman.com/mcp", "postman"],
    ];
    for (const [url, id] of hosted) expect(identifyServer(launched("", [], { transport: "http", url }))?.server.id).toBe(id);
    const reported: [string, string][] = [
      ["monday.com", "monday"], ["mcp-for-unity-server", "unity"], ["telegram", "telegram"], ["@postman/postman-mcp-server", "postman"],
      ["discord-mcp-server", "discord-saseq"], ["brave-search-mcp-server", "brave-search"],
    ];
    for (const [name, id] of reported) expect(identifyServer(launched("node", ["dist/index.js"], {}, { name }))?.server.id).toBe(id);
  });

  test("Telegram and Discord servers that development sets label under the bare names are not claimed", () => {
    for (const name of ["telegram", "telegram-mcp", "discord", "discord-mcp", "discord-mcp-server"]) {
      expect(identifyServer(ScannedServer.parse({ entry: entry(name, "/nonexistent.js"), status: "ok" }))).toBeUndefined();
    }
  });

  test("GitHub's names from before its tools were consolidated stay in the entry (the artifact URL follows rulebook 5.14)", () => {
    const gh = launched("docker", ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server"]);
    expect(roles(labelTool(gh, tool("get_issue", "Get details of a specific issue in a GitHub repository.")))).toEqual(["private-data", "untrusted-content"]);
    expect(roles(labelTool(gh, tool("download_workflow_run_artifact", "Get download URL for a workflow run artifact")))).toEqual(["private-data", "public-sink"]);
    expect(byId("playwright").tools["browser_run_code"]).toEqual(["public-sink"]);
  });
});

describe("the fifth extension's reported names and withheld config names", () => {
  test("reported names identify their entries", () => {
    const reported: [string, string][] = [
      ["resend", "resend"], ["mailgun", "mailgun"], ["mysql_mcp_server", "mysql"], ["bigquery", "bigquery"], ["snowflake", "snowflake"],
      ["ddg-search", "duckduckgo"], ["arxiv-mcp-server", "arxiv"], ["excel-mcp", "excel"], ["Word Document Server", "office-word"],
      ["whatsapp", "whatsapp-lharries"], ["trello-server", "trello"], ["Xero MCP Server", "xero"], ["Zotero", "zotero"],
      ["windows-mcp", "windows-mcp"], ["google_workspace", "google-workspace"], ["sf-mcp-server", "salesforce"],
    ];
    for (const [name, id] of reported) expect(identifyServer(launched("node", ["dist/index.js"], {}, { name }))?.server.id).toBe(id);
  });

  test("vendors' own servers are claimed by their config names; names that several community servers share are not", () => {
    const claimed: [string, string][] = [["resend", "resend"], ["resend-mcp", "resend"], ["mailgun-mcp-server", "mailgun"], ["xero", "xero"], ["word-document-server", "office-word"]];
    for (const [name, id] of claimed) {
      expect(identifyServer(ScannedServer.parse({ entry: entry(name, "/nonexistent.js"), status: "ok" }))?.server.id).toBe(id);
    }
    // A development set labels an unrelated server as salesforce-mcp; WhatsApp, Trello, Zotero, MySQL, arXiv, Excel and
    // DuckDuckGo each have several community servers with their own tools.
    for (const name of ["salesforce", "salesforce-mcp", "whatsapp", "whatsapp-mcp", "trello", "trello-mcp", "zotero", "mysql", "arxiv", "arxiv-mcp", "excel", "duckduckgo", "bigquery", "snowflake", "windows-mcp"]) {
      expect(identifyServer(ScannedServer.parse({ entry: entry(name, "/nonexistent.js"), status: "ok" }))).toBeUndefined();
    }
  });
});

describe("the sixth extension: two Slack servers told apart, reported names", () => {
  const named = (name: string, command: string, args: string[], serverInfo?: { name: string }) =>
    ScannedServer.parse({ entry: { ...entry(name, "/nonexistent.js"), command, args }, status: "ok", serverInfo });

  test("a config named slack launching the reference package is the reference server, as before", () => {
    for (const args of [["-y", "@modelcontextprotocol/server-slack"], ["run", "-i", "--rm", "mcp/slack"]]) {
      const server = named("slack", args[0] === "run" ? "docker" : "npx", args);
      expect(identifyServer(server)?.server.id).toBe("slack");
      expect(roles(labelTool(server, tool("slack_post_message", "Post a new message to a Slack channel")))).toEqual(["public-sink"]);
    }
    // Both servers report "Slack MCP Server", so neither claims that name; a bare config name still means the reference server.
    expect(identifyServer(named("slack", "node", ["dist/index.js"], { name: "Slack MCP Server" }))?.server.id).toBe("slack");
    expect(identifyServer(named("my-tools", "node", ["dist/index.js"], { name: "Slack MCP Server" }))).toBeUndefined();
  });

  test("a config named slack launching korotovsky's package is korotovsky's server, with its own tools only", () => {
    const server = named("slack", "npx", ["-y", "slack-mcp-server@latest", "--transport", "stdio"]);
    expect(identifyServer(server)).toEqual({ server: byId("slack-korotovsky"), by: "package slack-mcp-server" });
    expect(roles(labelTool(server, tool("conversations_history", "Get messages from the channel (or DM) by channel_id")))).toEqual(["private-data", "untrusted-content"]);
    expect(byId("slack").packages).not.toContain("slack-mcp-server");
    for (const name of Object.keys(byId("slack").tools)) expect(name.startsWith("slack_")).toBe(true);
    for (const name of Object.keys(byId("slack-korotovsky").tools)) expect(Object.hasOwn(byId("slack").tools, name)).toBe(false);
  });

  test("reported names identify the new entries", () => {
    const reported: [string, string][] = [["@contentful/mcp-server", "contentful"], ["Browser MCP", "browsermcp"], ["n8n-documentation-mcp", "n8n-mcp"]];
    for (const [name, id] of reported) expect(identifyServer(launched("node", ["dist/index.js"], {}, { name }))?.server.id).toBe(id);
  });
});

describe("the seventh extension: AWS Labs servers launched by PyPI package or Docker registry image", () => {
  const cases: { args: [string, string[]]; id: string; by: string; tool: string; want: Role[] }[] = [
    { args: ["uvx", ["awslabs.iam-mcp-server@latest", "--allow-write"]], id: "aws-iam", by: "awslabs.iam-mcp-server", tool: "delete_user", want: ["destructive"] },
    { args: ["docker", ["run", "-i", "--rm", "mcp/iam-mcp-server"]], id: "aws-iam", by: "mcp/iam-mcp-server", tool: "create_role", want: ["public-sink"] },
    { args: ["docker", ["run", "-i", "--rm", "mcp/ccapi-mcp-server"]], id: "aws-ccapi", by: "mcp/ccapi-mcp-server", tool: "update_resource", want: ["destructive", "public-sink"] },
    { args: ["uvx", ["awslabs.cfn-mcp-server@latest"]], id: "aws-cfn", by: "awslabs.cfn-mcp-server", tool: "get_resource", want: ["private-data"] },
    { args: ["docker", ["run", "-i", "--rm", "mcp/cloudwatch-mcp-server"]], id: "aws-cloudwatch", by: "mcp/cloudwatch-mcp-server", tool: "get_metric_data", want: ["private-data"] },
    { args: ["uvx", ["awslabs.billing-cost-management-mcp-server@latest"]], id: "aws-billing-cost-management", by: "awslabs.billing-cost-management-mcp-server", tool: "aws-pricing", want: [] },
    { args: ["docker", ["run", "-i", "--rm", "mcp/s3-tables-mcp-server"]], id: "aws-s3-tables", by: "mcp/s3-tables-mcp-server", tool: "query_database", want: ["private-data", "public-sink"] },
    { args: ["docker", ["run", "-i", "--rm", "mcp/aws-cdk-mcp-server"]], id: "aws-cdk", by: "mcp/aws-cdk-mcp-server", tool: "CDKGeneralGuidance", want: [] },
    { args: ["uvx", ["awslabs.aws-pricing-mcp-server@latest"]], id: "aws-pricing", by: "awslabs.aws-pricing-mcp-server", tool: "get_pricing", want: [] },
  ];

  test.each(cases)("$id: $tool", ({ args: [command, args], id, by, tool: name, want }) => {
    const server = launched(command, args);
    expect(identifyServer(server)).toEqual({ server: byId(id), by: `package ${by}` });
    expect(byId(id).tools[name]).toBeDefined();
    expect(roles(labelTool(server, tool(name, "")))).toEqual(want);
  });

  test("reported names identify the new entries", () => {
    const reported: [string, string][] = [
      ["awslabs.iam-mcp-server", "aws-iam"], ["dynamodb-mcp-server", "aws-dynamodb"], ["awslabs.ccapi-mcp-server", "aws-ccapi"],
      ["awslabs.cfn-mcp-server", "aws-cfn"], ["awslabs.cloudtrail-mcp-server", "aws-cloudtrail"], ["Cost Explorer MCP Server", "aws-cost-explorer"],
      ["billing-cost-management-mcp", "aws-billing-cost-management"], ["s3-tables-server", "aws-s3-tables"], ["awslabs.redshift-mcp-server", "aws-redshift"],
      ["AWS CDK MCP Server", "aws-cdk"], ["awslabs.aws-pricing-mcp-server", "aws-pricing"],
    ];
    for (const [name, id] of reported) expect(identifyServer(launched("uv", ["run", "server.py"], {}, { name }))?.server.id).toBe(id);
  });
});

describe("a tool an added entry does not list falls back to heuristics", () => {
  const cases: { id: string; command: string; args: string[]; tool: Tool; want: Role }[] = [
    // execute_command was Desktop Commander's shell tool before start_process replaced it.
    { id: "desktop-commander", command: "npx", args: ["-y", "@wonderwhy-er/desktop-commander"], tool: tool("execute_command", "Execute a terminal command with timeout."), want: "destructive" },
    { id: "mongodb", command: "npx", args: ["-y", "mongodb-mcp-server"], tool: tool("delete-one", "Removes one document that matches the filter from a MongoDB collection"), want: "destructive" },
    { id: "redis", command: "docker", args: ["run", "-i", "--rm", "mcp/redis"], tool: tool("unlink", "Delete Redis keys asynchronously."), want: "destructive" },
    // Actor tools are named after whichever Apify Actors the user adds; only the default ones are listed.
    { id: "apify", command: "npx", args: ["-y", "@apify/actors-mcp-server"], tool: tool("apify--instagram-scraper", "Scrape and download Instagram posts, profiles, places, hashtags, photos, and comments."), want: "untrusted-content" },
    // Grafana's proxied Tempo tools are registered per datasource at run time.
    { id: "grafana", command: "uvx", args: ["mcp-grafana"], tool: tool("tempo_delete_trace_data", "Delete stored trace data for a tenant from the Tempo datasource."), want: "destructive" },
    // mcp-neo4j-cypher prefixes its tools with NEO4J_NAMESPACE when one is set.
    { id: "neo4j-cypher", command: "uvx", args: ["mcp-neo4j-cypher"], tool: tool("prod-write_neo4j_cypher", "Execute a write Cypher query on the neo4j database."), want: "destructive" },
    // Webflow's long-retired kebab-case names (before 7c1e7b8) are not listed.
    { id: "webflow", command: "npx", args: ["-y", "webflow-mcp-server"], tool: tool("collections-items-update-items", "Update existing items in a CMS collection as drafts."), want: "destructive" },
    // The Google Workspace entry was read from an early commit; tools its later releases added are not listed.
    { id: "google-workspace", command: "uvx", args: ["workspace-mcp"], tool: tool("send_gmail_message", "Send an email using the user's Gmail account."), want: "public-sink" },
  ];

  test.each(cases)("$id: $tool.name", ({ id, command, args, tool: t, want }) => {
    const server = launched(command, args);
    expect(identifyServer(server)?.server.id).toBe(id);
    expect(Object.hasOwn(byId(id).tools, t.name)).toBe(false);
    const labels = labelTool(server, t);
    expect(labels).toEqual(labelTool(server, t, { noCatalog: true }));
    expect(roles(labels)).toContain(want);
    for (const l of labels) expect(l.reason).not.toMatch(/known server/);
  });
});

describe("two Kubernetes servers that both report the name \"kubernetes\"", () => {
  const named = (name: string, command: string, args: string[], serverInfo?: { name: string }) =>
    ScannedServer.parse({ entry: { ...entry(name, "/nonexistent.js"), command, args }, status: "ok", serverInfo });

  test("Flux159's server and kubectl-mcp-server started through its pip scripts are told apart by what was launched", () => {
    // Flux159/mcp-server-kubernetes (src/config/server-config.ts) and kubectl-mcp-server's `kubectl-mcp` and `kubectl-mcp-serve`
    // scripts (kubectl_mcp_tool/__main__.py, cli/cli.py) all report "kubernetes", so neither entry claims that name.
    expect(byId("kubernetes").serverInfoNames).not.toContain("kubernetes");
    expect(identifyServer(named("kubernetes", "npx", ["-y", "mcp-server-kubernetes"], { name: "kubernetes" }))?.server.id).toBe("kubernetes");
    expect(identifyServer(named("my-cluster", "docker", ["run", "-i", "--rm", "mcp/kubernetes"], { name: "kubernetes" }))?.server.id).toBe("kubernetes");
    expect(identifyServer(named("kubernetes", "kubectl-mcp", [], { name: "kubernetes" }))?.server.id).toBe("kubectl-mcp-server");
    expect(identifyServer(named("kubernetes", "kubectl-mcp-serve", ["serve"], { name: "kubernetes" }))?.server.id).toBe("kubectl-mcp-server");
    expect(identifyServer(named("k8s", "python", ["-m", "kubectl_mcp_tool"], { name: "kubernetes" }))?.server.id).toBe("kubectl-mcp-server");
    // The npm wrapper and the Docker image start kubectl_mcp_tool.mcp_server, which reports kubectl_mcp_server.
    expect(identifyServer(named("my-cluster", "node", ["dist/cli.js"], { name: "kubectl_mcp_server" }))?.server.id).toBe("kubectl-mcp-server");
    // A bare config name still means Flux159's server; a reported "kubernetes" alone decides nothing.
    expect(identifyServer(named("kubernetes", "node", ["dist/index.js"], { name: "kubernetes" }))?.server.id).toBe("kubernetes");
    expect(identifyServer(named("my-tools", "node", ["dist/index.js"], { name: "kubernetes" }))).toBeUndefined();
  });
});

describe("a server launched from PyPI is recognised however its distribution name is spelled", () => {
  test("uvx, pipx and python -m compare names as PyPI does (case, `_`, `.`, version and extras)", () => {
    const spellings: [string, string[]][] = [
      ["uvx", ["mcp_server_fetch"]],
      ["uvx", ["MCP.Server.Fetch==2025.4.7"]],
      ["/home/me/.local/bin/pipx", ["run", "mcp-server-fetch[cli]>=1"]],
      ["uvx", ["--from", "mcp__server-fetch", "mcp-server-fetch"]],
      ["python3", ["-m", "mcp_server_fetch"]],
    ];
    for (const [command, args] of spellings) expect(identifyServer(launched(command, args))).toEqual({ server: byId("fetch"), by: "package mcp-server-fetch" });
  });

  test("npm names stay exact: the spelling uvx accepts names another package under npx", () => {
    expect(identifyServer(launched("npx", ["-y", "mcp_server_fetch"]))).toBeUndefined();
    expect(identifyServer(launched("npx", ["-y", "firecrawl_mcp"]))).toBeUndefined();
    expect(identifyServer(launched("npx", ["-y", "firecrawl-mcp"]))?.server.id).toBe("firecrawl");
  });
});

describe("a server that reports another server's name", () => {
  // mark3labs' Go filesystem server reports "secure-filesystem-server", the reference filesystem server's name, but its
  // move_file overwrites an existing destination where the reference server refuses one.
  const MARK3LABS_TOOLS = ["read_file", "write_file", "list_directory", "create_directory", "copy_file", "move_file", "search_files", "get_file_info",
    "list_allowed_directories", "read_multiple_files", "tree", "delete_file", "modify_file", "search_within_files"];
  const running = (command: string, args: string[]) =>
    ScannedServer.parse({ ...launched(command, args, {}, { name: "secure-filesystem-server" }), tools: MARK3LABS_TOOLS.map((name) => tool(name, "")) });

  test("is recognised by the package it was launched from when that entry lists its tools", () => {
    const server = running("docker", ["run", "-i", "--rm", "ghcr.io/mark3labs/mcp-filesystem-server:latest", "/data"]);
    expect(identifyServer(server)).toEqual({ server: byId("mcp-filesystem-server-mark3labs"), by: "package ghcr.io/mark3labs/mcp-filesystem-server" });
    expect(roles(labelTool(server, tool("move_file", "Move or rename files and directories")))).toEqual(["destructive"]);
  });

  test("is still taken at its word when nothing it was launched from is catalogued", () => {
    const server = running("/usr/local/bin/fs-server", ["/data"]);
    expect(identifyServer(server)?.server.id).toBe("filesystem");
    expect(roles(labelTool(server, tool("move_file", "Move or rename files and directories")))).toEqual([]);
  });
});

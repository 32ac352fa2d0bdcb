// Labelling with the real reference servers, the catalog, annotations, and the hand-labelled corpus sample.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labelServer, labelTool, loadKnownServers, identifyServer, ROLES, FLOW_CONFIDENCE_THRESHOLD, type Role } from "../../src/flows/index.js";
import { ScannedServer, type Tool } from "../../src/model.js";
import { entry, startRealServers, ROOT, type RealServers } from "./servers.js";

function bare(name: string, extra: Partial<ScannedServer["entry"]> = {}, serverInfo?: { name: string }): ScannedServer {
  return ScannedServer.parse({ entry: { ...entry(name, "/nonexistent.js"), ...extra }, status: "ok", serverInfo });
}
const roles = (labels: { role: Role; confidence: number }[]) => labels.filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role).sort();

describe("labelServer on the real reference servers", () => {
  let real: RealServers;
  beforeAll(async () => {
    real = await startRealServers();
  }, 30_000);
  afterAll(() => real?.cleanup());

  test("filesystem: reading is private data, writing is destructive, nothing is untrusted or a sink", () => {
    const labels = labelServer(real.filesystem);
    expect(roles(labels["read_text_file"]!)).toEqual(["private-data"]);
    expect(roles(labels["write_file"]!)).toContain("destructive");
    expect(roles(labels["search_files"]!)).toEqual(["private-data"]);
    for (const [, l] of Object.entries(labels)) expect(roles(l)).not.toEqual(expect.arrayContaining(["untrusted-content"]));
    expect(Object.keys(labels).sort()).toEqual(real.filesystem.tools.map((t) => t.name).sort());
  });

  test("filesystem is recognised by its serverInfo, and its labels say so", () => {
    expect(identifyServer(real.filesystem)?.server.id).toBe("filesystem");
    expect(labelServer(real.filesystem)["read_text_file"]![0]!.reason).toMatch(/known server filesystem/);
    expect(labelServer(real.filesystem)["read_text_file"]![0]!.basis).toBe("catalog");
  });

  test("memory: deleting is destructive, reading the graph is private", () => {
    const labels = labelServer(real.memory);
    expect(roles(labels["delete_entities"]!)).toEqual(["destructive"]);
    expect(roles(labels["read_graph"]!)).toEqual(["private-data"]);
    expect(roles(labels["create_entities"]!)).toEqual([]);
  });

  test("the same servers without the catalog still get the main roles from annotations and heuristics", () => {
    const fsLabels = labelServer(real.filesystem, { noCatalog: true });
    expect(roles(fsLabels["read_text_file"]!)).toContain("private-data");
    expect(roles(fsLabels["write_file"]!)).toContain("destructive");
    const memLabels = labelServer(real.memory, { noCatalog: true });
    expect(roles(memLabels["delete_entities"]!)).toEqual(["destructive"]);
    // readOnlyHint rules out destructive even though nothing else is known
    for (const tool of real.memory.tools) {
      const ro = (tool.annotations as { readOnlyHint?: boolean } | undefined)?.readOnlyHint;
      if (ro) expect(roles(memLabels[tool.name]!)).not.toContain("destructive");
    }
  });

  test("fixture servers: web reader is untrusted content, mail is a sink, db has private data and a destructive tool", () => {
    expect(roles(labelServer(real.web)["fetch_page"]!)).toEqual(["public-sink", "untrusted-content"]);
    expect(roles(labelServer(real.web)["search_web"]!)).toEqual(["untrusted-content"]);
    expect(roles(labelServer(real.mail)["send_email"]!)).toEqual(["public-sink"]);
    expect(roles(labelServer(real.mail)["format_address"]!)).toEqual([]);
    expect(roles(labelServer(real.db)["run_select_query"]!)).toEqual(["private-data"]);
    expect(roles(labelServer(real.db)["drop_table"]!)).toEqual(["destructive"]);
    // The rulebook (headers of the labelled sets) counts a database's table list as its data: it says what the database holds.
    expect(roles(labelServer(real.db)["list_tables"]!)).toEqual(["private-data"]);
  });
});

describe("labelTool", () => {
  const unknown = bare("acme-tools");
  const tool = (name: string, description: string, extra: Partial<Tool> = {}): Tool => ({ name, description, ...extra });

  test("readOnlyHint overrides a destructive-sounding name", () => {
    const t = tool("reset_view", "Resets the zoom of the chart view.", { annotations: { readOnlyHint: true } });
    expect(roles(labelTool(unknown, t))).not.toContain("destructive");
    expect(roles(labelTool(unknown, { ...t, annotations: undefined }))).toContain("destructive");
  });

  test("destructiveHint true is a weak label below the flow threshold, and false rules nothing out", () => {
    // Servers mark likes and saves destructive and "clear the range" not destructive, so the hint decides no flow.
    const apply = tool("apply_changes", "Applies the pending changes.", { annotations: { destructiveHint: true } });
    const weak = labelTool(unknown, apply).find((l) => l.role === "destructive");
    expect(weak?.reason).toMatch(/annotation destructiveHint: true/);
    expect(weak!.confidence).toBeLessThan(FLOW_CONFIDENCE_THRESHOLD);
    expect(weak!.basis).toBe("annotation");
    expect(roles(labelTool(unknown, apply))).toEqual([]);
    const clear = tool("clear_range", "Clears the values of every cell in a sheet range.", { inputSchema: { type: "object", properties: { range: { type: "string" } } } });
    expect(roles(labelTool(unknown, clear))).toContain("destructive");
    expect(roles(labelTool(unknown, { ...clear, annotations: { destructiveHint: false } }))).toContain("destructive");
  });

  test("searching files is private data, not untrusted content; searching the web is untrusted content", () => {
    expect(roles(labelTool(unknown, tool("search_files", "Recursively search for files matching a pattern.")))).toEqual(["private-data"]);
    expect(roles(labelTool(unknown, tool("search_web", "Search the web for pages matching a query.")))).toEqual(["untrusted-content"]);
  });

  test("openWorldHint false rules out nothing: a closed domain still holds other people's text and reaches them", () => {
    // A calendar API is the server's own "closed" domain, yet its events are invitations written by outsiders, and a
    // fetch tool that calls itself closed-world still requests whatever URL it is given.
    const closed = { annotations: { readOnlyHint: true, openWorldHint: false } };
    const invitations = tool("list_invitations", "Lists the meeting invitations other people sent to the user, with their messages.");
    const fetchUrl = tool("fetch_url", "Fetches a URL.", { inputSchema: { type: "object", properties: { url: { type: "string" } } } });
    for (const t of [invitations, fetchUrl]) {
      expect(roles(labelTool(unknown, { ...t, ...closed }))).toEqual(roles(labelTool(unknown, t)));
    }
    expect(roles(labelTool(unknown, { ...fetchUrl, ...closed }))).toEqual(["public-sink", "untrusted-content"]);
    expect(roles(labelTool(unknown, { ...invitations, ...closed }))).toContain("untrusted-content");
  });

  test("a server is recognised by the package it launches, its URL host, or its config name", () => {
    const byPackage = bare("my-gh", { args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"] });
    expect(identifyServer(byPackage)?.server.id).toBe("github");
    const byHost = bare("work", { transport: "http", url: "https://api.githubcopilot.com/mcp/" });
    expect(identifyServer(byHost)?.server.id).toBe("github");
    expect(identifyServer(bare("slack-mcp"))?.server.id).toBe("slack");
    // The vendor's hosted endpoint under a "-remote" name is the same server; a different word after the name is not.
    expect(identifyServer(bare("stripe-remote"))?.server.id).toBe("stripe");
    expect(identifyServer(bare("github_hosted"))?.server.id).toBe("github");
    expect(identifyServer(bare("stripe-remotely"))).toBeUndefined();
    expect(identifyServer(bare("stripe-payments"))).toBeUndefined();
    expect(identifyServer(bare("acme-tools"))).toBeUndefined();
    // Deno launches name the registry in front of the package; the version after it still goes.
    const byJsr = bare("baseline", { command: "deno", args: ["run", "-A", "jsr:@yamanoku/baseline-mcp-server@0.4.0"] });
    expect(identifyServer(byJsr)?.server.id).toBe("baseline-yamanoku");
    const issue = labelTool(byPackage, tool("get_issue", "Get issue details"));
    // Outsiders write issues, and the same token reads private repositories.
    expect(issue).toEqual([
      expect.objectContaining({ role: "untrusted-content", confidence: 0.95 }),
      expect.objectContaining({ role: "private-data", confidence: 0.95 }),
    ]);
    // A config name is the user's word, so it counts a little less than the launched package.
    expect(labelTool(bare("github"), tool("get_issue", "Get issue details"))[0]!.confidence).toBeLessThan(0.95);
  });

  test("when its name and its launch point to different entries, the entry whose tools the server lists wins", () => {
    // "GitHub Tools" is what mcp-git-ingest calls itself; any server may report it.
    const listing = (...names: string[]) => ScannedServer.parse({ entry: { ...entry("gh", "/nonexistent.js"), args: ["-y", "@modelcontextprotocol/server-github"] }, status: "ok", serverInfo: { name: "GitHub Tools" }, tools: names.map((name) => ({ name, inputSchema: { type: "object" } })) });
    expect(identifyServer(listing("get_issue", "create_issue"))).toEqual(expect.objectContaining({ server: expect.objectContaining({ id: "github" }), by: "package @modelcontextprotocol/server-github" }));
    expect(identifyServer(listing("git_directory_structure", "git_read_important_files"))?.server.id).toBe("git-ingest-adhikasp");
    // With no tool to tell them apart, the server's own name is still the stronger evidence.
    expect(identifyServer(listing("something_else"))?.server.id).toBe("git-ingest-adhikasp");
    expect(identifyServer(listing())?.server.id).toBe("git-ingest-adhikasp");
    expect(roles(labelTool(listing("get_issue", "create_issue"), tool("get_issue", "Get issue details")))).toEqual(["private-data", "untrusted-content"]);
  });

  test("two servers that report the same name are told apart by the tools they list", () => {
    // pytidb's server and c4pt0r's mcp-server-tidb both call themselves "tidb".
    const reporting = (...names: string[]) => ScannedServer.parse({ entry: entry("db", "/nonexistent.js"), status: "ok", serverInfo: { name: "tidb" }, tools: names.map((name) => ({ name, inputSchema: { type: "object" } })) });
    expect(identifyServer(reporting("show_databases", "switch_database", "db_query"))?.server.id).toBe("tidb-pytidb");
    expect(identifyServer(reporting("db_query", "get_tidb_serverless_address"))?.server.id).toBe("tidb-c4pt0r");
    // Tools both list do not decide, so the entry first in the catalog stays.
    expect(identifyServer(reporting("db_query"))?.server.id).toBe("tidb-c4pt0r");
  });

  test("a server launched with credentials makes its plain read tools private data; values are never needed", () => {
    const t = tool("get_device", "Get details about a device by MAC address.");
    expect(roles(labelTool(unknown, t))).toEqual([]);
    const signedIn = bare("acme-tools", { env: { ACME_API_KEY: "x" } });
    expect(labelTool(signedIn, t)).toEqual([expect.objectContaining({ role: "private-data", reason: expect.stringMatching(/credentials/) })]);
    const withHeader = bare("acme-tools", { transport: "http", url: "https://acme.example/mcp", headers: { Authorization: "Bearer x" } });
    expect(roles(labelTool(withHeader, t))).toEqual(["private-data"]);
    expect(roles(labelTool(bare("acme-tools", { env: { LOG_LEVEL: "debug" } }), t))).toEqual([]);
  });

  test("a server whose other tools write records makes reads of its organisation records private; a read-only public server does not", () => {
    const listUsers = tool("list_users", "List users with optional filters.");
    const readOnly = ScannedServer.parse({ ...bare("acme-tools"), tools: [listUsers, tool("get_price", "Get a price.")] });
    expect(roles(labelTool(readOnly, listUsers))).toEqual([]);
    const managed = ScannedServer.parse({ ...bare("acme-tools"), tools: [listUsers, tool("delete_user", "Delete a user.")] });
    expect(labelTool(managed, listUsers)).toEqual([expect.objectContaining({ role: "private-data", reason: expect.stringMatching(/organisation's records/) })]);
    // Saying whose data it is in the description is enough without sibling tools.
    expect(roles(labelTool(readOnly, tool("list_users", "List users in your organization.")))).toEqual(["private-data"]);
  });

  test("an account's business records are private on any server, metadata words notwithstanding", () => {
    expect(roles(labelTool(unknown, tool("get_account_info", "Retrieves account information")))).toEqual(["private-data"]);
    expect(roles(labelTool(unknown, tool("list_orders", "List today's orders.")))).toEqual(["private-data"]);
  });

  test("generic nouns count as private only with an owner: a file's content, a container's logs, a git diff", () => {
    expect(roles(labelTool(unknown, tool("get_file_content", "Get the content of a file.")))).toEqual(["private-data"]);
    expect(roles(labelTool(unknown, tool("get_content", "Get the content of a UI widget.")))).toEqual([]);
    expect(roles(labelTool(unknown, tool("get_container_logs", "Get logs of a container.")))).toEqual(["private-data"]);
    expect(roles(labelTool(unknown, tool("event_get_log", "Get the event log of a transaction.")))).toEqual([]);
    expect(roles(labelTool(unknown, tool("get_documentation", "Search the product documentation for a topic.")))).toEqual([]);
  });

  test("uploading to the user's own storage is not a sink; uploading to a URL is", () => {
    expect(roles(labelTool(unknown, tool("upload_file", "Upload a file to the repository.")))).toEqual([]);
    const toUrl = tool("upload_file", "Upload a file to a URL.", { inputSchema: { type: "object", properties: { url: { type: "string" } } } });
    expect(roles(labelTool(unknown, toUrl))).toContain("public-sink");
  });

  test("a reader that also takes a URL is a sink; a reader bound to one named site is not", () => {
    expect(roles(labelTool(unknown, tool("read_file", "Read the contents of a file from the file system or a URL.")))).toEqual(["private-data", "public-sink", "untrusted-content"]);
    const oneSite = tool("wiki_fetch", "Fetch a docs.example.com page and return Markdown", { inputSchema: { type: "object", properties: { url: { type: "string" } } } });
    expect(roles(labelTool(unknown, oneSite))).toEqual(["untrusted-content"]);
  });

  test("a recipient and a body make a message sink whatever the tool is called", () => {
    const t = tool("dispatch", "Dispatches a note.", { inputSchema: { type: "object", properties: { to: { type: "string" }, body: { type: "string" } } } });
    expect(roles(labelTool(unknown, t))).toEqual(["public-sink"]);
  });

  test("replacing is destructive whatever the object; refunds cannot be taken back", () => {
    expect(roles(labelTool(unknown, tool("replace_brand", "Replace a brand.")))).toEqual(["destructive"]);
    expect(roles(labelTool(unknown, tool("create_refund", "Refund a charge.")))).toEqual(["destructive"]);
  });

  test("a tool the catalog does not list falls back to heuristics", () => {
    const gh = bare("my-gh", { args: ["@modelcontextprotocol/server-github"] });
    const labels = labelTool(gh, tool("delete_repository_everything", "Deletes a repository."));
    expect(roles(labels)).toEqual(["destructive"]);
    // A known server's unlisted tool is guessed like any other, and its basis says so.
    expect(labels.map((l) => l.basis)).toEqual(["heuristic"]);
  });
});

describe("known-server catalog", () => {
  test("the shipped catalog is valid and names every role only from the fixed set", () => {
    const catalog = loadKnownServers();
    expect(catalog.servers.length).toBeGreaterThanOrEqual(25);
    for (const s of catalog.servers) for (const r of Object.values(s.tools).flat()) expect(ROLES).toContain(r);
  });

  test("an invalid catalog fails with the file name and the place of the error", () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-"));
    try {
      const path = join(dir, "known-servers.json");
      writeFileSync(path, JSON.stringify({ version: 1, servers: [{ id: "x", tools: { t: ["exfiltrate"] } }] }));
      expect(() => loadKnownServers(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid known-server catalog at servers\\.0\\.tools\\.t\\.0`));
      writeFileSync(path, "{ not json");
      expect(() => loadKnownServers(path)).toThrow(/cannot read known-server catalog/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("labelTool: general signals", () => {
  const unknown = bare("acme-tools");
  const props = (...keys: string[]) => ({ type: "object", properties: Object.fromEntries(keys.map((k) => [k, { type: "string" }])) });
  const tool = (name: string, description: string, inputSchema: unknown = props()): Tool => ({ name, description, inputSchema });
  const on = (t: Tool, server: ScannedServer = unknown) => roles(labelTool(server, t));

  test("a Chinese description gives the same evidence as an English one", () => {
    expect(on(tool("get-site-rank", "获取少数派热榜，包含数码产品评测"))).toContain("untrusted-content");
    expect(on(tool("get-site-rank", "获取少数派排名"))).not.toContain("untrusted-content");
  });

  test("chats and support tickets are private correspondence; travel tickets and model chats are neither", () => {
    expect(on(tool("get_chat_messages", "Get messages from a team chat", props("chat_id")))).toEqual(["private-data", "untrusted-content"]);
    expect(on(tool("list_support_tickets", "List open support tickets", props("status")))).toEqual(["private-data", "untrusted-content"]);
    expect(on(tool("get_tickets", "Query remaining train tickets", props("fromStation", "toStation")))).toEqual([]);
    expect(on(tool("get_chat_completion", "Get a chat completion from a language model", props("prompt")))).toEqual([]);
  });

  test("search-engine results are untrusted; a Google product's own data is not web content", () => {
    expect(on(tool("search_google", "Search Google and return the top results", props("query")))).toContain("untrusted-content");
    expect(on(tool("search_google_drive", "Search files in Google Drive", props("query")))).not.toContain("untrusted-content");
  });

  test("a site's structure (sitemap, links) is not content, but fetching it is still a sink", () => {
    const sitemap = tool("get_sitemap_tree", "Fetch and parse the sitemap tree from a website URL", props("url"));
    expect(on(sitemap)).toEqual(["public-sink"]);
  });

  test("an app's console command is not a shell; typing into a running process is", () => {
    expect(on(tool("console_command", "Execute an Unreal console command", props("command")))).toEqual([]);
    expect(on(tool("run_command", "Run a terminal command", props("command")))).toEqual(["destructive", "private-data", "public-sink"]);
    expect(on(tool("interact_with_process", "Send input to a running process and receive the response", props("pid", "input")))).toEqual(["destructive", "private-data", "public-sink"]);
  });

  test("an overwrite or force flag on a write is destructive; unlinking a label is not", () => {
    const write = tool("write_image_metadata", "Writes metadata to an image.", props("path", "metadata"));
    expect(on(write)).toEqual([]);
    expect(on({ ...write, inputSchema: props("path", "metadata", "overwrite") })).toEqual(["destructive"]);
    expect(on(tool("remove_label", "Remove a label from an issue", props("issue", "label")))).toEqual([]);
    expect(on(tool("remove_file", "Remove a file", props("path")))).toEqual(["destructive"]);
  });

  test("drafts, checks and translations do not send; sharing and public links do", () => {
    expect(on(tool("draft_email", "Create a draft email", props("to", "subject", "body")))).toEqual([]);
    expect(on(tool("validate_email", "Validate an email address", props("email")))).toEqual([]);
    expect(on(tool("translate_text", "Translate text", props("text", "to")))).toEqual([]);
    expect(on(tool("share_file", "Share a file with another user", props("file_id", "email")))).toEqual(["public-sink"]);
    expect(on(tool("create_shared_link", "Create a shared link for a file", props("path")))).toEqual(["public-sink"]);
  });

  test("writing to a hosted repository or a live page is a sink; writing a local file is not", () => {
    const remote = tool("create_or_update_file", "Create or update a file in a GitHub repository", props("owner", "repo", "path", "content"));
    expect(on(remote)).toContain("public-sink");
    expect(on(tool("create_or_update_file", "Create or update a file in the workspace", props("path", "content")))).not.toContain("public-sink");
    expect(on(tool("update_error_page", "Update the error page. Sets the HTML that appears in the live environment.", props("html")))).toContain("public-sink");
  });

  test("a server with several asset tools makes its device reads private; one stray asset word does not", () => {
    const getDevice = tool("get_device", "Get details about a device by MAC address");
    const inventory = ScannedServer.parse({ ...bare("acme-tools"), tools: [getDevice, tool("get_subnets", "List subnets"), tool("search_hosts", "Search hosts")] });
    expect(on(getDevice, inventory)).toEqual(["private-data"]);
    const oneTool = ScannedServer.parse({ ...bare("acme-tools"), tools: [getDevice, tool("get_weather", "Get the weather")] });
    expect(on(getDevice, oneTool)).toEqual([]);
    // What a product offers is not what it stores; what an organisation configured in it is.
    const capabilities = tool("list_user_attributes", "List all user profile attributes supported by the product");
    expect(on(capabilities, ScannedServer.parse({ ...bare("acme-tools"), tools: [capabilities, tool("delete_user", "Delete a user")] }))).toEqual([]);
    const orgSchema = tool("list_user_attributes", "List all user profile attributes supported by your Acme org");
    expect(on(orgSchema, ScannedServer.parse({ ...bare("acme-tools"), tools: [orgSchema, tool("delete_user", "Delete a user")] }))).toEqual(["private-data"]);
  });

  test("a generic HTTP request, a POST included, returns untrusted content and is a sink", () => {
    expect(on(tool("http_request", "Make an HTTP request to any URL", props("url", "method")))).toEqual(["public-sink", "untrusted-content"]);
    expect(on(tool("http_post", "Send an HTTP POST request", props("url", "body")))).toEqual(["public-sink", "untrusted-content"]);
  });

  test("an in-place update of an existing record, a live record or its content is destructive; renames and status changes are not", () => {
    expect(on(tool("update_task", "Update an existing task's title and description", props("task_id", "title")))).toEqual(["destructive"]);
    expect(on(tool("modify_order", "Modify a pending order", props("order_id", "price")))).toEqual(["destructive"]);
    // A snippet, like a gist, is read by whoever has its link, so rewriting it also publishes.
    expect(on(tool("update_snippet", "Update a snippet", props("snippet_id", "content")))).toEqual(["destructive", "public-sink"]);
    // Look-alikes: a rename, a status change, a write with no content.
    expect(on(tool("update_project", "Update a project", props("project_id", "name", "color")))).toEqual([]);
    expect(on(tool("update_task_status", "Update the status of an existing task", props("task_id", "status")))).toEqual([]);
    // Round twenty-one: this upsert used to be a look-alike, but the rulebook counts an upsert that overwrites as an
    // in-place overwrite (set 20: "in-place overwrites (replace, patch, upsert, ...) are destructive"; sets 24 and 26:
    // wiki_upsert_page and put_alias, "create or update", are destructive), and new content replaces an existing note's.
    expect(on(tool("update_note", "Create or update an existing note", props("title", "content")))).toContain("destructive");
  });

  test("updates that rewrite what a record says or does are destructive; updates of public text also publish", () => {
    expect(on(tool("update_task", "Update a task", props("task_id", "title", "description", "due_date")))).toEqual(["destructive"]);
    expect(on(tool("update_group", "Update a group by ID", props("group_id", "profile")))).toEqual(["destructive"]);
    expect(on(tool("update_dispute", "Updates a dispute"))).toEqual(["destructive"]);
    expect(on(tool("scale_deployment", "Scale a deployment", props("name", "replicas")))).toEqual(["destructive"]);
    expect(on(tool("clear_cells", "Clear the content of the given cells", props("sheet", "range")))).toEqual(["destructive"]);
    expect(on(tool("upload_logo", "Upload and replace the logo for a theme", props("theme_id", "file_path")))).toContain("destructive");
    expect(on(tool("protect_document", "Add password protection to a document", props("filename", "password")))).toEqual(["destructive"]);
    expect(on(tool("update_issue", "Update an issue", props("owner", "repo", "issue_number", "title", "body")))).toEqual(["destructive", "public-sink"]);
    // An organisation's own tracker: its team reads the issue, no public.
    expect(on(tool("update_issue", "Update an existing issue in the team's tracker", props("id", "title", "description")))).toEqual(["destructive"]);
    // Hard negatives: a status or priority change, a settings page with no schema, a branch sync, an ephemeral session, a rename.
    expect(on(tool("update_task_priority", "Update the priority of a task", props("task_id", "priority")))).toEqual([]);
    expect(on(tool("update_page_settings", "Update page settings"))).toEqual(["destructive"]);
    expect(on(tool("update_preferences", "Update display preferences"))).toEqual([]);
    expect(on(tool("update_pull_request_branch", "Update the branch of a pull request", props("owner", "repo", "pull_number")))).toEqual([]);
    expect(on(tool("clear_session", "Clear a recording session", props("session_id")))).toEqual([]);
    expect(on(tool("rename_file", "Rename a file", props("path", "new_name")))).not.toContain("destructive");
    expect(on(tool("scale_image", "Scale an image to a new size", props("image", "width")))).toEqual([]);
  });

  test("after another verb an e-mail or a message is the object; pending reviews and linking issues publish nothing", () => {
    expect(on(tool("replace_email_settings", "Replace the email settings for a template", props("template_name", "recipients")))).not.toContain("public-sink");
    expect(on(tool("create_email_domain", "Create a new email domain", props("domain", "display_name")))).toEqual([]);
    expect(on(tool("create_email_customization", "Create a customization for an email template", props("template_name", "subject", "body")))).toContain("public-sink");
    expect(on(tool("create_and_send_email", "Create and send an email", props("to", "subject", "body")))).toContain("public-sink");
    expect(on(tool("create_pending_review", "Create a pending pull request review", props("pull_number")))).toEqual([]);
    // Text added to a pending review stays private until the review is submitted.
    expect(on(tool("add_comment_to_pending_review", "Add a review comment to the pending review", props("pull_number", "body")))).toEqual([]);
    expect(on(tool("submit_pending_review", "Submit the pending review", props("pull_number", "body")))).toEqual(["public-sink"]);
    expect(on(tool("send_draft", "Send an existing email draft", props("draft_id")))).toContain("public-sink");
    expect(on(tool("create_draft", "Create an email draft", props("to", "subject", "body")))).not.toContain("public-sink");
    expect(on(tool("add_sub_issue", "Add a sub-issue to an issue", props("issue_number", "sub_issue_number")))).toEqual([]);
    expect(on(tool("add_issue_comment", "Add a comment to an issue", props("issue_number", "body")))).toEqual(["public-sink"]);
  });

  test("deleting an e-mail domain sends nothing; sending an e-mail does", () => {
    expect(on(tool("delete_email_domain", "Delete an email domain by its ID", props("domain_id")))).toEqual(["destructive"]);
    expect(on(tool("send_email", "Send an email", props("to", "subject", "body")))).toContain("public-sink");
  });

  test("uploading a local file or into a page's file input is a sink; uploading into the user's own folder is not", () => {
    expect(on(tool("upload_file_from_path", "Upload files from the local filesystem", props("path")))).toContain("public-sink");
    expect(on(tool("upload_file", "Upload a file to an input[type='file'] element on the page", props("selector", "filePath")))).toContain("public-sink");
    expect(on(tool("upload_file", "Upload a file to a specific folder", props("folder_id", "name")))).not.toContain("public-sink");
  });

  test("reads scoped to the current user or gated by an administrator permission are private, and so is the signed-in user's own profile", () => {
    expect(on(tool("search_items", "Search items in the current project by name", props("prefix")))).toEqual(["private-data"]);
    expect(on(tool("list_webhooks", "List all webhooks. Requires 'Administer' permission", props("project")))).toEqual(["private-data"]);
    expect(on(tool("get_current_user", "Get current user information"))).toEqual(["private-data"]);
    expect(on(tool("get_user", "Get a user's public profile by name", props("username")))).toEqual([]);
    expect(on(tool("list_webhooks", "List all webhooks", props("project")))).toEqual([]);
  });

  test("process output and account coupons are private; the output of a formula is not", () => {
    expect(on(tool("read_process_output", "Read output from a running process", props("pid")))).toContain("private-data");
    expect(on(tool("list_coupons", "Lists coupons"))).toEqual(["private-data"]);
    expect(on(tool("get_formula_output", "Get the output of a formula", props("formula")))).toEqual([]);
  });

  test("e-mail templates and customizations are settings, not mail someone wrote", () => {
    expect(on(tool("list_email_customizations", "List all customizations for an email template", props("template_name")))).not.toContain("untrusted-content");
    expect(on(tool("list_emails", "List emails in the inbox", props("folder")))).toContain("untrusted-content");
  });

  test("on a server that creates and changes records, reading them back is the account's data; market data is not", () => {
    const ci = (...tools: Tool[]) => ScannedServer.parse({ ...bare("acme-ci"), tools: [tool("create_pipeline", "Create a pipeline", props("name")), ...tools] });
    const listPipelines = tool("list_pipelines", "List all pipelines with their current status", props("org"));
    const getJob = tool("get_job", "Get a job by ID", props("job_id"));
    expect(on(listPipelines, ci(listPipelines))).toEqual(["private-data"]);
    expect(on(getJob, ci(getJob))).toEqual(["private-data"]);
    // The same reads on a server that only reads are not tied to an account.
    expect(on(getJob)).toEqual([]);
    // Hard negatives on a record-keeping server: public prices and chain data, the caller's identity, a write that also searches.
    const quote = tool("get_quote", "Get real-time market quotes for a symbol", props("symbol"));
    const candles = tool("get_historical_data", "Get historical candlestick data", props("symbol"));
    const blocks = tool("get_block_volume", "Get total transaction output volume (sats) for a block", props("height"));
    const replace = tool("search_and_replace", "Search for text and replace all occurrences", props("find_text", "replace_text"));
    for (const t of [quote, candles, blocks, replace]) expect(on(t, ci(t))).not.toContain("private-data");
  });

  test("a listing scoped to my organisation or to what you can access is private, metadata words notwithstanding", () => {
    expect(on(tool("search_projects", "Search for issues in my organization's projects", props("projects")))).toEqual(["private-data"]);
    expect(on(tool("list_enterprises", "List the enterprises that you have access to", props("key")))).toEqual(["private-data"]);
    expect(on(tool("list_projects", "List projects", props("query")))).toEqual([]);
    expect(on(tool("list_projects", "List the public projects of the platform", props("query")))).toEqual([]);
  });

  test("a hosted repository's issues and pull requests are outsiders' text and, through the token, private repositories too", () => {
    const repo = props("owner", "repo", "pull_number");
    expect(on(tool("list_merge_requests", "List merge requests in a project", props("repo", "state")))).toEqual(["private-data", "untrusted-content"]);
    expect(on(tool("get_pull_request_reviews", "Get reviews for a pull request", repo))).toEqual(["private-data", "untrusted-content"]);
    expect(on(tool("list_discussions", "List GitLab discussions"))).toEqual(["private-data", "untrusted-content"]);
    // Hard negatives: a pull request's status or an issue's types hold no one's text; a public forum's posts are not a repository.
    expect(on(tool("get_pull_request_status", "Get the merge status of a pull request", repo))).not.toContain("untrusted-content");
    expect(on(tool("list_issue_types", "List issue types for a repository", props("owner", "repo")))).not.toContain("untrusted-content");
    expect(on(tool("list_posts", "List the latest posts on a forum", props("forum")))).not.toContain("private-data");
  });

  test("HTML read from a local file and a product's browser-isolation settings are not web content", () => {
    expect(on(tool("html_extract_text", "Extract all text from HTML", props("inputPath", "outputDir")))).not.toContain("untrusted-content");
    expect(on(tool("html_extract_text", "Extract all text from the HTML of a web page", props("url")))).toContain("untrusted-content");
    expect(on(tool("get_isolation_profile", "Get Cloud Browser Isolation profiles"))).not.toContain("untrusted-content");
    expect(on(tool("get_page_text", "Get the text of the current browser page"))).toContain("untrusted-content");
  });

  test("the text of the visible elements on a page is web content; selecting an element reads nothing", () => {
    expect(on(tool("get_text_content", "Get the text content of all visible elements on the page"))).toEqual(["untrusted-content"]);
    expect(on(tool("select_option", "Select an element on the page with a Select tag", props("selector", "value")))).not.toContain("untrusted-content");
  });
});

describe("hand-labelled corpus sample (test/flows/labels.json)", () => {
  type Labelled = { server: string; name: string; description: string; inputSchema?: unknown; roles: Role[] };
  // The file is either a bare array or { header, tools } (the header records how it was labelled).
  const data = JSON.parse(readFileSync(join(ROOT, "test", "flows", "labels.json"), "utf8")) as Labelled[] | { tools: Labelled[] };
  const labelled: Labelled[] = Array.isArray(data) ? data : data.tools;
  // The labeller looks at a tool's siblings (does the server also write records?), so each server lists the tools
  // labelled from it; the bench uses the full corpus list, which this test does not need.
  const servers = new Map<string, ScannedServer>();
  const siblings = (name: string) => {
    if (!servers.has(name)) {
      const tools = labelled.filter((l) => l.server === name).map((l) => ({ name: l.name, description: l.description, inputSchema: l.inputSchema ?? { type: "object" } }));
      servers.set(name, ScannedServer.parse({ ...bare(name), tools }));
    }
    return servers.get(name)!;
  };

  test("has at least 60 tools across servers, every role, and negatives", () => {
    expect(labelled.length).toBeGreaterThanOrEqual(60);
    expect(new Set(labelled.map((l) => l.server)).size).toBeGreaterThanOrEqual(20);
    for (const role of ROLES) expect(labelled.filter((l) => l.roles.includes(role)).length).toBeGreaterThanOrEqual(15);
    expect(labelled.filter((l) => l.roles.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  test.each([false, true])("no role falls below 80%% precision or 75%% recall (noCatalog=%s)", (noCatalog) => {
    for (const role of ROLES) {
      let tp = 0, fp = 0, fn = 0;
      for (const item of labelled) {
        const got = roles(labelTool(siblings(item.server), { name: item.name, description: item.description, inputSchema: item.inputSchema }, { noCatalog })).includes(role);
        const want = item.roles.includes(role);
        if (got && want) tp++;
        else if (got) fp++;
        else if (want) fn++;
      }
      expect({ role, precision: tp / (tp + fp) >= 0.8, recall: tp / (tp + fn) >= 0.75 }).toEqual({ role, precision: true, recall: true });
    }
  });
});

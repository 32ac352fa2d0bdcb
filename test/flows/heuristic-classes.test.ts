// Kinds of tools the labeller must tell apart, each with look-alikes that must not get the same role (texts written for these tests).
import { heuristicLabels, labelTool, FLOW_CONFIDENCE_THRESHOLD, type Role } from "../../src/flows/index.js";
import { ScannedServer, type Tool } from "../../src/model.js";
import { entry } from "./servers.js";

// heuristicLabels may give a role twice (two reasons); labelTool keeps the strongest.
const roles = (labels: { role: Role; confidence: number }[]) => [...new Set(labels.filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role))].sort();
const tool = (name: string, description: string, properties: Record<string, unknown> = {}): Tool => ({ name, description, inputSchema: { type: "object", properties } });
const str = { type: "string" };
const h = (t: Tool, context = {}) => roles(heuristicLabels(t, context));

function server(name: string, tools: Tool[] = [], extra: Partial<ScannedServer["entry"]> = {}): ScannedServer {
  return ScannedServer.parse({ entry: { ...entry(name, "/nonexistent.js"), ...extra }, status: "ok", tools });
}

describe("untrusted content: what outsiders wrote, not what a tool stored or a reference work says", () => {
  test("an encyclopedia or dictionary lookup is reference data; a forum search next to it is not", () => {
    expect(h(tool("lookup_entry", "Look up the Wikipedia entry for a topic.", { topic: str }))).toEqual([]);
    expect(h(tool("define_word", "Get the dictionary definition of a word.", { word: str }))).toEqual([]);
    expect(h(tool("search_forum", "Search forum threads for a phrase.", { q: str }))).toContain("untrusted-content");
    // A generic fetcher stays a web reader even if its description mentions an encyclopedia.
    expect(h(tool("fetch_page", "Fetch any URL, for example a Wikipedia page.", { url: str }))).toContain("untrusted-content");
  });

  test("a download that returns only a local path brings no text back, though the address it takes is still a sink", () => {
    const toDisk = tool("download_audio", "Downloads the file at a given URL and returns the path to the saved file.", { url: str });
    expect(h(toDisk)).not.toContain("untrusted-content");
    expect(h(toDisk)).toContain("public-sink");
    expect(h(tool("download_report", "Download a report and create a resource for it.", { report_id: str }))).toEqual([]);
    // A download that hands the text back is a read.
    expect(h(tool("download_article", "Download the full text of a news article.", { article_id: str }))).toContain("untrusted-content");
  });

  test("opening a form in the user's browser shows a page to the user and returns nothing", () => {
    expect(h(tool("open_survey", "Open the survey form in your browser so the user can fill it in."))).toEqual([]);
    expect(h(tool("get_page_text", "Get the text of the current web page in the browser."))).toContain("untrusted-content");
  });

  test("a scanner's findings called issues are not tracker issues that people write", () => {
    expect(h(tool("search_findings", "Search code quality issues of a project.", { project: str }))).not.toContain("untrusted-content");
    expect(h(tool("search_composition_risks", "Search for software composition analysis issues of a project.", { project: str }))).not.toContain("untrusted-content");
    expect(h(tool("search_issues", "Search issues in a repository.", { repo: str, q: str }))).toContain("untrusted-content");
  });

  test("a literature search returns abstracts that other people wrote", () => {
    expect(h(tool("search", "Search biomedical literature and clinical trials.", { query: str }))).toContain("untrusted-content");
    expect(h(tool("search", "Search clinical trials by condition.", { query: str }))).toEqual([]);
  });
});

describe("HTTP verbs to an address the model picks", () => {
  test("PUT and PATCH return the server's answer and overwrite the resource; DELETE removes it; POST returns an answer too; a webhook only delivers", () => {
    const put = h(tool("http_put", "Perform an HTTP PUT request", { url: str, value: str }));
    expect(put).toEqual(["destructive", "public-sink", "untrusted-content"]);
    expect(h(tool("http_patch", "Perform an HTTP PATCH request", { url: str, value: str }))).toEqual(["destructive", "public-sink", "untrusted-content"]);
    expect(h(tool("http_delete", "Perform an HTTP DELETE request", { url: str }))).toEqual(["destructive", "public-sink", "untrusted-content"]);
    expect(h(tool("http_post", "Perform an HTTP POST request", { url: str, value: str }))).toEqual(["public-sink", "untrusted-content"]);
    expect(h(tool("send_webhook", "Send a JSON payload to a webhook URL", { webhook_url: str, payload: str }))).toEqual(["public-sink"]);
    // No address parameter: a fixed API's update, not a request anywhere.
    expect(h(tool("put_setting", "Put a setting value.", { key: str, value: str }))).not.toContain("untrusted-content");
  });
});

describe("public reference data is nobody's private record", () => {
  test("tradeable instruments are a public list even on a trading server that places orders", () => {
    const trading = [tool("get_instruments", "Get list of all tradeable instruments", { exchange: str }), tool("cancel_order", "Cancel an order", { order_id: str })];
    const s = server("broker", trading);
    expect(roles(labelTool(s, trading[0]!, { noCatalog: true }))).toEqual([]);
    // The same server's orders are the account's.
    expect(roles(labelTool(s, tool("get_orders", "Get list of all orders for the day"), { noCatalog: true }))).toEqual(["private-data"]);
  });
});

describe("private data: the details and computations of what the user stores", () => {
  test("the details of one stored file, sheet or collection are private; a bundled template's are not", () => {
    expect(h(tool("get_file_info", "Retrieve size, owner and modification time of a file.", { path: str }))).toEqual(["private-data"]);
    expect(h(tool("get_collection_info", "Get information about a vector collection.", { collection_name: str }))).toEqual(["private-data"]);
    expect(h(tool("get_template_file_info", "Get information about a template file including layouts.", { template_path: str }))).toEqual([]);
    expect(h(tool("get_server_info", "Get information about the MCP server."))).toEqual([]);
  });

  test("a statistic over a table's column returns the table's values; changing the column is a write, not a read", () => {
    const cols = { table_name: str, column_name: str };
    expect(h(tool("detect_outliers", "Detect outliers using the IQR method.", cols))).toEqual(["private-data"]);
    expect(h(tool("column_similarity", "Calculate text similarity between columns.", cols))).toEqual(["private-data"]);
    expect(h(tool("add_column", "Add a column to a table.", cols))).not.toContain("private-data");
    expect(h(tool("detect_outliers", "Detect outliers in a list of numbers.", { values: { type: "array" } }))).toEqual([]);
  });

  test("listings and settings on a server that keeps an account's records are that account's; the product's own status, schema and options are not", () => {
    const keeps = { managesRecords: true };
    expect(h(tool("list_projects", "Get all projects."), keeps)).toEqual(["private-data"]);
    expect(h(tool("list_projects", "Get all projects."))).toEqual([]);
    expect(h(tool("list_portfolios", "List portfolios available in the product, with filtering."), keeps)).toEqual(["private-data"]);
    expect(h(tool("get_config", "Gets a stored pipeline configuration.", { configuration_id: str }), keeps)).toEqual(["private-data"]);
    expect(h(tool("get_system_status", "Get the health status of the server instance."), keeps)).toEqual([]);
    expect(h(tool("get_flow_schema", "Returns the JSON schema of flow configurations."), keeps)).toEqual([]);
    expect(h(tool("list_trigger_condition_options", "List condition picklist options for triggers.", { trigger_type: str }), keeps)).toEqual([]);
    expect(h(tool("get_usage_stats", "Get usage statistics of this tool for debugging."), keeps)).toEqual([]);
  });

  test("an administrator-only read is private even when it only describes the system", () => {
    expect(h(tool("get_system_info", "Get the system configuration. Requires 'Administer' permissions"))).toEqual(["private-data"]);
    expect(h(tool("get_system_info", "Get the system configuration."))).toEqual([]);
  });

  test("a public ledger address's balance is public data; an account's balance is not", () => {
    expect(h(tool("get_address_balance", "Get historical satoshi balances per block.", { address: str }))).toEqual([]);
    expect(h(tool("get_account_balance", "Get the balance of your trading account."))).toEqual(["private-data"]);
  });

  test("a vendor's default mail text is neither someone's mail nor the account's", () => {
    const defaults = tool("get_email_default_content", "Retrieve the default subject and body for an email template.", { template_name: str });
    expect(h(defaults)).toEqual([]);
    expect(h(tool("read_email", "Read an email from the inbox.", { id: str }))).toEqual(["private-data", "untrusted-content"]);
  });
});

describe("launch credentials as evidence of a signed-in account", () => {
  const withKey = (tools: Tool[]) => server("acme", tools, { env: { ACME_API_TOKEN: "never-read" } });
  const plain = (tools: Tool[]) => server("acme", tools, { env: { LOG_LEVEL: "debug" } });

  test("a signed-in server's record reads and listings are private; without credentials the same tools are not", () => {
    const listRecords = tool("list_assets", "List assets.");
    const listProjects = tool("list_projects", "List projects.");
    for (const t of [listRecords, listProjects]) {
      expect(roles(labelTool(withKey([t]), t, { noCatalog: true }))).toEqual(["private-data"]);
      expect(roles(labelTool(plain([t]), t, { noCatalog: true }))).toEqual([]);
    }
    // A bearer header counts like an env token.
    const viaHeader = server("acme", [listProjects], { transport: "http", url: "https://acme.example/mcp", headers: { "X-Api-Key": "never-read" } });
    expect(roles(labelTool(viaHeader, listProjects, { noCatalog: true }))).toEqual(["private-data"]);
  });

  test("an API key for public data (prices, weather) does not make that data private", () => {
    for (const t of [tool("get_stock_quote", "Get the latest stock quote for a ticker.", { ticker: str }), tool("get_weather", "Get the weather forecast for a city.", { city: str })]) {
      expect(roles(labelTool(withKey([t]), t, { noCatalog: true }))).toEqual([]);
    }
  });
});

describe("the structure of the user's database and the signed-in profile", () => {
  test("tables, columns and schemas of a database are private; a product's JSON schema and a connection's version are not", () => {
    expect(h(tool("describe_table", "Get the columns, types and constraints of a table.", { table_name: str }))).toEqual(["private-data"]);
    expect(h(tool("list_databases", "List available databases."))).toEqual(["private-data"]);
    expect(h(tool("get_schema", "Introspect labels, relationship types and property keys of the Neo4j graph."))).toEqual(["private-data"]);
    expect(h(tool("get_flow_schema", "Returns the JSON schema of flow configurations."))).toEqual([]);
    expect(h(tool("get_current_database_info", "Get the type, version and connection of the current database."))).toEqual([]);
    expect(h(tool("drop_table", "Drop a table from the database.", { table_name: str }))).not.toContain("private-data");
  });

  test("the signed-in user's profile is the account's; another user's public profile is not", () => {
    expect(h(tool("get_me", "Get details of the authenticated user."))).toEqual(["private-data"]);
    expect(h(tool("who_am_i", "Get current user information."))).toEqual(["private-data"]);
    expect(h(tool("get_user", "Get a user's public profile by ID.", { id: str }))).toEqual([]);
  });
});

describe("money that leaves cannot be called back", () => {
  test("placing a market order or paying is destructive; a quote, a basket preview or a file transfer is not", () => {
    expect(h(tool("place_order", "Place a new order in the market.", { tradingsymbol: str, quantity: str }))).toEqual(["destructive"]);
    expect(h(tool("pay_invoice", "Pay an open invoice from the account balance.", { invoice_id: str }))).toContain("destructive");
    expect(h(tool("get_order_margins", "Estimate margins for an order basket.", { orders: str }))).not.toContain("destructive");
    expect(h(tool("transfer_file", "Transfer a file to another folder.", { path: str, folder: str }))).not.toContain("destructive");
  });
});

describe("changes that the text does not call destructive", () => {
  test("a description is written text: overwriting it destroys it, while a rename or a colour change does not", () => {
    expect(h(tool("update_view_description", "Updates the description of a saved view.", { view_id: str, description: str }))).toEqual(["destructive"]);
    expect(h(tool("update_view_title", "Updates the title of a saved view.", { view_id: str, title: str }))).toEqual([]);
    expect(h(tool("update_folder_color", "Change a folder's colour.", { folder_id: str, color: str }))).toEqual([]);
  });

  test("content and settings parameters count under any prefix; parameters that only point at the record do not", () => {
    expect(h(tool("update_integration", "Update an integration by ID.", { integration_id: str, integration_settings: str }))).toEqual(["destructive"]);
    expect(h(tool("modify_index", "Modify an index's name or metadata.", { index_name: str, new_metadata: str }))).toEqual(["destructive"]);
    expect(h(tool("modify_index", "Modify an index's name.", { index_name: str, new_name: str }))).toEqual([]);
    expect(h(tool("update_link", "Update a link.", { content_id: str, new_title: str }))).toEqual([]);
  });

  test("writing a value into an existing slot replaces it; switching a preference or setting up something new does not", () => {
    expect(h(tool("set_option_value", "Set an option of the server by key.", { key: str, value: str }))).toEqual(["destructive"]);
    expect(h(tool("populate_field", "Populate a form field with text.", { field_id: str, text: str }))).toEqual(["destructive"]);
    expect(h(tool("set_default_workspace", "Set the default workspace used by other tools.", { workspace_name: str }))).toEqual([]);
    expect(h(tool("set_zoom", "Set the zoom level of the view.", { value: str }))).toEqual([]);
    expect(h(tool("set_reminder", "Set up a reminder that fires at a time.", { time: str, text: str }))).toEqual([]);
  });

  test("upgrading a running release replaces it; installing a new one or checking for an upgrade does not", () => {
    expect(h(tool("upgrade_release", "Upgrade a deployed release to a new chart version.", { release: str, version: str }))).toEqual(["destructive"]);
    expect(h(tool("upgrade_cluster", "Upgrade a cluster to a newer Kubernetes version.", { cluster_id: str }))).toEqual(["destructive"]);
    expect(h(tool("install_release", "Install a chart as a new release.", { chart: str }))).toEqual([]);
    expect(h(tool("check_upgrade", "Check whether a newer release of the chart exists.", { chart: str }))).toEqual([]);
  });

  test("reshaping an existing item's content is destructive; applying effects to a new picture or adding to an existing item is not", () => {
    expect(h(tool("apply_layout", "Apply a layout to an existing page, which rearranges its content.", { page: str, layout: str }))).toEqual(["destructive"]);
    expect(h(tool("apply_filter_effects", "Apply colour effects to a picture.", { image: str }))).toEqual([]);
    expect(h(tool("add_section", "Add a new section to an existing page with its content.", { page: str, text: str }))).toEqual([]);
  });

  test("a multi-action tool is destructive when one of its actions deletes; one that only loads and saves is not", () => {
    const withAction = (description: string, action: string) => tool("manage_items", description, { action: { type: "string", description: action }, name: str });
    expect(h(withAction("Create, move and delete items in the scene.", "What to do"))).toEqual(["destructive"]);
    expect(h(withAction("Manage items in the scene.", "Action to perform (spawn, remove, nudge)"))).toEqual(["destructive"]);
    expect(h(tool("manage_items", "Manage items.", { action: { type: "string", enum: ["create", "delete"] } }))).toEqual(["destructive"]);
    expect(h(withAction("Load, save and stream levels.", "Action to perform (load, save, stream)"))).toEqual([]);
    expect(h(withAction("Load and show items, or list them.", "Action (get, list)"))).toEqual([]);
  });
});

describe("untrusted content: fields and notices are not text that outsiders wrote", () => {
  test("download URLs listed among a record's fields are addresses, not web pages", () => {
    expect(h(tool("list_build_files", "List all files of a build, including sizes, MIME types and download URLs.", { build_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_artifact", "Get details of an artifact.", { url: { type: "string", description: "The URL of the artifact to get" } }))).not.toContain("untrusted-content");
    // A URL that names a page, or a reader of web pages, is still the web.
    expect(h(tool("get_page", "Get the text of a page.", { url: { type: "string", description: "The URL of the page to read" } }))).toContain("untrusted-content");
    expect(h(tool("search_web", "Search the web and return titles, snippets and URLs.", { q: str }))).toContain("untrusted-content");
  });

  test("the token owner's profile is the account's own record, its e-mail address a field; reading mail is not", () => {
    const owner = tool("token_owner", "Get details about the user account that owns the API token, including name, email and avatar.");
    expect(h(tool("current_user", "Get details about the user account that owns the API token, including name, email and avatar."))).toEqual(["private-data"]);
    expect(h(owner)).not.toContain("untrusted-content");
    expect(h(tool("get_emails", "Get the latest emails in the inbox.", { limit: str }))).toContain("untrusted-content");
  });

  test("points of interest around a coordinate are map data; places with their reviews are what visitors wrote", () => {
    const around = { latitude: str, longitude: str, radius: str };
    expect(h(tool("find_nearby_places", "Find points of interest and amenities near a location.", around))).toEqual([]);
    expect(h(tool("find_nearby_places", "Find nearby places with their reviews and ratings.", around))).toContain("untrusted-content");
    expect(h(tool("search_restaurants", "Search restaurants in a city.", { city: str }))).toContain("untrusted-content");
  });

  test("a tool's own notices to the user are not messages that someone sent", () => {
    expect(h(tool("get_price_alert", "Set up price alerts and display messages when conditions are met.", { ticker: str, msg: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_messages", "Get the latest messages in a channel.", { channel: str }))).toContain("untrusted-content");
  });

  test("JavaScript run in the open page returns what the page produces and can send it anywhere", () => {
    expect(h(tool("page_evaluate", "Execute JavaScript in the browser console", { script: str }))).toEqual(["public-sink", "untrusted-content"]);
    // JavaScript run by a local interpreter, not inside a page someone else wrote.
    expect(h(tool("run_snippet", "Run a JavaScript snippet in a sandboxed interpreter.", { code: str }))).not.toContain("untrusted-content");
  });

  test("a hosted repository's commits and tags carry text its contributors wrote; a local commit does not read anything", () => {
    const repo = { owner: str, repo: str, sha: str };
    expect(h(tool("get_commit", "Get details for a commit from a GitHub repository", repo))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("get_tag", "Get a tag from a repository", { owner: str, repo: str, tag: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("git_commit", "Records changes to the repository", { repo_path: str, message: str }))).not.toContain("untrusted-content");
  });
});

describe("uploads that leave the machine or go on show", () => {
  test("a logo or theme image is shown on the organisation's pages, and a file from a local path leaves the machine", () => {
    expect(h(tool("upload_brand_logo", "Upload and replace the logo for a theme.", { theme_id: str, file_path: str }))).toEqual(["destructive", "public-sink"]);
    expect(h(tool("upload_file", "Upload a file to the storage service.", { file_path: str, folder_id: str }))).toContain("public-sink");
    // Content handed over by the agent into the user's own document store stays there.
    expect(h(tool("upload_file", "Upload a file to a folder in the document store.", { folder_id: str, file_name: str, content: str }))).not.toContain("public-sink");
  });
});

describe("private data: the tool's own working state and the engine's facts are not stored data", () => {
  const keeps = { managesRecords: true };

  test("a statistic over two named columns returns the table's values, whatever the column parameters are called", () => {
    expect(h(tool("regression", "Perform linear regression between two variables.", { table_name: str, x_column: str, y_column: str }))).toEqual(["private-data"]);
    expect(h(tool("correlation", "Calculate correlation between two columns.", { table_name: str, column_x: str, column_y: str }))).toEqual(["private-data"]);
    expect(h(tool("rename_column", "Rename a column of a table.", { table_name: str, old_column: str, new_column: str }))).not.toContain("private-data");
  });

  test("a list named after a create verb is what gets created, not a read", () => {
    expect(h(tool("create_task_list", "Create a new task list in a group.", { group_id: str, name: str }), keeps)).toEqual([]);
    expect(h(tool("delete_log", "Delete a log stream.", { log_id: str }), keeps)).not.toContain("private-data");
    expect(h(tool("list_task_lists", "List the task lists in a group.", { group_id: str }), keeps)).toEqual(["private-data"]);
  });

  test("presentations loaded in this session, terminal and recording sessions are the tool's state; login sessions are the organisation's", () => {
    expect(h(tool("list_presentations", "List all loaded presentations."), keeps)).toEqual([]);
    expect(h(tool("list_sessions", "List all active terminal sessions with their PID and runtime."), keeps)).toEqual([]);
    expect(h(tool("get_recording_session", "Get information about a code generation session.", { session_id: str }), keeps)).toEqual([]);
    expect(h(tool("list_user_sessions", "List a user's sign-in sessions in the organization.", { user_id: str }), keeps)).toEqual(["private-data"]);
  });

  test("loading a file to get a handle back is not reading its content; reading it is", () => {
    expect(h(tool("load_audio", "Loads an audio file and returns the path to the decoded samples.", { file_path: str }))).toEqual([]);
    expect(h(tool("read_audio_tags", "Read the tags of an audio file.", { file_path: str }))).toEqual(["private-data"]);
  });

  test("a database engine's dialect or syntax help is a product fact; a query is the data", () => {
    expect(h(tool("get_sql_dialect", "Gets the name of the SQL dialect used by the project's database."), keeps)).toEqual([]);
    expect(h(tool("run_sql_query", "Run a read-only SQL SELECT query on the database.", { sql: str }), keeps)).toEqual(["private-data"]);
  });
});

describe("owner words with a product name in between", () => {
  test("\"in your Acme organization\" scopes a listing to the account; a public marketplace listing is not", () => {
    expect(h(tool("list_agents", "Get the list of all Agents in your Acme organization."))).toEqual(["private-data"]);
    expect(h(tool("get_agent_details", "Get the details of a specific Agent in your Acme organization."))).toEqual(["private-data"]);
    expect(h(tool("list_agents", "Get the list of agents published in the public marketplace."))).toEqual([]);
    expect(h(tool("list_agents", "Get the list of agent types supported by the product."))).toEqual([]);
  });
});

describe("public look-ups that use private-sounding words", () => {
  test("a lunar or holiday calendar is reference data; the user's calendar is private", () => {
    expect(h(tool("getChineseCalendar", "Get the Chinese almanac entry for a date.", { date: str }))).toEqual([]);
    expect(h(tool("get_holiday_calendar", "Get public holidays for a country and year.", { country: str }))).toEqual([]);
    // Events are invitations whose text the organisers wrote, so the user's calendar is outsiders' text too.
    expect(h(tool("list_calendar_events", "List events in the user's calendar.", { from: str }))).toEqual(["private-data", "untrusted-content"]);
  });

  test("a public database named by its site is not the user's store; the user's own database is", () => {
    expect(h(tool("variant_search", "Search MyVariant.info for genetic variant database records.", { gene: str }))).toEqual([]);
    expect(h(tool("compound_search", "Search pubchem.org database records for a compound.", { name: str }))).toEqual([]);
    expect(h(tool("search_records", "Search records in the database.", { q: str }))).toEqual(["private-data"]);
  });
});

describe("a code host's public profiles, advisories and repository searches", () => {
  test("security advisories are written by outside reporters; a repository's or an organisation's also include private ones", () => {
    expect(h(tool("list_repo_advisories", "List security advisories for a repository", { owner: str, repo: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("list_org_advisories", "List security advisories for an organization's repositories", { org: str }))).toEqual(["private-data", "untrusted-content"]);
    // The global database is public: outsiders' words, nobody's private data.
    expect(h(tool("get_global_advisory", "Get a global security advisory from GitHub", { ghsa_id: str }))).toEqual(["untrusted-content"]);
    // An advisory count from a package registry stays public package data.
    expect(h(tool("count_vulnerabilities", "Count known vulnerabilities of an npm package", { name: str }))).toEqual([]);
  });

  test("users and organisations on a code host are public profiles; repository and code searches also reach private repositories; trending lists do not", () => {
    expect(h(tool("search_users", "Search users on GitHub", { query: str }))).toEqual(["untrusted-content"]);
    expect(h(tool("search_orgs", "Search organizations on GitHub", { query: str }))).toEqual(["untrusted-content"]);
    expect(h(tool("search_repositories", "Find GitHub repositories by name, description or readme", { query: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("get_trending_repositories", "Get trending repositories on GitHub", { language: str }))).toEqual(["untrusted-content"]);
    // Users of the organisation's own directory are its records, not public profiles.
    expect(h(tool("search_users", "Search users in the directory", { query: str }))).not.toContain("untrusted-content");
  });
});

// Kinds of tools that return an account's own records or remove and overwrite them (round fourteen), with look-alikes that must not (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a server prefix before the verb that sends a draft or forwards to a recipient", () => {
  test("sending a draft behind a prefix sends it; forwarding behind a prefix reaches the recipient", () => {
    expect(h(tool("mailbox_send_draft", "Send a previously saved draft.", { draft_id: str }))).toContain("public-sink");
    expect(h(tool("acme_forward_note", "Forward a note.", { note_id: str, recipient: str }))).toContain("public-sink");
  });
  test("hard negatives: saving a draft behind a prefix, or forwarding a port, reaches no one", () => {
    expect(h(tool("mailbox_save_draft", "Save a draft for later.", { subject: str, body: str, to: str }))).not.toContain("public-sink");
    expect(h(tool("acme_forward_port", "Forward a local port to a container.", { port: str }))).not.toContain("public-sink");
  });
});

describe("moving items to the trash", () => {
  test("trashing a message or moving a file to the bin throws it away", () => {
    expect(h(tool("trash_message", "Put a message in the trash folder.", { message_id: str }))).toContain("destructive");
    expect(h(tool("move_to_trash", "Move a mail to the configured trash folder.", { folder: str, uid: str }))).toContain("destructive");
    expect(h(tool("move_file_to_recycle_bin", "Moves a stored file into the recycle bin.", { file_id: str }))).toContain("destructive");
  });
  test("hard negatives: listing the trash or moving something back out of it removes nothing", () => {
    expect(h(tool("list_trash", "List items in the trash.", {}))).not.toContain("destructive");
    expect(h(tool("move_from_trash", "Move an item out of the trash back to its folder.", { item_id: str }))).not.toContain("destructive");
    expect(h(tool("move_message", "Move a message to another folder.", { message_id: str, folder: str }))).not.toContain("destructive");
  });
});

describe("comments on the items of a team's own workspace", () => {
  test("comments on a task, a wiki page or a tracker issue are the team's own records as well as people's words", () => {
    expect(h(tool("get_task_comments", "Fetch every comment left on one task.", { task_id: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("list_comments", "Retrieve the comments under a wiki page.", { page_id: str }))).toContain("private-data");
    expect(h(tool("fetch_issue_comments", "Return the comments of a tracker issue.", { issue_key: str }))).toContain("private-data");
  });
  test("hard negatives: comments on a public video, a blog post or a social thread are outsiders' text only", () => {
    expect(h(tool("get_video_comments", "Get the comments of a YouTube video.", { video_id: str }))).not.toContain("private-data");
    expect(h(tool("list_comments", "List the comments on a blog post.", { post_id: str }))).not.toContain("private-data");
    expect(h(tool("get_thread_comments", "Get the comments of a Reddit thread, page by page.", { thread_id: str, page: str }))).not.toContain("private-data");
  });
});

describe("reading as one of the user's configured accounts", () => {
  const account = { type: "string", description: "Which configured account to operate as; omit for the default one." };
  test("a read that picks which of the user's accounts to act as returns that account's items", () => {
    expect(h(tool("get_post_insights", "Reach and impressions of one post.", { post_id: str, account }))).toContain("private-data");
    expect(h(tool("list_subscribers", "List the subscribers.", { account: { type: "string", description: "Account to run this tool as." } }))).toContain("private-data");
  });
  test("hard negatives: the clock, the product's choices or posts that merely tag the account are no account's records", () => {
    expect(h(tool("get_current_time", "Get the current time.", { account }))).not.toContain("private-data");
    expect(h(tool("list_colors", "List the colours available for events.", { account }))).not.toContain("private-data");
    expect(h(tool("list_tagged_media", "List public posts in which other people tagged the account.", { account }))).not.toContain("private-data");
    expect(h(tool("get_post_insights", "Reach and impressions of one post.", { post_id: str, account: { type: "string", description: "Account id." } }))).not.toContain("private-data");
  });
});

describe("an account's business figures named without a verb", () => {
  const range = { start_date: str, end_date: str };
  test("a summary, a breakdown or a rate of the account's sales or customers is computed from its own records", () => {
    expect(h(tool("revenue_by_region", "Revenue broken down by shipping region.", range))).toContain("private-data");
    expect(h(tool("churned_customers_report", "Customers who stopped buying during the period.", range))).toContain("private-data");
    expect(h(tool("orders_trend", "Daily order counts for a date range.", range))).toContain("private-data");
  });
  test("hard negatives: a sales tax rate, a market summary or a pricing calculator is public", () => {
    expect(h(tool("sales_tax_rate", "Sales tax rate for a postal code.", { zip: str }))).not.toContain("private-data");
    expect(h(tool("market_summary", "Summary of the stock market for the day.", {}))).not.toContain("private-data");
    expect(h(tool("revenue_calculator", "Estimate revenue from a price and a number of customers.", { price: str, customers: str }))).not.toContain("private-data");
  });
});

describe("reading an organisation's own wiki, tracker, help desk or CRM", () => {
  test("searching or fetching content of a named workspace product returns the organisation's own pages and records", () => {
    expect(h(tool("wiki_search", "Search Confluence pages and blog entries with a query.", { query: str }))).toContain("private-data");
    expect(h(tool("get_content", "Get a Notion block's content by id.", { id: str }))).toContain("private-data");
  });
  test("hard negatives: the product's documentation, its available options or its server status are not the organisation's data", () => {
    expect(h(tool("search_docs", "Search the Confluence documentation for an answer.", { query: str }))).not.toContain("private-data");
    expect(h(tool("list_field_types", "List the field types available in Airtable.", {}))).not.toContain("private-data");
    expect(h(tool("get_server_status", "Get the status of the Jira server.", {}))).not.toContain("private-data");
    expect(h(tool("search_and_replace", "Search and replace text on a Confluence page.", { page_id: str, find: str, replacement: str }))).not.toContain("private-data");
  });
});

describe("catch-all tools named by the HTTP methods they call", () => {
  const op = { operation: str, params: { type: "object" } };
  test("PUT, PATCH or DELETE operations overwrite or remove; a forge's POST or GET operations write or read what its users see", () => {
    expect(h(tool("forge_edit", "Forge edit operations (PUT/PATCH). Pass operation='help' for the list.", op))).toContain("destructive");
    expect(h(tool("api_admin_write", "Admin write operations (POST/PUT/DELETE /admin/*).", op))).toContain("destructive");
    expect(h(tool("codeberg_create", "Codeberg create operations (POST).", op))).toContain("public-sink");
    expect(h(tool("gitlab_read", "GitLab read operations (GET).", op))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: a list of an API's methods, a single-purpose tool, or creating on a non-forge API", () => {
    expect(h(tool("list_endpoints", "List the API's endpoints with their methods (GET/POST/PUT/DELETE).", { operation: str }))).not.toContain("destructive");
    expect(h(tool("crm_create", "CRM create operations (POST).", op))).not.toContain("public-sink");
    expect(h(tool("forge_ping", "Check the forge is up (GET /version).", {}))).toEqual([]);
  });
});

describe("clearing a field's value or setting a list to exactly what is given", () => {
  test("a cleared custom field or a list replaced wholesale loses what it held", () => {
    expect(h(tool("clear_custom_field", "Clear one custom field value on a record.", { record_id: str, field_id: str }))).toContain("destructive");
    expect(h(tool("set_project_members", "Set the members of a project to exactly the given list, dropping anyone not in it.", { project_id: str, member_ids: { type: "array" } }))).toContain("destructive");
  });
  test("hard negatives: clearing a search filter or the screen, or adding to a list, keeps every stored value", () => {
    expect(h(tool("clear_filters", "Clear the active search filters in the view.", {}))).not.toContain("destructive");
    expect(h(tool("clear_screen", "Clear the terminal screen.", {}))).not.toContain("destructive");
    expect(h(tool("add_project_members", "Add people to a project.", { project_id: str, member_ids: { type: "array" } }))).not.toContain("destructive");
  });
});

describe("the operated account's own profile and media are not outsiders' web content", () => {
  const account = { type: "string", description: "Configured account to operate as." };
  test("presence, a website listed among profile fields, and the account's own media read no one else's text", () => {
    expect(h(tool("get_online_followers", "When the account's followers are online, by hour.", { account }))).toEqual(["private-data"]);
    expect(h(tool("get_profile", "Fetch the operated account's profile: username, biography, website and follower counts.", { account }))).toEqual(["private-data"]);
    expect(h(tool("get_media_item", "Fetch one Instagram photo or video of the account by id.", { media_id: str, account }))).toEqual(["private-data"]);
  });
  test("hard negatives: online search, a website to read, and posts that tag the account stay outsiders' content", () => {
    expect(h(tool("search_online", "Search online for news about a company.", { query: str }))).toContain("untrusted-content");
    expect(h(tool("read_website", "Read the text of a website.", { url: str }))).toContain("untrusted-content");
    expect(h(tool("list_tagged_posts", "Instagram posts by other people that tag the account.", { account }))).toContain("untrusted-content");
  });
});

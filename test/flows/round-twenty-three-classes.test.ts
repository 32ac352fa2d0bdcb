// Round twenty-three: kinds of tools seen across the development sets, mostly messengers, analytics, admin and wallet
// servers (texts written for these tests, not taken from them).
import { h, str, tool } from "./class-helpers.js";

const records = { managesRecords: true };
const chat = { ...records, talk: "private" as const };
const forum = { talk: "public" as const };
const arr = (items: Record<string, unknown> = { type: "string" }) => ({ type: "array", items });

describe("analytics of the user's conversations with a contact", () => {
  test("counts, reply times and who writes first are computed from the user's own messages", () => {
    expect(h(tool("texting_habits", "Per-contact texting stats: message counts, average reply time and busiest hours.", { contact: str, since: str }), chat)).toContain("private-data");
    expect(h(tool("reply_speed", "Response time analytics: how quickly each contact answers your messages.", { contact_id: str }), chat)).toContain("private-data");
    expect(h(tool("conversation_openers", "Shows, per contact, which side starts conversations after a quiet period.", { contact: str, gap_hours: str }))).toContain("private-data");
  });
  test("the first message exchanged with a contact is the user's correspondence and someone's words", () => {
    const oldest = h(tool("oldest_and_newest", "The earliest and the most recent message ever exchanged with a contact.", { contact: str }), chat);
    expect(oldest).toContain("private-data");
    expect(oldest).toContain("untrusted-content");
  });
  test("one reply thread on a messenger is the user's chat", () => {
    expect(h(tool("get_thread", "Reconstruct a reply thread from its originating id, with the parent and all replies in order.", { thread_guid: str }), chat)).toContain("private-data");
  });
  test("hard negatives: writing to a contact, the messaging API's own usage, a thread on a public forum", () => {
    expect(h(tool("message_contact", "Send a text message to a contact.", { contact: str, text: str }), chat)).not.toContain("private-data");
    expect(h(tool("api_stats", "Usage statistics of the messaging API key: requests per day.", {}))).not.toContain("private-data");
    expect(h(tool("get_thread", "Reconstruct a reply thread from its originating id, with the parent and all replies in order.", { thread_guid: str }), forum)).not.toContain("private-data");
  });
});

describe("performance analytics of the account's own posts, campaigns, mailings or site", () => {
  test("reach, campaign KPIs, mailing totals and a property's report are the account's figures", () => {
    expect(h(tool("reel_insights", "Get performance insights for one of the account's reels: reach, impressions and saves.", { reel_id: str }))).toContain("private-data");
    expect(h(tool("campaign_kpis", "Fetch performance metrics for one marketing campaign over a date range.", { campaign_id: str, start: str, end: str }))).toContain("private-data");
    expect(h(tool("newsletter_totals", "Aggregate open, click and bounce stats across all marketing emails sent in a period.", { start: str, end: str }))).toContain("private-data");
    expect(h(tool("run_report", "Retrieve traffic figures with built-in sampling safeguards.", { metrics: arr(), dimensions: arr(), start_date: str, end_date: str }))).toContain("private-data");
  });
  test("hard negatives: a public hashtag's stats, the server's own performance, any video's public counts, a chart drawn from given data", () => {
    expect(h(tool("hashtag_stats", "Engagement statistics for a public hashtag across recent posts.", { tag: str }))).not.toContain("private-data");
    expect(h(tool("server_metrics", "Get performance metrics of this server: CPU, memory and uptime.", {}))).not.toContain("private-data");
    expect(h(tool("video_counts", "Get public view and like counts for any video.", { video_id: str }))).not.toContain("private-data");
    expect(h(tool("draw_chart", "Draw a chart from the rows given.", { metrics: arr(), dimensions: arr(), rows: arr() }))).not.toContain("private-data");
  });
});

describe("the vocabulary an account configured for itself", () => {
  test("configured types, a team's labels, a community's custom emojis and an organisation's tax codes are its settings", () => {
    expect(h(tool("list_task_types", "List the task types configured in the workspace.", {}))).toContain("private-data");
    expect(h(tool("team_labels", "List the labels available in a team.", { team_id: str }))).toContain("private-data");
    expect(h(tool("guild_emojis", "List the custom emojis of a community server.", { guild_id: str }))).toContain("private-data");
    expect(h(tool("list_tax_codes", "Lists the tax codes set up for the connected organisation.", {}))).toContain("private-data");
  });
  test("hard negatives: formats a converter supports, the languages on offer, a public store's categories", () => {
    expect(h(tool("list_output_formats", "List the output formats the converter supports.", {}))).toEqual([]);
    expect(h(tool("list_languages", "List available languages.", {}))).toEqual([]);
    expect(h(tool("list_categories", "List the categories of the public app store.", {}))).not.toContain("private-data");
  });
});

describe("the summary of one of the account's meetings", () => {
  test("a recap of what was said is the meeting's participants' words, and the account's", () => {
    const recap = h(tool("get_digest", "Get the assistant-written summary of a recorded meeting: overview, key topics and next steps.", { instance_id: str }));
    expect(recap).toContain("private-data");
    expect(recap).toContain("untrusted-content");
  });
  test("hard negatives: summarising text handed in, scheduling a meeting", () => {
    expect(h(tool("summarize_text", "Summarise the text given.", { text: str }))).toEqual([]);
    expect(h(tool("schedule_meeting", "Schedule a meeting and return its summary line.", { topic: str, start: str }))).not.toContain("private-data");
  });
});

describe("a record's field values written over", () => {
  test("attributes, custom fields, a variable's value and column values replace what the record held", () => {
    expect(h(tool("update_asset_object", "Update an object's attributes.", { object_id: str, attributes: arr() }))).toContain("destructive");
    expect(h(tool("update_case", "Update a case's properties (status, owner, custom fields).", { case_id: str, status: str, owner_id: str, custom_fields: arr() }))).toContain("destructive");
    expect(h(tool("update_variable", "Update an environment variable.", { variable_id: str, value: str }))).toContain("destructive");
    expect(h(tool("change_row_values", "Change the column values of an item on a board.", { board_id: str, item_id: str, column_values: str }))).toContain("destructive");
    expect(h(tool("set_item_tags", "Set tags on a conversation. By default this replaces all existing tags.", { conversation_id: str, tags: arr() }))).toContain("destructive");
  });
  test("hard negatives: a title, a status, a theme, tags added beside the old ones, a wizard's own fields", () => {
    expect(h(tool("wizard_update_fields", "Update field values in the wizard state before the record is created.", { fields: arr() }))).not.toContain("destructive");
    expect(h(tool("update_task_title", "Update a task's title.", { task_id: str, title: str }))).not.toContain("destructive");
    expect(h(tool("update_status", "Update a task's status.", { task_id: str, status: str }))).not.toContain("destructive");
    expect(h(tool("change_theme", "Change the editor theme.", { theme: str }))).toEqual([]);
    expect(h(tool("add_tags", "Add tags to a conversation, keeping the existing ones.", { conversation_id: str, tags: arr() }))).not.toContain("destructive");
  });
});

describe("a key rotated, a security policy or a member's power level set", () => {
  test("the old key stops working, limits and ranks are overwritten", () => {
    expect(h(tool("rotate_signing_key", "Rotate the signing key: the old key is disabled and a new one generated.", { wallet_id: str }))).toContain("destructive");
    expect(h(tool("roll_secret", "Regenerate the client secret of an app; the current secret stops working.", { app_id: str }))).toContain("destructive");
    expect(h(tool("security_policy_set", "Update the account's security policy (spending limits, allowed destinations).", { account: str, policy: str }))).toContain("destructive");
    expect(h(tool("set_member_level", "Set the power level of a member in a room.", { room_id: str, user_id: str, level: str }))).toContain("destructive");
  });
  test("hard negatives: rotating an image, reading or creating a policy, listing keys", () => {
    expect(h(tool("rotate_image", "Rotate an image by 90 degrees.", { image: str, degrees: str }))).not.toContain("destructive");
    expect(h(tool("get_policy", "Get the account's security policy.", { account: str }))).not.toContain("destructive");
    expect(h(tool("create_policy", "Create a new security policy.", { name: str, rules: arr() }))).not.toContain("destructive");
    expect(h(tool("list_api_keys", "List the API keys of the project.", {}))).not.toContain("destructive");
  });
});

describe("a signed transaction submitted to a network", () => {
  test("once broadcast, the transfer leaves the wallet for good", () => {
    const tx = h(tool("broadcast_tx", "Broadcast a signed transaction to the network.", { signed_tx: str }));
    expect(tx).toContain("public-sink");
    expect(tx).toContain("destructive");
    expect(h(tool("relay_signed", "Submit a signed transaction blob to the ledger.", { tx_blob: str, network: str }))).toContain("destructive");
  });
  test("hard negatives: signing locally, a dry run, a lookup by hash", () => {
    expect(h(tool("sign_tx", "Sign a transaction locally without submitting it.", { unsigned_tx: str }))).toEqual([]);
    expect(h(tool("simulate_tx", "Simulate a signed transaction without broadcasting it.", { signed_tx: str }))).not.toContain("public-sink");
    expect(h(tool("get_tx", "Get a transaction by hash.", { hash: str }))).not.toContain("destructive");
  });
});

describe("media uploaded to a social network as a post", () => {
  test("the pictures are published to the account's followers", () => {
    expect(h(tool("upload_pictures", "Upload one to ten pictures as a carousel post.", { files: arr() }))).toContain("public-sink");
    expect(h(tool("put_photo", "Upload a photo as a new post on your feed.", { image: str }))).toContain("public-sink");
  });
  test("hard negatives: a photo into a private album", () => {
    expect(h(tool("upload_photo", "Upload a photo to your private album.", { image: str }))).not.toContain("public-sink");
    // Rulebook 5.22 (tenth session): an upload into an object store's bucket is a sink, no post but a shareable place.
    expect(h(tool("upload_backup", "Upload a backup archive to your storage bucket.", { archive: str }))).toContain("public-sink");
  });
});

describe("the code an instance or a workspace stores, searched or analysed", () => {
  test("a search over the instance's scripts and an analysis of a project file or a source tree return the organisation's code", () => {
    expect(h(tool("grep_scripts", "Regex search over the automation scripts stored in the instance.", { pattern: str }))).toContain("private-data");
    expect(h(tool("find_handlers", "Keyword search across server-side code types (rules, handlers, client scripts).", { query: str }))).toContain("private-data");
    expect(h(tool("PackageGraph", "Returns the packages referenced by a project, with paging.", { projectFilePath: str, page: str }))).toContain("private-data");
    expect(h(tool("dead_code_report", "Analyse downloaded sources offline and report unused functions.", { source_root: str }))).toContain("private-data");
  });
  test("hard negatives: official samples, public code, an RSS search across sources, formatting code handed in", () => {
    expect(h(tool("search_code_samples", "Search official code samples and examples from the documentation.", { query: str }))).not.toContain("private-data");
    expect(h(tool("search_public_code", "Search public code across open-source repositories.", { query: str }))).not.toContain("private-data");
    expect(h(tool("search_items", "Search articles across the reader's sources.", { query: str }))).not.toContain("private-data");
    expect(h(tool("format_code", "Format the code given.", { code: str }))).not.toContain("private-data");
  });
});

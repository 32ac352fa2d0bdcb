// Round twenty-six (records and removals): kinds of tools of content systems, payment accounts, cloud drives and
// business APIs (texts written for these tests, not taken from any label set).
import { h, str, tool } from "./class-helpers.js";

const records = { managesRecords: true };
const bool = { type: "boolean" };

describe('"web" naming one of the account\'s settings, not the web', () => {
  test("a web profile, web settings or a web app's configuration is the account's own configuration", () => {
    for (const t of [
      tool("list_web_profiles", "List the store's web checkout profiles", {}),
      tool("get_web_app_profile", "Get a web app profile of the account", { profile_id: str }),
      tool("read_website_config", "Read the website configuration of a shop", { shop_id: str }),
    ]) {
      const roles = h(t, records);
      expect(roles).not.toContain("untrusted-content");
      expect(roles).toContain("private-data");
    }
    // Hard negatives: web content, web search, people's public profiles, a page at a URL.
    expect(h(tool("get_web_content", "Get the text of a web page", { page_id: str }), records)).toContain("untrusted-content");
    expect(h(tool("web_search_profiles", "Search public profiles of people on the web", { query: str }), records)).toContain("untrusted-content");
    expect(h(tool("get_web_page", "Download the page at an address and return its text", { url: str }), records)).toContain("untrusted-content");
    expect(h(tool("read_web_profile", "Read a person's profile from the web", { url: str }), records)).toContain("untrusted-content");
  });
});

describe("a stored draft or a content model published over what the live site serves", () => {
  test("publishing drafts replaces the live entries; publishing a content model applies its draft schema", () => {
    expect(h(tool("publish_pages", "Publishes one or more draft pages of the site", { page_ids: { type: "array" } }), records)).toContain("destructive");
    expect(h(tool("publish_post_revision", "Publishes the saved draft of a post in a given language", { post_id: str, language: str }), records)).toContain("destructive");
    expect(h(tool("publish_schema", "Publish a schema", { schema_id: str }), records)).toContain("destructive");
    // Rulebook 5.1 (tenth session): the live API now serves the new model, so the publication is a sink too.
    expect(h(tool("publish_content_model", "Publish the content model of a collection", { model_id: str }), records)).toEqual(["destructive", "public-sink"]);
    // Hard negatives: publishing a new post, a publish tool that only makes a draft, a read of drafts, a read of a published schema.
    expect(h(tool("publish_announcement", "Publish a new announcement to the page's followers", { text: str }), records)).not.toContain("destructive");
    expect(h(tool("publish_story", "Create a new story draft in the editor", { title: str, body: str }), records)).not.toContain("destructive");
    expect(h(tool("list_drafts_to_publish", "List the draft pages waiting to be published", {}), records)).not.toContain("destructive");
    expect(h(tool("get_published_schema", "Get the published schema of a collection", { schema_id: str }), records)).not.toContain("destructive");
  });
  test("a content model's publication changes what the live API serves: a sink (rulebook 5.1, tenth session)", () => {
    expect(h(tool("publish_schema", "Publish a schema", { schema_id: str }), records)).toContain("public-sink");
    expect(h(tool("publish_content_types", "Publish content types", { ids: { type: "array" } }), records)).toContain("public-sink");
    expect(h(tool("publish_model", "Publish the model", { model_id: str }), records)).toContain("public-sink");
  });
});

describe("a new entry or section created with a switch that publishes it", () => {
  test("the record's data and a publish switch put it on the site", () => {
    expect(h(tool("create_item", "Creates a new item of a collection type", { collection: str, data: { type: "object" }, publish: bool }), records)).toContain("public-sink");
    expect(h(tool("add_block_to_page", "Add a section to a page at a position", { page_id: str, section: { type: "object" }, publish: bool }), records)).toContain("public-sink");
    expect(h(tool("insert_record_version", "Insert a translated version of an existing record", { record_id: str, fields: { type: "object" }, auto_publish: bool }), records)).toContain("public-sink");
    // Hard negatives: a reorder with the switch, a read filtered by it, a create without it, a draft create.
    expect(h(tool("reorder_sections", "Move a section to another position", { page_id: str, from: { type: "number" }, to: { type: "number" }, publish: bool }), records)).not.toContain("public-sink");
    expect(h(tool("list_items", "List items of a collection", { collection: str, published: bool }), records)).not.toContain("public-sink");
    expect(h(tool("create_item", "Creates a new item of a collection type", { collection: str, data: { type: "object" } }), records)).not.toContain("public-sink");
    expect(h(tool("create_draft_item", "Creates a draft item", { collection: str, data: { type: "object" }, publish: bool }), records)).not.toContain("public-sink");
  });
});

describe("money captured or paid out for good", () => {
  test("capturing an authorised payment and sending a payout cannot be undone; a payout's receivers get its note", () => {
    expect(h(tool("capture_payment_intent", "Capture the funds of an authorized payment intent", { intent_id: str }), records)).toContain("destructive");
    expect(h(tool("capture_charge", "Capture a previously authorised charge", { charge_id: str, amount: str }), records)).toContain("destructive");
    expect(h(tool("capture_authorization", "Capture an authorization on an order", { authorization_id: str }), records)).toContain("destructive");
    const payout = tool("send_payout", "Run a payout batch", { batch: { type: "object" }, items: { type: "array", items: { type: "object", properties: { receiver: str, amount: str, note: str } } } });
    expect(h(payout, records)).toEqual(["destructive", "public-sink"]);
    expect(h(tool("initiate_payouts", "Start payouts to bank accounts", { recipients: { type: "array" }, amount: str }), records)).toEqual(["destructive", "public-sink"]);
    // Hard negatives: a screenshot or an error captured, reading or listing payouts, a fee estimate.
    expect(h(tool("capture_screenshot", "Capture a screenshot of the current order page", {}), records)).not.toContain("destructive");
    expect(h(tool("capture_exception", "Capture an error with its payment context to the tracker", { error: str }), records)).not.toContain("destructive");
    expect(h(tool("get_payout", "Get a payout batch", { payout_id: str }), records)).not.toContain("destructive");
    expect(h(tool("list_payouts", "List the payouts of the account", {}), records)).not.toContain("destructive");
    expect(h(tool("estimate_payout_fees", "Estimate the fees of a payout", { amount: str }), records)).not.toContain("destructive");
  });
});

describe("a move, a copy or an upload that replaces what is already at the destination", () => {
  test("the description says an existing destination is replaced, or offers an overwrite rule", () => {
    expect(h(tool("move_item", "Move an item to another folder. If the target file already exists, it will be overwritten.", { item_id: str, folder_id: str }), records)).toContain("destructive");
    expect(h(tool("copy_object", "Copy an object between buckets. When the destination exists it is replaced.", { source: str, target: str }), records)).toContain("destructive");
    expect(h(tool("upload_directory", "Upload a local directory to the drive.\n  on_conflict: what to do with a taken name, 'skip', 'rename' or 'overwrite'", { local_dir: str, on_conflict: str }), records)).toContain("destructive");
    // Hard negatives: a move that refuses to replace, a conflict rule without overwrite, a read of a transfer, a plain rename.
    expect(h(tool("move_item", "Move an item to another folder. If the target file already exists, it will not be overwritten.", { item_id: str, folder_id: str }), records)).not.toContain("destructive");
    expect(h(tool("upload_directory", "Upload a local directory to the drive.\n  on_conflict: 'skip' or 'rename'", { local_dir: str, on_conflict: str }), records)).not.toContain("destructive");
    expect(h(tool("get_transfer", "Get a transfer. If the destination exists, it will be replaced by the next sync.", { transfer_id: str }), records)).not.toContain("destructive");
    expect(h(tool("rename_folder", "Rename a folder in the drive", { folder_id: str, name: str }), records)).not.toContain("destructive");
  });
});

describe("any call of the signed-in service's own API, by method and path", () => {
  const method = { type: "string", enum: ["GET", "POST", "PUT", "DELETE"] };
  test("a path and a method that can write and delete: the service's records read, overwritten and removed", () => {
    for (const t of [
      tool("direct_api", "Send a raw request to the service's API", { path: str, method, body: { type: "object" } }),
      tool("cms_call", "Perform any REST call against the CMS", { endpoint: { type: "string", description: "API path such as api/pages" }, method }),
      tool("admin_request", "Issue an admin API request", { route: str, method: { type: "string", description: "GET, POST, PUT or DELETE" } }),
    ]) expect(h(t, records)).toEqual(expect.arrayContaining(["destructive", "private-data"]));
    // Hard negatives: a read-only method set, an address the model picks, no method at all.
    expect(h(tool("direct_api", "Send a raw request to the service's API", { path: str, method: { type: "string", enum: ["GET", "HEAD"] } }), records)).not.toContain("destructive");
    expect(h(tool("cms_call", "Perform a call against the CMS", { endpoint: { type: "string", description: "The full URL to call" }, method }), {})).not.toContain("private-data");
    expect(h(tool("api_docs_lookup", "Look up the documentation of an API path", { path: str }), {})).not.toContain("destructive");
  });
});

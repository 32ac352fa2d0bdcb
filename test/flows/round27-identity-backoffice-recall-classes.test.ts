// Round twenty-seven (recall): an identity provider's records, users signed out, a business's order, payment and stock
// checks, a platform's hot list, webhooks and calls aimed where the agent says, a messaging setup replaced (texts
// written for these tests, not taken from any label set). Each test holds positives that must get the role and near
// misses that must not.
import { h, str, tool, num } from "./class-helpers.js";
import { runsIdentityRealm } from "../../src/flows/identity.js";

const realm = { identityRealm: true };
const backOffice = { backOffice: true };

describe("an identity provider's records are private data", () => {
  test("two tools about realms, sign-in statistics or users' sessions make a server an identity provider", () => {
    expect(runsIdentityRealm([tool("tenant_login_failures", "Show login failures per hour"), tool("list_tenant_users", "List users"), tool("realm_roles", "List every realm role")])).toBe(true);
    expect(runsIdentityRealm([tool("user_sessions", "List the active sessions of a user"), tool("sso_apps", "List SAML applications")])).toBe(true);
    expect(runsIdentityRealm([tool("lockout_state", "Check the brute-force lockout state of an account"), tool("signin_history", "Get login events of the last day")])).toBe(true);
    // Near misses: a scraper that logs itself in, a chat server's own session, a game's realm list alone.
    expect(runsIdentityRealm([tool("open_login_page", "Open the login page"), tool("check_login_status", "Check the login status of the browser")])).toBe(false);
    expect(runsIdentityRealm([tool("start_session", "Start a new chat session"), tool("end_session", "End the current session")])).toBe(false);
    expect(runsIdentityRealm([tool("realm_status", "Get the status of a game realm"), tool("character_profile", "Get a character's profile")])).toBe(false);
    // On such a server, its directory and its clients are the organisation's own.
    expect(h(tool("group_people", "Get people in a group", { group: str }), realm)).toContain("private-data");
    expect(h(tool("group_people", "Get people in a group", { group: str }))).not.toContain("private-data");
  });

  test("sign-in statistics, lock-outs and users' sessions are the organisation's own, and so is an identity provider's directory", () => {
    for (const [t, ctx] of [
      [tool("signin_failures_by_country", "Get login failure statistics grouped by country", { since: str }), {}],
      [tool("fetch_lockout", "Check whether an account is locked out by brute-force protection", { account: str }), {}],
      [tool("sessions_of_member", "Get active sessions for a user, with addresses and start times", { member: str }), {}],
      [tool("directory_groups", "List all groups", { max: num }), realm],
      [tool("tally_accounts", "Get the total number of users", {}), realm],
    ] as const) expect(h(t, ctx)).toContain("private-data");
    // Near misses: the tool's own login state, a public game realm, a chat bot's own session, the vendor's documentation on an identity provider.
    expect(h(tool("check_login_status", "Check the login status of the current browser session", {}))).not.toContain("private-data");
    expect(h(tool("realm_population", "Get population figures of a public game world", { world: str }))).not.toContain("private-data");
    expect(h(tool("describe_session", "Describe the current chat session's settings", {}))).not.toContain("private-data");
    expect(h(tool("search_admin_guide", "Search the administration guide", { query: str }), realm)).not.toContain("private-data");
  });
});

describe("a user signed out of every session is destructive", () => {
  test("ending another user's sessions cuts off their work", () => {
    for (const t of [
      tool("signout_member", "Sign a member out of every device", { member_id: str }),
      tool("kick_user_sessions", "Revoke all active sessions of the given user", { user_id: str }),
      tool("force_logout", "Log the account out everywhere", { username: str }),
    ]) expect(h(t)).toContain("destructive");
    // Near misses: the tool's own sign-out, a read of sessions, a logout page's address.
    expect(h(tool("logout", "Log out of the service and forget the local token", {}))).not.toContain("destructive");
    expect(h(tool("list_user_sessions", "List the active sessions of a user", { user_id: str }))).not.toContain("destructive");
    expect(h(tool("get_logout_url", "Get the logout URL for a user", { username: str }))).not.toContain("destructive");
  });

  test('"brute force" names an attack, not a forcing action', () => {
    for (const t of [
      tool("get_brute_force_lock", "Show whether an account is locked", { account: str }),
      tool("brute_force_settings", "Read the brute force detection settings", {}),
      tool("list_brute_force_events", "List recent lockouts", { since: str }),
    ]) expect(h(t)).not.toContain("destructive");
    // Near misses: a forced push or a forced overwrite still forces.
    expect(h(tool("force_push", "Force push a branch to the remote", { branch: str }))).toContain("destructive");
    expect(h(tool("force_sync", "Force a mirror to match its source", { mirror: str }))).toContain("destructive");
    expect(h(tool("force_release", "Force the release of a held batch", { batch_id: str }))).toContain("destructive");
  });
});

describe("a business's own order, payment and stock checks are private data", () => {
  test("a status check of an order or a payment reads the business's record of it", () => {
    for (const t of [
      tool("check_shipment_status", "Return the delivery state of an order", { order_id: str }),
      tool("payment_state_lookup", "Check the payment status of an order", { order_number: str }),
      tool("track-order-status", "Returns where an order is and when it arrives", { orderNo: str }),
    ]) expect(h(t)).toContain("private-data");
    // Near misses: a service's own status, a parcel carrier's public tracking by code, a check of a build's status.
    expect(h(tool("check_status", "Check whether the API is up", {}))).not.toContain("private-data");
    expect(h(tool("check_pipeline_status", "Check the status of a build pipeline", { pipeline: str }))).not.toContain("private-data");
    expect(h(tool("status_page", "Get the public status page of a vendor", { vendor: str }))).not.toContain("private-data");
  });

  test("on a back office, stock on hand and a product found by its number are the business's own", () => {
    for (const t of [
      tool("warehouse_quantity", "Return the available stock of an article", { sku: str }),
      tool("stock_levels", "Get stock levels for a product", { product_id: str }),
      tool("find_product_by_number", "Find a product by its number", { product_number: str }),
    ]) expect(h(t, backOffice)).toContain("private-data");
    // Near misses: shares on a market, a catalogue shipped as a file, the same read outside a back office.
    expect(h(tool("stock_alert", "Get a price alert for a stock symbol", { symbol: str }), backOffice)).not.toContain("private-data");
    expect(h(tool("catalogue_by_number", "Find a product by its number in the bundled CSV catalog", { product_number: str }), backOffice)).not.toContain("private-data");
    expect(h(tool("stock_levels", "Get stock levels for a product", { product_id: str }))).not.toContain("private-data");
  });
});

describe("a platform's hot list is untrusted content", () => {
  test("what strangers are posting about now", () => {
    for (const t of [
      tool("hot_searches", "Get the hot search list of a site", { category: str }),
      tool("fetch_hot_topics", "Fetch the hot topics of the day", {}),
      tool("board_hot", "Get hot posts of a board", { board: str }),
    ]) expect(h(t)).toContain("untrusted-content");
    // Near misses: a hotel list, a hotkey list, a hot-reload status.
    expect(h(tool("get_hotkeys", "Get the list of hotkeys", {}))).not.toContain("untrusted-content");
    expect(h(tool("hot_reload_status", "Get the hot reload state of the dev server", {}))).not.toContain("untrusted-content");
    expect(h(tool("get_hot_water_temp", "Get the hot water temperature of the boiler", {}))).not.toContain("untrusted-content");
  });
});

describe("webhooks and calls aimed where the agent says are sinks", () => {
  test("a create or an update whose documented arguments point the service's webhooks at a URL", () => {
    const doc = (what: string) => `${what}.\n\n    Args:\n        name: Optional. A name.\n        webhook_url: Optional. The URL where webhooks for this item will be sent.\n`;
    for (const t of [
      tool("create_voice_app", doc("Create a voice application"), { request: { type: "object" } }),
      tool("update_number_pool", doc("Update a number pool"), { pool_id: str, request: { type: "object" } }),
      tool("set_inbox_config", "Set an inbox's configuration.\n callback_url: URL to which events are posted.", { inbox: str, request: { type: "object" } }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a read of the same object, a create with no address, a webhook list.
    expect(h(tool("get_voice_app", doc("Get a voice application"), { id: str }))).not.toContain("public-sink");
    expect(h(tool("create_voice_app", "Create a voice application.\n name: Optional. A name.", { request: { type: "object" } }))).not.toContain("public-sink");
    expect(h(tool("list_webhook_deliveries", "List webhook deliveries.\n webhook_url: filter by the URL where webhooks are sent.", { request: { type: "object" } }))).not.toContain("public-sink");
  });

  test("an outbound call to a number the agent picks", () => {
    for (const t of [
      tool("start_agent_call", "Start a call with a voice agent", { agent_id: str, to: str }),
      tool("place_call", "Place an outbound phone call", { to_number: str, from_number: str }),
      tool("dial", "Dial a number and connect the bot", { destination: str }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a read of calls, a call started with no number, a function call.
    expect(h(tool("get_call", "Get a call's details", { call_id: str }))).not.toContain("public-sink");
    expect(h(tool("start_call_recording", "Start recording the call in progress", { call_id: str }))).not.toContain("public-sink");
    expect(h(tool("make_function_call", "Make a function call in the sandbox", { fn: str }))).not.toContain("public-sink");
  });
});

describe("a messaging account's sending setup replaced in place is destructive", () => {
  test("the profile or the settings it sends with are overwritten", () => {
    for (const t of [
      tool("update_sms_settings", "Update a number's SMS settings", { number_id: str, request: { type: "object" } }),
      tool("modify_sender_profile", "Modify a sender profile", { profile_id: str, request: { type: "object" } }),
      tool("edit_messaging_config", "Edit the messaging configuration of an account", { account: str, request: { type: "object" } }),
    ]) expect(h(t)).toContain("destructive");
    // Near misses: reads and creates of the same, an update of a non-messaging profile's display.
    expect(h(tool("get_sms_settings", "Get a number's SMS settings", { number_id: str }))).not.toContain("destructive");
    expect(h(tool("create_sender_profile", "Create a sender profile", { name: str }))).not.toContain("destructive");
    expect(h(tool("update_theme_settings", "Update the theme settings of the dashboard", { theme: str }))).not.toContain("destructive");
  });
});

const principals = { type: "object", properties: { readers: { type: "object", properties: { names: { type: "array", items: str }, roles: { type: "array", items: str } } } } };

describe("a data store's access grants replaced are a sink and destructive", () => {
  test("principals the agent names may read the store, and the old grants are gone", () => {
    for (const t of [
      tool("put_collection_security", "Put the security object of a collection", { collection: str, security: principals }),
      tool("update_db_access", "Update access permissions for a database", { db: str, grants: { type: "array", items: { type: "object", properties: { principal: str, level: str } } } }),
      tool("set_bucket_acl", "Set the ACL of a bucket", { bucket: str, acl: { type: "object", properties: { grantees: { type: "array", items: str } } } }),
    ]) expect(h(t)).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    // Near misses: a read of the grants, a security setting with no one named, a create of a database.
    expect(h(tool("get_collection_security", "Get the security object of a collection", { collection: str }))).not.toContain("public-sink");
    expect(h(tool("set_db_security_mode", "Set the security mode for a database", { db: str, mode: str }))).not.toContain("public-sink");
    expect(h(tool("create_database", "Create a database with the given members", { name: str, security: principals }))).not.toContain("public-sink");
  });
});

describe("a replication to a target the agent names is a sink", () => {
  test("the store's documents are copied wherever the target says", () => {
    for (const t of [
      tool("start_replication", "Start replicating a database", { job: { type: "object", properties: { source: str, target: str } } }),
      tool("add-replication-job", "Add a replication job", { source: str, destination: str }),
      tool("trigger_replication", "Trigger a one-off replication", { spec: { type: "object", properties: { remote: str } } }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a read of replications, a replica count, a replication with no target.
    expect(h(tool("list_replications", "List replication jobs", { target: str }))).not.toContain("public-sink");
    expect(h(tool("set_replica_count", "Set the number of replicas", { count: num }))).not.toContain("public-sink");
    expect(h(tool("start_replication", "Start the configured replication", { job_id: str }))).not.toContain("public-sink");
  });
});

describe("expiry rules for a store's objects are destructive", () => {
  test("objects are deleted when they come due", () => {
    for (const t of [
      tool("put_bucket_lifecycle", "Put lifecycle rules on a bucket", { bucket: str, rules: { type: "array", items: str } }),
      tool("update_retention", "Update the retention policy of a stream", { stream: str, days: num }),
      tool("configure_archive", "Configure expiration rules for a container's blobs", { container: str, days: num }),
    ]) expect(h(t)).toContain("destructive");
    // Near misses: a read of the rules, a token's expiry read, a product's lifecycle stage read.
    expect(h(tool("get_bucket_lifecycle", "Get lifecycle rules of a bucket", { bucket: str }))).not.toContain("destructive");
    expect(h(tool("get_token_expiry", "Get when the token expires", {}))).not.toContain("destructive");
    expect(h(tool("describe_lifecycle_stage", "Describe a product's lifecycle stage", { product: str }))).not.toContain("destructive");
  });
});

describe("the tool's own sign-in link is no read of records", () => {
  test("an authorisation address is handed back, whatever product it names", () => {
    for (const t of [
      tool("oauth_url", "Generate an OAuth 2.0 authorization URL for the Xero sign-in flow", {}),
      tool("connect_account", "Get a login link for connecting your Salesforce account", {}),
      tool("begin_auth", "Build the consent URL for HubSpot", {}),
    ]) expect(h(t)).not.toContain("private-data");
    // Near misses: reads of the same products' records keep their role.
    expect(h(tool("xero_invoices", "Get the invoices in Xero", {}))).toContain("private-data");
    expect(h(tool("salesforce_leads", "List the leads in Salesforce", {}))).toContain("private-data");
    expect(h(tool("hubspot_contacts", "Get contacts from HubSpot", {}))).toContain("private-data");
  });
});

describe("a forward or a reply that only saves a draft is no sink", () => {
  test("the description says nothing is transmitted", () => {
    const to = { to: { type: "array", items: str }, body: str };
    for (const t of [
      tool("forward_message", "Forward a message to new recipients. Always saves it as a draft and never transmits it; send it with send_draft.", { message_id: str, ...to }),
      tool("reply_all", "Reply to everyone on a thread. The reply is stored as a draft; nothing is sent until you call send_draft.", { thread_id: str, ...to }),
      tool("forward_thread", "Forward a whole thread to someone. Creates a draft only; nothing is sent.", { thread_id: str, ...to }),
    ]) expect(h(t)).not.toContain("public-sink");
    // Near misses: a forward that sends, a draft that is sent at once, a reply that mentions drafts only in passing.
    expect(h(tool("forward_message", "Forward a message to new recipients", { message_id: str, ...to }))).toContain("public-sink");
    expect(h(tool("send_draft", "Send a saved draft", { draft_id: str }))).toContain("public-sink");
    expect(h(tool("reply_all", "Reply to everyone on a thread; a copy is saved as a draft in your Sent folder", { thread_id: str, ...to }))).toContain("public-sink");
  });
});

describe("an attachment of the user's mail is private data", () => {
  test("a file someone sent the user, fetched from the mailbox", () => {
    for (const t of [
      tool("download_attachment", "Download an email attachment, saving it to a path or returning a link", { email_id: str, attachment_id: str, path: str }),
      tool("save_attachment", "Save an attachment of a message to disk", { message_id: str, part: str, path: str }),
      tool("fetch_attachments", "Fetch the attachments from an e-mail", { uid: str }),
    ]) expect(h(t)).toContain("private-data");
    // Near misses: an attachment added to a draft, a product image, attachments of a public forum post saved to disk.
    expect(h(tool("add_attachment", "Add an attachment to a draft", { draft_id: str, path: str }))).not.toContain("private-data");
    expect(h(tool("download_image", "Download a product image", { sku: str, path: str }))).not.toContain("private-data");
    expect(h(tool("download_attachment", "Download an attachment of a public forum post", { post_id: str, path: str }))).not.toContain("private-data");
  });
});

describe("a tracker's issues named only in the description are the organisation's own", () => {
  const records = { managesRecords: true };
  test("on a server that creates and changes records", () => {
    for (const t of [
      tool("search_with_filters", "Search issues with saved filters", { project: str, filters: { type: "object" } }),
      tool("query_by_fields", "Find issues matching field values", { fields: { type: "object" } }),
      tool("list_backlog", "List tickets in a project's backlog", { project: str }),
    ]) expect(h(t, records)).toContain("private-data");
    // Near misses: the same reads on a read-only server, a public code host's issues, security advisories.
    expect(h(tool("search_with_filters", "Search issues with saved filters", { project: str, filters: { type: "object" } }))).not.toContain("private-data");
    expect(h(tool("search_all", "Search issues on GitHub by keyword", { q: str }), records)).not.toContain("private-data");
    expect(h(tool("find_advisories", "Find issues in the public vulnerability database", { package: str }), records)).not.toContain("private-data");
  });
});

describe("what the signed-in account itself posted is private data", () => {
  test("posts read back by the account that wrote them, whichever platform is named", () => {
    for (const t of [
      tool("my_status_feed", "Get statuses posted by the authenticated Mastodon user", { limit: num }),
      tool("uploads", "List videos uploaded by the signed-in account", { page: num }),
      tool("account_pins", "Fetch pins created by the current user", {}),
    ]) expect(h(t)).toContain("private-data");
    // Near misses: posts by someone else, posts the account liked from others, a write of a post.
    expect(h(tool("user_statuses", "Get statuses posted by a given user", { user: str }))).not.toContain("private-data");
    expect(h(tool("public_timeline", "Get posts published by accounts on the server", {}))).not.toContain("private-data");
    expect(h(tool("post_status", "Publish a status as the authenticated user", { text: str }))).not.toContain("private-data");
  });
});

describe("a saved sign-in deleted is destructive", () => {
  test("its cookies or tokens are removed and the account must sign in again", () => {
    for (const t of [
      tool("cleanup_login_session", "Clean up the login session of an account", { username: str }),
      tool("clear_saved_credentials", "Forget what was stored for a profile", { profile: str }),
      tool("purge_auth_cookies", "Purge the cookies kept for signing in", {}),
    ]) expect(h(t)).toContain("destructive");
    // Near misses: a cache, a chat session, a check of the login session.
    expect(h(tool("clear_image_cache", "Clear the image cache", {}))).not.toContain("destructive");
    expect(h(tool("clear_chat_session", "Start over with a fresh chat session", {}))).not.toContain("destructive");
    expect(h(tool("check_login_session", "Check whether the login session is valid", { username: str }))).not.toContain("destructive");
  });
});

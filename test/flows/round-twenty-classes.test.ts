// Round twenty: kinds of tools seen across the development sets (texts written for these tests, not taken from them).
import { h, str, tool } from "./class-helpers.js";

const records = { managesRecords: true };

describe("an account's analytics, insights or metrics on a social platform", () => {
  test("are the account's own figures, not text its authors wrote", () => {
    const counts = h(tool("get_profile_analytics", "Get profile-level Instagram analytics: reach, likes, follows.", { since: str, until: str }), records);
    expect(counts).not.toContain("untrusted-content");
    expect(counts).toContain("private-data");
    const insights = h(tool("read_insights", "Reads engagement metrics for the TikTok account or one of its videos.", { target: str, period: str }), records);
    expect(insights).not.toContain("untrusted-content");
    expect(insights).toContain("private-data");
  });
  test("hard negatives: the posts or comments themselves stay other people's text", () => {
    expect(h(tool("get_video_comments", "Get comments on a YouTube video.", { video_id: str }), records)).toContain("untrusted-content");
    expect(h(tool("search_posts", "Search public Reddit posts by keyword.", { query: str }))).toContain("untrusted-content");
  });
});

describe("the user's own boards, pages or accounts on a social platform", () => {
  test("listing them returns the account's containers, not strangers' posts", () => {
    const boards = h(tool("list_collections", "List your Tumblr blogs.", {}), records);
    expect(boards).not.toContain("untrusted-content");
    expect(boards).toContain("private-data");
    const pages = h(tool("list_company_pages", "Lists the LinkedIn company pages the configured access token administers.", {}), records);
    expect(pages).not.toContain("untrusted-content");
    const accounts = h(tool("get_saved_accounts", "Show all stored Mastodon accounts.", {}), records);
    expect(accounts).not.toContain("untrusted-content");
  });
  test("hard negatives: someone else's boards, a public search, the user's feed", () => {
    expect(h(tool("get_user_boards", "List the Pinterest boards of any user by username.", { username: str }))).toContain("untrusted-content");
    expect(h(tool("get_board_pins", "List the pins on a Pinterest board.", { board_id: str }))).toContain("untrusted-content");
    expect(h(tool("get_home_feed", "Get your Bluesky home feed.", { limit: str }))).toContain("untrusted-content");
  });
});

describe("a publication's post queue that includes its drafts or scheduled posts", () => {
  test("is the account's own writing, not outsiders' text", () => {
    const queue = h(tool("browse_stories", "Browse stories from the blog's admin API. Returns every story including drafts.", { limit: str }), records);
    expect(queue).not.toContain("untrusted-content");
    expect(queue).toContain("private-data");
    const page = h(tool("list_updates", "Lists the company page's posts: scheduled posts first, then published ones newest first.", { page_id: str }), records);
    expect(page).not.toContain("untrusted-content");
  });
  test("hard negatives: a community's published articles, comments on the user's posts", () => {
    expect(h(tool("list_articles", "List published articles from the Hashnode community, most popular first.", { tag: str }))).toContain("untrusted-content");
    expect(h(tool("list_post_comments", "List comments on a published post, including replies.", { post_id: str }), records)).toContain("untrusted-content");
  });
});

describe("inboxes or mailboxes listed as containers", () => {
  test("are the organisation's mailboxes, not the conversations in them", () => {
    const find = h(tool("find_mailboxes", "Use this before looking up conversations. Lists the shared mailboxes, or filters them by name.", { name: str }), records);
    expect(find).not.toContain("untrusted-content");
    expect(find).toContain("private-data");
    expect(h(tool("get_all_inboxes", "Returns every inbox of the help desk with its id.", {}), records)).toContain("private-data");
  });
  test("hard negatives: the messages of one inbox are still other people's text", () => {
    expect(h(tool("get_inbox", "List recent conversations in the support inbox.", { limit: str }), records)).toContain("untrusted-content");
    expect(h(tool("list_inbox_messages", "List the messages in a mailbox.", { mailbox_id: str }), records)).toContain("untrusted-content");
  });
});

describe("a telephony account's call history", () => {
  test("is the user's own call records, not text people wrote", () => {
    const history = h(tool("list_user_call_history", "List the user call history from the telephony API.", { since: str }), { ...records, talk: "private" });
    expect(history).not.toContain("untrusted-content");
    expect(history).toContain("private-data");
  });
  test("hard negatives: a call's transcript or chat is what the participants said", () => {
    expect(h(tool("get_call_transcript", "Get the transcript of a recorded call.", { call_id: str }), { ...records, talk: "private" })).toContain("untrusted-content");
  });
});

describe("a conferencing account's meeting preferences", () => {
  test("are settings, not invitations that organisers wrote", () => {
    const prefs = h(tool("get_meeting_preferences", "Get the meeting preferences of the signed-in user (default site, audio options).", {}), records);
    expect(prefs).not.toContain("untrusted-content");
    expect(prefs).toContain("private-data");
  });
  test("hard negatives: the meetings themselves carry the organiser's text", () => {
    expect(h(tool("list_meetings", "List upcoming meetings with their agenda.", { from: str }), records)).toContain("untrusted-content");
  });
});

describe("a create whose description says it publishes at once", () => {
  test("is a public-sink whatever it is called", () => {
    expect(h(tool("create_short", "Create a short update. Goes live immediately on your public profile feed; there is no draft state.", { text: str }))).toContain("public-sink");
    expect(h(tool("add_memo", "Add a memo with a link card. Publishes instantly to the public stream.", { text: str, link: str }))).toContain("public-sink");
  });
  test("hard negatives: a draft, an internal note, a note that is never published", () => {
    expect(h(tool("create_note", "Create an internal note on a ticket, not visible to the customer.", { ticket_id: str, body: str }))).not.toContain("public-sink");
    expect(h(tool("add_memo", "Add a private memo. It is never published and only you can see it.", { text: str }))).not.toContain("public-sink");
    expect(h(tool("create_post_draft", "Create a draft; publish it later from the editor.", { text: str }))).not.toContain("public-sink");
  });
});

describe("an upload of a local media file or to a public CDN", () => {
  test("takes the file off the machine to where others fetch it", () => {
    expect(h(tool("upload_photo", "Upload a photo for a product.", { product_id: str, photo_path: str }))).toContain("public-sink");
    expect(h(tool("upload_image", "Upload an image to the newsletter's CDN.", { image_base64: str }))).toContain("public-sink");
  });
  test("hard negatives: an upload into the user's own storage from content, a draft upload", () => {
    expect(h(tool("upload_file", "Upload a file to a folder in the document store.", { folder_id: str, content: str }))).not.toContain("public-sink");
    expect(h(tool("upload_video_draft", "Upload a video to the user's inbox as a draft; nothing goes live.", { video_path: str }))).not.toContain("public-sink");
  });
});

describe("pins and marketplace listings", () => {
  test("creating a pin with an image and a link, or rewriting a listing's text, puts it before the public", () => {
    expect(h(tool("add_pin", "Add a new pin to one of your boards.", { board_id: str, title: str, description: str, image_url: str, link: str }))).toContain("public-sink");
    expect(h(tool("create_pins_batch", "Create several pins at once.", { board_id: str, pins: { type: "array" } }))).toContain("public-sink");
    const listing = h(tool("edit_listing", "Edit an existing listing in the shop.", { listing_id: str, title: str, description: str, price: str }));
    expect(listing).toContain("public-sink");
    expect(listing).toContain("destructive");
    const pin = h(tool("update_pin", "Change a pin's title, description or link.", { pin_id: str, title: str, description: str, link: str }));
    expect(pin).toContain("public-sink");
  });
  test("hard negatives: pinning a message, a map pin, a listing's price or stock, a draft listing", () => {
    expect(h(tool("pin_message", "Pin a message in a channel.", { channel_id: str, message_id: str }))).not.toContain("public-sink");
    expect(h(tool("create_pin", "Drop a pin on the map at a coordinate.", { latitude: str, longitude: str, label: str }))).not.toContain("public-sink");
    expect(h(tool("update_listing_inventory", "Update stock and prices for a listing.", { listing_id: str, products: { type: "array" } }))).not.toContain("public-sink");
    expect(h(tool("create_draft_listing", "Create a draft listing.", { title: str, description: str, price: str }))).not.toContain("public-sink");
  });
});

describe("a write that mentions people", () => {
  test("a post with a list of people to mention notifies them", () => {
    expect(h(tool("create_item_update", "Create a new update on an item of a board.", { item_id: str, body: str, mention_ids: { type: "array" } }))).toContain("public-sink");
  });
  test("hard negatives: a preview, a read filtered by mentions", () => {
    expect(h(tool("preview_update", "Preview how an update would render.", { body: str, mentions: { type: "array" } }))).not.toContain("public-sink");
    expect(h(tool("list_updates", "List updates that mention the user.", { mentions_only: str }))).not.toContain("public-sink");
  });
});

describe("a read whose object is named by a spending verb", () => {
  test("hard negatives: listing purchase orders or sell orders reads records, it spends nothing", () => {
    expect(h(tool("acme_list_purchase_orders", "Reads one page of purchase orders filtered by status and date.", { status: str, page: str }))).not.toContain("destructive");
    expect(h(tool("get_sell_orders", "Get the open sell orders of the account.", { market: str }))).not.toContain("destructive");
  });
  test("must still trigger: buying or paying spends money", () => {
    expect(h(tool("place_purchase_order", "Place a market order to buy shares.", { symbol: str, quantity: str }))).toContain("destructive");
    expect(h(tool("broker_sell_stock", "Sell stock at the market price.", { symbol: str, quantity: str }))).toContain("destructive");
  });
});

describe("a reader of deploys", () => {
  test("hard negatives: a catch-all reader or a read-only tool about deploys replaces nothing that is live", () => {
    const reader = h(tool("host-deploy-services-reader", "Select and run one of the following read operations (read-only): get-deploy, list-deploys", { selectSchema: str }));
    expect(reader).not.toContain("destructive");
    expect(reader).not.toContain("public-sink");
    expect(h(tool("deploy_site_viewer", "Show a site's deploys (read-only).", { site_id: str }))).not.toContain("destructive");
  });
  test("must still trigger: deploying a site replaces what it serves", () => {
    const deploy = h(tool("deploy_site", "Deploy a local folder to the site.", { site_id: str, dir: str }));
    expect(deploy).toContain("destructive");
    expect(deploy).toContain("public-sink");
  });
});

describe("reads of a named accounting product", () => {
  test("return the organisation's books: journals, sales quotes, items", () => {
    expect(h(tool("fb_get_estimate_quote", "Reads one sales quote from FreshBooks by its id, with its lines.", { quote_id: str }))).toContain("private-data");
    expect(h(tool("qbo_list_journal_entries", "Reads a page of QuickBooks journal entries using date and sort filters.", { date_from: str, page: str }))).toContain("private-data");
  });
  test("hard negatives: the product's documentation, the connector's own status", () => {
    expect(h(tool("search_quickbooks_docs", "Search the QuickBooks API documentation.", { query: str }))).not.toContain("private-data");
    expect(h(tool("xero_connection_status", "Report whether the Xero connection is healthy.", {}))).not.toContain("private-data");
  });
});

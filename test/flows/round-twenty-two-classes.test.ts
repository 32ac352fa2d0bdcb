// Round twenty-two: kinds of tools seen across the development sets, mostly chat, mail, calendar and shop servers
// (texts written for these tests, not taken from them).
import { h, str, tool } from "./class-helpers.js";

const records = { managesRecords: true };
const chat = { ...records, talk: "private" as const };
const arr = (items: Record<string, unknown> = { type: "string" }) => ({ type: "array", items });

describe("a search of the user's mailbox or chats, named only for the search", () => {
  test("mail or messages found are the user's correspondence as well as others' words", () => {
    const mail = h(tool("mailbox_lookup", "Search emails with the provider's query language.", { query: str, limit: str }));
    expect(mail).toContain("private-data");
    expect(mail).toContain("untrusted-content");
    const chats = h(tool("hub_search", "Search for messages across the workspace. Returns each message's author, time and text.", { query: str }), chat);
    expect(chats).toContain("private-data");
    expect(chats).toContain("untrusted-content");
  });
  test("hard negatives: a public forum's posts, a search of the product's mail templates, an e-mail field", () => {
    expect(h(tool("forum_lookup", "Search messages posted on the public forum.", { query: str }))).not.toContain("private-data");
    expect(h(tool("find_template", "Search email templates by name.", { query: str }))).not.toContain("untrusted-content");
    expect(h(tool("find_member", "Search members by name, email or phone.", { query: str }))).not.toContain("untrusted-content");
  });
});

describe("an analysis of a chat's threads or messages", () => {
  test("a summary, an extraction or a ranking of a channel's threads returns what the members wrote, from the user's chats", () => {
    const digest = h(tool("digest_thread", "Produce a digest of the discussion with its main decisions.", { channel: str, thread_id: str, length: str }), chat);
    expect(digest).toContain("private-data");
    expect(digest).toContain("untrusted-content");
    const todo = h(tool("pull_todos", "Extract open questions and to-dos from thread messages.", { channel: str, thread_ts: str }), chat);
    expect(todo).toContain("private-data");
    expect(todo).toContain("untrusted-content");
    const urgent = h(tool("rank_urgent_threads", "Rank the threads of a channel by urgency.", { channel: str, hours: str }), chat);
    expect(urgent).toContain("private-data");
    expect(urgent).toContain("untrusted-content");
  });
  test("hard negatives: posting a thread, deleting one, a thread of a public video's comments", () => {
    expect(h(tool("start_thread", "Start a thread in a channel.", { channel: str, text: str }), chat)).not.toContain("private-data");
    expect(h(tool("rank_threads_for_cleanup", "Delete the threads of a channel older than a date.", { channel: str, before: str }), chat)).not.toContain("private-data");
    expect(h(tool("rank_comment_threads", "Rank the comment threads under a public video.", { video_id: str }))).not.toContain("private-data");
  });
});

describe("a wait for the next message, behind a product prefix or described as blocking", () => {
  test("what arrives was written by someone else and lands in the user's chat", () => {
    const wait = h(tool("hub_wait_for_reply", "Block until a new message arrives in a conversation, then return it.", { conversation_id: str, timeout: str }), chat);
    expect(wait).toContain("untrusted-content");
    expect(wait).toContain("private-data");
    const block = h(tool("next_incoming", "Blocks until the next message arrives in the chat and returns it.", { chat_id: str }), chat);
    expect(block).toContain("untrusted-content");
  });
  test("hard negatives: waiting for a page element, for a job, for a deployment", () => {
    expect(h(tool("page_wait_for_selector", "Wait until an element appears on the page.", { selector: str }))).not.toContain("private-data");
    expect(h(tool("job_wait", "Block until the export job finishes.", { job_id: str }))).toEqual([]);
  });
});

describe("the most recent message with a contact", () => {
  test("returns what the contact wrote, from the user's chats", () => {
    const last = h(tool("latest_exchange", "Get the most recent message exchanged with a contact.", { contact_id: str }), chat);
    expect(last).toContain("untrusted-content");
    expect(last).toContain("private-data");
  });
  test("hard negatives: the last message the tool itself logged, the most recent release", () => {
    expect(h(tool("last_status", "Get the most recent status message of the export job.", { job_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("latest_release", "Get the most recent release of a package.", { name: str }))).not.toContain("private-data");
  });
});

describe("the transcript of a meeting or a call", () => {
  test("is the account's own recorded conversation", () => {
    const t = h(tool("conf_transcript", "Get the transcript of a meeting, with speaker names.", { meeting_id: str }));
    expect(t).toContain("private-data");
    expect(t).toContain("untrusted-content");
    expect(h(tool("fetch_transcript", "Fetch the transcript of a recorded call.", { call_id: str }))).toContain("private-data");
  });
  test("hard negatives: a public video's transcript", () => {
    expect(h(tool("video_transcript", "Get the transcript of a YouTube video.", { video_id: str }))).not.toContain("private-data");
  });
});

describe("the user's calendars and configured mail accounts", () => {
  test("a list of calendars or of the accounts the tool reads mail for is private", () => {
    expect(h(tool("calendars_overview", "List all calendars the account can see.", { account: str }))).toContain("private-data");
    const accounts = h(tool("mail_accounts", "List the configured e-mail accounts.", {}));
    expect(accounts).toContain("private-data");
    expect(accounts).not.toContain("untrusted-content");
  });
  test("hard negatives: holiday calendars, a bank's account types", () => {
    expect(h(tool("list_calendars", "List public holiday calendars by country.", { country: str }))).not.toContain("private-data");
    expect(h(tool("list_mail_providers", "List the e-mail providers the tool supports.", {}))).not.toContain("private-data");
  });
});

describe("a chat or a space created with people in it", () => {
  test("the people added are told and see its name", () => {
    expect(h(tool("new_group_conversation", "Create a group chat with several people.", { user_ids: arr(), topic: str }), chat)).toContain("public-sink");
    expect(h(tool("make_space", "Create a space and add members to it.", { member_emails: arr(), display_name: str }), chat)).toContain("public-sink");
  });
  test("hard negatives: a contact group, a directory group, a chat created with no one", () => {
    expect(h(tool("create_group", "Create a contact group.", { name: str }), records)).not.toContain("public-sink");
    expect(h(tool("create_group", "Create a group in the identity directory.", { name: str, description: str }), records)).not.toContain("public-sink");
    expect(h(tool("create_note_space", "Create a private space for notes.", { name: str }), records)).not.toContain("public-sink");
  });
});

describe("calendar events written in bulk", () => {
  test("attendees inside each event, or a switch that sends updates, mail the events to people", () => {
    const bulk = tool("create_events_batch", "Create several calendar events at once.", {
      calendar_id: str, events: arr({ type: "object", properties: { summary: str, attendees: arr() } }),
    });
    expect(h(bulk)).toContain("public-sink");
    const notify = tool("bulk_add_events", "Add many calendar events in one call.", { calendar_id: str, send_updates: str, events: arr({ type: "object" }) });
    expect(h(notify)).toContain("public-sink");
  });
  test("hard negatives: reading events in bulk, deleting them", () => {
    expect(h(tool("get_events_batch", "Get several calendar events at once.", { calendar_id: str, event_ids: arr() }))).not.toContain("public-sink");
    expect(h(tool("import_holidays", "Import public holidays into a calendar.", { calendar_id: str, country: str }))).not.toContain("public-sink");
  });
});

describe("the title or description of a product or a collection in a live shop", () => {
  test("replaces what the storefront shows its visitors", () => {
    const title = h(tool("set_item_title", "Change a product's title in the store.", { product_id: str, new_title: str }), records);
    expect(title).toContain("public-sink");
    expect(title).toContain("destructive");
    const desc = h(tool("edit_product_copy", "Update a product's description.", { product_id: str, new_description: str }), records);
    expect(desc).toContain("public-sink");
    expect(desc).toContain("destructive");
    expect(h(tool("change_collection", "Update a collection's title or description.", { collection_id: str, title: str, description: str }), { ...records, shop: true })).toContain("public-sink");
  });
  test("hard negatives: a price, stock, a private note on a product, a document collection", () => {
    expect(h(tool("update_product_price", "Update a product's price.", { product_id: str, price: str }), records)).not.toContain("public-sink");
    expect(h(tool("update_stock", "Update a product's stock level.", { product_id: str, quantity: str }), records)).not.toContain("public-sink");
    expect(h(tool("update_collection", "Update a collection of documents in the vector database.", { collection: str, description: str }), records)).not.toContain("public-sink");
  });
});

describe("products on a marketplace the server only reads", () => {
  test("a listing's title and details were written by its seller", () => {
    expect(h(tool("shop_search", "Search products on the marketplace by keyword.", { keyword: str, limit: str }))).toContain("untrusted-content");
    expect(h(tool("item_detail", "Get a product's details (title, price, shop).", { sku: str }))).toContain("untrusted-content");
  });
  test("hard negatives: the account's own store catalogue, a product's stock count", () => {
    expect(h(tool("get_product", "Get a product of the store.", { product_id: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("product_stock", "Get the stock count of a product.", { product_id: str }))).not.toContain("untrusted-content");
  });
});

describe("a job posting", () => {
  test("was written by the employer", () => {
    expect(h(tool("job_detail", "Get the full text of a job posting by its id.", { posting_id: str }), records)).toContain("untrusted-content");
    expect(h(tool("find_openings", "Search job listings by title and city.", { title: str, city: str }))).toContain("untrusted-content");
  });
  test("hard negatives: a CI job, the postings the user saved", () => {
    expect(h(tool("get_job", "Get the details of a build job.", { job_id: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("saved_postings", "List the job postings the user saved.", {}), records)).not.toContain("untrusted-content");
  });
});

describe("one attachment of a mail or a message", () => {
  test("its content is what the sender attached", () => {
    const att = h(tool("fetch_attachment", "Retrieve an attachment.", { message_id: str, attachment_id: str }));
    expect(att).toContain("untrusted-content");
    expect(h(tool("read_attachment", "Read a mail attachment's text.", { attachment_id: str }))).toContain("untrusted-content");
  });
  test("hard negatives: a list of attachments, an attachment saved to disk, one added to a draft", () => {
    expect(h(tool("list_attachments", "List the attachments of a message.", { message_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("download_attachment", "Download an attachment and return the local file path.", { message_id: str, attachment_id: str, output_dir: str }))).not.toContain("untrusted-content");
    expect(h(tool("add_attachment", "Add an attachment to a draft message.", { message_id: str, path: str }))).not.toContain("untrusted-content");
  });
});

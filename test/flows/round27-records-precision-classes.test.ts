// Round twenty-seven (precision first): reads of an organisation's own records that looked like outsiders' text (texts
// written for these tests, not taken from any label set). Each test holds the tools that must lose the false role and
// the near misses that must keep it.
import { h, str, tool, num } from "./class-helpers.js";
import { keepsBackOffice, tracksErrors } from "../../src/flows/ownrecords.js";

const backOffice = { backOffice: true };
const errors = { tracksErrors: true };

describe("a business's back office: its own products, not strangers' listings", () => {
  test("a server that reads customers, stock, deals or invoices and buys nothing keeps its own catalogue", () => {
    expect(keepsBackOffice([tool("lookup_customer", "x"), tool("warehouse_stock", "x"), tool("find_product", "x")])).toBe(true);
    expect(keepsBackOffice([tool("get_deal", "x"), tool("list_leads", "x"), tool("get_product", "x")])).toBe(true);
    expect(keepsBackOffice([tool("customer_invoices", "x"), tool("list_customers", "x")])).toBe(true);
    // A buyer's server (a cart, a checkout) and a plain catalogue are no back office.
    expect(keepsBackOffice([tool("lookup_customer", "x"), tool("warehouse_stock", "x"), tool("add_to_cart", "x")])).toBe(false);
    expect(keepsBackOffice([tool("search_products", "x"), tool("product_details", "x")])).toBe(false);
    expect(keepsBackOffice([tool("get_customer", "x"), tool("search_products", "x")])).toBe(false);

    for (const t of [
      tool("find_by_sku", "Find a product by its SKU code", { sku: str }),
      tool("catalogue_lookup", "Search the product catalogue by name and size", { name: str, size: str }),
      tool("product_record", "Get one product by its internal id", { product_id: num }),
    ]) {
      expect(h(t)).toContain("untrusted-content");
      expect(h(t, backOffice)).not.toContain("untrusted-content");
    }
    // Hard negatives: a marketplace's reviews, a web search for products, and products looked up on a server that is not one.
    expect(h(tool("product_reviews", "Get the customer reviews of a product", { product_id: num }), backOffice)).toContain("untrusted-content");
    expect(h(tool("web_product_search", "Search the web for products matching a query", { query: str }), backOffice)).toContain("untrusted-content");
    expect(h(tool("find_by_sku", "Find a product by its SKU code", { sku: str }))).toContain("untrusted-content");
  });
});

describe("an e-mail address used to look a record up", () => {
  test('"by id or email" names the key a record is found by, not mail anyone wrote', () => {
    for (const t of [
      tool("buyer_orders", "Get all orders of a buyer by ID or email", { buyer_id: str, email: str, limit: num }),
      tool("staff_lookup", "Get a staff member's details by name or email address", { key: str }),
      tool("account_holder", "Find an account holder by email", { email: str }),
    ]) expect(h(t)).not.toContain("untrusted-content");
    // Hard negatives: mail searched by its sender, mail read, an inbox listed.
    expect(h(tool("mail_by_sender", "Search emails by sender address", { sender: str }))).toContain("untrusted-content");
    expect(h(tool("read_email", "Read an email by its id", { email_id: str }))).toContain("untrusted-content");
    expect(h(tool("inbox_list", "List the emails in the inbox", { limit: num }))).toContain("untrusted-content");
  });
});

describe("a link the service makes for a stored item", () => {
  test("a presigned, signed or cache link is an address handed back, not a web page; a signed download link is a sink", () => {
    for (const t of [
      tool("object_download_link", "Generate a presigned URL for downloading a stored blob", { bucket: str, key: str, expiry: num }),
      tool("share_blob", "Create a signed download link for a file in the bucket", { path: str }),
      tool("saved_copy_address", "Get the permanent cache URL for a saved page", { item_id: num }),
    ]) expect(h(t)).not.toContain("untrusted-content");
    expect(h(tool("object_download_link", "Generate a presigned URL for downloading a stored blob", { bucket: str, key: str, expiry: num }), { managesRecords: true })).toEqual(["public-sink"]);
    expect(h(tool("share_blob", "Create a signed download link for a file in the bucket", { path: str }))).toContain("public-sink");
    // An upload link opens nothing that is stored.
    expect(h(tool("presigned_put_link", "Generate a presigned URL for uploading a blob", { bucket: str, key: str }))).not.toContain("public-sink");

    // Hard negatives: pages fetched at an address, a web search, and the page behind a short link.
    expect(h(tool("fetch_page", "Fetch the web page at a URL and return its text", { url: str }))).toContain("untrusted-content");
    expect(h(tool("web_lookup", "Search the web and return result snippets", { query: str }))).toContain("untrusted-content");
    expect(h(tool("expand_and_read", "Get the content of the web page a short link points to", { short_url: str }))).toContain("untrusted-content");
  });
});

describe("what a system records about an item, not the item's text", () => {
  test("an item's tags, transitions, fields, read receipts, rules or branch name are no one's writing", () => {
    for (const t of [
      tool("get_ticket_transitions", "Get the workflow states a ticket can move to", { ticket_id: str }),
      tool("post_tags", "Get the tags attached to a blog post", { post_id: str }),
      tool("message_seen_receipts", "List who has seen a chat message", { message_id: str }),
      tool("issue_branch_name", "Get the git branch name made for an issue", { issue_id: str }),
    ]) expect(h(t)).not.toContain("untrusted-content");
    // Hard negatives: the item itself, its comments, and comments found with their tags.
    expect(h(tool("get_ticket", "Get a support ticket with its conversation", { ticket_id: str }))).toContain("untrusted-content");
    expect(h(tool("get_issue_comments", "Get the comments on an issue", { issue_id: str }))).toContain("untrusted-content");
    expect(h(tool("get_posts_with_tags", "Get blog posts with their tags", { tag: str }))).toContain("untrusted-content");
  });
});

describe("an error tracker's issues and events", () => {
  test("on a server that tracks errors, issues and events are the application's own crash reports", () => {
    expect(tracksErrors([tool("list_exceptions", "x"), tool("get_issue", "x")])).toBe(true);
    expect(tracksErrors([tool("search_crashes", "x")])).toBe(true);
    expect(tracksErrors([tool("get_issue", "x"), tool("list_comments", "x")])).toBe(false);

    for (const t of [
      tool("issue_lookup", "Retrieve one issue and its stack trace by id", { issue_id: str }),
      tool("recent_issues", "List the newest unresolved issues of a project", { project: str }),
      tool("event_detail", "Get a single event from an issue", { event_id: str }),
    ]) {
      expect(h(t)).toContain("untrusted-content");
      expect(h(t, errors)).not.toContain("untrusted-content");
    }
    // Hard negatives: the comments people left on an issue, an issue tracker's issues, and mail on such a server.
    expect(h(tool("issue_comments", "List the comments people left on an issue", { issue_id: str }), errors)).toContain("untrusted-content");
    expect(h(tool("recent_issues", "List the newest unresolved issues of a project", { project: str }))).toContain("untrusted-content");
    expect(h(tool("read_inbox", "Read the messages in the team inbox", { limit: num }), errors)).toContain("untrusted-content");
  });
});

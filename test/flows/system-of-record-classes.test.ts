// Round twenty-five: what a system of record gives away by its shape (reads filtered by last change, exports, a
// deployment's own index), and public facts that signed-in servers serve (market data by symbol, a trading calendar,
// a service's list of ports or protocols). Texts written for these tests, not taken from the label sets.
import { h, str, tool } from "./class-helpers.js";

const int = { type: "integer" };
const records = { managesRecords: true };

describe("a read filtered by when or by whom records were last changed", () => {
  test("an applicant tracker's, a CRM's or a platform's configuration and records, with no private noun in the name", () => {
    expect(h(tool("list_pipeline_steps", "List the hiring pipeline steps in Lattice.", { page_size: int, modified_after: str }))).toContain("private-data");
    expect(h(tool("get_regions", "Get the regions configured for the company.", { updatedSince: str, limit: int }))).toContain("private-data");
    expect(h(tool("list_kits", "List interview kits.", { cursor: str, updated_at: str }))).toContain("private-data");
    expect(h(tool("recent_edits", "List recent edits to scripts across the instance. Metadata only.", { editor: str, last_updated_by: str }))).toContain("private-data");
  });
  test("hard negatives: an update that sets the field, a public package search, a news search, a read without the filter", () => {
    expect(h(tool("update_region", "Update a region's name.", { region_id: str, name: str, updated_at: str }))).not.toContain("private-data");
    expect(h(tool("search_packages", "Search the public package registry.", { query: str, updated_after: str }))).not.toContain("private-data");
    expect(h(tool("search_news", "Search news articles.", { query: str, modified_since: str }))).not.toContain("private-data");
    expect(h(tool("list_kits", "List interview kits.", { cursor: str, page: int }))).not.toContain("private-data");
  });
});

describe("an export of what the account stores", () => {
  test("a form's answers, a collection's query results, feed subscriptions, a design node: private, and outsiders' text is untrusted too", () => {
    const survey = h(tool("survey_export_answers", "Exports all submissions of a survey as a spreadsheet. Collects all pages.", { survey_id: str, from: str }));
    expect(survey).toEqual(expect.arrayContaining(["private-data", "untrusted-content"]));
    expect(h(tool("export_docs", "Export the results of a find query from a collection as extended JSON.", { db: str, coll: str, filterSpec: str }))).toContain("private-data");
    expect(h(tool("export_feeds_list", "Exports the reader's subscriptions in OPML."))).toContain("private-data");
    expect(h(tool("export_frame", "Exports one frame of the design file as a PNG.", { frameId: str, scale: int }))).toContain("private-data");
    expect(h(tool("export_frame", "Exports one frame of the design file as a PNG.", { frameId: str, scale: int }))).not.toContain("untrusted-content");
  });
  test("hard negatives: converting text handed in, an export job's status, export settings, a page at a URL", () => {
    expect(h(tool("export_markdown_pdf", "Export the given markdown as a PDF.", { markdown: str }))).not.toContain("private-data");
    expect(h(tool("export_diagram_png", "Export a diagram to PNG.", { mermaid: str }))).not.toContain("private-data");
    expect(h(tool("export_status", "Check whether an export has finished.", { export_id: str }))).not.toContain("private-data");
    expect(h(tool("update_export_settings", "Change the default export format.", { format: str }))).not.toContain("private-data");
    expect(h(tool("export_page", "Export a web page as PDF.", { url: str }))).not.toContain("private-data");
  });
});

describe("a list of what the deployment's own index holds", () => {
  test("indexed or ingested items are what its user chose to put there", () => {
    expect(h(tool("list_shows", "List indexed radio shows.", { limit: int, offset: int }))).toContain("private-data");
    expect(h(tool("documents", "Get ingested documents with their chunk counts.", { page: int }))).toContain("private-data");
  });
  test("hard negatives: indexing something, a search engine's indexed pages count", () => {
    expect(h(tool("index_show", "Index a radio show for semantic search.", { feed: str }))).not.toContain("private-data");
    expect(h(tool("search_web", "Search the web for indexed pages.", { q: str }))).not.toContain("private-data");
  });
});

describe("public facts a signed-in server serves", () => {
  test("market data looked up by a symbol, and an exchange's calendar, are nobody's private data", () => {
    expect(h(tool("get_equity_trades", "Retrieves historical trades for an equity.", { symbol: str, days: int }), records)).not.toContain("private-data");
    expect(h(tool("get_option_chain_contracts", "Retrieves contract specifications for options.", { underlying_symbol: str, expiry: str }), records)).not.toContain("private-data");
    expect(h(tool("get_trading_calendar", "Returns the market calendar for a date range.", { start: str, end: str }), records)).not.toContain("private-data");
  });
  test("a service's catalogue of ports, protocols or facets is neither web content nor private", () => {
    const ports = h(tool("list_scanner_ports", "List every port the scanner crawls on the Internet.", { key: str }));
    expect(ports).not.toContain("untrusted-content");
    expect(ports).not.toContain("private-data");
    expect(h(tool("list_protocols", "List the protocols usable for on-demand Internet scans.", { key: str }))).not.toContain("untrusted-content");
  });
  test("hard negatives: the account's own orders and positions by symbol, a meeting calendar, a host's open ports", () => {
    expect(h(tool("get_orders", "Retrieves the account's orders for a symbol.", { symbol: str }), records)).toContain("private-data");
    expect(h(tool("get_position", "Get the open position in a symbol for the account.", { symbol: str }), records)).toContain("private-data");
    expect(h(tool("get_calendar", "Returns events on the user's calendar for a date range.", { start: str, end: str }))).toContain("private-data");
    expect(h(tool("list_host_ports", "List the open ports of a host in the inventory.", { host_id: str }), { ...records, inventoriesAssets: true })).toContain("private-data");
  });
});

// Kinds of record-keeping, database, catalogue and multi-operation tools, with look-alikes that must not get the same role (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";
import { managesRecords } from "../../src/flows/heuristics.js";

describe("multi-operation tools", () => {
  test("operations listed in bold or as code after 'Available operations:' are each labelled", () => {
    const desk = tool("helpdesk_conversations", "Helpdesk conversations. Pick an operation.\n\nAvailable operations:\n- **get_conversation**: Read a conversation with a customer, with its replies.\n- **send_reply**: Send a reply to the customer.\n- **delete_conversation**: Delete a conversation.", { operation: str, params: { type: "object" } });
    expect(h(desk)).toEqual(["destructive", "private-data", "public-sink", "untrusted-content"]);
    const coded = tool("mailbox", "Mailbox. Operations: - `list_messages`: list messages in the inbox - `send_message`: send an e-mail", { operation: str });
    expect(h(coded)).toEqual(expect.arrayContaining(["public-sink", "untrusted-content"]));
  });
  test("a tool whose own operations create and update a record returns the account's records when it reads them", () => {
    const company = tool("crmCompany", "", { operation: { type: "string", enum: ["create", "get", "update", "search"] }, id: str, name: str });
    expect(h(company)).toContain("private-data");
    expect(managesRecords([company])).toBe(true);
  });
  test("hard negatives: read-only operations over public data, and an operation list of a calculator", () => {
    expect(h(tool("weatherTool", "", { operation: { type: "string", enum: ["get", "forecast"] }, city: str }))).not.toContain("private-data");
    expect(h(tool("calc", "Calculator. Operations: - **add**: add two numbers - **multiply**: multiply two numbers", { operation: str, a: { type: "number" }, b: { type: "number" } }))).toEqual([]);
  });
});

describe("databases: bare verbs, upserts and named collections", () => {
  test("a bare `update` whose description names stored documents overwrites them", () => {
    expect(h(tool("update", "Update one or more documents that match a filter.", { database: str, collection: str, filter: { type: "object" }, update: { type: "object" } }))).toContain("destructive");
  });
  test("an upsert of records rewrites the ones its key matches", () => {
    expect(h(tool("upsert_rows", "Insert rows, or merge them into rows with the same key.", { table: str, rows: { type: "array" } }))).toContain("destructive");
  });
  test("any tool that takes a database and a collection answers from what is stored there", () => {
    expect(h(tool("count", "Number of documents matching a query.", { database: str, collection: str, query: { type: "object" } }))).toEqual(["private-data"]);
    expect(h(tool("explain", "Returns the plan statistics for a query.", { db: str, table: str, query: str }))).toEqual(["private-data"]);
  });
  test("hard negatives: a bare `update` of a window's position, creating a collection, dropping one is only destructive", () => {
    expect(h(tool("update", "Update the position of a window.", { window_id: str, x: { type: "number" }, y: { type: "number" } }))).not.toContain("destructive");
    expect(h(tool("create-collection", "Create a new collection.", { database: str, collection: str }))).not.toContain("private-data");
    expect(h(tool("drop_collection", "Drop a collection.", { database: str, collection: str }))).toEqual(["destructive"]);
  });
});

describe("public catalogues and the user's own library", () => {
  test("an album, an artist or a film from a catalogue is the same for every account, even on a server that keeps records", () => {
    expect(h(tool("get_album", "Get an album by its id.", { id: str }), { managesRecords: true })).toEqual([]);
    expect(h(tool("get_artist_top_tracks", "Top tracks of an artist in a country.", { id: str, market: str }), { managesRecords: true })).toEqual([]);
  });
  test("hard negatives: the user's saved albums and playlists stay private", () => {
    expect(h(tool("get_saved_albums", "Get the albums saved in the current user's library.", { limit: { type: "number" } }), { managesRecords: true })).toContain("private-data");
  });
  test("removing an item from the user's saved items unmarks it; nothing is deleted", () => {
    expect(h(tool("remove_saved_tracks", "Remove tracks from the user's library.", { ids: { type: "array" } }))).not.toContain("destructive");
    expect(h(tool("remove_tracks", "Remove tracks from a playlist you own.", { playlist_id: str, ids: { type: "array" } }))).toContain("destructive");
  });
});

describe("a server's clock, forms shown to the user, and id lists", () => {
  test("hard negatives on a record-keeping server: the current time, a form opened in the user's browser, ids of feed articles", () => {
    expect(h(tool("get-current-time", "Get the current system time and time zone.", {}), { managesRecords: true })).not.toContain("private-data");
    expect(h(tool("open_settings", "Open the settings form for this server in the user's browser.", {}), { managesRecords: true })).not.toContain("private-data");
    expect(h(tool("list_article_ids", "Lists only the ids of the matching articles.", { feed: str }), { managesRecords: true })).not.toContain("private-data");
  });
  test("the same server's own records still read as private", () => {
    expect(h(tool("get_invoice", "Get an invoice of the account.", { id: str }), { managesRecords: true })).toEqual(["private-data"]);
  });
});

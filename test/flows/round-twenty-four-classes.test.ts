// Round twenty-four: kinds of tools seen across the development sets, mostly cloud drives, push notifiers and help desks (texts written for these tests, not taken from them).
import { h, str, tool } from "./class-helpers.js";
import { makesSharingLinks } from "../../src/flows/sending.js";

const records = { managesRecords: true };
const drive = { ...records, sharesLinks: true };
const bool = { type: "boolean" };

describe("a new file put into a cloud drive that hands out sharing links", () => {
  test("the server shape: one of its tools makes a sharing or public link", () => {
    expect(makesSharingLinks([tool("link_for_item", "Make a sharing link for a file or a folder in the drive.", { item_id: str })])).toBe(true);
    expect(makesSharingLinks([tool("item_link", "Return the existing shared link of an item or create a public link.", { path: str })])).toBe(true);
    expect(makesSharingLinks([tool("put_blob", "Store a blob in the bucket.", { key: str }), tool("list_links", "List hyperlinks found in a document.", { doc: str })])).toBe(false);
  });
  test("uploading or writing a new file there puts it where a link can reach it", () => {
    expect(h(tool("put_file", "Upload a text file to the cloud drive", { folder: str, name: str, content: str }), drive)).toContain("public-sink");
    expect(h(tool("save_file", "Create or update a text file in the drive. Writes the given text to the path.", { path: str, content: str, overwrite: bool }), drive)).toContain("public-sink");
  });
  test("hard negatives: the same upload on a store that makes no links, an in-place update, a read, a folder", () => {
    expect(h(tool("put_file", "Upload a text file to the cloud drive", { folder: str, name: str, content: str }), records)).not.toContain("public-sink");
    expect(h(tool("update_file_text", "Update the content of an existing file in the drive", { item_id: str, content: str }), drive)).not.toContain("public-sink");
    expect(h(tool("read_file", "Read a text file from the drive.", { path: str }), drive)).not.toContain("public-sink");
    expect(h(tool("make_folder", "Create a new folder in the drive.", { path: str }), drive)).not.toContain("public-sink");
  });
});

describe("a tool that returns or creates a shareable link to an item", () => {
  test("getting a link that anyone holding it can open, made when none exists", () => {
    expect(h(tool("obtain_link", "Fetch or create a shareable link for a stored file. Returns the existing link if there is one.", { path: str }), drive)).toContain("public-sink");
    expect(h(tool("file_url", "Get a file's public URL, creating a public link when the file has none.", { file_id: str }))).toContain("public-sink");
  });
  test("hard negatives: listing the links that exist, revoking one, a link's click statistics", () => {
    expect(h(tool("list_shared_links", "List the shared links of the account.", {}), drive)).not.toContain("public-sink");
    expect(h(tool("revoke_link", "Revoke a shared link so it stops working.", { url: str }), drive)).not.toContain("public-sink");
    expect(h(tool("link_clicks", "Get click statistics for a short link.", { link_id: str }))).not.toContain("public-sink");
  });
});

describe("a push notification or a message sent by a bare send tool", () => {
  test("a notifier's send: the text goes through the push service to the configured devices or group", () => {
    expect(h(tool("beep_send", "Send a push notification to the configured recipients with a title and a priority.", { message: str, title: str, priority: str }))).toContain("public-sink");
    expect(h(tool("alerty_send_loud", "Sends a high-priority alert with a siren sound to the subscribed devices.", { message: str, sound: str }))).toContain("public-sink");
    expect(h(tool("send", "Send a message to the account owner's phone through the messenger.", { message: str, attachments: { type: "array" } }))).toContain("public-sink");
  });
  test("hard negatives: to oneself, keystrokes, a command to a device, a test notification to the caller", () => {
    expect(h(tool("send_to_self", "Send a text message to yourself.", { message: str }))).not.toContain("public-sink");
    expect(h(tool("send_keys", "Send keystrokes to the focused terminal window.", { keys: str }))).not.toContain("public-sink");
    expect(h(tool("send", "Send a command to the connected thermostat.", { command: str }))).not.toContain("public-sink");
    expect(h(tool("send_test", "Send a test notification to the current API user.", { message: str }))).not.toContain("public-sink");
  });
});

describe("a help-desk ticket opened for a requester", () => {
  test("the help desk mails the requester the new ticket with the text the model wrote", () => {
    expect(h(tool("add_support_ticket", "Creates a new support ticket on behalf of a customer.", { subject: str, description: str, requester_email: str, priority: str }), records)).toContain("public-sink");
    expect(h(tool("new_ticket", "Create a ticket. subject and body are required.", { subject: str, body: str, requester_id: str, assignee_id: str }), records)).toContain("public-sink");
  });
  test("hard negatives: an internal tracker's ticket with an assignee only, a ticket's status, reading tickets", () => {
    expect(h(tool("create_ticket", "Create a ticket in the team's tracker.", { title: str, description: str, assignee_id: str, project: str }), records)).not.toContain("public-sink");
    expect(h(tool("update_ticket_status", "Set a ticket's status.", { ticket_id: str, status: str, requester_id: str }), records)).not.toContain("public-sink");
    expect(h(tool("list_tickets", "List tickets of a requester.", { requester_id: str }), records)).not.toContain("public-sink");
  });
});

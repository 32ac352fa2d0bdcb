// Kinds of chat-room, board, object-storage and usage-advice tools, with look-alikes that must not get the same role (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("descriptions that open with advice on when to use the tool", () => {
  test("the action after 'Use when ...' decides, as if the sentence started with it", () => {
    expect(h(tool("folder_files", "Use when you need the files stored in one folder of the user's drive.", { folderId: str }))).toEqual(["private-data"]);
    expect(h(tool("page_source", "Use this tool to fetch a web page by its URL and return its text.", { url: str }))).toContain("untrusted-content");
    expect(h(tool("inbox_messages", "Use when reading the newest e-mails in the inbox.", { limit: { type: "number" } }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: advice before a write, or before reading the tool's own settings", () => {
    expect(h(tool("folder_new", "Use when creating a new empty folder on the drive.", { name: str }))).toEqual([]);
    expect(h(tool("server_version", "Use when you need the version of this MCP server.", {}))).toEqual([]);
  });
});

describe("cards and checklists on shared boards", () => {
  test("reading a board's cards returns what members and guests wrote, from the organisation's boards", () => {
    expect(h(tool("list_cards", "List the cards in one column of a kanban board.", { boardId: str, columnId: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("get_checklist", "Get a checklist and its items from a card.", { cardId: str }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: game cards, payment cards, and writes to a board", () => {
    expect(h(tool("search_cards", "Search trading game cards by name and attack points.", { query: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_cards", "List the payment cards saved on the customer's account.", { customer: str }))).not.toContain("untrusted-content");
    expect(h(tool("add_card", "Add a new card to a board column.", { boardId: str, title: str }))).toEqual([]);
  });
});

describe("object storage", () => {
  test("buckets and the objects in them hold whatever the account stored", () => {
    expect(h(tool("list_buckets", "List the buckets of the configured account.", {}))).toEqual(["private-data"]);
    expect(h(tool("read-object", "Read an object's bytes.", { bucket: str, key: str }))).toEqual(["private-data"]);
    expect(h(tool("list_blobs", "List the blobs in a storage container.", { container: str }))).toEqual(["private-data"]);
  });
  test("hard negatives: creating a bucket, a JavaScript object, a public dataset", () => {
    expect(h(tool("create_bucket", "Create a new bucket.", { name: str }))).toEqual([]);
    expect(h(tool("get_object_keys", "Get the keys of a JSON object passed in.", { json: str }))).toEqual([]);
  });
});

describe("chat rooms: sent files, edits, topics, display names and taking messages back", () => {
  test("a file or image sent to a room leaves the user's hands like a message", () => {
    expect(h(tool("send_image", "Post a picture to a conversation.", { room_id: str, image_url: str }))).toContain("public-sink");
    expect(h(tool("send-attachment", "Attach a file to a thread.", { threadId: str, path: str }))).toContain("public-sink");
  });
  test("hard negative: sending a file's bytes into the user's own storage during an upload", () => {
    expect(h(tool("send_file", "Send the next chunk of a file being uploaded to your workspace.", { upload_id: str, chunk: str }))).not.toContain("public-sink");
  });
  test("editing a sent message rewrites what others read, and replaces it", () => {
    expect(h(tool("edit_message", "Change the text of a message you sent earlier.", { channelId: str, messageId: str, newText: str }))).toEqual(["destructive", "public-sink"]);
  });
  test("hard negative: changing messages' flags or labels publishes nothing", () => {
    expect(h(tool("modify_messages", "Mark messages read or unread and add labels.", { messageIds: { type: "array" }, labelId: str }))).not.toContain("public-sink");
  });
  test("a room topic or a display name is text everyone in the room sees, put in place of the old one", () => {
    expect(h(tool("set_channel_topic", "Set the topic line of a channel.", { channel: str, topic: str }))).toEqual(["destructive", "public-sink"]);
    expect(h(tool("update_display_name", "Change the name other members see for you in group chats.", { name: str }))).toEqual(["destructive", "public-sink"]);
  });
  test("hard negatives: a topic the user subscribes to, a local nickname for a contact, reading a topic", () => {
    expect(h(tool("subscribe_topic", "Subscribe to a news topic.", { topic: str }))).not.toContain("destructive");
    expect(h(tool("set_contact_nickname", "Set a nickname for a contact in your local address book.", { contact_id: str, nickname: str }))).not.toContain("public-sink");
    expect(h(tool("get_room_topic", "Get the topic of a room.", { room: str }))).not.toContain("public-sink");
  });
  test("taking a sent message back removes it from everyone's view", () => {
    expect(h(tool("redact_message", "Redact a message in a room.", { room_id: str, event_id: str }))).toContain("destructive");
    expect(h(tool("unsend_message", "Unsend a message you sent.", { message_id: str }))).toContain("destructive");
  });
  test("hard negative: redacting personal data from text handed in", () => {
    expect(h(tool("redact_pii", "Redact e-mail addresses and phone numbers from the given text.", { text: str }))).not.toContain("destructive");
  });
});

describe("restores and set-ups", () => {
  test("restoring a revision or a backup replaces what is there; bringing back a deleted file loses nothing", () => {
    expect(h(tool("restore_file", "Restore a deleted file from the trash.", { path: str }))).not.toContain("destructive");
    expect(h(tool("restore_revision", "Restore a file to an earlier revision.", { path: str, revision: str }))).toContain("destructive");
    expect(h(tool("restore_backup", "Restore the database from a backup.", { backup_id: str }))).toContain("destructive");
  });
  test("initialising a project with a force flag overwrites its existing files", () => {
    expect(h(tool("init_project", "Initialize the project's configuration file.", { force: { type: "boolean" } }))).toContain("destructive");
    expect(h(tool("init_project", "Initialize the project's configuration file.", { name: str }))).not.toContain("destructive");
  });
});

// Round twenty-one: kinds of tools seen across the development sets (texts written for these tests, not taken from them).
import { h, str, tool } from "./class-helpers.js";
import type { Tool } from "../../src/model.js";

const records = { managesRecords: true };
const chat = { ...records, talk: "private" as const };

/** A tool whose whole input object sits under a named definition, as zod-to-json-schema writes it when given a name. */
const refTool = (name: string, description: string, properties: Record<string, unknown>): Tool => ({
  name, description, inputSchema: { $ref: `#/definitions/${name}`, definitions: { [name]: { type: "object", properties } } } as unknown as Tool["inputSchema"],
});

describe("an input schema whose root points at a named definition", () => {
  test("its parameters are the definition's, so a chat and a text are seen", () => {
    expect(h(refTool("topics.add", "Add a new topic to a group.", { chat_id: str, name: str }), chat)).toContain("public-sink");
    expect(h(refTool("relay", "Relay a line of text.", { chat_id: str, text: str }), chat)).toContain("public-sink");
  });
  test("hard negatives: a read or a pin under the same wrapping stays what it was", () => {
    expect(h(refTool("history.fetch", "Fetch the message history of a chat.", { chat_id: str, limit: str }), chat)).not.toContain("public-sink");
    expect(h(refTool("pins.add", "Pin a message in a chat.", { chat_id: str, message_id: str }), chat)).not.toContain("public-sink");
  });
});

describe("text the model writes into one chat", () => {
  test("a topic, a bill or a description for a chat is shown to its members", () => {
    expect(h(tool("threads_create", "Create a thread in a group chat.", { chat_id: str, title: str }), chat)).toContain("public-sink");
    expect(h(tool("payments_request", "Create a payment request for the members of a room.", { room_id: str, title: str, description: str, amount: str }), chat)).toContain("public-sink");
    const retitle = h(tool("rooms_set_title", "Set the title of a room.", { room_id: str, title: str }), chat);
    expect(retitle).toContain("public-sink");
    expect(retitle).toContain("destructive");
  });
  test("hard negatives: a draft, an internal note, a read, a pin, a task list in a group of tasks", () => {
    expect(h(tool("create_draft", "Create a draft in a chat.", { chat_id: str, text: str }), chat)).not.toContain("public-sink");
    expect(h(tool("add_note", "Add a note to a conversation for the team.", { conversation_id: str, text: str }), chat)).not.toContain("public-sink");
    expect(h(tool("search_chat", "Search a chat for a phrase.", { chat_id: str, text: str }), chat)).not.toContain("public-sink");
    expect(h(tool("create_task_list", "Create a task list in a group.", { group_id: str, name: str, description: str }), records)).not.toContain("public-sink");
  });
});

describe("descriptions written in Russian", () => {
  test("a send, a create or a delete reads the same as in English", () => {
    expect(h(refTool("media.voice", "Отправить голосовое сообщение в чат.", { chat_id: str, voice: str, caption: str }), chat)).toContain("public-sink");
    expect(h(refTool("quiz", "Создать опрос в чате.", { chat_id: str, question: str }), chat)).toContain("public-sink");
  });
  test("hard negatives: a read of counts or a list of the platform's own bots", () => {
    expect(h(refTool("bots.all", "Список зарегистрированных ботов.", {}), chat)).not.toContain("public-sink");
    expect(h(refTool("stats.daily", "Получить статистику по дням.", { period: str }), chat)).not.toContain("public-sink");
  });
});

describe("an edit of a sent message's buttons or layout", () => {
  test("changes what the chat sees of that message", () => {
    const buttons = h(tool("edit_message_keyboard", "Replace the inline buttons of a message the bot sent.", { message_id: str, keyboard: { type: "object" } }), chat);
    expect(buttons).toContain("public-sink");
    expect(buttons).toContain("destructive");
    expect(h(tool("edit_message", "Edit a message the bot posted.", { message_id: str, embeds: { type: "array" } }), chat)).toContain("public-sink");
  });
  test("hard negatives: reading a message's blocks, marking it", () => {
    expect(h(tool("get_message", "Get a message with its blocks.", { message_id: str }), chat)).not.toContain("public-sink");
    expect(h(tool("mark_message", "Mark a message as read.", { message_id: str }), chat)).not.toContain("public-sink");
  });
});

describe("a help centre's articles and collections", () => {
  const helpCentre = { ...records, helpCentre: true };
  test("reading them returns the organisation's own help text, not outsiders' writing", () => {
    const list = h(tool("list_articles", "List articles with pagination.", { page: str }), helpCentre);
    expect(list).not.toContain("untrusted-content");
    expect(list).toContain("private-data");
    expect(h(tool("get_article", "Retrieve a help center article with its body.", { id: str }), records)).not.toContain("untrusted-content");
  });
  test("writing them publishes to the help site customers read", () => {
    expect(h(tool("create_section", "Create a section in the support portal.", { category_id: str, name: str, description: str }), records)).toContain("public-sink");
    expect(h(tool("update_article", "Update an existing article.", { id: str, title: str, body: str }), helpCentre)).toContain("public-sink");
  });
  test("hard negatives: news articles, a help centre's comments, articles on a server with no help centre", () => {
    expect(h(tool("get_articles", "Get the latest news articles on a topic.", { topic: str }))).toContain("untrusted-content");
    expect(h(tool("list_article_comments", "List comments on a help center article.", { article_id: str }), records)).toContain("untrusted-content");
    expect(h(tool("create_article", "Create an article in the internal wiki.", { title: str, body: str }), records)).not.toContain("public-sink");
  });
});

describe("an internal note on a ticket or a conversation", () => {
  test("is seen by the team only, so it is no public-sink", () => {
    expect(h(tool("post_private_note", "Post a private note on a ticket.", { ticket_id: str, body: str }), records)).not.toContain("public-sink");
    expect(h(tool("add_comment", "Add a comment to a case. Comments added here are only visible to agents.", { case_id: str, comment: str }), records)).not.toContain("public-sink");
  });
  test("hard negatives: a public reply, a public comment, a reply to the customer", () => {
    expect(h(tool("post_comment", "Post a comment on an issue.", { issue_id: str, body: str }), records)).toContain("public-sink");
    expect(h(tool("add_public_comment", "Add a public comment to a ticket; use the other tool for internal notes.", { ticket_id: str, body: str }), records)).toContain("public-sink");
    expect(h(tool("reply_to_customer", "Reply to a conversation. The reply is emailed to the customer.", { conversation_id: str, body: str }), records)).toContain("public-sink");
  });
});

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

describe("figures about sent mail or messages", () => {
  test("counting sends is no send", () => {
    expect(h(tool("crm_rollup_email_stats", "Roll up open, click and bounce rates across newsletters sent last month.", { since: str }), records)).not.toContain("public-sink");
  });
  test("hard negatives: a send whose name ends in a report it sends, an e-mail with a body", () => {
    expect(h(tool("email_report", "Email the weekly report to a list of addresses.", { to: str, report_id: str }), records)).toContain("public-sink");
    expect(h(tool("send_email", "Send an email.", { to: str, subject: str, body: str }))).toContain("public-sink");
  });
});

describe("a site's visits broken down by traffic source", () => {
  test("is analytics, not search results", () => {
    expect(h(tool("portal_visits_by_source", "Visits and bounces by traffic source: direct, organic search, paid search, social.", { start: str, end: str }), records)).not.toContain("untrusted-content");
  });
  test("hard negatives: organic search results themselves are pages others wrote", () => {
    expect(h(tool("serp_lookup", "Get the organic search results for a keyword.", { keyword: str }))).toContain("untrusted-content");
  });
});

describe("a kind of content the product defines", () => {
  test("a post type or a review type is a definition, not text anyone wrote", () => {
    expect(h(tool("cms_get_post_type", "Get the definition of one post type.", { slug: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("get_review_type", "Get a review type and its fields.", { key: str }), records)).not.toContain("untrusted-content");
  });
  test("hard negatives: the posts of a type, items filtered by type", () => {
    expect(h(tool("list_posts_of_type", "List published posts of a given type from the public forum.", { post_type: str }))).toContain("untrusted-content");
    expect(h(tool("get_segments_by_type", "Get the organisation's application segments by type.", { type: str }), records)).toContain("private-data");
  });
});

describe("the posts an account liked or favourited", () => {
  test("are other people's posts in the account's own list", () => {
    expect(h(tool("liked", "Get toots liked by the signed-in account.", { limit: str }), records)).toContain("untrusted-content");
    expect(h(tool("get_likes", "Return statuses the user liked, newest first.", { cursor: str }), records)).toContain("untrusted-content");
  });
  test("hard negatives: liked songs in a catalogue, like counts, liking a post", () => {
    expect(h(tool("get_liked_tracks", "Get the tracks the user liked.", { limit: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("get_post_likes_count", "Get the number of likes on a post of the account.", { post_id: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("like_post", "Like a post.", { post_id: str }), records)).not.toContain("untrusted-content");
  });
});

describe("people's accounts on a social platform", () => {
  test("found by name or blocked by the user, they carry the names and bios their owners wrote", () => {
    expect(h(tool("lookup_accounts", "Look up accounts by handle or display name.", { q: str }), records)).toContain("untrusted-content");
    expect(h(tool("mutes", "Get accounts muted by the signed-in account.", { limit: str }), records)).toContain("untrusted-content");
  });
  test("hard negatives: ledger accounts, cloud accounts, the user's own account", () => {
    expect(h(tool("find_accounts", "Find ledger accounts by code or name.", { code: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("list_accounts", "List member accounts in the cloud organisation.", {}), records)).not.toContain("untrusted-content");
    expect(h(tool("get_account", "Get the signed-in account's own settings.", {}), records)).not.toContain("untrusted-content");
  });
});

describe("a community's profile on a public platform", () => {
  test("its description and rules were written by its moderators", () => {
    expect(h(tool("fetch_subreddit_metadata", "Fetch a subreddit's metadata: title, sidebar text and subscriber count.", { name: str }))).toContain("untrusted-content");
    expect(h(tool("get_community_info", "Get information about a Lemmy community, including its description.", { community: str }))).toContain("untrusted-content");
  });
  test("hard negatives: a database's details, the signed-in channel's settings", () => {
    expect(h(tool("get_collection_info", "Get information about a vector collection.", { collection: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("get_my_channel_info", "Get the current user's YouTube channel settings.", {}), records)).not.toContain("untrusted-content");
  });
});

describe("ingesting a page or a video into the server's own search index", () => {
  test("returns a job, not the text, so it reads nothing untrusted yet", () => {
    expect(h(tool("ingest_podcast", "Download and index an episode for semantic search. Creates embeddings of its transcript.", { episode_url: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("download_and_index", "Download a page and index it for semantic search.", { url: str }), records)).not.toContain("untrusted-content");
  });
  test("hard negatives: querying the index returns the text, fetching a page returns it too", () => {
    expect(h(tool("fetch_page", "Fetch a web page and return its text.", { url: str }))).toContain("untrusted-content");
    expect(h(tool("search_index", "Search the full-text index of stored documents.", { query: str }), records)).toContain("private-data");
  });
});

describe("a read whose later sentence says it returns messages", () => {
  test("the chat's messages are other people's text", () => {
    expect(h(tool("fetch_context", "Scroll to a message and fetch what surrounds it. Returns a slice of messages before and after it.", { channel_id: str, message_id: str }), chat)).toContain("untrusted-content");
  });
  test("hard negatives: a read that returns message counts or the tool's own notices", () => {
    expect(h(tool("get_unread", "Get unread counts for a channel. Returns numbers only.", { channel_id: str }), chat)).not.toContain("untrusted-content");
    expect(h(tool("get_status", "Show the bot's status. Displays messages when a job fails.", {}), records)).not.toContain("untrusted-content");
  });
});

describe("a create-or-update (an upsert by another name) with content to write", () => {
  test("replaces an existing item's content, so it is destructive", () => {
    expect(h(tool("save_page", "Create or update a page of the handbook.", { slug: str, markdown: str }), records)).toContain("destructive");
    expect(h(tool("put_setting", "Creates or updates a site setting.", { key: str, value: str }), records)).toContain("destructive");
  });
  test("hard negatives: a create-or-update with nothing to overwrite, a read that mentions it", () => {
    expect(h(tool("ensure_board", "Create or update a board with the default columns.", { project: str, board_name: str }), records)).not.toContain("destructive");
    expect(h(tool("get_schema", "Get the schema to use when you create or update a record.", { kind: str }), records)).not.toContain("destructive");
  });
});

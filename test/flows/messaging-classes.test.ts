// Kinds of messaging, social, mail, feed and scraping tools, with look-alikes that must not get the same role (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("multi-action tools carry every role any of their actions has", () => {
  test("an action enum with reads, sends and removals gets all of them", () => {
    const mailbox = tool("mailbox", "Work with the inbox.", { action: { type: "string", enum: ["list", "open", "compose", "reply", "discard"] }, to: str, body: str, id: str });
    expect(h(mailbox)).toEqual(["destructive", "private-data", "public-sink", "untrusted-content"]);
  });
  test("an Actions: list in the description counts like an enum", () => {
    const room = tool("message", "Handle room messages. Actions: - post (room_id, text) - delete (room_id, id) - search (query)", { action: str, room_id: str, text: str, id: str, query: str });
    expect(h(room)).toEqual(["destructive", "private-data", "public-sink", "untrusted-content"]);
  });
  test("hard negative: actions that only play, preview or count carry nothing", () => {
    expect(h(tool("control_scene", "Control the 3D scene.", { action: { type: "string", enum: ["play", "pause", "count_frames"] } }))).toEqual([]);
    // A leading verb list in the description does not hand its verbs to every action.
    expect(h(tool("manage_widget", "Create/open widgets and tweak their look.", { action: { type: "string", enum: ["create", "resize"] } }))).toEqual([]);
  });
});

describe("sending to a chat or a person", () => {
  test("a send verb with a chat or recipient parameter is a sink whatever is sent", () => {
    expect(h(tool("send_picture", "Send a picture to a chat.", { chat_id: str, path: str }))).toContain("public-sink");
    expect(h(tool("send_dm", "Send a direct message.", { user_id: str, text: str }))).toContain("public-sink");
  });
  test("hard negative: marking or filing an item says nothing to anyone", () => {
    expect(h(tool("bookmark_post", "Bookmark a post for later.", { post_id: str }))).not.toContain("public-sink");
    expect(h(tool("pin_message", "Pin a message in the sidebar.", { message_id: str }))).not.toContain("public-sink");
  });
  test("editing one's own post rewrites what others read; editing a local note does not publish", () => {
    expect(h(tool("edit_body", "Edit the text of your own post or comment.", { id: str, text: str }))).toEqual(["destructive", "public-sink"]);
    expect(h(tool("edit_note", "Edit the text of a local note.", { id: str, text: str }))).not.toContain("public-sink");
  });
  test("creating a post with a link is not an HTTP request; an HTTP POST to a URL still is", () => {
    const post = h(tool("create_post", "Submit a link post to a board.", { board: str, title: str, url: str, force: { type: "boolean", description: "Bypass duplicate detection" } }));
    expect(post).toContain("public-sink");
    expect(post).not.toContain("untrusted-content");
    expect(post).not.toContain("destructive");
    expect(h(tool("http_post", "Send an HTTP POST to a URL.", { url: str, body: str }))).toEqual(expect.arrayContaining(["public-sink", "untrusted-content"]));
  });
});

describe("feeds, webhooks and crawlers reach addresses the model picks", () => {
  test("subscribing to a feed makes the server request it; listing feeds does not", () => {
    expect(h(tool("add_subscription", "Subscribes to an RSS feed at the given address.", { url: str }))).toContain("public-sink");
    expect(h(tool("subscribe_podcast", "Subscribe to a podcast feed.", { feed_url: str }))).toContain("public-sink");
    expect(h(tool("list_feeds", "List the feeds you follow."))).not.toContain("public-sink");
  });
  test("a webhook URL parameter on a write is a sink, unless the events are public data", () => {
    expect(h(tool("update_app", "Change the bot's settings.", { name: str, callback_url: str }))).toContain("public-sink");
    expect(h(tool("create_alert", "Create an alert for on-chain transfers.", { chain: str, webhook_url: str }))).not.toContain("public-sink");
  });
  test("a browser session or research job that navigates to given URLs is a sink", () => {
    expect(h(tool("run_session", "Open a live browser session to navigate a page and click controls.", { url: str }))).toContain("public-sink");
    expect(h(tool("start_job", "Start a web research job from a prompt and seed URLs.", { prompt: str, urls: { type: "array" } }))).toContain("public-sink");
    expect(h(tool("get_job", "Get the status of a research job.", { id: str }))).not.toContain("public-sink");
  });
  test("hard negative: a tool that returns an address reads no page", () => {
    expect(h(tool("get_invite_url", "Get the invite URL of a room.", { room_id: str }))).not.toContain("untrusted-content");
  });
});

describe("private correspondence and the user's own items", () => {
  test("the user's notifications and bookmarks are private though others wrote them", () => {
    expect(h(tool("get_notifications", "Fetch notifications, newest first.", { count: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("get_bookmarks", "Get bookmarked posts.", { count: str }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("issues from a tracker are private; a scanner's issues are neither", () => {
    expect(h(tool("search_issues", "Search tracker issues with a query.", { query: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("search_code_issues", "Search code quality issues of a project.", { project: str }))).not.toContain("untrusted-content");
  });
  test("mail attachments are private; attachments of a public post are not said to be", () => {
    expect(h(tool("list_attachments", "List the attachments of an email.", { uid: str }))).toContain("private-data");
  });
  test("scheduled posts and drafts are the user's own words, not outsiders'", () => {
    expect(h(tool("get_scheduled_posts", "Return the scheduled posts for the authenticated user."))).not.toContain("untrusted-content");
  });
  test("opaque ids and counts carry no one's text", () => {
    expect(h(tool("list_article_ids", "Lists only the ids of matching articles.", { feed: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_unread_counts", "Returns how many unread articles there are per feed."))).not.toContain("untrusted-content");
  });
  test("the server saying its output is untrusted or user-authored marks it untrusted", () => {
    expect(h(tool("members_list", "List guild members. User-authored fields are wrapped.", { guild_id: str }))).toContain("untrusted-content");
    expect(h(tool("members_count", "Count guild members.", { guild_id: str }))).not.toContain("untrusted-content");
  });
});

describe("removal said in the description, and the tool's own state", () => {
  test("a description that deletes or warns of no recovery is destructive", () => {
    expect(h(tool("unfollow_feed", "Deletes a feed together with its stored articles.", { feed_id: str }))).toContain("destructive");
    expect(h(tool("mark_everything_read", "Marks every article as read. Which were unread cannot be recovered.", { feed_id: str }))).toContain("destructive");
  });
  test("hard negative: resetting a wizard's state or a reversible toggle destroys nothing", () => {
    expect(h(tool("wizard_reset_state", "Resets the wizard state, clearing the chosen project."))).not.toContain("destructive");
    expect(h(tool("mark_read", "Mark an article as read.", { id: str }))).not.toContain("destructive");
    expect(h(tool("import_list", "Imports a list. There is no bulk undo.", { doc: str }))).not.toContain("destructive");
  });
});

describe("the account the server signs in as", () => {
  test("returning the account the server is authenticated as is the signed-in profile; a public user lookup is not", () => {
    expect(h(tool("get_user_info", "Returns the account the server is authenticated as."))).toEqual(["private-data"]);
    expect(h(tool("get_user_info", "Returns a public user's display name.", { username: str }))).not.toContain("private-data");
  });
});

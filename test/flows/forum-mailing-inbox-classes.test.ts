// Kinds of forum, mailing, feed-reader and incoming-message tools, with look-alikes that must not get the same role (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("waiting for incoming messages", () => {
  test("a tool that waits for the next message returns what someone else wrote, from the user's own chats", () => {
    expect(h(tool("wait_for_reply", "Block until a new chat message arrives and return it.", { chat: str, timeout: { type: "number" } }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("receive_sms", "Return the text messages received since a time.", { since: str }))).toContain("untrusted-content");
  });
  test("hard negatives: waiting for a page element or a job publishes nothing and reads no one's words", () => {
    expect(h(tool("wait_for_job", "Wait until a build job finishes.", { job_id: str }))).toEqual([]);
    expect(h(tool("wait_for_message", "Block until a message arrives.", { queue: str }))).not.toContain("public-sink");
  });
});

describe("sends described in words, forum topics and mailings", () => {
  test("a description that sends something to a recipient the model picks is a sink whatever the name", () => {
    expect(h(tool("request_signoff", "Send a sign-off request to a contact, who can answer yes or no.", { to: str, details: str }))).toContain("public-sink");
  });
  test("opening a forum topic with a body publishes it; a message-queue topic is not a sink", () => {
    expect(h(tool("create_topic", "Create a new topic.", { title: str, raw: str, category_id: { type: "number" } }))).toEqual(["public-sink"]);
    expect(h(tool("create_topic", "Create a new topic.", { name: str, partitions: { type: "number" }, replication_factor: { type: "number" } }))).toEqual([]);
  });
  test("sending or scheduling a campaign mails a list", () => {
    expect(h(tool("schedule_campaign", "Schedule a campaign for later delivery.", { campaign_id: str, send_at: str }))).toContain("public-sink");
    expect(h(tool("send_newsletter", "Send a newsletter issue to its subscribers.", { newsletter_id: str }))).toContain("public-sink");
  });
  test("hard negatives: reading a campaign's statistics, a sent-to field in a read", () => {
    expect(h(tool("get_campaign_stats", "Get opens and clicks of a campaign.", { campaign_id: str }))).not.toContain("public-sink");
  });
  test("renaming a group chat changes what every member sees", () => {
    expect(h(tool("set_group_subject", "Change the subject line of a group chat.", { group: str, subject: str }))).toEqual(["destructive", "public-sink"]);
  });
  test("hard negative: renaming a file group in a local project", () => {
    expect(h(tool("rename_file_group", "Rename a group of files in the project.", { group: str, name: str }))).not.toContain("public-sink");
  });
});

describe("feed readers and memberships", () => {
  test("adding a feed source by URL makes the server poll an address the model picks", () => {
    expect(h(tool("add_source", "Add a new RSS source.", { url: str, name: str }))).toContain("public-sink");
  });
  test("hard negative: adding a tag to a feed item has no URL and polls nothing", () => {
    expect(h(tool("add_tag", "Add a tag to an RSS item.", { item_id: str, tag: str }))).not.toContain("public-sink");
  });
  test("teams or groups the signed-in user has joined are the user's own", () => {
    expect(h(tool("list_workspaces", "List all workspaces that the authenticated user has joined.", {}))).toEqual(["private-data"]);
  });
});

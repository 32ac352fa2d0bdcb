// Kinds of tools that send or publish what the model writes (round thirteen), with look-alikes that must not be sinks (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

const bool = { type: "boolean" };

describe("a server prefix before the verb", () => {
  test("deleting a post or a comment behind a prefix removes it and publishes nothing", () => {
    expect(h(tool("blog_delete_post", "Delete a post by id.", { id: str }))).toEqual(["destructive"]);
    expect(h(tool("site_remove_comment", "Remove a comment from an article.", { comment_id: str }))).toEqual(["destructive"]);
    expect(h(tool("admin_validate_email", "Check that an address is well formed.", { address: str }))).toEqual([]);
  });
  test("hard negative: a prefix before a sending verb still sends", () => {
    expect(h(tool("blog_publish_post", "Publish a post to the blog.", { title: str, body: str }))).toContain("public-sink");
    expect(h(tool("chat_send_message", "Send a message to a room.", { room_id: str, text: str }))).toContain("public-sink");
  });
});

describe("requests sent to a webhook or an endpoint", () => {
  test("sending payloads or events to a webhook delivers them to whoever runs it", () => {
    expect(h(tool("send_batch", "Send several test payloads to a webhook in one go.", { hook_token: str, payloads: { type: "array" } }))).toContain("public-sink");
    expect(h(tool("deliver_event", "Deliver a JSON event to the configured endpoint.", { endpoint: str, event: { type: "object" } }))).toContain("public-sink");
  });
  test("hard negatives: building a payload or sending a test to oneself leaves nothing outside", () => {
    expect(h(tool("build_payload", "Build a test payload for a webhook.", { kind: str }))).not.toContain("public-sink");
    expect(h(tool("send_heartbeat", "Send a heartbeat so the session stays open.", {}))).not.toContain("public-sink");
  });
});

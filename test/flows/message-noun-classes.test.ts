// A product prefix followed by the noun "message" or "comment" names what is read, not the verb "to message" (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a send word used as the object after a product prefix", () => {
  test("reading a chat's messages or a video's comment threads sends nothing", () => {
    expect(h(tool("teamly_message_history", "Read messages from a team chat channel or a direct chat, newest first.", { channel: str, since: str }))).not.toContain("public-sink");
    expect(h(tool("teamly_message_pinned", "List the messages pinned in a channel.", { channel: str }))).not.toContain("public-sink");
    expect(h(tool("teamly_message_get", "Fetch one chat message by its id.", { message_id: str, channel: str }))).not.toContain("public-sink");
    expect(h(tool("clips_comment_threads_list", "List comment threads under a clip.", { clip_id: str }))).not.toContain("public-sink");
  });
  test("the read is still a read of the chat", () => {
    expect(h(tool("teamly_message_history", "Read messages from a team chat channel or a direct chat, newest first.", { channel: str, since: str }))).toEqual(expect.arrayContaining(["private-data", "untrusted-content"]));
  });
  test("hard negatives: the same words as verbs still send", () => {
    expect(h(tool("teamly_message_send", "Send a message to a channel.", { channel: str, text: str }))).toContain("public-sink");
    expect(h(tool("message_user", "Send a direct message to a user.", { user_id: str, text: str }))).toContain("public-sink");
    expect(h(tool("teamly_post_message", "Post a message in a channel.", { channel: str, text: str }))).toContain("public-sink");
    expect(h(tool("clips_comment_reply", "Reply to a comment under a clip.", { comment_id: str, text: str }))).toContain("public-sink");
  });
});

describe("comment threads under a public platform's videos", () => {
  test("are public discussion, not a private chat's threads, even on a server that also hosts chats", () => {
    expect(h(tool("clips_comment_threads_list", "List comment threads on a YouTube video or channel.", { video_id: str }), { talk: "private" })).not.toContain("private-data");
  });
  test("hard negative: a chat's threads stay private there", () => {
    expect(h(tool("get_chat_threads", "List the threads of a chat.", { chat_id: str }), { talk: "private" })).toContain("private-data");
  });
});

describe("spaces on a chat platform", () => {
  test("are its rooms: listing them lists the account's own chats", () => {
    expect(h(tool("list_spaces", "List the spaces, group chats and direct chats the user belongs to.", { limit: str }), { talk: "private" })).toContain("private-data");
  });
  test("hard negative: a public directory of spaces", () => {
    expect(h(tool("list_spaces", "List public spaces anyone can join.", { limit: str }), { talk: "private" })).not.toContain("private-data");
  });
});

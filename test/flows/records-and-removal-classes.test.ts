// Kinds of tools that return an account's own records or remove and overwrite them (round fourteen), with look-alikes that must not (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a server prefix before the verb that sends a draft or forwards to a recipient", () => {
  test("sending a draft behind a prefix sends it; forwarding behind a prefix reaches the recipient", () => {
    expect(h(tool("mailbox_send_draft", "Send a previously saved draft.", { draft_id: str }))).toContain("public-sink");
    expect(h(tool("acme_forward_note", "Forward a note.", { note_id: str, recipient: str }))).toContain("public-sink");
  });
  test("hard negatives: saving a draft behind a prefix, or forwarding a port, reaches no one", () => {
    expect(h(tool("mailbox_save_draft", "Save a draft for later.", { subject: str, body: str, to: str }))).not.toContain("public-sink");
    expect(h(tool("acme_forward_port", "Forward a local port to a container.", { port: str }))).not.toContain("public-sink");
  });
});

describe("moving items to the trash", () => {
  test("trashing a message or moving a file to the bin throws it away", () => {
    expect(h(tool("trash_message", "Put a message in the trash folder.", { message_id: str }))).toContain("destructive");
    expect(h(tool("move_to_trash", "Move a mail to the configured trash folder.", { folder: str, uid: str }))).toContain("destructive");
    expect(h(tool("move_file_to_recycle_bin", "Moves a stored file into the recycle bin.", { file_id: str }))).toContain("destructive");
  });
  test("hard negatives: listing the trash or moving something back out of it removes nothing", () => {
    expect(h(tool("list_trash", "List items in the trash.", {}))).not.toContain("destructive");
    expect(h(tool("move_from_trash", "Move an item out of the trash back to its folder.", { item_id: str }))).not.toContain("destructive");
    expect(h(tool("move_message", "Move a message to another folder.", { message_id: str, folder: str }))).not.toContain("destructive");
  });
});

describe("comments on the items of a team's own workspace", () => {
  test("comments on a task, a wiki page or a tracker issue are the team's own records as well as people's words", () => {
    expect(h(tool("get_task_comments", "Fetch every comment left on one task.", { task_id: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("list_comments", "Retrieve the comments under a wiki page.", { page_id: str }))).toContain("private-data");
    expect(h(tool("fetch_issue_comments", "Return the comments of a tracker issue.", { issue_key: str }))).toContain("private-data");
  });
  test("hard negatives: comments on a public video, a blog post or a social thread are outsiders' text only", () => {
    expect(h(tool("get_video_comments", "Get the comments of a YouTube video.", { video_id: str }))).not.toContain("private-data");
    expect(h(tool("list_comments", "List the comments on a blog post.", { post_id: str }))).not.toContain("private-data");
    expect(h(tool("get_thread_comments", "Get the comments of a Reddit thread, page by page.", { thread_id: str, page: str }))).not.toContain("private-data");
  });
});

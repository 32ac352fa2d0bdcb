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

// A pull or merge request is a code forge's record, not an HTTP request (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("'request' in a pull request or a merge request", () => {
  test("linking a work item to one sends no HTTP request", () => {
    const roles = h(tool("link_item_to_pull_request", "Link a work item to a pull request.", { item_id: str, url: str }));
    expect(roles).not.toContain("public-sink");
    expect(roles).not.toContain("untrusted-content");
    expect(h(tool("attach_merge_request", "Attach a merge request to a ticket.", { ticket_id: str, url: str }))).not.toContain("public-sink");
  });
  test("hard negatives: an HTTP request tool, a POST request to a URL", () => {
    expect(h(tool("http_request", "Send an HTTP request.", { url: str, method: str, body: str }))).toContain("public-sink");
    expect(h(tool("post_request", "Make a POST request to a URL.", { url: str, body: str }))).toContain("public-sink");
  });
});

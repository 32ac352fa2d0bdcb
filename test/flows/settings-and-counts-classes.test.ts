// A tracker's issue types and schemes, statistics about items, and the services that carry mail are not text people
// wrote, with look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("settings and counts about items are not the items' text", () => {
  test("issue types and schemes, dashboard statistics, configured mail services", () => {
    expect(h(tool("list_issue_types", "List the issue types of a project.", { project: str }))).not.toContain("untrusted-content");
    expect(h(tool("issue_schemes", "List issue schemes.", {}))).not.toContain("untrusted-content");
    expect(h(tool("get_overview", "Get dashboard statistics (posts count, comments count, recent activity).", {}))).not.toContain("untrusted-content");
    expect(h(tool("list_providers", "List all configured email providers.", {}))).not.toContain("untrusted-content");
  });
  test("hard negatives: the issues themselves, mail fetched from a mail server, statistics with the comments", () => {
    expect(h(tool("list_issues", "List issues of a project.", { project: str }))).toContain("untrusted-content");
    expect(h(tool("get_emails", "Get emails from the mail server.", { folder: str }))).toContain("untrusted-content");
    expect(h(tool("get_post", "Get statistics and top comments for a post.", { post_id: str }))).toContain("untrusted-content");
  });
});

// What the signed-in account wrote itself (`get_my_posts`) is its own, not text outsiders wrote (texts written for these tests).
import { h, tool, str } from "./class-helpers.js";

describe("the account's own posts and articles", () => {
  test("are private but not outsiders' text", () => {
    const roles = h(tool("get_my_posts", "Get the posts you published.", { limit: str }));
    expect(roles).toContain("private-data");
    expect(roles).not.toContain("untrusted-content");
    expect(h(tool("list_my_stories", "List the stories written by the signed-in author.", {}))).not.toContain("untrusted-content");
  });
  test("hard negatives: mentions, assigned issues and comments on one's posts are written by others", () => {
    expect(h(tool("get_my_mentions", "Get posts that mention you.", {}))).toContain("untrusted-content");
    expect(h(tool("list_my_issues", "List issues assigned to me.", {}))).toContain("untrusted-content");
    expect(h(tool("get_my_post_comments", "Get the comments on one of your posts.", { post_id: str }))).toContain("untrusted-content");
  });
});

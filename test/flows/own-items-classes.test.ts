// What the signed-in account itself wrote, saved or gathers on a public platform is its own, though others' words are
// in it; a home timeline is what others posted (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("the signed-in account's own posts, saved items and audience on a public platform", () => {
  test("are private as well as text to distrust", () => {
    expect(h(tool("list_my_posts", "List posts from the blog, newest first.", { page: str }))).toContain("private-data");
    expect(h(tool("get_saved_stories", "Get the authenticated user's saved stories from the forum.", { page: str }))).toContain("private-data");
    expect(h(tool("get_replies", "Get replies to your own posts on the network.", { cursor: str }))).toContain("private-data");
  });
  test("hard negatives: a home feed, anyone's posts, a public search", () => {
    expect(h(tool("get_home_feed", "Get the authenticated user's home feed of posts from followed accounts.", { cursor: str }))).not.toContain("private-data");
    expect(h(tool("get_user_posts", "Get the posts a user published on the forum.", { username: str }))).not.toContain("private-data");
    expect(h(tool("search_posts", "Search public posts on the network.", { query: str }))).not.toContain("private-data");
  });
});

// Round twenty-five: the signed-in user's own library on a platform, what the user saved, followed, liked or bookmarked
// (texts written for these tests, not taken from the label sets).
import { h, str, tool } from "./class-helpers.js";

const int = { type: "integer" };
const ids = { type: "array", items: { type: "string" } };

describe("the signed-in user's saved, followed or liked items", () => {
  test("catalogue items the user picked are the user's own record", () => {
    expect(h(tool("fetch_liked_episodes", "Fetch episodes liked by the current user, newest first.", { limit: int }))).toEqual(["private-data"]);
    expect(h(tool("get_followed_creators", "Get creators followed by the user.", { cursor: str }))).toContain("private-data");
    expect(h(tool("check_saved_books", "Check whether books are already saved in the current user's library.", { ids }))).toContain("private-data");
    expect(h(tool("saved_listings", "List rentals saved by the authenticated Nestly user. Returns their ids.", { pages: int }))).toContain("private-data");
  });
  test("saved posts and bookmarks also carry what their authors wrote", () => {
    expect(h(tool("picked_posts", "🔐 Auth required — get your saved posts from the board.", { limit: int }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("bookmark_find", "Search bookmarks by tag or text", { text: str, tag: str }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: removing or saving items, any named user's follows, a public catalogue search", () => {
    expect(h(tool("remove_saved_books", "Remove books from the current user's library.", { ids }))).not.toContain("private-data");
    expect(h(tool("save_episode", "Save an episode to your library.", { id: str }))).not.toContain("private-data");
    expect(h(tool("get_followed_creators", "Get creators followed by a user.", { username: str }))).not.toContain("private-data");
    expect(h(tool("search_books", "Search the catalogue for books.", { q: str }))).not.toContain("private-data");
    expect(h(tool("bookmark_page", "Bookmark a page with tags.", { page_id: str, tags: ids }))).not.toContain("private-data");
  });
});

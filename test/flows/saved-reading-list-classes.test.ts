// What an account saved to read or watch later is its own, on a public platform too (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("reading lists and watch lists the user saved", () => {
  test("listing them or reading one reads the account's own choices", () => {
    expect(h(tool("get_reading_lists", "Retrieve your saved reading lists.", {}))).toContain("private-data");
    expect(h(tool("get_list_stories", "Get the stories in one of the user's reading lists.", { list_id: str }))).toContain("private-data");
    expect(h(tool("show_watchlist", "Show the films on the user's watch list.", {}))).toContain("private-data");
  });
  test("hard negatives: editors' lists and a board's lists are no one's saved items", () => {
    expect(h(tool("get_top_lists", "Retrieve curated best-of lists from the site's editors.", { category: str }))).not.toContain("private-data");
    expect(h(tool("get_reading_level", "Get the reading level of a text.", { text: str }))).not.toContain("private-data");
  });
});

// A platform's fixed vocabularies (categories, report reasons, regions) are lists the platform keeps, not text anyone wrote (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a platform's fixed vocabulary", () => {
  test("reading its categories or report reasons reads no one's text", () => {
    expect(h(tool("tube_video_categories_list", "List YouTube video categories for a region.", { region_code: str }))).not.toContain("untrusted-content");
    expect(h(tool("tube_report_reasons_list", "List the valid reasons for reporting a YouTube video.", { hl: str }))).not.toContain("untrusted-content");
    expect(h(tool("reddit_list_languages", "List the languages Reddit supports.", {}))).not.toContain("untrusted-content");
  });
  test("hard negatives: the videos or comments of a category are still people's text", () => {
    expect(h(tool("tube_videos_by_category", "List YouTube videos in a category.", { category_id: str }))).toContain("untrusted-content");
    expect(h(tool("tube_comments_list", "List YouTube comments on a video.", { video_id: str }))).toContain("untrusted-content");
  });
});

// `viewer` is the GraphQL APIs' name for the signed-in account (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("the viewer of a GraphQL API", () => {
  test("reading it reads the signed-in account's own profile", () => {
    expect(h(tool("get_viewer", "Retrieve information about the currently authenticated user.", {}))).toContain("private-data");
    expect(h(tool("fetch_viewer", "Fetch the logged-in user: name, email and plan.", {}))).toContain("private-data");
  });
  test("hard negatives: how many viewers a stream has, a document viewer", () => {
    expect(h(tool("get_viewer_count", "Get how many viewers a live stream has.", { stream_id: str }))).not.toContain("private-data");
    expect(h(tool("open_viewer", "Open the image viewer.", {}))).not.toContain("private-data");
  });
});

// A URL parameter described as the page a tool works on, and catch-all calls of any method of an account's API, with
// look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("an address described as the page the tool works on is fetched", () => {
  test("processing, summarising or extracting from the page at a URL", () => {
    const page = ["public-sink", "untrusted-content"];
    expect(h(tool("chunk_content", "Split long content into ranked chunks.", { url: { type: "string", description: "URL to process" }, max_tokens: { type: "number" } }))).toEqual(page);
    expect(h(tool("tables_from", "Pull tables out with selectors.", { url: { type: "string", description: "Target URL" }, selector: str }))).toEqual(page);
    expect(h(tool("digest", "A short digest.", { url: { type: "string", description: "URL of the web page" } }))).toEqual(page);
  });
  test("hard negatives: shortening, bookmarking or checking an address, a record's URL", () => {
    expect(h(tool("shorten_link", "Make a short link.", { url: { type: "string", description: "URL to shorten" } }))).toEqual([]);
    expect(h(tool("save_bookmark", "Keep a link for later.", { url: { type: "string", description: "URL to bookmark" }, title: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_artifact", "Fetch a build artifact's metadata.", { url: { type: "string", description: "The URL of the artifact" } }))).not.toContain("public-sink");
  });
});

describe("a catch-all call of any method of the account's API reads and changes its records", () => {
  test("invoking any operation or method with arguments", () => {
    expect(h(tool("api_invoke", "Generic call of any operation in the vendor's API catalog.", { operation_id: str, args: { type: "object" } }))).toEqual(["destructive", "private-data"]);
    expect(h(tool("call_method", "Invoke any method of the account's REST API.", { method: str, params: { type: "object" } }))).toEqual(["destructive", "private-data"]);
    expect(h(tool("invoke_read", "Invoke any read-only method of the API.", { method: str, params: { type: "object" } }))).toEqual(["private-data"]);
  });
  test("hard negatives: describing a method, calling one named tool, a method with no arguments", () => {
    expect(h(tool("describe_method", "Show the parameters of any method.", { method_id: str }))).not.toContain("destructive");
    expect(h(tool("call_tool", "Call another tool by its name.", { name: str, arguments: { type: "object" } }))).not.toContain("destructive");
    expect(h(tool("pick_method", "Choose any method for the payment.", { method: str, amount: { type: "number" } }))).toEqual([]);
  });
});

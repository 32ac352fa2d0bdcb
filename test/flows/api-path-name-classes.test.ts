// Tools named for an HTTP method and an API path (generated from an OpenAPI document): the method is the verb (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";
import { managesRecords } from "../../src/flows/heuristics.js";

const server = [
  tool("get-v2-webhooks-id", "Get a webhook", { id: str }),
  tool("put-v2-suppressions-id", "Update a suppression", { id: str, reason: str }),
  tool("post-v1-events-search", "Search events", { start: str, end: str, filter: str }),
];

describe("an API path name", () => {
  test("a PUT, PATCH or DELETE in front of a versioned path writes records, so the server keeps an account's state", () => {
    expect(managesRecords(server)).toBe(true);
    expect(managesRecords([tool("patch-v4-contacts-id", "Change a contact", { id: str }), tool("get-v4-contacts", "Get contacts", {})])).toBe(true);
  });
  test("its reads, GET or a POST described as a search, read that account's records", () => {
    expect(h(server[0]!, { managesRecords: managesRecords(server) })).toContain("private-data");
    expect(h(server[2]!, { managesRecords: managesRecords(server) })).toContain("private-data");
  });
  test("a POST that searches publishes nothing", () => {
    expect(h(server[2]!, { managesRecords: true })).not.toContain("public-sink");
  });
  test("hard negatives: a verb-first name that only looks like a method, a server of reads only", () => {
    expect(managesRecords([tool("get-v1-prices", "Get prices", {}), tool("post_v2_search", "Search listings", { q: str })])).toBe(false);
    expect(h(tool("post-tweet", "Post a tweet.", { text: str }))).toContain("public-sink");
  });
});

// A list of relays to query or publish to names the servers a call goes to, chosen by the model (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

const list = { type: "array", items: { type: "string" }, description: "Optional list of relays to query" };

describe("a relays parameter", () => {
  test("a read queries relays the model picks and returns what anyone published there", () => {
    const roles = h(tool("fetch_posts_by_key", "Get text posts by public key.", { pubkey: str, relays: list }));
    expect(roles).toEqual(expect.arrayContaining(["public-sink", "untrusted-content"]));
    expect(h(tool("get_follow_list", "Get the accounts a public key follows.", { pubkey: str, relay_urls: list }))).toContain("public-sink");
  });
  test("hard negatives: a switching relay on a board, a relay named by id", () => {
    expect(h(tool("set_relay", "Switch a GPIO relay on or off.", { relay: str, state: str }))).not.toContain("public-sink");
    expect(h(tool("get_relay_status", "Get a relay's status.", { relay_id: str }))).not.toContain("public-sink");
  });
});

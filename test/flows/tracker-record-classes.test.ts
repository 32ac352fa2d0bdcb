// Epics of a team tracker, and records pulled up or listed from an account that serves clients, with look-alikes
// (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("an epic is an issue of the organisation's tracker", () => {
  test("listing or reading epics returns what teammates wrote, from the team's own tracker", () => {
    expect(h(tool("list_epics", "List the epics of a board.", { board_id: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("epic_get", "One epic by key.", { epic_key: str }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: a game store, creating an epic", () => {
    expect(h(tool("list_epic_games", "List this week's free games on the Epic store.", { country: str }))).not.toContain("untrusted-content");
    expect(h(tool("create_epic", "Create an epic.", { title: str }))).not.toContain("untrusted-content");
  });
});

describe("a record pulled up, and the clients an account serves, are the account's own", () => {
  test("pulling up a record, listing the firm's clients", () => {
    expect(h(tool("customer_record", "Pull up the full record of one customer.", { customer_id: str }))).toEqual(["private-data"]);
    expect(h(tool("employee_profile", "Pull full profile detail for one employee.", { employee_id: str }))).toEqual(["private-data"]);
    expect(h(tool("client_list", "List every client the firm's account can see.", {}))).toEqual(["private-data"]);
  });
  test("hard negatives: pulling an image or changes, a client library's version, supported clients", () => {
    expect(h(tool("image_pull", "Pull an image from a registry.", { image: str }))).not.toContain("private-data");
    expect(h(tool("client_version", "Version of this client library.", {}))).toEqual([]);
    expect(h(tool("list_clients", "List the MCP clients this tool supports configuring.", {}))).toEqual([]);
  });
});

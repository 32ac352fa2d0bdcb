// Kinds of tools that return what other people wrote about themselves or filed for a team, with look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";
import { hostsTalk } from "../../src/flows/outsiders.js";

const names = (...xs: string[]) => xs.map((name) => ({ name }));

describe("a server is a place where people talk when several of its tools are about rooms, chats, tickets or feeds", () => {
  test("rooms and chats make a private one, feeds and followers a public one", () => {
    expect(hostsTalk(names("read_room_history", "post_to_room", "whois"))).toBe("private");
    expect(hostsTalk(names("helpdesk_list_tickets", "helpdesk_ticket_reply", "helpdesk_person"))).toBe("private");
    expect(hostsTalk(names("home_timeline", "list_followers", "lookup_person"))).toBe("public");
  });
  test("hard negatives: one mention is not enough, and stores, clusters and mailers are no such place", () => {
    expect(hostsTalk(names("send_notification_message", "list_users", "get_user"))).toBeUndefined();
    expect(hostsTalk(names("get_key", "set_key", "scan_keys"))).toBeUndefined();
    expect(hostsTalk(names("send_mail", "list_recipients", "get_recipient"))).toBeUndefined();
  });
});

describe("members' profiles on a platform where people talk are what those members wrote", () => {
  test("a chat's member directory and one member's profile are outsiders' text in the user's own workspace", () => {
    expect(h(tool("lookup_user", "Look up a user by handle.", { handle: str }), { talk: "private" })).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("list-members", "List everyone in the workspace.", { cursor: str }), { talk: "private" })).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("fetch_member_profile", "Fetch the profile a member filled in.", { member: str }), { talk: "private" })).toEqual(["private-data", "untrusted-content"]);
  });
  test("on a public network, people and their follower lists are strangers' words and nobody's private data", () => {
    expect(h(tool("fetch_people", "Fetch the profiles of several people at once.", { handles: { type: "array" } }), { talk: "public" })).toEqual(["untrusted-content"]);
    expect(h(tool("list_followers", "Followers of an account.", { account: str }), { talk: "public" })).toEqual(["untrusted-content"]);
  });
  test("contacts that come with the groups and chats they are in carry names others chose", () => {
    expect(h(tool("find_contacts", "Find contacts and groups whose name matches a text.", { text: str }), { talk: "private" })).toContain("untrusted-content");
  });
  test("hard negatives: the signed-in account, a member's settings or roles, a product's profile, an address book, no place to talk", () => {
    expect(h(tool("get_user", "Get the user the server is authenticated as.", {}), { talk: "public" })).not.toContain("untrusted-content");
    expect(h(tool("read_my_profile", "Read the profile of the current user.", {}), { talk: "private" })).not.toContain("untrusted-content");
    expect(h(tool("get_user_preferences", "Get a user's notification preferences.", { user: str }), { talk: "private" })).not.toContain("untrusted-content");
    expect(h(tool("list_member_roles", "List the roles each member holds.", {}), { talk: "private" })).not.toContain("untrusted-content");
    expect(h(tool("mailbox_profile", "Get mailbox profile information including message totals.", {}), { talk: "private" })).not.toContain("untrusted-content");
    expect(h(tool("search_contacts", "Search the address book by name.", { q: str }), { talk: "private" })).not.toContain("untrusted-content");
    expect(h(tool("lookup_user", "Look up a user by handle.", { handle: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_users", "List the users of the directory.", {}), { managesRecords: true })).toEqual(["private-data"]);
  });
});

describe("a team tracker's assigned tasks and cards are filed by teammates and guests", () => {
  test("tasks or cards that carry assignees are outsiders' text in the team's own tracker", () => {
    expect(h(tool("query_tasks", "Query tasks by text, status and assignee.", { text: str, status: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("tasks_of_section", "Show the open tasks of a section.", { section: str, assigneeId: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("get_column", "Get one column of a board.\nIts cards come back too, optionally only those assigned to a given person.", { column_id: str }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("assignees declared inside a wrapped input object still count", () => {
    const wrapped = { $ref: "#/$defs/Filters" };
    const t = tool("list_folder_tasks", "List the tasks of a folder, a page at a time.", { input: wrapped });
    (t.inputSchema as Record<string, unknown>).$defs = { Filters: { type: "object", properties: { folder_id: str, owners: str, assignee_ids: { type: "array" } } } };
    expect(h(t)).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: a personal to-do list, background jobs, a column without cards, writes", () => {
    expect(h(tool("list_todo_tasks", "List the tasks on your to-do list due today.", {}))).not.toContain("untrusted-content");
    expect(h(tool("get_task_status", "Get the status of a background export task.", { task_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_column", "Get the type and default of a table column.", { table: str, column: str }))).not.toContain("untrusted-content");
    expect(h(tool("reassign_task", "Give a task to another assignee.", { task_id: str, assignee: str }))).not.toContain("untrusted-content");
  });
});

describe("a search over the whole of a platform where people talk returns their posts", () => {
  test("site-wide and community-wide searches", () => {
    expect(h(tool("hub_search", "Search the workspace content for a phrase.", { phrase: str }), { talk: "private" })).toContain("untrusted-content");
    expect(h(tool("lookup", "Find everything that matches a query.", { q: str }), { talk: "private" })).toContain("untrusted-content");
  });
  test("hard negatives: the same words on a server where nobody talks, and a search of one kind of setting", () => {
    expect(h(tool("hub_search", "Search the workspace content for a phrase.", { phrase: str }))).not.toContain("untrusted-content");
    expect(h(tool("search_site_settings", "Search the site settings by key.", { key: str }), { talk: "public" })).not.toContain("untrusted-content");
  });
});

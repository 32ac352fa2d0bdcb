// Round twenty-four: kinds of tools seen across the development sets, mostly cloud drives, push notifiers, help desks
// and newsletter publishers (texts written for these tests, not taken from them).
import { h, str, tool } from "./class-helpers.js";
import { makesSharingLinks } from "../../src/flows/sending.js";
import { runsOwnPublication } from "../../src/flows/holdings.js";

const records = { managesRecords: true };
const drive = { ...records, sharesLinks: true };
const publication = { ...records, ownPublication: true };
const bool = { type: "boolean" };

describe("a new file put into a cloud drive that hands out sharing links", () => {
  test("the server shape: one of its tools makes a sharing or public link", () => {
    expect(makesSharingLinks([tool("link_for_item", "Make a sharing link for a file or a folder in the drive.", { item_id: str })])).toBe(true);
    expect(makesSharingLinks([tool("item_link", "Return the existing shared link of an item or create a public link.", { path: str })])).toBe(true);
    expect(makesSharingLinks([tool("put_blob", "Store a blob in the bucket.", { key: str }), tool("list_links", "List hyperlinks found in a document.", { doc: str })])).toBe(false);
  });
  test("uploading or writing a new file there puts it where a link can reach it", () => {
    expect(h(tool("put_file", "Upload a text file to the cloud drive", { folder: str, name: str, content: str }), drive)).toContain("public-sink");
    expect(h(tool("save_file", "Create or update a text file in the drive. Writes the given text to the path.", { path: str, content: str, overwrite: bool }), drive)).toContain("public-sink");
  });
  test("hard negatives: an in-place update, a read, a folder", () => {
    // Rulebook 5.22 (tenth session): an upload into a cloud drive is a sink whether or not the server makes links.
    expect(h(tool("put_file", "Upload a text file to the cloud drive", { folder: str, name: str, content: str }), records)).toContain("public-sink");
    expect(h(tool("update_file_text", "Update the content of an existing file in the drive", { item_id: str, content: str }), drive)).not.toContain("public-sink");
    expect(h(tool("read_file", "Read a text file from the drive.", { path: str }), drive)).not.toContain("public-sink");
    expect(h(tool("make_folder", "Create a new folder in the drive.", { path: str }), drive)).not.toContain("public-sink");
  });
});

describe("a tool that returns or creates a shareable link to an item", () => {
  test("getting a link that anyone holding it can open, made when none exists", () => {
    expect(h(tool("obtain_link", "Fetch or create a shareable link for a stored file. Returns the existing link if there is one.", { path: str }), drive)).toContain("public-sink");
    expect(h(tool("file_url", "Get a file's public URL, creating a public link when the file has none.", { file_id: str }))).toContain("public-sink");
  });
  test("hard negatives: listing the links that exist, revoking one, a link's click statistics", () => {
    expect(h(tool("list_shared_links", "List the shared links of the account.", {}), drive)).not.toContain("public-sink");
    expect(h(tool("revoke_link", "Revoke a shared link so it stops working.", { url: str }), drive)).not.toContain("public-sink");
    expect(h(tool("link_clicks", "Get click statistics for a short link.", { link_id: str }))).not.toContain("public-sink");
  });
});

describe("a push notification or a message sent by a bare send tool", () => {
  test("a notifier's send: the text goes through the push service to the configured devices or group", () => {
    expect(h(tool("beep_send", "Send a push notification to the configured recipients with a title and a priority.", { message: str, title: str, priority: str }))).toContain("public-sink");
    expect(h(tool("alerty_send_loud", "Sends a high-priority alert with a siren sound to the subscribed devices.", { message: str, sound: str }))).toContain("public-sink");
    expect(h(tool("send", "Send a message to the account owner's phone through the messenger.", { message: str, attachments: { type: "array" } }))).toContain("public-sink");
  });
  test("hard negatives: to oneself, keystrokes, a command to a device, a test notification to the caller", () => {
    expect(h(tool("send_to_self", "Send a text message to yourself.", { message: str }))).not.toContain("public-sink");
    // The name says who receives it even when the description is in another language.
    expect(h(tool("send_message_to_me", "나에게 알림 메시지를 보냅니다.", { message: str }))).not.toContain("public-sink");
    expect(h(tool("send_keys", "Send keystrokes to the focused terminal window.", { keys: str }))).not.toContain("public-sink");
    expect(h(tool("send", "Send a command to the connected thermostat.", { command: str }))).not.toContain("public-sink");
    expect(h(tool("send_test", "Send a test notification to the current API user.", { message: str }))).not.toContain("public-sink");
  });
});

describe("a help-desk ticket opened for a requester", () => {
  test("the help desk mails the requester the new ticket with the text the model wrote", () => {
    expect(h(tool("add_support_ticket", "Creates a new support ticket on behalf of a customer.", { subject: str, description: str, requester_email: str, priority: str }), records)).toContain("public-sink");
    expect(h(tool("new_ticket", "Create a ticket. subject and body are required.", { subject: str, body: str, requester_id: str, assignee_id: str }), records)).toContain("public-sink");
  });
  test("hard negatives: a ticket's status, reading tickets", () => {
    // Rulebook 5.24 (tenth session): a ticket opened in a shared tracker notifies its assignee, so it is a sink too.
    expect(h(tool("create_ticket", "Create a ticket in the team's tracker.", { title: str, description: str, assignee_id: str, project: str }), records)).toContain("public-sink");
    expect(h(tool("update_ticket_status", "Set a ticket's status.", { ticket_id: str, status: str, requester_id: str }), records)).not.toContain("public-sink");
    expect(h(tool("list_tickets", "List tickets of a requester.", { requester_id: str }), records)).not.toContain("public-sink");
  });
});

describe("posts of the user's own newsletter or publication", () => {
  test("the server shape: its tools speak of the caller's publication or take a publication id", () => {
    expect(runsOwnPublication([tool("subscriber_total", "Get the number of subscribers of your newsletter publication.", {}), tool("new_post", "Create a post.", { title: str, body: str })])).toBe(true);
    expect(runsOwnPublication([tool("posts", "List the posts of a publication.", { publication_id: str }), tool("create_post", "Create a post.", { publication_id: str, title: str })])).toBe(true);
    expect(runsOwnPublication([tool("latest", "Get the latest articles of a publication by hostname.", { hostname: str }), tool("write", "Create and publish an article.", { title: str })])).toBe(false);
  });
  test("reading its posts returns what the user published, not strangers' text", () => {
    const posts = h(tool("published_posts", "List published posts with pagination. Returns title, date and URL of each.", { offset: str, limit: str }), publication);
    expect(posts).toContain("private-data");
    expect(posts).not.toContain("untrusted-content");
    const one = h(tool("fetch_post", "Retrieve a single post by ID.", { publication_id: str, post_id: str }), publication);
    expect(one).toContain("private-data");
    expect(one).not.toContain("untrusted-content");
  });
  test("hard negatives: readers' comments on those posts, a public community's posts, a social platform's feed", () => {
    expect(h(tool("post_comments", "Get the comments readers left on a published post.", { post_id: str }), publication)).toContain("untrusted-content");
    expect(h(tool("community_posts", "List published posts from the developer community.", { tag: str }), records)).toContain("untrusted-content");
    expect(h(tool("get_subreddit_posts", "List posts from a subreddit.", { subreddit: str }), records)).toContain("untrusted-content");
  });
});

describe("a team's sprints and a project's planned versions", () => {
  test("sprints of a board and a project's versions or milestones are the team's planning records", () => {
    expect(h(tool("sprint_details", "Get the details of one sprint by its id.", { sprint_id: str }))).toContain("private-data");
    expect(h(tool("board_sprints", "List the sprints of an agile board, active and closed.", { board_id: str }))).toContain("private-data");
    expect(h(tool("fetch_project_versions", "Fetch every version planned for a project, with release dates and status.", { project_key: str }))).toContain("private-data");
  });
  test("hard negatives: a package's published versions, a running plan of sprints, a sprint's start", () => {
    expect(h(tool("package_versions", "List the published versions of a package in the registry.", { package: str }))).not.toContain("private-data");
    expect(h(tool("get_sprint_workout", "Get a sprint interval workout for a runner.", { level: str }))).not.toContain("private-data");
    expect(h(tool("start_sprint", "Start a sprint on a board.", { sprint_id: str }))).not.toContain("private-data");
  });
});

// Kinds of tools that send or publish what the model writes (round thirteen), with look-alikes that must not be sinks (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

const bool = { type: "boolean" };

describe("a server prefix before the verb", () => {
  test("deleting a post or a comment behind a prefix removes it and publishes nothing", () => {
    expect(h(tool("blog_delete_post", "Delete a post by id.", { id: str }))).toEqual(["destructive"]);
    expect(h(tool("site_remove_comment", "Remove a comment from an article.", { comment_id: str }))).toEqual(["destructive"]);
    expect(h(tool("admin_validate_email", "Check that an address is well formed.", { address: str }))).toEqual([]);
  });
  test("hard negative: a prefix before a sending verb still sends", () => {
    expect(h(tool("blog_publish_post", "Publish a post to the blog.", { title: str, body: str }))).toContain("public-sink");
    expect(h(tool("chat_send_message", "Send a message to a room.", { room_id: str, text: str }))).toContain("public-sink");
  });
});

describe("requests sent to a webhook or an endpoint", () => {
  test("sending payloads or events to a webhook delivers them to whoever runs it", () => {
    expect(h(tool("send_batch", "Send several test payloads to a webhook in one go.", { hook_token: str, payloads: { type: "array" } }))).toContain("public-sink");
    expect(h(tool("deliver_event", "Deliver a JSON event to the configured endpoint.", { endpoint: str, event: { type: "object" } }))).toContain("public-sink");
  });
  test("hard negatives: building a payload or sending a test to oneself leaves nothing outside", () => {
    expect(h(tool("build_payload", "Build a test payload for a webhook.", { kind: str }))).not.toContain("public-sink");
    expect(h(tool("send_heartbeat", "Send a heartbeat so the session stays open.", {}))).not.toContain("public-sink");
  });
});

describe("writes whose audience a public or private switch decides", () => {
  test("creating or changing a named item that can be public publishes its text", () => {
    expect(h(tool("create_collection", "Create a collection of saved links.", { title: str, description: str, is_private: bool }))).toContain("public-sink");
    expect(h(tool("edit_album_details", "Change an album's title, description and whether it is public.", { album_id: str, title: str, description: str, public: bool }))).toContain("public-sink");
    expect(h(tool("create_label", "Create a label.", { name: str, description: str, visibility: { type: "string", enum: ["public", "internal"] } }))).toContain("public-sink");
  });
  test("hard negatives: visible only inside a team, no text, or only reading", () => {
    expect(h(tool("create_board", "Create a board.", { name: str, description: str, public: { type: "boolean", description: "Whether everyone in the workspace can see the board" } }))).not.toContain("public-sink");
    expect(h(tool("set_visibility", "Make a dashboard public or private.", { dashboard_id: str, is_public: bool }))).not.toContain("public-sink");
    expect(h(tool("list_albums", "List albums.", { visibility: str }))).not.toContain("public-sink");
    expect(h(tool("delete_album", "Delete an album.", { album_id: str, public: bool }))).not.toContain("public-sink");
  });
});

describe("pages, posts and settings of a website or blog", () => {
  test("creating a page or changing what a site shows its visitors publishes the text", () => {
    expect(h(tool("cms_create_page", "Create a new page on the website.", { title: str, content: str, parent: str }))).toContain("public-sink");
    expect(h(tool("update_blog_settings", "Update the blog's title and tagline.", { title: str, tagline: str }))).toContain("public-sink");
    expect(h(tool("wp_update_image", "Update an image's caption and alt text.", { id: str, caption: str, alt_text: str }))).toContain("public-sink");
  });
  test("hard negatives: a workspace page, a document page, a site's build settings", () => {
    expect(h(tool("create_page", "Create a page in the team workspace.", { parent_id: str, title: str, content: str }))).not.toContain("public-sink");
    expect(h(tool("add_page", "Add a blank page to the document.", { document: str }))).not.toContain("public-sink");
    expect(h(tool("update_site_build", "Update a website's build command.", { site_id: str, build_command: str }))).not.toContain("public-sink");
  });
});

describe("forum topics and subscription topics", () => {
  test("renaming or describing a topic changes what its readers or subscribers see", () => {
    expect(h(tool("update_topic", "Update an existing topic's title and tags.", { topic_id: str, title: str, tags: { type: "array" } }))).toContain("public-sink");
    expect(h(tool("create_topic", "Create a topic that contacts can subscribe to.", { name: str, description: str }))).toContain("public-sink");
  });
  test("hard negatives: a broker's topic, reading a topic", () => {
    expect(h(tool("update_topic", "Update a topic's retention and partitions.", { topic: str, retention_ms: { type: "number" }, partitions: { type: "number" } }))).not.toContain("public-sink");
    expect(h(tool("create_topic", "Create a Kafka topic.", { name: str, description: str }))).not.toContain("public-sink");
    expect(h(tool("get_topic", "Get a topic's title and posts.", { topic_id: str }))).not.toContain("public-sink");
  });
});

describe("public profile fields", () => {
  test("rewriting the bio or headline of a profile changes what everyone sees", () => {
    expect(h(tool("update_profile", "Update profile fields.", { bio: str, location: str }))).toContain("public-sink");
    expect(h(tool("edit_member", "Edit a member's profile.", { member_id: str, headline: str, about: str }))).toContain("public-sink");
  });
  test("hard negatives: account settings and an administrator's user record", () => {
    expect(h(tool("update_user", "Update a user.", { user_id: str, email: str, role: str }))).not.toContain("public-sink");
    expect(h(tool("update_account_settings", "Update account preferences.", { timezone: str, language: str }))).not.toContain("public-sink");
  });
});

describe("invitations and answers that carry a note", () => {
  test("a connection request or an invitation with a note sends the note to the person", () => {
    expect(h(tool("connect_with_member", "Send a connection request to a member of the network.", { username: str, note: str }))).toContain("public-sink");
    expect(h(tool("invite_collaborator", "Invite someone to a project.", { email: str, message: str }))).toContain("public-sink");
  });
  test("declining or approving a request with a message answers the requester", () => {
    expect(h(tool("decline_join_request", "Decline a request to join a group.", { request_id: str, reason: str }))).toContain("public-sink");
    expect(h(tool("approve_access_request", "Approve an access request.", { request_id: str, message: str }))).toContain("public-sink");
  });
  test("hard negatives: connecting to a database, listing invitations, approving without a note", () => {
    expect(h(tool("connect_database", "Connect to a database.", { connection_string: str }))).not.toContain("public-sink");
    expect(h(tool("list_invitations", "List pending invitations.", {}))).not.toContain("public-sink");
    expect(h(tool("approve_task", "Approve a finished task.", { task_id: str }))).not.toContain("public-sink");
  });
});

describe("alert and notification rules with actions", () => {
  test("an alert rule whose actions notify targets sends future alerts wherever they point", () => {
    expect(h(tool("create_alert_rule", "Create an alert rule for a project.", { project: str, conditions: { type: "array" }, actions: { type: "array" } }))).toContain("public-sink");
    expect(h(tool("update_notification_policy", "Update a notification policy.", { policy_id: str, recipients: { type: "array" } }))).toContain("public-sink");
  });
  test("hard negatives: a price alert for the user, listing rules, deleting a rule", () => {
    expect(h(tool("create_price_alert", "Alert me when a stock crosses a price.", { symbol: str, price: { type: "number" } }))).not.toContain("public-sink");
    expect(h(tool("list_alert_rules", "List alert rules.", { project: str }))).not.toContain("public-sink");
    expect(h(tool("delete_alert_rule", "Delete an alert rule.", { rule_id: str, actions: { type: "array" } }))).not.toContain("public-sink");
  });
});

describe("sharing an item with named people, uploading into a shared place", () => {
  test("giving channels or addresses access to an item shares it with them", () => {
    expect(h(tool("set_doc_access", "Set who can open a document.", { document_id: str, emails: { type: "array" }, level: str }))).toContain("public-sink");
    expect(h(tool("add_permission", "Add a permission to a file.", { file_id: str, email_address: str, role: str }))).toContain("public-sink");
  });
  test("uploading a file to a channel, a page or a community puts it in front of its members", () => {
    expect(h(tool("add_wiki_attachment", "Uploads a file as an attachment to a given wiki page.", { page_id: str, file: str }))).toContain("public-sink");
    expect(h(tool("create_server_emoji", "Upload a new custom emoji to a community.", { community_id: str, name: str, image: str }))).toContain("public-sink");
  });
  test("hard negatives: a user's own role, reading permissions, uploading into a folder", () => {
    expect(h(tool("update_user_permissions", "Change a user's role.", { user_id: str, role: str }))).not.toContain("public-sink");
    expect(h(tool("list_permissions", "List who can open a file.", { file_id: str }))).not.toContain("public-sink");
    expect(h(tool("store_file", "Upload a file to a specific folder.", { folder_id: str, content: str }))).not.toContain("public-sink");
  });
});

describe("a test message mailed back to the caller", () => {
  test("a preview sent to the current user or to yourself reaches no one else", () => {
    expect(h(tool("send_preview_email", "Send a preview of a newsletter to yourself.", { newsletter_id: str }))).not.toContain("public-sink");
    expect(h(tool("send_test_message", "Send a test message to the authenticated user.", { template: str }))).not.toContain("public-sink");
  });
  test("hard negative: a test sent to addresses the model lists still leaves the account", () => {
    expect(h(tool("send_test_email", "Send a test email to yourself or to the listed addresses.", { campaign_id: str, emails: { type: "array" } }))).toContain("public-sink");
  });
});

describe("people, companies and postings on a public social or professional network", () => {
  test("a member's or a company's profile, a job posting or a people search on such a network is text its authors wrote", () => {
    expect(h(tool("get_org_page", "Get a company's profile page on LinkedIn.", { company: str }))).toContain("untrusted-content");
    expect(h(tool("find_openings", "Search for job postings on LinkedIn.", { keywords: str }))).toEqual(["untrusted-content"]);
    expect(h(tool("get_profile", "Fetch a Mastodon user's public profile by handle (for example \"alice\").", { handle: str }))).toContain("untrusted-content");
  });
  test("hard negatives: the user's own profile or account, a product's settings profile", () => {
    expect(h(tool("get_my_profile", "Get the authenticated user's own Instagram profile.", { fields: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_ad_campaigns", "List the ad campaigns of my Facebook account.", {}))).not.toContain("untrusted-content");
    expect(h(tool("get_isolation_profile", "Get a browser isolation profile of the web gateway.", { profile_id: str }))).not.toContain("untrusted-content");
  });
});

describe("requests captured at an inbound endpoint", () => {
  test("the requests or callbacks an endpoint received were written by whoever called it", () => {
    expect(h(tool("get_last_hit", "Get the last request sent to your capture endpoint.", { token: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("check_callbacks", "Check whether any callbacks have been received in the last hour.", { token: str, minutes: { type: "number" } }))).toContain("untrusted-content");
  });
  test("hard negatives: a task request's status, a request the tool builds", () => {
    expect(h(tool("get_request_status", "Get the status of a planning request.", { request_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("build_request", "Build an HTTP request body for a test.", { method: str }))).not.toContain("untrusted-content");
  });
});

describe("podcast shows in a public catalogue", () => {
  test("searching podcasts returns their creators' titles and descriptions, no account's data", () => {
    expect(h(tool("search_shows", "Search for podcast shows in the catalogue.", { query: str }), { authenticated: true })).toEqual(["untrusted-content"]);
  });
  test("hard negative: the user's own followed shows stay private", () => {
    expect(h(tool("get_followed_shows", "List the podcast shows my account follows.", {}), { authenticated: true })).toContain("private-data");
  });
});

// Tenth session, the sink decisions of the labelling rulebook's section 5 (texts written for these tests, not taken from
// any label set). Each describe is one class, cited by its decision; each test holds positives that must get the role and
// near misses that must not.
import { h, str, tool, num, bool, obj, list, said } from "./class-helpers.js";

describe("5.24: an issue, a ticket or an incident opened in a shared tracker, and a request sent to an approver", () => {
  test("the team, the assignee, the responders or the approver read what the model wrote", () => {
    for (const t of [
      tool("create_issue", "Create an issue in one of the team's projects", { project: str, title: str, description: str, assignee: str }),
      tool("trigger_incident", "Create an incident and page the on-call responders of a service", { service_id: str, title: str, details: str }),
      tool("report_bug", "File a bug report with reproduction steps", { product: str, summary: str, steps: str }),
      tool("new_ticket", "Add a ticket to a support queue", { queue: str, subject: str, body: str }),
      tool("submit_leave_request", "Submit a leave request for an employee", { employee: str, from: str, to: str, comment: str }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: the tracker's settings and links named after its items, a draft, an issue kept in a local folder, a read.
    for (const t of [
      tool("create_issue_type", "Create a new issue type for a project", { name: str, icon: str }),
      tool("add_issue_link", "Link two issues with a relation", { from_issue: str, to_issue: str, kind: str }),
      tool("create_ticket_field", "Add a custom field to the ticket form", { label: str, kind: str }),
      tool("create_draft_issue", "Create a draft issue that stays unsent until submitted", { title: str, body: str }),
      tool("new_issue", "Create an issue in the local issues folder of the working copy", { title: str, body: str }),
      tool("open_incident", "Open an incident by id and show its timeline", { incident_id: str }),
      tool("request_refund_estimate", "Make an estimate of the refund for an order", { order_id: str }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.12: invitations, collaborators, members of access groups, logins with roles, widened grants", () => {
  test("a principal the model names is given access to what a place holds", () => {
    for (const t of [
      tool("invite_to_room", "Invite a person to a chat room", { room: str, user_id: str }),
      tool("invite_people", "Send invitations to join the workspace", { people: list }),
      tool("add_collaborator", "Add a collaborator to a repository", { repo: str, username: str, permission: str }),
      tool("add_project_followers", "Add users as followers of a project; they are told of its activity", { project_id: str, user_ids: list }),
      tool("add_group_member", "Add a member to an access group that unlocks paid lessons", { group_id: str, member_id: str }),
      tool("create_db_login", "Create a database login", { login: str, password: str, roles: list }),
      tool("change_permission", "Change the role of a permission on a folder", { folder_id: str, permission_id: str, role: str }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a curated list, a card's assignees, an address book's group, answering an invitation, an account with
    // no roles granted, a rename of a permission set.
    for (const t of [
      tool("add_list_member", "Add an account to one of your curated lists", { list_id: str, account: str }),
      tool("add_card_member", "Add a member to a card to assign it", { card_id: str, member_id: str }),
      tool("add_contact_to_group", "Add a contact to an address book group", { group: str, contact: str }),
      tool("decline_invite", "Decline a pending invitation to a room", { invite_id: str }),
      tool("create_user", "Create a forum account", { username: str, email: str, password: str }),
      tool("rename_permission_set", "Change the name of a permission set", { set_id: str, name: str }),
      tool("list_invites", "List the invitations sent from the workspace", { status: str }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.14: a presigned or signed link for reading a stored item", () => {
  test("whoever holds the link reads the item without signing in; an upload link opens nothing stored", () => {
    for (const t of [
      tool("presign_download", "Generate a presigned GET URL for an object", { bucket: str, key: str }),
      tool("presign_object", "Presign an object in the bucket and return its address", { bucket: str, key: str, expires: num }),
      tool("signed_file_link", "Get a signed link for a file in storage", { file_id: str, ttl: num }),
    ]) expect(h(t)).toContain("public-sink");
    for (const t of [
      tool("make_put_url", "Generate a presigned URL for writing an object into the bucket", { bucket: str, key: str }),
      tool("revoke_signed_link", "Revoke a signed link before it expires", { link_id: str }),
      tool("verify_signature", "Verify that a webhook payload is signed with the shared secret", { payload: str, signature: str }),
      tool("list_signed_links", "List the signed links made for a file", { file_id: str }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.21 and 5.32: a back end that requests the address the model passes", () => {
  test("converting, scanning, indexing or importing from a page, image, server, repository or bucket the model picks", () => {
    for (const t of [
      tool("page_to_text", "Convert a web page into plain text", { page_url: said("URL of the page to convert") }),
      tool("mark_picture", "Add a watermark to a picture taken from a URL", { picture_url: said("Public URL of the picture") }),
      tool("audit_endpoint", "Audit an MCP server URL and return its tool list", { url: str }),
      tool("learn_codebase", "Index a code repository so that questions can be asked about it", { repo_url: said("Clone URL of the repository to index") }),
      tool("load_rows", "Load rows from a CSV file into a warehouse table", { table: str, source_uri: said("s3://bucket/key of the CSV file") }),
    ]) expect(h(t)).toContain("public-sink");
    // What comes back is what the address held.
    expect(h(tool("page_to_text", "Convert a web page into plain text", { page_url: said("URL of the page to convert") }))).toContain("untrusted-content");
    expect(h(tool("mark_picture", "Add a watermark to a picture taken from a URL", { picture_url: said("Public URL of the picture") }))).toContain("untrusted-content");
    // Near misses: an archive's snapshot, a platform's item named by URL or id, a link kept as a record's field, one fixed
    // site, a post looked up by its URL, a draft pulling media later.
    for (const t of [
      tool("snapshot_text", "Get the text of an archived snapshot", { snapshot_url: said("URL of the archived page to read") }),
      tool("clip_captions", "Get captions of a clip from a TikTok video URL or ID", { clip_url: said("TikTok video URL or ID") }),
      tool("create_contact", "Create a contact with a name and a website", { name: str, website_url: said("The company's website URL") }),
      tool("read_docs_page", "Fetch a page of docs.example.com and return markdown", { page_url: said("URL of the docs page") }),
      tool("lookup_post", "Get a forum post by its ID or by its URL", { post_url: said("URL of the post") }),
      tool("save_video_draft", "Save a video draft from a URL; the user publishes it later", { video_url: said("Public URL of the video file") }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.22: uploads into cloud file storage", () => {
  test("a file put in a drive, a bucket, a file-sharing service or a room goes where shared places exist", () => {
    for (const t of [
      tool("put_object", "Store bytes under a key of a storage bucket", { bucket: str, key: str, body: str }),
      tool("drive_new_file", "Create a file in Google Drive with the given content", { name: str, content: str, folder_id: str }),
      tool("upload_document", "Upload a document to a SharePoint library", { library: str, file_name: str, content: str }),
      tool("push_to_s3", "Upload generated code directly to S3", { bucket_name: str, key: str, code: str }),
      tool("upload_file", "Put a document into the collaboration space", { destination_id: said("The shared room that receives the file"), name: str, content: str }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a folder made, an attachment to a record, a vector store, a signed upload slot, a file rewritten in place,
    // a plain folder with no store named.
    for (const t of [
      tool("create_folder", "Create a folder in the drive", { name: str, parent_id: str }),
      tool("attach_file", "Upload a file as an attachment to a record", { record_id: str, content: str }),
      tool("add_to_vector_store", "Add a file to the vector store for retrieval", { store_id: str, content: str }),
      tool("get_upload_slot", "Get a signed URL for uploading a file to the bucket", { bucket: str, key: str }),
      tool("update_file", "Update the content of a file in the drive", { file_id: str, content: str }),
      tool("upload_file", "Put a document into the collaboration space", { destination_id: said("The folder that receives the file"), name: str, content: str }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.23: automations, scenarios, workflows and functions that run later", () => {
  test("what the model writes into them runs later and can reach any host", () => {
    for (const t of [
      tool("create_workflow", "Build a workflow from nodes and the links between them", { name: str, nodes: { type: "array" }, connections: obj }),
      tool("add_automation", "Add an automation that runs when a record changes", { trigger: obj, actions: { type: "array" } }),
      tool("create_scenario", "Create a scenario from a blueprint", { name: str, blueprint: str }),
      tool("create_custom_function", "Create a custom function that workflow rules trigger", { name: str, source: str }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a run of an existing workflow, a database function, a workflow named without a body, the list of them,
    // an automation managed through a catch-all with no body.
    for (const t of [
      tool("run_workflow", "Run an existing workflow now", { workflow_id: str }),
      tool("create_function", "Create a SQL function in the database", { name: str, body: str }),
      tool("create_workflow_folder", "Create a folder to group workflows", { name: str }),
      tool("list_workflows", "List the workflows of the account", { limit: num }),
      tool("create_workflow_tag", "Create a tag to label workflows", { name: str }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.25: creates that are public by default", () => {
  test("a switch left public, a forum's categories and a video platform's sections show the text to anyone", () => {
    for (const [t, ctx] of [
      [tool("new_space", "Create a new space", { name: str, private: { type: "boolean", description: "Whether the space is private (default: false)" } }), {}],
      [tool("create_playlist", "Create a playlist on the YouTube channel", { title: str, description: str }), {}],
      [tool("create_category", "Set up a discussion category with a colour", { name: str, color: str }), { talk: "public" as const }],
      [tool("add_section", "Add a section to the community forum", { title: str, position: num }), {}],
    ] as const) expect(h(t, ctx)).toContain("public-sink");
    // Near misses: a private default, the same category on a server that is not a forum, a label of a private tracker, a
    // hidden section.
    for (const [t, ctx] of [
      [tool("new_space", "Create a new space", { name: str, private: { type: "boolean", description: "Whether the space is private (default: true)" } }), {}],
      [tool("create_category", "Set up a discussion category with a colour", { name: str, color: str }), {}],
      [tool("create_label", "Create a label in a project", { name: str, color: str }), {}],
      [tool("add_section", "Add a hidden section to the community forum", { title: str }), {}],
    ] as const) expect(h(t, ctx)).not.toContain("public-sink");
  });
});

describe("5.31: a generic create or manage of any cloud resource", () => {
  test("a resource of any type the model names, and a cloud's clusters, steps and statements started", () => {
    for (const t of [
      tool("create_resource", "Create a cloud resource of any supported type", { resource_type: said("Resource type, e.g. AWS::S3::Bucket"), properties: obj }),
      tool("update_resource", "Update a resource in the Azure subscription", { resource_type: str, identifier: str, patch: obj }),
      tool("manage_spark_clusters", "Manage Spark clusters on the cloud data platform", { operation: said("One of create-cluster, describe-cluster, terminate-cluster"), cluster_id: str }),
      tool("manage_batch_steps", "Manage steps of a cloud batch cluster", { operation: said("add-steps, list-steps or cancel-steps"), cluster_id: str, steps: obj }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a typed create of one harmless kind, a read of any type, a cluster managed only by reads and stops, a
    // manifest applied to the user's own cluster.
    for (const t of [
      tool("create_queue", "Create a message queue in the cloud account", { name: str }),
      tool("get_resource", "Get a cloud resource of any type", { resource_type: str, identifier: str }),
      tool("manage_spark_clusters", "Manage Spark clusters on the cloud data platform", { operation: said("One of describe-cluster, list-clusters, terminate-cluster"), cluster_id: str }),
      tool("create_resource", "Create a Kubernetes object from a manifest", { manifest: str }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.36: the URLs found on a site the model names", () => {
  test("a map of a site is its owners' text and a request to the site", () => {
    for (const t of [
      tool("map_site", "Discover all URLs on a website", { site_url: said("Root URL of the site to crawl") }),
      tool("site_links", "Enumerate the links found on the pages of a site", { url: str, limit: num }),
      tool("harvest_pages", "Collect every page URL within a domain", { domain: str }),
    ]) expect(h(t)).toEqual(expect.arrayContaining(["public-sink", "untrusted-content"]));
    // Near misses: an archive's stored URLs, a crawl started in the background, a sitemap the model pastes in.
    expect(h(tool("archived_site_urls", "Discover all archived URLs on a website", { url: str }))).not.toContain("untrusted-content");
    expect(h(tool("begin_site_map", "Start a background job that discovers the URLs on a website", { url: str }))).not.toContain("untrusted-content");
    expect(h(tool("parse_site_map", "Discover the URLs listed in a sitemap document", { xml: str }))).not.toContain("public-sink");
  });
});

describe("5.9 and 5.32: a server or a catalog at an address the model names", () => {
  test("credentials and queries go where the model says; the server's answer is its records, not a web page", () => {
    for (const t of [
      tool("add_datasource", "Register a new warehouse data source", { name: str, config: said("Connection settings: host, port, user, password") }),
      tool("series_query", "Query a time-series store", { url: said("The URL of the metrics server"), token: str, query: str }),
      tool("list_buckets", "List the buckets of a time-series store", { url: said("The URL of the TSDB instance"), api_key: str }),
      tool("scan_table", "Scan a lakehouse table", { table: str, uri: said("REST URI for the table catalog") }),
    ]) expect(h(t)).toContain("public-sink");
    expect(h(tool("series_query", "Query a time-series store", { url: said("The URL of the metrics server"), token: str, query: str }))).not.toContain("untrusted-content");
    // Near misses: a saved password's website, a server from the environment, a source's base URL written to a config
    // file, a data source renamed.
    for (const t of [
      tool("save_login", "Save a login with its website", { login_url: said("Website address of the login"), username: str, password: str }),
      tool("series_query", "Query the time-series store configured in the environment", { query: str }),
      tool("init_config", "Write the project's configuration file", { server_url: said("Server URL, detected from the git remote"), token: str }),
      tool("rename_datasource", "Rename a data source", { source_id: str, name: str, settings: said("Display settings") }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

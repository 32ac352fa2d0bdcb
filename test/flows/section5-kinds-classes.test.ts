// Tenth session, rulebook section 5 (kinds): the settled conventions applied as classes of tools (settledkinds.ts).
// Texts written for these tests, not taken from any label set.
import { h, str, tool, num, bool, obj, arr } from "./class-helpers.js";

const chat = { talk: "private" as const };

describe("5.1 a change to what a live site, store or API serves", () => {
  test("a promotion to production, a deploy to a public service or a store track, a content model published: public-sink", () => {
    expect(h(tool("promote_build", "Promote a preview build so it serves the production domains.", { build_id: str }))).toContain("public-sink");
    expect(h(tool("deploy_service_source", "Deploy a source folder to Cloud Run and return the service URL.", { folder: str, service: str }))).toContain("public-sink");
    expect(h(tool("deploy_beta", "Deploy an app bundle to the beta track of Google Play.", { bundle_path: str }))).toContain("public-sink");
    expect(h(tool("publish_content_model", "Publish a content model so its new fields reach the delivery API.", { model_id: str }))).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    // Hard negatives: a preview, a stack on the user's own host, a read of deployments, a model drafted, a person promoted.
    expect(h(tool("deploy_preview_build", "Deploy a folder as a preview with its own temporary link.", { folder: str }))).not.toContain("public-sink");
    expect(h(tool("deploy_stack", "Deploy a Compose stack on the Docker host.", { stack_file: str }))).not.toContain("public-sink");
    expect(h(tool("list_deployments", "List the deployments of a project with their status.", { project_id: str }))).not.toContain("public-sink");
    expect(h(tool("create_content_model", "Create a content model draft with fields.", { name: str, fields: arr }))).not.toContain("public-sink");
    expect(h(tool("promote_user", "Promote a workspace user to administrator.", { user_id: str }))).not.toContain("public-sink");
  });
});

describe("5.2 a stored relation between records deleted", () => {
  test("an issue link, a relation field's entries, a relationship between two nodes: destructive", () => {
    expect(h(tool("tracker_remove_issue_link", "Remove the link between two issues by the link's id.", { link_id: str }))).toContain("destructive");
    expect(h(tool("disconnect_related", "Disconnect related entries from a relation field of a record.", { record_id: str, field: str, related_ids: arr }))).toContain("destructive");
    expect(h(tool("remove_relationship", "Remove a relationship between two nodes of the graph.", { from_id: str, to_id: str, type: str }))).toContain("destructive");
    // Hard negatives: a hyperlink's formatting in a text, a search filter, a relay disconnected, a label taken off, a link read.
    expect(h(tool("remove_link_from_text", "Remove the hyperlink formatting from a range of text, keeping the words.", { document_id: str, start: num, end: num }))).not.toContain("destructive");
    expect(h(tool("remove_relation_filter", "Remove a relation filter from the current search.", { filter_id: str }))).not.toContain("destructive");
    expect(h(tool("disconnect_relay", "Disconnect from a relay and close its websocket session.", { relay: str }))).not.toContain("destructive");
    expect(h(tool("remove_label_from_issue", "Remove a label from an issue.", { issue_id: str, label: str }))).not.toContain("destructive");
    expect(h(tool("get_issue_links", "Get the links of an issue to other issues.", { issue_id: str }))).not.toContain("destructive");
  });
});

describe("5.2 a reversible toggle on one item", () => {
  test("a person off a card or task, a task out of one project, a contact out of a group, a star taken back: no destructive role", () => {
    expect(h(tool("card_remove_member", "Unassign a member from a card; needs write access to the card's board.", { card_id: str, member_id: str }))).not.toContain("destructive");
    expect(h(tool("remove_watcher", "Remove a watcher from a task.", { task_id: str, user_id: str }))).not.toContain("destructive");
    expect(h(tool("remove_task_from_section", "Remove a task from a section; it stays in its other sections.", { task_id: str, section_id: str }))).not.toContain("destructive");
    expect(h(tool("remove_contact_from_group", "Take a contact out of an address-book group; the contact itself stays.", { contact_id: str, group_id: str }))).not.toContain("destructive");
    expect(h(tool("stars_remove", "Remove a star from a message or a file.", { channel: str, timestamp: str }))).not.toContain("destructive");
    // Hard negatives: access taken away stays destructive (a group, an organisation, a board, a channel's member).
    expect(h(tool("remove_user_from_group", "Remove a user from a group, taking away the access it grants.", { group_id: str, user_id: str }))).toContain("destructive");
    expect(h(tool("remove_org_member", "Remove a member from the organization.", { org: str, username: str }))).toContain("destructive");
    expect(h(tool("remove_board_member", "Remove a member from a board.", { board_id: str, member_id: str }))).toContain("destructive");
    expect(h(tool("delete_contact", "Delete a contact from the address book.", { contact_id: str }))).toContain("destructive");
  });
});

describe("5.4 a download of the user's own files saved to a path", () => {
  test("a message's media, a ticket's attachment, a drive file, an account export: private-data", () => {
    expect(h(tool("fetch_media", "Download the media of a chat message into the downloads folder and return the saved path.", { chat_id: str, message_id: str }))).toContain("private-data");
    expect(h(tool("ticket_download_attachment", "Download an attachment of a support ticket to disk.", { ticket_id: str, attachment_id: str, target_dir: str }))).toContain("private-data");
    expect(h(tool("download_drive_document", "Download a document from a document library to the local file system.", { library: str, file_name: str }))).toContain("private-data");
    expect(h(tool("download_account_export", "Download a finished export of the account's data to a folder.", { export_id: str, output_dir: str }))).toContain("private-data");
    // Hard negatives: a paper, a public dataset, any URL's file, a public video.
    expect(h(tool("download_preprint", "Download a preprint PDF by its arXiv id and return the local path.", { paper_id: str, save_dir: str }))).not.toContain("private-data");
    expect(h(tool("download_hub_dataset", "Download a public dataset from the hub to a folder and return its path.", { dataset_id: str, output_dir: str }))).not.toContain("private-data");
    expect(h(tool("download_to_disk", "Download the file at a URL to a local path.", { url: str, path: str }))).not.toContain("private-data");
    expect(h(tool("download_clip", "Download a public video by id and return the path.", { video_id: str, output_dir: str }))).not.toContain("private-data");
  });
});

describe("5.5 running work ended or restarted", () => {
  test("a hosted space restarted, a build aborted, a bot stopped, a running app paused, a run ended to start again: destructive", () => {
    expect(h(tool("restart_space", "Restart a hosted Space.", { space_id: str }))).toContain("destructive");
    expect(h(tool("abort_build", "Abort a build of a job.", { job: str, build_number: num }))).toContain("destructive");
    expect(h(tool("stop_bot", "Stop a trading bot and archive it.", { bot_name: str }))).toContain("destructive");
    expect(h(tool("pause_space", "Pause a running Space to stop its hardware.", { space_id: str }))).toContain("destructive");
    expect(h(tool("continue_run_as_new", "End the current workflow run and start a fresh run with new input.", { workflow_id: str, input: obj }))).toContain("destructive");
    // Hard negatives: a queue paused (jobs wait), a timer, a cache, the tool's own server restarted, a start.
    expect(h(tool("pause_job_queue", "Pause a job queue; queued jobs wait until it resumes.", { queue: str }))).not.toContain("destructive");
    expect(h(tool("stop_timer", "Stop the running timer of a time entry.", { timer_id: str }))).not.toContain("destructive");
    expect(h(tool("stop_build_cache", "Stop using the build cache.", {}))).not.toContain("destructive");
    expect(h(tool("restart_server", "Restart this MCP server to reload its configuration.", {}))).not.toContain("destructive");
    expect(h(tool("start_space", "Start a stopped Space.", { space_id: str }))).not.toContain("destructive");
  });
});

describe("5.5 a transfer the tool started itself, stopped", () => {
  test("a download or upload cancelled: no destructive role", () => {
    expect(h(tool("cancel_download", "Cancel a download in progress.", { download_id: str }))).not.toContain("destructive");
    expect(h(tool("stop_upload", "Stop an upload started by upload_folder.", { upload_id: str }))).not.toContain("destructive");
    expect(h(tool("abort_transfer", "Abort a file transfer in progress.", { transfer_id: str }))).not.toContain("destructive");
    // Hard negatives: an order, a workflow run and a job cancelled stay destructive.
    expect(h(tool("cancel_order", "Cancel an open order.", { order_id: str }))).toContain("destructive");
    expect(h(tool("cancel_run", "Cancel a running pipeline run.", { run_id: str }))).toContain("destructive");
    expect(h(tool("cancel_export_job", "Cancel an export job of the warehouse.", { job_id: str }))).toContain("destructive");
  });
});

describe("5.8 rooms, channels and chats on a chat platform, and the members of a room or an event", () => {
  test("names members chose and profiles people wrote, inside the user's account: untrusted-content and private-data", () => {
    expect(h(tool("list_channels", "List every channel of the workspace.", { limit: num }), chat)).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("get_chat_space", "Fetch the details of one Google Chat space by its id.", { space_id: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("list_room_memberships", "List the memberships of a Webex room.", { room_id: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("list_webinar_registrants", "List the registrants of a webinar event.", { event_id: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    // Hard negatives: alert and sales channels, a room's access levels or invites, a room search, a directory's users.
    expect(h(tool("list_alert_channels", "List the alert notification channels of the monitoring account.", {}), chat)).not.toContain("untrusted-content");
    expect(h(tool("get_room_access_levels", "Get the access levels available in a room.", { room_id: str }), chat)).not.toContain("untrusted-content");
    expect(h(tool("list_channel_invites", "List the active invites of a Discord channel.", { channel_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("find_channel", "Find Microsoft Teams channels by name.", { name: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_directory_users", "List the users of the identity provider's directory.", {}))).not.toContain("untrusted-content");
  });
});

describe("5.13 the user's own index of other people's text", () => {
  test("transcripts, articles and cached messages in an index the deployment built: untrusted-content and private-data", () => {
    expect(h(tool("search_transcript_chunks", "Search transcript chunks of the episodes by semantic similarity.", { query: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("find_articles", "Full-text search across all stored articles (title and summary).", { query: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("ask_videos", "Ask a question about the videos you have added, answered from their transcripts.", { question: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    // Hard negatives: the web, the user's own notes, a list of what the index holds (titles), public posts.
    expect(h(tool("search_web_pages", "Search the web for pages.", { query: str }))).not.toContain("private-data");
    expect(h(tool("semantic_search_notes", "Semantic search over your own notes.", { query: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_indexed_videos", "List the indexed videos with optional filters.", { limit: num }))).not.toContain("untrusted-content");
    expect(h(tool("search_public_posts", "Full-text search across public posts on the network.", { q: str }))).not.toContain("private-data");
  });
});

describe("5.17 comments on a shared document", () => {
  test("what collaborators wrote on a file, a design or a board: untrusted-content and private-data", () => {
    expect(h(tool("get_design_comments", "Get the comments on a design file.", { file_key: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("listComments", "Lists a file's comments.", { fileId: str, pageSize: num }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("get_board_comments", "List the comments left on a whiteboard.", { board_id: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    // Hard negatives: a public video's comments, a comment written, a count of comments.
    expect(h(tool("get_video_comments", "Get the public comments on a video.", { video_id: str }))).not.toContain("private-data");
    expect(h(tool("add_file_comment", "Add a comment to a file.", { file_id: str, text: str }))).not.toContain("untrusted-content");
    expect(h(tool("count_file_comments", "Count the comments on a file.", { file_id: str }))).not.toContain("untrusted-content");
  });
});

describe("5.20 repository files and code search on a forge", () => {
  test("file contents and code that contributors wrote: untrusted-content (and private-data)", () => {
    expect(h(tool("get_repo_file", "Get the content of a file in an Azure DevOps repository.", { project: str, repository: str, path: str }))).toEqual(expect.arrayContaining(["untrusted-content", "private-data"]));
    expect(h(tool("read_repo_file", "Read a file from a Gitea repository at a branch.", { owner: str, repo: str, filepath: str, ref: str }))).toContain("untrusted-content");
    expect(h(tool("code_search", "Search code across the organisation's repositories.", { query: str }))).toContain("untrusted-content");
    // Hard negatives: a names-only tree, a local repository's file, a repository's settings, branches.
    expect(h(tool("get_tree", "List the names of files and directories in a GitLab repository.", { project_id: str, path: str }))).not.toContain("untrusted-content");
    expect(h(tool("git_show_file", "Read a file at a revision of the local repository.", { repo_path: str, path: str, rev: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_repo_settings", "Get a GitHub repository's settings.", { owner: str, repo: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_repo_branches", "List the branches of a repository.", { owner: str, repo: str }))).not.toContain("untrusted-content");
  });
});

describe("5.29 text a publisher wrote in a registry or a store", () => {
  test("a package's or a module's README, a game's store page: untrusted-content", () => {
    expect(h(tool("package_readme", "Get the README of a package from the npm registry.", { name: str }))).toContain("untrusted-content");
    expect(h(tool("get_module", "Get a registry module's details, including its README and inputs.", { module_id: str }))).toContain("untrusted-content");
    expect(h(tool("get_game_details", "Get details of a game by app id. Returns its store description, developers and tags from Steam.", { appid: str }))).toContain("untrusted-content");
    // Hard negatives: versions, dependencies, vendor documentation, download counts.
    expect(h(tool("package_versions", "List the published versions of a package.", { name: str }))).not.toContain("untrusted-content");
    expect(h(tool("package_dependencies", "Get the dependencies of a package version.", { name: str, version: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_api_docs", "Get the vendor's API documentation for a topic.", { topic: str }))).not.toContain("untrusted-content");
    expect(h(tool("package_download_counts", "Get weekly download counts of a package.", { name: str }))).not.toContain("untrusted-content");
  });
});

describe("5.30 an in-place edit that changes more than a name", () => {
  test("a name with an avatar, an icon or a description, or a rename across many items: destructive", () => {
    expect(h(tool("update_workspace", "Update a workspace's name, colour and avatar.", { workspace_id: str, name: str, color: str, avatar: str }))).toContain("destructive");
    expect(h(tool("change_list_details", "Change a list's name, description and public flag.", { list_id: str, name: str, description: str, public: bool }))).toContain("destructive");
    expect(h(tool("rename_tag", "Rename a tag across the entire vault, in inline tags and frontmatter.", { old_tag: str, new_tag: str }))).toContain("destructive");
    // Hard negatives: a rename alone, a title alone, a new label, a rename of one folder.
    expect(h(tool("rename_file", "Rename a file.", { path: str, new_name: str }))).not.toContain("destructive");
    expect(h(tool("set_note_title", "Set the title of a note.", { note_id: str, title: str }))).not.toContain("destructive");
    expect(h(tool("create_label", "Create a label with a name and a colour.", { name: str, color: str }))).not.toContain("destructive");
    expect(h(tool("rename_folder", "Rename a folder.", { folder_id: str, name: str }))).not.toContain("destructive");
  });
});

describe("5.33 a counter stepped", () => {
  test("a stored number incremented or decremented in place and returned: destructive and private-data", () => {
    expect(h(tool("cache_incr", "Increment a counter in the cache and return the new value.", { key: str, value: num }))).toEqual(expect.arrayContaining(["destructive", "private-data"]));
    expect(h(tool("kv_decrement", "Decrement the integer stored at a key.", { key: str, by: num }))).toEqual(expect.arrayContaining(["destructive", "private-data"]));
    expect(h(tool("increment_counter", "Increment a named counter.", { counter_name: str }))).toEqual(expect.arrayContaining(["destructive", "private-data"]));
    // Hard negatives: a counter read, sums of numbers handed in, a viewer's zoom.
    expect(h(tool("get_counter", "Get the value of a named counter.", { counter_name: str }))).not.toContain("destructive");
    expect(h(tool("add_numbers", "Add two numbers.", { a: num, b: num }))).not.toContain("destructive");
    expect(h(tool("zoom_increment", "Increase the zoom level of the viewer by a step.", { step: num }))).not.toContain("destructive");
  });
});

describe("5.34 a token, a collection or a contract created on a public chain", () => {
  test("a broadcast transaction that spends fees: public-sink and destructive", () => {
    expect(h(tool("issue_token", "Issue a new fungible token on the network.", { name: str, ticker: str, supply: str, decimals: num }))).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    expect(h(tool("create_nft_collection", "Create an NFT collection with a name and a ticker.", { name: str, ticker: str }))).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    expect(h(tool("launch_coin", "Launch a memecoin on a bonding curve.", { name: str, symbol: str, image_url: str }))).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    // Hard negatives: an API token, a personal access token, a wallet key pair, a gas estimate.
    expect(h(tool("create_api_token", "Create an API token for the account.", { name: str, scopes: arr }))).not.toContain("destructive");
    expect(h(tool("create_token", "Create a personal access token.", { name: str }))).not.toContain("destructive");
    expect(h(tool("create_wallet", "Create a new wallet key pair locally.", {}))).not.toContain("public-sink");
    expect(h(tool("estimate_token_creation", "Estimate the gas to create a token.", { name: str, supply: str }))).not.toContain("public-sink");
  });
});

describe("5.35 agent-written code run with network access", () => {
  test("an interpreter on the user's side takes all four roles; a vendor's cloud sandbox reaches the network only", () => {
    expect(h(tool("run_python", "Run Python code in a persistent interpreter session and return its output.", { code: str, session_id: num }))).toEqual(["destructive", "private-data", "public-sink", "untrusted-content"]);
    expect(h(tool("eval_js", "Evaluate JavaScript code with Node.js.", { script: str }))).toEqual(["destructive", "private-data", "public-sink", "untrusted-content"]);
    const sandbox = h(tool("sandbox_run", "Run code in a secure cloud sandbox.", { code: str }));
    expect(sandbox).toEqual(expect.arrayContaining(["untrusted-content", "public-sink"]));
    expect(sandbox).not.toContain("private-data");
    // Hard negatives: a sandbox without network, a formatter, a linter, an explanation.
    expect(h(tool("run_offline", "Run Python code in a sandbox without network access.", { code: str }))).not.toContain("untrusted-content");
    expect(h(tool("format_code", "Format source code.", { code: str, language: str }))).not.toContain("untrusted-content");
    expect(h(tool("lint_code", "Lint a code snippet and return warnings.", { code: str }))).not.toContain("public-sink");
    expect(h(tool("explain_code", "Explain what a piece of code does.", { code: str }))).not.toContain("untrusted-content");
  });
});

describe("5.38 whether the user's own item exists", () => {
  test("a repository, a tag, a file, a plugin installed: private-data", () => {
    expect(h(tool("check_repository", "Check if a repository exists in the namespace.", { namespace: str, repository: str }))).toContain("private-data");
    expect(h(tool("tag_exists", "Check if a tag exists in a repository.", { namespace: str, repository: str, tag: str }))).toContain("private-data");
    expect(h(tool("file_exists", "Check whether a file exists in the mounted folder.", { path: str }))).toContain("private-data");
    expect(h(tool("plugin_exists", "Check if a plugin is installed.", { slug: str }))).toContain("private-data");
    // Hard negatives: a domain, a package name, a public user name, a public URL.
    expect(h(tool("domain_exists", "Check whether a domain name is available to register.", { domain: str }))).not.toContain("private-data");
    expect(h(tool("package_name_exists", "Check whether a package name is taken on npm.", { name: str }))).not.toContain("private-data");
    expect(h(tool("user_exists", "Check if a username exists on GitHub.", { username: str }))).not.toContain("private-data");
    expect(h(tool("page_exists", "Check whether a page exists at a public URL.", { url: str }))).not.toContain("private-data");
  });
});

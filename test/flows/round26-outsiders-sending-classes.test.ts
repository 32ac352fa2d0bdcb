// Round twenty-six: kinds of tools that return outsiders' text or send things out (texts written for these tests, not
// taken from any label set). Each test holds a class's positives and its hard negatives together.
import { h, str, tool, num, bool } from "./class-helpers.js";
import { runsSocialNetwork } from "../../src/flows/strangertext.js";

const social = { managesRecords: true, socialNetwork: true };
const records = { managesRecords: true };

describe("people, communities, photos and the news feed of a social network", () => {
  test("public reads are outsiders' text and no account's records; the account's friends and communities are also its own", () => {
    expect(runsSocialNetwork([tool("net_timeline_read", "x"), tool("net_friend_list", "x"), tool("net_status_post", "x")])).toBe(true);
    expect(runsSocialNetwork([tool("wall_entries", "x"), tool("home_feed", "x"), tool("publish_post", "x")])).toBe(true);
    expect(runsSocialNetwork([tool("feed_items", "x"), tool("rss_feeds_list", "x"), tool("add_source", "x")])).toBe(false);
    expect(runsSocialNetwork([tool("list_users", "x"), tool("create_post", "x"), tool("get_groups", "x")])).toBe(false);

    expect(h(tool("net_profiles_lookup", "Look up member profiles by their handles", { handles: str }), social)).toEqual(["untrusted-content"]);
    expect(h(tool("fan_page_lookup", "Get a fan page by its short address", { page_ids: str }), social)).toEqual(["untrusted-content"]);
    expect(h(tool("albums_get_photos", "Get pictures from a member's albums", { owner: num }), social)).toEqual(["untrusted-content"]);
    expect(h(tool("net_friends_list", "Get the list of the user's friends", { count: num }), social)).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("joined_groups", "Get the groups the user is a member of", { count: num }), social)).toEqual(["private-data", "untrusted-content"]);

    // Hard negatives: a page's statistics, the same reads on a server that is no social network, a post written.
    expect(h(tool("page_stats_get", "Get visitor statistics of an administered page", { page_id: num }), social)).not.toContain("untrusted-content");
    expect(h(tool("net_profiles_lookup", "Look up member profiles by their handles", { handles: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("albums_get_photos", "Get pictures from a member's albums", { owner: num }), records)).not.toContain("untrusted-content");
    expect(h(tool("wall_post_create", "Publish a new entry on a page", { text: str }), social)).not.toContain("untrusted-content");
  });
});

describe("articles related to, citing or cited by a paper", () => {
  test("the linked works' titles and abstracts are their authors' text; counts, formatting and encyclopedia topics are not", () => {
    expect(h(tool("paper_links", "Finds papers citing a given DOI, with their abstracts.", { doi: str }))).toContain("untrusted-content");
    expect(h(tool("work_graph", "Retrieves publications cited by the source work and works similar to it.", { work_id: str }))).toContain("untrusted-content");
    expect(h(tool("neighbours", "Returns related articles for a journal article identifier.", { article_id: str }))).toContain("untrusted-content");

    expect(h(tool("citation_count", "Returns how many papers citing a given DOI there are.", { doi: str }))).not.toContain("untrusted-content");
    expect(h(tool("encyclopedia_links", "Finds articles related to an encyclopedia entry.", { title: str }))).not.toContain("untrusted-content");
    expect(h(tool("format_reference", "Formats a reference from the given authors, title and year.", { authors: str, title: str }))).not.toContain("untrusted-content");
  });
});

describe("passages the user highlighted in what others wrote", () => {
  test("the highlights of a saved article or book are its author's words in the user's account; adding one or code highlighting is not", () => {
    expect(h(tool("fetch_highlights", "Return every highlight saved from an article in the reading queue.", { item_id: num }), records)).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("book_excerpts", "List the excerpts you marked in an ebook.", { book_id: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("clippings_list", "List clippings kept from web pages you read.", { limit: num }))).toContain("untrusted-content");

    expect(h(tool("add_highlight", "Add a highlight to an article at a character offset.", { item_id: num, text: str }), records)).not.toContain("untrusted-content");
    expect(h(tool("highlight_code", "Get syntax highlights for a code snippet.", { code: str }))).not.toContain("untrusted-content");
    expect(h(tool("match_highlights", "Get the video highlights of a football match.", { match_id: str }))).not.toContain("private-data");
  });
});

describe("the user's own reading record", () => {
  test("shelves, books being read or finished and reading figures are the user's; catalogue searches and shelf changes are not", () => {
    expect(h(tool("shelves", "List the shelves in the user's book tracker.", {}))).toEqual(["private-data"]);
    expect(h(tool("now_reading", "Books on your currently-reading shelf.", { limit: num }))).toEqual(["private-data"]);
    expect(h(tool("finished_lately", "Get the user's most recently finished books.", { limit: num }))).toEqual(["private-data"]);
    expect(h(tool("year_in_books", "Compute books read, pages and average rating for a year from the library.", { year: num }))).toEqual(["private-data"]);

    expect(h(tool("find_books", "Search the public book catalogue by title or author.", { query: str }))).not.toContain("private-data");
    expect(h(tool("warehouse_shelves", "List the shelves of a warehouse aisle.", { aisle: str }))).not.toContain("private-data");
    expect(h(tool("move_to_shelf", "Move a book to another shelf of the user's library.", { book_id: str, shelf: str }))).not.toContain("private-data");
  });
});

describe("the options a platform offers for its spaces or projects", () => {
  test("available hardware or runtime options are the vendor's catalogue, not the account's; what the account uses is", () => {
    expect(h(tool("space_hardware", "Get available hardware options for hosted spaces", {}), records)).toEqual([]);
    expect(h(tool("project_runtimes", "List supported runtime versions for projects", {}), records)).toEqual([]);
    expect(h(tool("workspace_sizes", "Get the available machine size options for workspaces", {}), records)).toEqual([]);

    expect(h(tool("space_hardware_in_use", "Get the hardware your spaces are running on", {}), records)).toContain("private-data");
    expect(h(tool("project_runtime", "Get the runtime configured for a project", { project_id: str }), records)).toContain("private-data");
    expect(h(tool("workspace_details", "Get details about a workspace", { workspace_id: str }), records)).toContain("private-data");
  });
});

describe("a file written at a path that may already hold one", () => {
  test("a path that is created or updated replaces the file there; a path only ever created new, or a read, does not", () => {
    expect(h(tool("put_text", "Put text into a file of a hosted app", { app: str, path: { type: "string", description: "Where the file is created or updated" }, text: str }))).toContain("destructive");
    expect(h(tool("upload_blob", "Upload a local file to a bucket", { bucket: str, key: { type: "string", description: "Object key; created/overwritten" }, file_path: str }))).toContain("destructive");
    expect(h(tool("save_note_file", "Save a note file to the vault", { filename: { type: "string", description: "File name, overwritten if it already exists" }, body: str }))).toContain("destructive");

    expect(h(tool("put_text", "Put text into a new file of a hosted app", { app: str, path: { type: "string", description: "Where the new file is created" }, text: str }))).not.toContain("destructive");
    expect(h(tool("upload_blob", "Upload a local file to a bucket", { bucket: str, key: { type: "string", description: "Object key for the new object" }, file_path: str }))).not.toContain("destructive");
    expect(h(tool("read_text", "Read a file of a hosted app", { path: { type: "string", description: "File that was created or updated last" } }))).not.toContain("destructive");
  });
});

describe("a copy of an existing item made public unless asked otherwise", () => {
  test("duplicating a named item into a new public one sends it out; a private-by-default copy, a copy with no switch or a local clone do not", () => {
    expect(h(tool("duplicate_app", "Duplicate an existing hosted app", { source_app_id: str, name: str, private: { type: "boolean", description: "Make the copy private (default: false)" } }))).toContain("public-sink");
    expect(h(tool("fork_notebook", "Fork a notebook into your account", { source_id: str, is_public: { type: "boolean", default: true } }))).toContain("public-sink");
    expect(h(tool("copy_dataset", "Copy a dataset to a new one", { source_dataset: str, visibility: { type: "string", description: "public or private; defaults to public" } }))).toContain("public-sink");

    expect(h(tool("duplicate_app", "Duplicate an existing hosted app", { source_app_id: str, name: str, private: { type: "boolean", description: "Make the copy private (default: true)" } }))).not.toContain("public-sink");
    expect(h(tool("duplicate_page", "Duplicate a page in the workspace", { source_page_id: str, title: str }))).not.toContain("public-sink");
    expect(h(tool("clone_repo", "Clone a repository to a local directory", { source: str, private: { type: "boolean", default: false } }))).not.toContain("public-sink");
  });
});

describe("a double opt-in sign-up, which mails the address given", () => {
  test("signing an address up with a confirmation mail sends it out; reading opt-in settings or a DOI lookup do not", () => {
    expect(h(tool("doi_signup", "Create a double opt-in subscription for a contact", { email: str, list_ids: { type: "array" }, redirect_url: str }))).toContain("public-sink");
    expect(h(tool("subscribe_member", "Subscribe a member with a confirmation email before they are added", { email_address: str, list: str }))).toContain("public-sink");
    expect(h(tool("add_subscriber", "Add a subscriber using double-opt-in", { email: str, fields: { type: "object" } }))).toContain("public-sink");

    expect(h(tool("get_double_opt_in_settings", "Get the double opt-in settings of a list", { list_id: str }))).not.toContain("public-sink");
    expect(h(tool("lookup_doi", "Look up a paper by its DOI", { doi: str }))).not.toContain("public-sink");
    expect(h(tool("add_subscriber", "Add a subscriber to a list without confirmation", { email: str, fields: { type: "object" } }))).not.toContain("public-sink");
  });
});

describe("a new, empty space or project whose only text is its name", () => {
  test("creating it sends nothing even when public; a public list, page or project with a description still does", () => {
    expect(h(tool("create_space", "Create a new hosted space", { name: str, private: bool, sdk: str }))).not.toContain("public-sink");
    expect(h(tool("new_project", "Create a project", { project_name: str, visibility: str }))).not.toContain("public-sink");
    expect(h(tool("create_workspace", "Create a workspace", { name: str, is_public: bool }))).not.toContain("public-sink");

    expect(h(tool("create_list", "Create a list of items", { name: str, is_private: bool }))).toContain("public-sink");
    expect(h(tool("create_project", "Create a project", { name: str, description: str, visibility: str }))).toContain("public-sink");
    expect(h(tool("create_page", "Create a page", { title: str, content: str, public: bool }))).toContain("public-sink");
  });
});

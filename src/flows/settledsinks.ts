// Tenth session, the sink decisions of the labelling rulebook's section 5 ("Settled conventions"): items opened in a
// shared tracker, invitations and access grants, public links, back ends that request an address the agent picks,
// uploads into cloud file storage, automations, creates public by default, generic cloud resources, site maps, and
// connections to a host or catalog the agent names. Each class cites the decision it applies. (5.10's comments and
// updates others read were already sinks, see heuristics.ts.)
import { propertyOf, propertyText, READ_VERBS, DELETE_VERBS, type Evidence } from "./heuristics.js";
import { PUBLIC_PLATFORM, RECORD_URL, hostedRepository } from "./scope.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/** What the caller knows of the server beyond the tool: does it host public talk (feeds, forums, topics)? */
export interface SettledSinkFacts {
  talk?: "private" | "public";
}

/** The verbs a name leads with, among its first three words (after any server or area prefix). */
export const lead = (e: Evidence) => e.name.slice(0, 3);
export const leadsWith = (e: Evidence, verbs: readonly string[]) => lead(e).some((w) => verbs.includes(w));
/** A read or a removal at the head of the name or of the description: nothing new is opened, granted, sent or served. */
export const readsOrRemoves = (e: Evidence) => lead(e).some((w) => READ_VERBS.has(w) || DELETE_VERBS.has(w)) || READ_VERBS.has(e.first[0] ?? "") || DELETE_VERBS.has(e.first[0] ?? "");
/** Unsent work and staff-only text (5.11, 5.10): a draft, a pending item, an internal or private note. */
const unsentOrInternal = (e: Evidence) => has(e.nameSet, ["draft", "drafts", "pending", "internal", "private", "preview", "validate", "template", "templates"]);

// ---------------------------------------------------------------------------------------------------------------------
// 5.24 (creates that notify other people): an issue, a ticket or an incident opened in a shared tracker is read by the
// team, paged to responders or mailed to an assignee (section 1 creates rule (b)); a forge's issues are already sinks.

const TRACKER_ITEMS = ["issue", "issues", "ticket", "tickets", "incident", "incidents", "bug"];
const OPEN_VERBS = ["create", "add", "new", "open", "file", "report", "raise", "submit", "log", "trigger"];
/** A part or a setting of the tracker named after its items (`create_issue_type`, `add_issue_link`), not a new item. */
const ITEM_PARTS = ["type", "types", "template", "templates", "field", "fields", "link", "links", "sub", "subtask", "rule", "rules", "alert", "alerts", "label", "labels",
  "status", "statuses", "transition", "transitions", "comment", "comments", "note", "notes", "attachment", "attachments", "worklog", "view", "views", "filter", "filters",
  "priority", "priorities", "category", "categories", "scheme", "schemes", "form", "forms", "macro", "macros", "tag", "tags", "watcher", "watchers", "relation", "relations",
  "dependency", "dependencies", "value", "values", "board", "boards", "sprint", "sprints", "query", "queries", "webhook", "webhooks", "property", "properties",
  "assign", "assignee", "assignees", "member", "members"];

/** `create_issue(title, description)`, `create_incident(incident)`, `new_ticket(summary, body)` outside a code forge. */
export function opensTrackerItem(e: Evidence): boolean {
  // ("Open" leads a read as often as a new ticket; here it opens one.)
  const reads = lead(e).some((w) => (READ_VERBS.has(w) && w !== "open") || DELETE_VERBS.has(w));
  if (!leadsWith(e, OPEN_VERBS) || reads || unsentOrInternal(e)) return false;
  if (!has(e.nameSet, TRACKER_ITEMS) || has(e.nameSet, ITEM_PARTS) || hostedRepository(e)) return false;
  // `open_incident(incident_id)`: with nothing but ids to pass, an existing item is opened to look at, not a new one.
  if (e.params.length > 0 && e.params.every((p) => /(?:^|_)(?:id|ids|key|number|iid)$|[a-z]id$/.test(p))) return false;
  // A tracker kept on the user's own disk, or a personal list, is read by no one else.
  return !/\b(?:local|locally|personal|on (?:your|the) (?:own )?(?:disk|machine|computer))\b/.test(e.fullText);
}

/** `create_time_off_request(employee_id, dates, notes)`: a request that goes to an approver (5.24: someone other than the user). */
export function requestsApproval(e: Evidence): boolean {
  if (!leadsWith(e, ["create", "add", "new", "submit", "file", "make"]) || readsOrRemoves(e) || unsentOrInternal(e)) return false;
  const text = e.nameThenFirst;
  return has(e.nameSet, ["request", "requests"]) && /\b(?:time ?off|leave|absence|vacation|holiday|pto|approval)\b/.test(text);
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.12 (invitations and access grants): an invitation, a collaborator or a follower added, a member put in an access
// group, a database login with the agent's password and roles: an agent-chosen principal gets access to data. A change
// to an existing grant (a new role on a permission) is a sink as well when it can widen access.

/** The principals access is given to. */
const PRINCIPALS = ["user", "users", "member", "members", "follower", "followers", "collaborator", "collaborators", "participant", "participants", "guest", "guests",
  "people", "person", "teammate", "teammates", "invitee", "invitees", "principal", "principals", "grantee", "grantees"];
/** Places whose members read what they hold. */
const SHARED_PLACES = ["project", "projects", "space", "spaces", "channel", "channels", "room", "rooms", "group", "groups", "team", "teams", "workspace", "workspaces",
  "organization", "organisation", "org", "repository", "repo", "vault", "vaults", "base", "folder", "drive", "document", "site", "community", "access", "conversation", "conversations", "board"];
/** Where an addition grants nothing: a curated list, a card or a task's assignees, an address book's groups, a mailing audience. */
const NO_ACCESS = ["list", "lists", "card", "cards", "task", "tasks", "issue", "issues", "contact", "contacts", "audience", "audiences", "segment", "segments", "subscriber",
  "subscribers", "tag", "tags", "label", "labels", "queue", "queues", "campaign", "campaigns"];
/** Parameters naming who is let in. */
const PRINCIPAL_PARAM = /^(?:users?|user_?(?:ids?|names?|emails?)|usernames?|members?|member_?(?:ids?|emails?)|(?:community_?)?member_?id|target_?user(?:_?id)?|invitees?|emails?|people|participants?|collaborators?|followers?|actor_?(?:identifier|id)|principals?|grantees?|accounts?|account_?ids?)$/;

/** `invite_user(room_id, user_id)`, `conversations_invite(channel, users)`, `invite_users(users)`. */
function invitesPrincipal(e: Evidence): boolean {
  const inviting = leadsWith(e, ["invite", "invites"]) || e.name.slice(-1)[0] === "invite" || /^(?:invites?|sends? (?:an? )?invitations?) /.test(e.firstText);
  if (!inviting || readsOrRemoves(e) || has(e.nameSet, ["accept", "decline", "deny", "reject", "cancel", "revoke", "resend", "list", "status"])) return false;
  return e.params.some((p) => PRINCIPAL_PARAM.test(p)) || has(e.nameSet, PRINCIPALS) || /^(?:invites?|sends? (?:an? )?invitations?) (?:an? |the |new )?(?:users?|members?|people|persons?|collaborators?)\b/.test(e.firstText);
}

/** `add_followers_to_project(user_ids)`, `add_collaborator(space, actor)`, `add_access_group_member(group_id, member_id)`. */
function addsPrincipalToPlace(e: Evidence): boolean {
  if (!leadsWith(e, ["add", "grant", "share"]) || readsOrRemoves(e) || has(e.nameSet, NO_ACCESS)) return false;
  const principal = has(e.nameSet, PRINCIPALS) && e.params.some((p) => PRINCIPAL_PARAM.test(p));
  const place = has(e.nameAndFirst, SHARED_PLACES) || e.params.some((p) => /^(?:project|space|channel|room|group|access_?group|team|workspace|org|organi[sz]ation|repo|repository|vault|folder|site)(?:_?(?:id|gid|name|number|key))?$/.test(p));
  return principal && place;
}

/** `create_user(username, password, roles)`: a new login with the agent's password and granted roles opens the store to whoever holds it. */
function createsLoginWithRoles(e: Evidence): boolean {
  if (!leadsWith(e, ["create", "add", "new"]) || readsOrRemoves(e) || !has(e.nameSet, ["user", "users", "login", "logins", "account"])) return false;
  return e.params.some((p) => /^(?:password|passwd|pass)$/.test(p)) && e.params.some((p) => /^(?:roles?|privileges?|grants?|permissions?)$/.test(p));
}

/** `update_permission(file_id, permission_id, role)`: a new role on an existing grant of a file or folder can widen who may read it. */
function widensGrant(e: Evidence): boolean {
  if (!leadsWith(e, ["update", "change", "set", "modify", "edit", "patch"]) || readsOrRemoves(e) || !has(e.nameSet, ["permission", "permissions", "sharing", "share"])) return false;
  const role = e.params.some((p) => /^(?:role|access_?level|permission_?level|access)$/.test(p));
  const item = e.params.some((p) => /^(?:file|folder|document|doc|item|drive|sheet|spreadsheet|page|site|space|project|resource)_?id$/.test(p));
  return role && item;
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.14 (links): a presigned or signed link made for reading an object opens it to whoever holds the link, without
// signing in (a link for uploading opens nothing that is stored).

function signsReadLink(e: Evidence): boolean {
  const text = e.nameThenFirst;
  return /\b(?:pre-?signed|pre-?sign|signed)\b/.test(text) && /\b(?:urls?|links?|address(?:es)?)\b/.test(text) && !/\b(?:upload|uploading|put|write|post)\b/.test(text) &&
    !readsOrRemovesLink(e) && has(e.nameAndFirst, ["object", "objects", "file", "files", "blob", "blobs", "bucket", "document", "documents", "get", "download", "read"]);
}
const readsOrRemovesLink = (e: Evidence) => lead(e).some((w) => DELETE_VERBS.has(w) || w === "list");

// ---------------------------------------------------------------------------------------------------------------------
// 5.21 and 5.32 (requests to an agent-chosen endpoint): a back end that requests the page, image, file or repository at
// an address the agent passes, to convert, scrape, scan, index or measure it, is a public-sink; when it returns what it
// found there it is untrusted-content as well (2.1). A key into an archive or a platform's own items (a snapshot, a
// video's URL or id) requests no live page of the agent's choosing (5.21), and a URL kept as a field of a record is
// no request at all.

/** A parameter that takes an address: `url`, `website_url`, `imageUrl`, `repo_url`, `s3_uri`. */
const ADDRESS_PARAM = /^(?:[a-z0-9]+_?)?(?:url|uri|urls|uris)$/;
/** Addresses that are events' destinations, sign-in redirects or a record's own links: decided elsewhere, or no fetch. */
const NOT_FETCHED_PARAM = /^(?:webhook|callback|redirect|return|success|cancel|notify|notification|csp|report|privacy|policy|terms|region|home|homepage|profile|avatar|logo|icon|thumbnail|cover|canonical|permalink|share|public|payment|checkout|api|endpoint|registry|log)_?(?:url|uri|urls|uris)$/;
/** A website, a source or a server kept on a record (a contact's website, a service's base URL), unless said to be fetched. */
const FIELD_ADDRESS_PARAM = /^(?:website|web|site|source|origin|referrer|from|base|server|instance|host|gitea|gitlab|github|jira)_?(?:url|uri|urls|uris)$/;
/** "The URL of the webpage to convert", "the starting URL to crawl": the parameter's text says the back end goes there. */
const SAID_FETCHED = /\b(?:to|will be|is) (?:be )?(?:fetch|scrape|crawl|convert|index|scan|download|import|analy[sz]e|process|extract|transcribe|clone|upload)(?:ed)?\b|\bstart(?:ing)? url\b|\burl (?:to|of the [a-z ]+ to) (?:fetch|scrape|crawl|convert|index|scan)\b/;
/** What is fetched: a page, a site, an image, a file, a video, a document, a repository. */
const FETCHED_THING = /\b(?:web ?pages?|pages?|web ?sites?|sites?|images?|photos?|pictures?|files?|videos?|audio|documents?|pdfs?|docx|csv|parquet|repositor(?:y|ies)|repos?|articles?|feeds?|servers?|media)\b/;
/** The service's own items: a URL of one of them is a key the service looks up, not a page it goes out to fetch. */
const OWN_ITEM = /\b(?:posts?|issues?|tickets?|records?|topics?|threads?|comments?|messages?|events?|tasks?|projects?|boards?|deployments?|artifacts?|runs?|jobs?|builds?|items?|entries|entry|notes?|cards?|at-uri)\b/;
/** "By post ID, URL name, or full URL", "either issueId or issueUrl": the address is one way among others to name an item. */
const ID_OR_URL = /\b(?:ids?|identifiers?|slugs?)\b[^.]{0,40}\bor\b[^.]{0,30}\b(?:urls?|uris?|links?)\b|\b(?:urls?|uris?|links?)\b[^.]{0,20}\bor\b[^.]{0,30}\b(?:ids?|identifiers?|slugs?|names?)\b|\bid ?or ?url\b/;
/** "Fetch a deepwiki.com repo": a reader bound to one named site (not "any" site) requests nothing the agent chooses. */
const FIXED_SITE = (e: Evidence) => /\b[a-z0-9-]+\.(?:com|org|io|net|dev|ai|gov|edu|info|app)\b/.test(e.firstText) && !/\b(?:any|arbitrary|given|specified|provided)\b/.test(e.firstText);
/** Verbs that make the back end go to the address. */
const FETCHING_VERBS = /\b(?:fetch(?:es|ing)?|scrap(?:e|es|ing)|crawl(?:s|ing)?|convert(?:s|ing)?|extract(?:s|ing)?|index(?:es|ing)?|scan(?:s|ning)?|download(?:s|ing)?|import(?:s|ing)?|analy[sz](?:e|es|ing)|summari[sz](?:e|es|ing)|transcrib(?:e|es|ing)|read(?:s|ing)?|load(?:s|ing)?|process(?:es|ing)?|upload(?:s|ing)?|retriev(?:e|es|ing)|get(?:s)?|pull(?:s|ing)?|clon(?:e|es|ing)|render(?:s|ing)?|screenshot(?:s)?|measur(?:e|es|ing)|test(?:s|ing)?|check(?:s|ing)?|inspect(?:s|ing)?|add(?:s)?|make(?:s)?|resiz(?:e|es|ing)|crop(?:s|ping)?|audit(?:s|ing)?|probe(?:s)?)\b/;
/** Archives, caches and search engines: the address is a key to what they stored, not a live request. */
const KEYED_LOOKUP = /\b(?:wayback|archived?|archives|snapshots?|cached|cache|search(?:es)? (?:google|the web|for)|search results)\b/;

/** "Scan an MCP server URL", "a web page URL": with no description of its own, a bare `url` is what the first sentence says it is. */
const FIRST_NAMES_ADDRESS = /\b(?:an?|the|any|given) (?:[a-z0-9]+ ){0,2}(?:web ?page|web ?site|site|page|server|image|file|video|document|repository|feed) urls?\b|\b(?:from|of|on|in) (?:an?|the|any|given) (?:web ?page|web ?site)\b|\bby urls?$/;

/** The address parameters the back end requests, judged from each one's own description and the first sentence. */
function fetchedAddressParams(e: Evidence, schema: unknown): string[] {
  return e.params.filter((p) => {
    if (!ADDRESS_PARAM.test(p) || NOT_FETCHED_PARAM.test(p)) return false;
    const text = propertyText(schema, p);
    if (FIELD_ADDRESS_PARAM.test(p) && !SAID_FETCHED.test(text) && !/\bs3:\/\/|\bgs:\/\//.test(text) && !(text.trim() === "" && FIRST_NAMES_ADDRESS.test(e.firstText))) return false;
    if (RECORD_URL.test(text) || OWN_ITEM.test(text) || ID_OR_URL.test(text)) return false;
    // "URL of the page to convert", "Public image URL", "The GitHub repository URL to index", "s3://bucket/path/to/file.csv".
    if (text.trim() === "") return FIRST_NAMES_ADDRESS.test(e.firstText);
    return (FETCHED_THING.test(text) && /\b(?:urls?|uris?|links?|address(?:es)?)\b/.test(text)) || /\bs3:\/\/|\bgs:\/\//.test(text) || /\b(?:url|uri) to (?:fetch|scrape|crawl|convert|index|scan|download|import|analy[sz]e|process|upload|transcribe|pull|clone)\b/.test(text);
  });
}

/** "Convert a webpage into markdown", "Add a border to an image from a URL", "Scan an MCP server URL", "Index a repository". */
export function requestsChosenAddress(e: Evidence, schema: unknown): boolean {
  if (lead(e).some((w) => DELETE_VERBS.has(w)) || has(e.nameSet, ["draft", "drafts", "pending"]) || KEYED_LOOKUP.test(`${e.name.join(" ")} ${e.fullText}`)) return false;
  if (FIXED_SITE(e) || ID_OR_URL.test(e.fullText)) return false;
  const params = fetchedAddressParams(e, schema);
  if (params.length === 0) return false;
  // "Extract transcript from a YouTube video URL or ID": the address is a key to one platform's item (unless any file URL is taken).
  const platformKey = PUBLIC_PLATFORM.test(`${e.firstText} ${params.map((p) => propertyText(schema, p)).join(" ")}`) && !/\b(?:file|any|arbitrary) urls?\b/.test(e.fullText);
  if (platformKey) return false;
  // A create or an update that keeps the address as a field fetches nothing, unless its text says the back end takes the
  // file from there ("Provide a URL to a PDF file to upload it").
  const recordWrite = lead(e).some((w) => ["create", "new", "update", "edit", "set", "save", "patch", "put", "insert", "upsert"].includes(w));
  const takesFromThere = /\b(?:from|at) (?:an? |the |any |given |public |remote )?(?:[a-z0-9]+ ){0,2}(?:urls?|uris?|links?|address(?:es)?|web ?pages?|web ?sites?)\b|\burls? (?:to|of) (?:an? |the )?(?:[a-z]+ )?(?:pdf|docx|file|image|document|page|website|repository)\b/.test(e.fullText);
  if (recordWrite && !takesFromThere) return false;
  return FETCHING_VERBS.test(e.firstText) || takesFromThere;
}

/** What comes back is what the address held: the page converted, the text extracted, the image, the findings of a scan. */
export function returnsFetchedContent(e: Evidence): boolean {
  // A sitemap, a link list or a tree is the site's structure (5.36 decides the URLs a crawl finds); a job started returns an id (2.1).
  if (has(e.nameAndFirst, ["sitemap", "sitemaps", "tree", "links", "urls", "structure"]) || startsJob(e)) return false;
  if (/\b(?:metadata|dimensions|width|height|size|status|job|id|count)\b/.test(e.first.slice(0, 6).join(" ")) && !/\bcontent\b/.test(e.firstText)) return false;
  return /\b(?:convert(?:s|ing)?|scrap(?:e|es|ing)|extract(?:s|ing)?|fetch(?:es|ing)?|returns? (?:the |its )?(?:content|text|markdown|html|page|findings|results|image)|summari[sz](?:e|es)|transcri(?:be|bes|pt)|read(?:s)?|scan(?:s)?\b[^.]*\breturn)/.test(e.firstText) ||
    /\b(?:border|crop|resize|thumbnail|watermark)\b/.test(e.firstText);
}

/** "Initiate an asynchronous crawl", "start a crawl job": what was found comes back later, from another tool (2.1). */
const startsJob = (e: Evidence) => leadsWith(e, ["start", "initiate", "launch", "submit", "queue", "schedule"]) || /^(?:initiates?|starts?|launch(?:es)?|queues?|submits?) (?:an? |the )?(?:new )?(?:asynchronous |async |background )?(?:[a-z-]+ ){0,2}(?:crawl|job|task|operation|scan)\b/.test(e.firstText);

// ---------------------------------------------------------------------------------------------------------------------
// 5.22 (uploads): a file put into cloud file storage (Drive, Dropbox, Box, OneDrive, SharePoint, object stores, pCloud)
// goes to a folder or bucket the agent chooses, and shared ones exist (2.11). Storing into an index, a memory or a vector
// store, or attaching a file to a page or record, is no upload to storage.

/** The storage 5.22 names: a drive, a file-sharing service, an object store and its buckets. */
const CLOUD_STORAGE = ["drive", "gdrive", "dropbox", "onedrive", "sharepoint", "pcloud", "bucket", "buckets", "s3", "gcs", "blob", "blobs", "minio", "r2"];
const STORAGE_PHRASE = /\b(?:google drive|cloud storage|object storage|object store|storage bucket|file storage)\b/;
const PUT_VERBS = ["upload", "put", "create", "add", "new", "store", "save", "write"];
const STORED_THINGS = ["file", "files", "object", "objects", "document", "documents", "doc", "docs", "blob", "blobs", "content", "item"];
/** A destination shared by nature: a room or a shared or team drive, whose members open what lands there. */
const SHARED_DESTINATION = /\b(?:rooms?|shared (?:drives?|folders?|spaces?)|team (?:drives?|folders?))\b/;

/** `put_object(bucket, key, body)`, `drive_create_file(name, content, folder_id)`, `upload_document(library, content)` into a named cloud store. */
export function uploadsToCloudStorage(e: Evidence, schema: unknown): boolean {
  // `push_to_s3` "Upload code to S3": the first sentence's verb says what the name's does not.
  if (!(leadsWith(e, PUT_VERBS) || (e.first[0] === "upload" && !e.name.some((w) => READ_VERBS.has(w)))) || readsOrRemoves(e) || unsentOrInternal(e)) return false;
  if (lead(e).some((w) => ["update", "edit", "replace", "patch", "rename", "move", "copy"].includes(w))) return false;
  // `upload_to_s3(bucket_name, code_content)`: an upload names the store alone, and what goes in is a file whatever it holds.
  const stored = has(e.nameSet, STORED_THINGS) || e.nameSet.has("upload") || e.first[0] === "upload";
  // `box_upload_file_from_content`: the Box service named as the server's prefix (a text box or a checkbox is no store).
  const store = has(e.nameAndFirst, CLOUD_STORAGE) || STORAGE_PHRASE.test(e.firstText) || e.name[0] === "box" || e.params.some((p) => /^(?:bucket|bucket_?name|s3_?(?:bucket|key))$/.test(p)) ||
    SHARED_DESTINATION.test(e.firstText) || e.params.some((p) => /(?:^|_)(?:parent|folder|destination|target|room|space)(?:_?id)?$/.test(p) && SHARED_DESTINATION.test(propertyText(schema, p)));
  const notStorage = has(e.nameAndFirst, ["attachment", "attachments", "attach", "index", "memory", "memories", "vector", "vectors", "embedding", "embeddings", "signed", "presigned", "url", "link"]);
  return stored && store && !notStorage;
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.23 (automations): creating an automation, a scenario, a workflow or a function that runs later acts like code
// deployed where it can reach any host. (Runs of an existing workflow keep 2.13; a data pipeline's flow or a CI pipeline
// is named for what it builds, not an automation the agent writes.)

const AUTOMATIONS = ["automation", "automations", "scenario", "scenarios", "workflow", "workflows", "zap", "zaps", "applet", "applets", "playbook", "playbooks"];
/** A function is an automation when it is serverless or triggered (not a database's SQL function or a spreadsheet formula). */
const TRIGGERED_FUNCTION = /\b(?:serverless|lambda|edge|cloud|triggered|trigger|schedules?|scheduled|webhooks?|events?|automat(?:e|es|ion)|custom function|deluge|runs? (?:when|on|every|later))\b/;
/** What the agent writes into it: its steps, nodes, blueprint, code or actions. */
const AUTOMATION_BODY = /^(?:nodes|blueprint|steps|actions|definition|code|source|script|script_?body|body|flow|trigger|triggers|workflow|spec|yaml|json|content)$/;

export function createsAutomation(e: Evidence): boolean {
  if (!leadsWith(e, ["create", "add", "new", "deploy", "install", "register", "make"]) || readsOrRemoves(e) || unsentOrInternal(e)) return false;
  if (lead(e).some((w) => ["run", "execute", "trigger", "start", "test", "manage"].includes(w))) return false;
  const automation = has(e.nameSet, AUTOMATIONS) || (has(e.nameSet, ["function", "functions"]) && TRIGGERED_FUNCTION.test(`${e.name.join(" ")} ${e.fullText}`) && !/\b(?:sql|database|postgres|formula|spreadsheet)\b/.test(e.fullText));
  return automation && e.params.some((p) => AUTOMATION_BODY.test(p));
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.25 (creates public by default): a new item that shows the agent's text to people outside the organisation unless
// made private, and the categories, sections and boards of a public forum or platform (section 1 creates rule (b)).

/** Whether a `private`, `public` or `visibility` switch leaves the new item public when it is not set. */
function publicUnlessSet(schema: unknown, params: readonly string[]): boolean {
  return params.some((p) => {
    const text = propertyText(schema, p);
    const given = (propertyOf(schema, p) as { default?: unknown } | undefined)?.default;
    if (/^(?:is_?)?private$/.test(p)) return given === false || /\bdefault(?:s)?(?: is|:| to)? ?false\b|\bpublic (?:unless|by default)\b/.test(text);
    if (/^(?:is_?)?public$/.test(p)) return given === true || /\bdefault(?:s)?(?: is|:| to)? ?true\b/.test(text);
    return /^visibility$|^privacy$/.test(p) && (given === "public" || /\bdefault(?:s)?(?: is|:| to)? ?["']?public\b/.test(text));
  });
}

/** What a forum or a platform shows its readers: categories, sections, boards, playlists, tags. */
const PUBLIC_CONTAINERS = ["category", "categories", "section", "sections", "board", "boards", "playlist", "playlists", "collection", "collections", "subforum", "forum", "tag", "tags"];

export function createsPublicByDefault(e: Evidence, schema: unknown, facts: SettledSinkFacts): boolean {
  const creating = leadsWith(e, ["create", "add", "new", "insert", "make"]) || /^(?:creates?|adds?) (?:an? )?new\b/.test(e.firstText);
  if (!creating || readsOrRemoves(e) || unsentOrInternal(e)) return false;
  if (publicUnlessSet(schema, e.params)) return true;
  // `create_category` of a forum, `channel_sections_insert` on a video platform: shown to every reader (not a private one).
  const publicPlace = PUBLIC_PLATFORM.test(e.nameThenFirst) || /\b(?:forum|community|public)\b/.test(e.firstText) || facts.talk === "public";
  const shownText = e.params.some((p) => /^(?:name|title|description|text|color|emoji|icon|slug)$/.test(p));
  return publicPlace && has(e.nameSet, PUBLIC_CONTAINERS) && shownText && !/\b(?:private|secret|hidden|only (?:you|me|the user))\b/.test(e.firstText);
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.31 (generic create or manage of any cloud resource): a tool that creates or updates a resource of whatever type the
// agent names is a catch-all (5.3): a created resource can open access or reach any host.

/** `resource_type: "AWS::S3::Bucket"`, `type_name`: the kind of resource is the agent's choice. */
function anyResourceType(e: Evidence, schema: unknown): boolean {
  const typeParam = e.params.find((p) => /^(?:resource_?type|type_?name|resource_?kind)$/.test(p));
  if (typeParam === undefined) return false;
  const text = `${e.fullText} ${propertyText(schema, typeParam)}`;
  return /\b(?:aws|azure|gcp|google cloud|cloud|oci|alibaba)\b|::/.test(text);
}

export function managesAnyCloudResource(e: Evidence, schema: unknown): boolean {
  if (!leadsWith(e, ["create", "update", "manage", "provision", "apply", "upsert", "patch"]) || readsOrRemoves(e)) return false;
  return has(e.nameSet, ["resource", "resources"]) && anyResourceType(e, schema);
}

/** A cloud service's compute that runs what it is given, and the resource policies that let other principals in. */
const CLOUD_COMPUTE = ["cluster", "clusters", "step", "steps", "statement", "statements"];
/** Operations that create it, submit work to it or put a policy on it (not only describe, list, cancel or delete). */
const STARTING_OPERATION = /\b(?:create|add|run|put|submit|start)-[a-z-]+\b|\b(?:create|add|run|put|submit|start)_[a-z_]+\b/;

/**
 * `manage_emr_clusters(operation: create-cluster | describe-cluster | terminate-clusters)`, `manage_glue_statements(run-statement)`,
 * `manage_glue_resource_policies(put-resource-policy)`: managing a cloud service's clusters, job steps, statements or
 * resource policies reaches resources that run any code or open access (5.31, as 3.33 records).
 */
export function managesCloudCompute(e: Evidence, schema: unknown): boolean {
  if (e.name[0] !== "manage" && !/^manages? /.test(e.firstText)) return false;
  if (!/\b(?:aws|azure|gcp|google cloud|cloud)\b/.test(e.nameThenFirst)) return false;
  const object = has(e.nameSet, CLOUD_COMPUTE) || (has(e.nameSet, ["policy", "policies"]) && e.nameSet.has("resource"));
  const operations = e.params.filter((p) => /^(?:operation|action|op)$/.test(p)).map((p) => propertyText(schema, p)).join(" ");
  return object && STARTING_OPERATION.test(operations);
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.36 (crawl starts and site maps): a tool that returns the URLs it found on a site the agent names is
// untrusted-content and a public-sink (2.1 `firecrawl_map`); an archive's list of stored URLs requests no live site.

const SITE_URLS = /\b(?:discover(?:s|ing)?|enumerat(?:e|es|ing)|maps?|mapping|find(?:s)?|collect(?:s)?|extract(?:s)?) (?:\w+ ){0,4}?(?:urls?|links|pages)\b[^.]{0,40}\b(?:on|of|in|within|under|across|from|for) (?:\w+ ){0,2}?(?:web ?sites?|sites?|domains?)\b/;

export function mapsChosenSite(e: Evidence, schema: unknown): boolean {
  if (lead(e).some((w) => DELETE_VERBS.has(w)) || KEYED_LOOKUP.test(`${e.name.join(" ")} ${e.fullText}`)) return false;
  const chosen = e.urlParam || fetchedAddressParams(e, schema).length > 0 || e.params.some((p) => /^(?:site|domain|root|start_?url|website|site_?url|website_?url|base_?url)$/.test(p));
  return chosen && SITE_URLS.test(e.fullText) && !startsJob(e);
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.9 (connections): a connection set up with details that name the host (host, port, database, user), or a call that
// signs in to a server at a URL the agent passes, sends the credentials and every query wherever the agent says; 5.32
// adds the catalog URI a store is reached through. (A connection string alone is left out: see the session's report.)

/** A secret that signs in to the server the call goes to. */
const SIGN_IN_SECRET = /^(?:token|api_?key|apikey|password|passwd|secret|access_?token|auth_?token)$/;

/** "The URL of the InfluxDB server": the address of a server of the engine the tool talks to. */
const SERVER_ADDRESS = /\b(?:url|uri|address|endpoint) of the (?:[a-z0-9-]+ )?(?:server|instance|database|cluster|broker|host)\b/;
/** "REST URI for Iceberg catalog": the endpoint of a data catalog the store is reached through (5.32 names catalog URIs). */
const CATALOG_ADDRESS = /\b(?:rest )?(?:url|uri|endpoint) (?:for|of) (?:the |an? )?(?:[a-z0-9-]+ )?catalog\b/;

/**
 * `query(url: "The URL of the InfluxDB server", token)`, `import_csv(uri: "REST URI for Iceberg catalog")`: every call
 * goes to the server or catalog whose address the agent passes, with a secret to sign in to a server (a host and a
 * password are connections.ts's; this is the URL form). 5.9 for a server signed in to, 5.32 for a catalog URI.
 */
function callsChosenServer(e: Evidence, schema: unknown): boolean {
  const texts = e.params.filter((p) => /^(?:url|uri|endpoint|server_?url|base_?url|host_?url|instance_?url|catalog_?(?:url|uri))$/.test(p)).map((p) => propertyText(schema, p));
  return texts.some((t) => CATALOG_ADDRESS.test(t)) || (texts.some((t) => SERVER_ADDRESS.test(t)) && e.params.some((p) => SIGN_IN_SECRET.test(p)));
}

function connectsWithDetails(e: Evidence, schema: unknown): boolean {
  if (!has(e.nameSet, ["connection", "connections", "connect", "datasource", "datasources", "source"]) || readsOrRemoves(e)) return false;
  if (!leadsWith(e, ["create", "add", "new", "connect", "register", "configure", "test", "open"])) return false;
  return e.params.some((p) => /^(?:details|connection_?details|config|configuration|settings|connection_?(?:config|settings|params|parameters))$/.test(p) &&
    /\bhost(?:name)?\b/.test(propertyText(schema, p)));
}

/** The reason heuristics.ts gives a read of any page at a URL parameter (a test pins it, so a rewording is caught). */
export const WEB_CONTENT_REASON = "reads web content";

/**
 * 5.9: the URL of the server a call signs in to is where a connection goes, not a page to read; what comes back is that
 * server's records (the user's own), so the web-content read guessed from the URL parameter is dropped.
 */
export function withoutServerAddressRead(labels: Label[], e: Evidence, schema: unknown): Label[] {
  return callsChosenServer(e, schema) ? labels.filter((l) => !(l.role === "untrusted-content" && l.reason === WEB_CONTENT_REASON)) : labels;
}

export function settledSinkLabels(e: Evidence, schema: unknown, facts: SettledSinkFacts = {}): Label[] {
  const out: Label[] = [];
  const sink = (reason: string) => out.push({ role: "public-sink", confidence: 0.65, reason });
  if (opensTrackerItem(e)) sink("opens an issue, a ticket or an incident in a shared tracker, whose team, assignee or responders read the text");
  else if (requestsApproval(e)) sink("files a request that goes to an approver with the text the model writes");
  else if (invitesPrincipal(e) || addsPrincipalToPlace(e)) sink("invites or adds people the model names to a place, giving them access to what it holds");
  else if (createsLoginWithRoles(e)) sink("creates a login with a password the model picks and roles that open the data to whoever holds it");
  else if (widensGrant(e)) sink("changes the role of an existing permission on an item, which can widen who may read it");
  else if (signsReadLink(e)) sink("signs a link that lets anyone who holds it read the stored item without signing in");
  else if (uploadsToCloudStorage(e, schema)) sink("uploads a file into cloud storage, to a folder or bucket the model chooses");
  else if (createsAutomation(e)) sink("creates an automation, a workflow or a function that runs later and can reach any host");
  else if (managesAnyCloudResource(e, schema)) sink("creates or changes a cloud resource of any type the model names, which can open access or reach any host");
  else if (managesCloudCompute(e, schema)) sink("creates a cloud service's clusters, submits its job steps or statements, or puts its resource policies, which run any code or open access");
  else if (createsPublicByDefault(e, schema, facts)) sink("creates an item that people outside the organisation see by default");
  else if (connectsWithDetails(e, schema) || callsChosenServer(e, schema)) sink("connects to a server at an address the model names, handing it credentials and queries");
  const mapsSite = mapsChosenSite(e, schema);
  if (mapsSite || requestsChosenAddress(e, schema)) {
    if (out.length === 0) sink("makes a back end request a page, file or repository at an address the model chooses");
    if (mapsSite || returnsFetchedContent(e)) out.push({ role: "untrusted-content", confidence: 0.65, reason: "returns what was found at an address the model chooses, written by whoever runs it" });
  }
  return out;
}

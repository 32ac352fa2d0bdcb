// Tenth session (rulebook section 5, kinds): the settled conventions that decide a kind of tool's roles where the
// heuristics did not yet follow them. Live deploys and promotions, memberships and relations removed, the user's own
// files downloaded, running work ended, chat rooms and their members, the user's own index of others' text, repository
// contents, publisher-written catalogue text, in-place edits that change more than a name, counters, tokens created on a
// chain, code run with network access and existence checks of the user's own items. Each class cites its decision.
import { READ_VERBS, type Evidence } from "./heuristics.js";
import { deploys, deploysToWeb } from "./releases.js";
import { hostedRepository } from "./scope.js";
import { publishesModel } from "./liverecords.js";
import type { TalkKind } from "./outsiders.js";
import type { Label, Role } from "./types.js";
import { hasAny as has, wordSet } from "./word-sets.js";

export interface SettledKindFacts {
  /** The verbs the heuristics read the name for (a prefix skipped, an object-first name's verb last). */
  verbs: readonly string[];
  /** Whether the server is a place where people talk (outsiders.ts). */
  talk?: TalkKind;
}

const label = (role: Role, confidence: number, reason: string): Label => ({ role, confidence, reason });
const text = (e: Evidence): string => e.nameThenFirst;
/** A read, search or look-up verb at the head of the name or the description (a function: heuristics.ts loads after this module). */
const looks = (e: Evidence, verbs: readonly string[]): boolean => verbs.some((w) => READ_VERBS.has(w)) || READ_VERBS.has(e.first[0] ?? "");

// ---------------------------------------------------------------------------------------------------------------
// 5.1 Publishing over a live site: anything that changes what a live site, store or feed serves is a public-sink.

/** What can be promoted to serve production traffic. */
const PROMOTABLE = ["deployment", "deployments", "build", "builds", "preview", "previews"];
/** Where a deploy serves what it was given to anyone: a hosted service's public address or a store's release track. */
const SERVED_PUBLICLY = /\b(?:cloud run|app engine|app runner|elastic beanstalk|google play|play store|app store|testflight|(?:production|internal|alpha|beta|closed|open|testing) track|public(?:ly)? (?:url|address|accessible|reachable)|(?:https?|service) url)\b/;

/**
 * `promote_deployment`: a build that was only a preview now serves the production domains; `deploy_to_cloud_run`,
 * `deploy_track(aab_path, track)`: code or an app bundle served at a public address or by a store; `publish_content_type`:
 * the live delivery API now serves the new model. Each changes what a live site, store or feed serves (5.1).
 */
export function changesWhatLiveSiteServes(e: Evidence, verbs: readonly string[]): boolean {
  if (verbs.some((w) => READ_VERBS.has(w))) return false;
  const promotes = verbs.includes("promote") && has(e.nameAndFirst, PROMOTABLE) && /\bproduction\b|\blive\b|\bdomains?\b/.test(e.fullText + " " + e.name.join(" ")) || (verbs.includes("promote") && has(e.nameSet, ["deployment", "deployments"]));
  const servedDeploy = deploys(e, verbs) && !deploysToWeb(e, verbs) && SERVED_PUBLICLY.test(e.fullText);
  // A content model's or a schema's draft published: the live delivery API serves the new one (liverecords.ts makes it destructive).
  const modelPublish = publishesModel(e);
  return promotes || servedDeploy || modelPublish;
}

// ---------------------------------------------------------------------------------------------------------------
// 5.2 Removing a membership or a stored relation: destructive. Reversible toggles on one item: no role.

/** Verbs that take something off a record or a container. */
const TAKE_OFF = wordSet("remove", "delete", "unlink", "disconnect", "detach");
/** A stored relation between two records: an issue link, a graph relation, a relation field's entries. */
const RELATION_NOUNS = wordSet("relation", "relations", "relationship", "relationships", "related", "link", "links");
/** Where a relation holds between records (not a hyperlink in a document's text, not a sharing link). */
const RECORD_RELATION = /\b(?:between (?:two |the )?(?:\w+ ){0,2}(?:issues?|work items?|tickets?|records?|entries|entities|nodes|items|tasks|pages|documents)|(?:issue|work item|ticket|record|entry|task) links?|relation (?:fields?|attributes?)|related (?:entries|records|items))\b/;

/** `jira_remove_issue_link(link_id)`, `disconnect_relation(entry, field, ids)`: a stored relation between records deleted (5.2). */
export function removesStoredRelation(e: Evidence, verbs: readonly string[]): boolean {
  if (!verbs.some((w) => TAKE_OFF.has(w)) || verbs.some((w) => READ_VERBS.has(w))) return false;
  // A hyperlink in a text, a sharing link, and a search's or a view's relation filter are no stored relation.
  if (has(e.nameSet, ["hyperlink", "hyperlinks", "share", "sharing", "shared", "public", "url", "urls", "filter", "filters", "view", "views", "search", "cache", "setting", "settings", "panel", "preview", "previews", "text"]) || /\bhyperlinks?\b/.test(e.firstText)) return false;
  return has(e.nameSet, [...RELATION_NOUNS]) && (RECORD_RELATION.test(e.fullText) || has(e.nameSet, ["issue", "issues", "relation", "relations", "relationship", "relationships"]));
}

/** People attached to one work item, and the work items themselves. */
const ITEM_PEOPLE = wordSet("member", "members", "follower", "followers", "watcher", "watchers", "assignee", "assignees", "subscriber", "subscribers");
const WORK_ITEMS = wordSet("card", "cards", "task", "tasks", "subtask", "subtasks", "issue", "issues", "ticket", "tickets");
/** Containers whose membership is access: removing someone from one of these revokes what they could see. */
const ACCESS_CONTAINERS = wordSet("organization", "organisation", "org", "orgs", "group", "groups", "space", "spaces", "channel", "channels", "project", "projects", "team", "teams", "workspace", "workspaces", "board", "boards", "room", "rooms", "server", "guild", "repository", "repo", "realm", "account");
/** Containers a work item is filed in among others (it stays in its other projects, sections or sprints). */
const FILING = wordSet("project", "projects", "section", "sections", "sprint", "sprints", "milestone", "milestones", "tag", "tags");

/**
 * `remove_member_from_card`, `card_member_remove`, `remove_task_from_project`, `remove_contact_from_group`, `stars_remove`:
 * a person taken off one work item, an item taken out of one of several projects, a contact out of an address-book
 * group, a star taken back. Each is a reversible toggle on one item, which has no role (5.2).
 */
export function togglesOffOneItem(e: Evidence, verbs: readonly string[]): boolean {
  if (!verbs.some((w) => w === "remove" || w === "unassign")) return false;
  const all = new Set([...e.nameAndFirst, ...e.params.flatMap((p) => p.split(/_/))]);
  // Someone taken off one card or task (unassigned), where no container that grants access is named.
  const fromItem = has(e.nameSet, [...WORK_ITEMS]) || /\bfrom (?:an? |the |this |that |one )?(?:specific |given )?(?:card|task|subtask|issue|ticket)\b/.test(e.firstText);
  const fromAccess = has(e.nameSet, [...ACCESS_CONTAINERS]) || /\bfrom (?:an? |the |this |that )?(?:\w+ )?(?:organi[sz]ation|group|space|channel|workspace|board|team|room|server|project|repository)\b/.test(e.firstText);
  const personOffItem = has(e.nameSet, [...ITEM_PEOPLE]) && has(all, [...WORK_ITEMS]) && fromItem && !fromAccess;
  // A task or issue taken out of one project, section or sprint, "it stays in its other projects".
  const itemOutOfFiling = has(e.nameSet, ["task", "tasks", "issue", "issues", "item", "items"]) && has(e.nameSet, [...FILING]) && e.nameSet.has("from");
  // A contact taken out of an address book's group: the contact stays, no one loses access.
  const contactOutOfGroup = has(e.nameSet, ["contact", "contacts"]) && has(e.nameSet, ["group", "groups"]) && !has(e.nameSet, ["delete"]);
  // A star taken back from an item (the plural of a marking the destructive ladder already treats as a link).
  const starOff = has(e.nameSet, ["stars"]) && !has(e.nameSet, ["delete"]);
  return personOffItem || itemOutOfFiling || contactOutOfGroup || starOff;
}

// ---------------------------------------------------------------------------------------------------------------
// 5.4 Downloads: the user's own files, attachments and exports are private-data even when saved to a path.

/** What the user's own account holds and a download brings down: attachments, a message's media, stored files. */
const OWN_DOWNLOADABLE = wordSet("attachment", "attachments", "media", "file", "files", "folder", "folders", "document", "documents", "transcript", "transcripts", "object", "objects", "recording", "recordings", "export", "exports", "invoice", "invoices", "statement", "statements", "receipt", "receipts");
/** An id that points at the account's own message, chat, ticket, stored file or folder. */
const OWN_ITEM_PARAM = /^(?:message|msg|chat|chat_?jid|conversation|ticket|attachment|file|folder|document|doc|item|object|recording|video|record|sys|thread|export|invoice|statement|receipt)_?(?:id|ids|jid|key|sys_?id|name|path)?$|^(?:attachment|file|folder)_?sys_?id$/;
/** Public things anyone can download: papers, datasets, models, fonts, packages, web pages. */
const PUBLIC_DOWNLOADS = wordSet("paper", "papers", "pdf", "arxiv", "pubmed", "doi", "scihub", "dataset", "datasets", "model", "models", "font", "fonts", "package", "packages", "youtube", "url", "urls", "web", "public", "song", "songs", "podcast", "episode", "wallpaper", "icon", "icons");

/**
 * `download_media(message_id, chat_id)`, `downloadAttachment(conversation_id, attachment_id)`, `download_file(file_id)`
 * from the user's cloud drive: the user's own files come down to a path the agent's file tools read next (5.4).
 */
export function downloadsOwnFiles(e: Evidence, verbs: readonly string[]): boolean {
  if (!(verbs.includes("download") || e.first[0] === "download" || e.first[0] === "downloads") || has(e.nameSet, ["cancel", "status", "list", "upload"])) return false;
  if (e.urlParam || has(e.nameAndFirst, [...PUBLIC_DOWNLOADS])) return false;
  const object = has(e.nameSet, [...OWN_DOWNLOADABLE]) || has(new Set(e.first.slice(1, 6)), [...OWN_DOWNLOADABLE]);
  return object && e.params.some((p) => OWN_ITEM_PARAM.test(p));
}

// ---------------------------------------------------------------------------------------------------------------
// 5.5 Ending or cancelling running work: destructive. Pauses that keep the work and the tool's own transfers: no role.

/** Verbs that end or restart what runs. */
const END_VERBS = wordSet("stop", "restart", "reboot", "abort", "halt", "shutdown");
/** Running work that is lost when it ends: a hosted app or space, a bot, a run, a build, a job, an execution. */
const RUNNING_WORK = wordSet("space", "spaces", "bot", "bots", "controller", "controllers", "run", "runs", "build", "builds", "job", "jobs", "execution", "executions", "workflow", "workflows", "pipeline", "pipelines", "kernel", "kernels", "sandbox", "sandboxes", "agent", "agents");
/** What the tool itself started and streams, plays or records: stopping it loses nothing anyone else relies on. */
const OWN_ACTIVITY = wordSet("stream", "streaming", "buffer", "replay", "recording", "playback", "session", "sessions", "download", "downloads", "upload", "uploads", "transfer", "transfers", "sync", "watch", "watcher", "interact", "timer", "monitoring", "monitor", "mcp", "cache", "queue", "queues", "schedule", "schedules");
/** `space_id`, `run_id`, `build_number`, `bot_name`: the parameter names the running thing that ends. */
const RUNNING_PARAM = /^(?:space|bot|controller|run|build|job|execution|workflow|pipeline|kernel|sandbox|agent|instance|app|server|machine|vm|repo)_?(?:id|ids|name|names|number|key)?$|^(?:id|name|job|build|number)$/;
/** Hosts that stop running when paused (a paused queue, schedule or rule keeps its work and resumes). */
const PAUSED_HOSTS = wordSet("space", "spaces", "app", "apps", "instance", "instances", "vm", "vms", "server", "servers", "bot", "bots", "machine", "machines", "sandbox", "sandboxes");

/**
 * `restart_space`, `stop_bot`, `abort_build(job, number)`, "Pause a running space", "restart with new inputs": running work
 * ends and what it held is lost (5.5); a restart ends the run it starts again (5.37).
 */
export function endsRunningWork(e: Evidence, verbs: readonly string[]): boolean {
  if (verbs.some((w) => READ_VERBS.has(w) || w === "set" || w === "update" || w === "schedule" || w === "check" || w === "create")) return false;
  if (has(e.nameSet, [...OWN_ACTIVITY]) || /\b(?:mcp server|this (?:tool|server)|the server process)\b/.test(e.fullText)) return false;
  const ends = verbs.some((w) => END_VERBS.has(w)) && has(e.nameAndFirst, [...RUNNING_WORK]) && (e.params.some((p) => RUNNING_PARAM.test(p)) || /\b(?:running|in progress|in-progress|active)\b/.test(e.firstText));
  const pausesHost = verbs.includes("pause") && has(e.nameSet, [...PAUSED_HOSTS]) && /\brunning\b/.test(e.firstText);
  // "Signal a workflow to continue as new (restart with new inputs)": the running execution ends and a new one starts.
  const restartsRun = /\brestart(?:s|ing)?\b|\bends? the (?:current |running )?(?:run|execution|workflow)\b[^.]*\bstarts?\b/.test(e.firstText) && has(e.nameAndFirst, ["workflow", "workflows", "execution", "executions", "run", "runs"]) && !verbs.some((w) => w === "start");
  return ends || pausesHost || restartsRun;
}

/** `cancel_download(download_id)`, `stop_upload`: a transfer the tool started itself is stopped; nothing running is lost (5.5). */
export function stopsOwnTransfer(e: Evidence, verbs: readonly string[]): boolean {
  return verbs.some((w) => w === "cancel" || w === "stop" || w === "abort") && has(e.nameSet, ["download", "downloads", "upload", "uploads", "transfer", "transfers"]) &&
    !has(e.nameSet, ["order", "orders", "job", "jobs", "run", "runs", "workflow", "build"]);
}

// ---------------------------------------------------------------------------------------------------------------
// 5.8 Rooms, channels and chats on chat platforms, and member lists of rooms, channels and events: untrusted-content
// and private-data (members create and name the rooms; people write their own names and profiles).

/** Chat platforms where any member can create and name rooms. */
const CHAT_PLATFORM = /\b(?:slack|discord|matrix|zulip|mattermost|rocket\.?chat|telegram|whatsapp|feishu|lark|dingtalk|(?:microsoft |ms ?)?teams|google chat|webex|wechat|signal|line (?:chats?|groups?|messenger)|guilds?)\b/;
/** The rooms of a chat platform, under each product's word for them. */
const ROOMS = wordSet("channels", "rooms", "chats", "dialogs", "spaces", "guilds");
const ONE_ROOM = wordSet("channel", "room", "chat", "dialog", "space", "guild");
/** Rooms that are configuration, not places people talk: alert and release channels, a shop's sales channels. */
const CONFIG_CHANNELS = /\b(?:notification|alert|alerting|sales|release|update|delivery|distribution|marketing|payment|contact|webhook|integration|youtube|video|tv|streaming) channels?\b/;
/** A room's settings, access, storage, invites or messages: not its name or its members. */
const ROOM_SETTINGS = wordSet("types", "type", "settings", "permissions", "roles", "stats", "count", "counts", "analytics", "messages", "message", "history", "access", "security", "level", "levels", "folder", "folders", "file", "files", "quota", "storage", "invites", "invite", "links", "link", "url", "urls", "vanity", "widget", "icon", "banner", "webhooks", "webhook", "emojis", "stickers", "bans", "audit");
/** The members of a room, a channel, a community or an event. */
const MEMBER_NOUNS = wordSet("members", "member", "memberships", "participants", "attendees", "attendee", "invitees", "invitee", "registrants", "users");

/**
 * `list_channels`, `list_joined_rooms`, `get_space(space_id)` on a chat platform, `list_memberships(room)`, `event_attendees`:
 * room names members chose and member lists whose names and profiles people wrote themselves, inside the user's own
 * account (5.8).
 */
export function readsChatRoomsOrMembers(e: Evidence, facts: SettledKindFacts): boolean {
  if (!looks(e, facts.verbs) || facts.verbs.some((w) => ["create", "add", "update", "delete", "remove", "set", "join", "leave", "archive", "invite", "send"].includes(w))) return false;
  // A room's settings, access, files or invites, and its messages, are other reads (or other roles).
  if (CONFIG_CHANNELS.test(text(e)) || has(e.nameSet, [...ROOM_SETTINGS])) return false;
  const namedChat = CHAT_PLATFORM.test(`${e.name.join(" ")} ${e.fullText}`);
  const chatPlatform = facts.talk === "private" || namedChat;
  // A list of rooms where people talk; one room's details only on a platform the tool names as a chat (a server with
  // several "channel" tools may be a video platform's). A search by name is a look-up, not the list.
  const lookup = facts.verbs.some((w) => w === "search" || w === "find") || /^(?:search|find)/.test(e.firstText);
  // A directory of public rooms anyone can join is the server's, not the account's (its rooms stay untrusted, below).
  if (/\bpublic (?:rooms|spaces|channels|groups)\b|\banyone (?:on the server )?can join\b|\bpublic (?:room |space |channel )?directory\b/.test(e.firstText)) return false;
  const rooms = !lookup && !has(e.nameSet, [...MEMBER_NOUNS]) && ((chatPlatform && has(e.nameSet, [...ROOMS])) || (namedChat && has(e.nameSet, [...ONE_ROOM])));
  const roomMembers = has(e.nameSet, [...MEMBER_NOUNS]) && (
    (chatPlatform && (has(e.nameAndFirst, ["channel", "channels", "room", "rooms", "chat", "chats", "space", "spaces", "guild", "guilds"]) || e.params.some((p) => /^(?:room|channel|chat|space|guild)_?(?:id|name)?$/.test(p)))) ||
    (has(e.nameSet, ["attendees", "attendee", "invitees", "invitee", "registrants", "participants"]) && has(e.nameAndFirst, ["event", "events", "webinar", "webinars", "meetup", "meetups"])));
  return rooms || roomMembers;
}

// ---------------------------------------------------------------------------------------------------------------
// 5.13 The user's own index of third-party text: untrusted-content and private-data.

/** Text other people wrote, as an index or an archive keeps it. */
const THIRD_PARTY_PIECES = wordSet("transcript", "transcripts", "article", "articles", "video", "videos", "episode", "episodes", "message", "messages", "paper", "papers", "post", "posts", "podcast", "podcasts", "pages", "chunks", "speaker");
/** Words that place the text in the user's own index: built by this deployment, not a public search. */
const OWN_INDEX = /\b(?:semantic(?:ally)? (?:similarity|search)|embeddings?|vector (?:index|store|search)|(?:transcript )?chunks|indexed|ingested|local (?:\w+ )?(?:index|cache|database|archive)|cached|full-text search (?:across|over|of)|(?:you|the user) (?:have|has) (?:archived|saved|indexed|collected|ingested|added)|(?:your|my|the user'?s) (?:own )?(?:index|library|archive|collection|knowledge base)|message archive|(?:stored|collected|archived|saved) (?:in|to) (?:the |your |a )?(?:local )?(?:index|database|library|archive))\b/;

/**
 * `search_podcast_transcripts` ("transcript chunks by semantic similarity"), `search_articles` ("full-text search across
 * all articles"), `search_messages` ("cached messages from the local index"): others wrote the text, the index is the
 * user's (5.13).
 */
export function readsOwnIndexOfOthersText(e: Evidence, facts: SettledKindFacts): boolean {
  if (!looks(e, facts.verbs) && !has(e.nameSet, ["query", "ask"])) return false;
  // A list of what the index holds gives titles (5.7); a public platform's or the web's search is not the user's index.
  if (facts.verbs.includes("list") || e.first[0] === "list" || e.first[0] === "lists" || e.urlParam || /\bpublic\b|\b(?:web|crawl|site)\b/.test(e.firstText)) return false;
  if (has(e.nameSet, ["status", "stats", "count", "delete", "ingest", "index", "add", "create", "update", "crawl", "site"]) || /\b(?:knowledge base|help ?cent(?:er|re)|documentation|docs)\b/.test(e.firstText) && !has(e.nameAndFirst, ["transcript", "transcripts", "video", "videos", "podcast", "podcasts"])) return false;
  return has(e.nameAndFirst, [...THIRD_PARTY_PIECES]) && OWN_INDEX.test(e.fullText);
}

// ---------------------------------------------------------------------------------------------------------------
// 5.17 Comments on shared documents: untrusted-content and private-data.

/** Documents people share inside an account: files, docs, sheets, slides, designs, boards, wiki pages and notes. */
const SHARED_DOCUMENTS = wordSet("file", "files", "doc", "docs", "document", "documents", "sheet", "sheets", "spreadsheet", "spreadsheets", "slide", "slides", "presentation", "presentations", "design", "designs", "board", "boards", "whiteboard", "canvas", "note", "notes", "wiki", "page", "pages", "drive", "paper", "quip", "figma", "miro");
/** Where comments are public discussion (5.18) or a forge's (2.13), not a shared document's. */
const PUBLIC_COMMENT_PLACES = wordSet("post", "posts", "video", "videos", "article", "articles", "story", "stories", "tweet", "tweets", "reel", "reels", "media", "photo", "photos", "blog", "youtube", "reddit", "public");

/**
 * `get_comments(file_key)`, `listComments(fileId)`, `get_board_comments(board_id)`: what collaborators wrote on a document
 * shared inside the user's account, like a received message (5.17).
 */
export function readsSharedDocumentComments(e: Evidence, verbs: readonly string[]): boolean {
  if (!looks(e, verbs) || !has(e.nameSet, ["comment", "comments"]) || verbs.some((w) => ["create", "add", "post", "reply", "delete", "update", "resolve", "count", "edit"].includes(w))) return false;
  const where = new Set([...e.nameAndFirst, ...e.params.flatMap((p) => p.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase().split(/_/))]);
  return has(where, [...SHARED_DOCUMENTS]) && !has(where, [...PUBLIC_COMMENT_PLACES]) && !hostedRepository(e) && !has(e.nameSet, ["count", "counts", "stats", "number"]);
}

// ---------------------------------------------------------------------------------------------------------------
// 5.20 Repository contents on any forge: untrusted-content and private-data (names-only trees stay private-data).

const FORGES = /\b(?:github|gitlab|bitbucket|gitea|forgejo|codeberg|azure devops|hugging ?face|sourcehut)\b/;
/** What a file's or a search's result carries: its text, not its name. */
const CONTENT_WORDS = wordSet("content", "contents", "blob", "blobs", "raw", "source", "data", "text");

/**
 * `get_file_contents(owner, repo, path)`, `repo_file(project, repository, path)`, `search_code(query)` across a forge's
 * repositories: code and files that contributors and vendored projects wrote (5.20).
 */
export function readsRepositoryContents(e: Evidence, verbs: readonly string[]): boolean {
  if (!looks(e, verbs) || verbs.some((w) => ["create", "update", "delete", "write", "push", "commit", "upload"].includes(w))) return false;
  const codeSearch = e.nameSet.has("code") && (verbs.includes("search") || verbs.includes("find") || e.first[0] === "search");
  const forge = hostedRepository(e) || FORGES.test(e.fullText) || (has(e.nameAndFirst, ["repository", "repositories", "repo", "repos"]) && (codeSearch || e.params.some((p) => /^(?:project|repository|repo|repository_?id|project_?id)$/.test(p))));
  if (!forge || /\blocal\b/.test(e.firstText) || e.params.some((p) => /^repo_?path$/.test(p))) return false;
  const fileContent = has(e.nameSet, ["file", "files", "blob", "blobs"]) && (has(e.nameAndFirst, [...CONTENT_WORDS]) || verbs.includes("read") || e.first[0] === "read") &&
    !has(e.nameSet, ["tree", "names", "paths", "list", "info", "metadata", "history", "changed", "diff", "size", "sizes"]);
  return codeSearch || fileContent;
}

// ---------------------------------------------------------------------------------------------------------------
// 5.29 Publisher-written catalogue text: untrusted-content.

/** Things a third party publishes to a registry, store or directory, with text no reviewer stands behind. */
const PUBLISHED_ITEMS = wordSet("package", "packages", "module", "modules", "extension", "extensions", "plugin", "plugins", "crate", "crates", "gem", "gems", "library", "libraries", "chart", "charts", "image", "images", "app", "apps", "game", "games", "theme", "themes", "skill", "skills", "action", "actions", "repository", "repositories", "repo");

/**
 * `npm_package_readme`, "a module's details, including its README", "a game's store page: description, developer, tags":
 * text the publisher wrote and no review stands between them and the reader (5.29).
 */
export function readsPublisherText(e: Evidence, verbs: readonly string[]): boolean {
  if (!looks(e, verbs) || verbs.some((w) => ["create", "update", "delete", "publish", "install", "upload"].includes(w))) return false;
  const readme = has(e.nameAndFirst, ["readme", "readmes"]) && has(e.nameAndFirst, [...PUBLISHED_ITEMS, "npm", "pypi", "registry"]);
  // A store page or a listing whose description the publisher wrote (not its price, downloads or versions alone).
  const storePage = has(e.nameSet, ["game", "games", "app", "apps", "extension", "extensions", "plugin", "plugins"]) && /\b(?:store (?:page|listing)|listing|descriptions?|about (?:the )?(?:game|app))\b/.test(e.fullText) &&
    /\b(?:steam|store|marketplace|directory|registry|play|itch)\b/.test(e.fullText) && !has(e.nameSet, ["search", "find", "price", "prices", "versions"]);
  return readme || storePage;
}

// ---------------------------------------------------------------------------------------------------------------
// 5.30 In-place edits that change more than a name: destructive.

const EDIT_VERBS = wordSet("update", "edit", "modify", "change", "patch", "set");
/** Settings of an item beyond its name: its picture, its icon, its cover, its description, its colour. */
const BEYOND_NAME = /^(?:colou?r|avatar|icon|emoji|cover|logo|banner|image|picture|photo|description|is_?public|public|collaborative|visibility)(?:_?(?:url|image|id))?$/;

/**
 * `update_workspace(id, name, color, avatar)`, `change_playlist_details(name, description, public)`: an existing item's
 * settings changed in place, beyond its name; `rename_tag` "in every note": a rename rewritten across many items (5.30).
 */
export function editsMoreThanName(e: Evidence, verbs: readonly string[]): boolean {
  // `change_list_details`: a read word after the edit verb is its object ("list"), not a read.
  const editAt = verbs.findIndex((w) => EDIT_VERBS.has(w));
  const edit = editAt !== -1 && !verbs.slice(0, editAt).some((w) => READ_VERBS.has(w)) && !verbs.some((w) => w === "create" || w === "add" || w === "new");
  const existing = e.params.some((p) => /(?:^|_)(?:id|key|gid|uuid)$|[a-z]id$/.test(p));
  const beyondName = e.params.filter((p) => BEYOND_NAME.test(p));
  const named = e.params.some((p) => /^(?:name|title|new_?name|display_?name)$/.test(p));
  const changesMore = edit && existing && named && beyondName.some((p) => !/^colou?r$/.test(p));
  const renamesEverywhere = verbs.includes("rename") && /\b(?:every|all|throughout|across (?:the )?(?:entire|whole|all|every))\b[^.]{0,40}\b(?:notes?|files?|documents?|pages?|items?|records?|entries|vault|workspace|library|wiki|codebase|project)\b/.test(e.fullText);
  return changesMore || renamesEverywhere;
}

// ---------------------------------------------------------------------------------------------------------------
// 5.33 Counters: an increment or a decrement changes a stored value in place and returns it.

/** `cache_incr(key, value)`, `incrby(key, increment)`, `increment_counter(name)`: a stored number changed and returned (5.33). */
export function stepsCounter(e: Evidence): boolean {
  const step = has(e.nameSet, ["incr", "decr", "incrby", "decrby", "increment", "decrement", "incrbyfloat", "hincrby"]) || /^(?:increments?|decrements?|increases?|decreases?) (?:the )?(?:value|counter|number|integer|count)\b/.test(e.firstText);
  const stored = e.params.some((p) => /^(?:key|counter|counter_?name|name|field)$/.test(p)) || has(e.nameAndFirst, ["counter", "key", "cache", "redis", "memcached"]);
  // Pure arithmetic on numbers handed in, and a page cursor, store nothing.
  const arithmetic = e.params.length > 0 && e.params.every((p) => /^(?:a|b|x|y|n|number|numbers|value|values|amount|step|by|delta|token|cursor|page)$/.test(p));
  return step && stored && !arithmetic && !has(e.nameSet, ["get", "list", "read", "version", "page", "font", "zoom"]);
}

// ---------------------------------------------------------------------------------------------------------------
// 5.34 Chain transactions: creating a token, a collection or a contract on a public chain is a sink and destructive.

const CHAIN_WORDS = /\b(?:blockchain|on-?chain|chain|ledger|mainnet|testnet|devnet|wallet|transaction|solana|ethereum|evm|erc-?20|erc-?721|erc-?1155|spl|esdt|egld|multiversx|polygon|bnb|bsc|tron|aptos|cardano|xrpl?|stellar|pump\.fun|bonding curve|smart contract|gas)\b/;
const MINTED = wordSet("token", "tokens", "collection", "collections", "nft", "nfts", "sft", "sfts", "esdt", "contract", "contracts", "coin", "coins", "memecoin", "fungible");

/**
 * `issue_fungible_token(name, ticker, supply)`, `deploy_contract(bytecode)`, `create_nft_collection`, `mint_nft`: a signed
 * transaction broadcast to a public chain, which spends fees and cannot be taken back (5.34).
 */
export function createsOnChain(e: Evidence, verbs: readonly string[]): boolean {
  const verb = verbs.some((w) => ["issue", "create", "deploy", "mint", "launch"].includes(w)) && !verbs.some((w) => READ_VERBS.has(w) || w === "estimate" || w === "simulate" || w === "prepare");
  const object = has(e.nameSet, [...MINTED]);
  const chain = CHAIN_WORDS.test(`${e.name.join(" ")} ${e.fullText} ${e.paramText}`) || has(e.nameSet, ["nft", "nfts", "sft", "sfts", "esdt", "memecoin"]) || (has(e.nameSet, ["token", "tokens"]) && e.params.some((p) => /^(?:ticker|symbol|supply|initial_?supply|total_?supply|decimals)$/.test(p)));
  // An API, access or session token is a credential, not a coin.
  const credential = has(e.nameSet, ["api", "access", "auth", "session", "personal", "bearer", "refresh", "oauth", "payment"]) || /\b(?:api|access|auth|personal|session|payment) tokens?\b/.test(e.firstText);
  return verb && object && chain && !credential;
}

// ---------------------------------------------------------------------------------------------------------------
// 5.35 Code execution: agent-written code run with network access takes all four roles.

/** A parameter that holds the code to run. */
const CODE_PARAM = /^(?:code|script|source|source_?code|snippet|program|python|javascript|js|cell|expression_?code)$/;
/** An interpreter or a sandbox: where the code runs. */
const INTERPRETER = /\b(?:python|javascript|node(?:\.js)?|typescript|ruby|r|julia|deno|bun|code interpreter|interpreter|sandbox|jupyter|kernel|notebook|repl)\b/;
/** The description rules out the network. */
const OFFLINE = /\b(?:no|without) (?:network|internet)(?: access)?\b|\b(?:offline|air-?gapped|network[- ]isolated)\b|\bcannot (?:access|reach) the (?:network|internet)\b/;
/** "A sandboxed interpreter": the runtime itself restricted, with no network unless the description grants it. */
const RESTRICTED = /\bsandboxed\b/;
const NETWORK_GRANTED = /\b(?:internet|network|http|https|fetch|download|pip install|npm install|web|api calls?)\b/;

/**
 * `execute_code(code)`, `run_code(code, language)` in a code interpreter or sandbox that can reach the network: the code
 * fetches anything, reads and writes what it can reach and sends data anywhere (5.35).
 */
export function runsCodeWithNetwork(e: Evidence, verbs: readonly string[]): "here" | "sandbox" | undefined {
  const run = verbs.some((w) => ["execute", "exec", "run", "eval", "evaluate"].includes(w)) || /^(?:execute|executes|run|runs|evaluate|evaluates)\b/.test(e.firstText);
  const code = e.params.some((p) => CODE_PARAM.test(p)) && (has(e.nameSet, ["code", "python", "javascript", "script", "snippet", "cell", "notebook"]) || INTERPRETER.test(e.firstText));
  // A browser page's script, a database's query, a calculator's expression and a formatter or linter are other kinds.
  const other = has(e.nameSet, ["browser", "page", "console", "sql", "query", "format", "lint", "explain", "analyze", "analyse", "review", "test", "tests", "expression", "math", "formula"]) || /\b(?:browser|web page|the page)\b/.test(e.firstText);
  if (!run || !code || other || OFFLINE.test(e.fullText) || (RESTRICTED.test(e.fullText) && !NETWORK_GRANTED.test(e.fullText))) return undefined;
  // A vendor's cloud sandbox reaches the network but none of the user's files: its reach allows no private-data or
  // destructive role (5.35, "as its reach allows").
  return /\b(?:secure|isolated|remote|cloud|ephemeral|disposable) (?:\w+ )?sandbox(?:es|ed)?\b|\bsandbox(?:es)? (?:by|from|in the cloud)\b/.test(e.fullText) ? "sandbox" : "here";
}

// ---------------------------------------------------------------------------------------------------------------
// 5.38 Existence checks: private-data when they tell whether the user's own item exists.

/** Names anyone can look up: domains, user names on a public platform, package names in a public registry. */
const PUBLIC_NAMES = /\b(?:domain|domains|username|user ?name|handle|package name|available|availability|taken|registered|register|npm|pypi|maven|crates\.io)\b/;
const OWN_ITEMS = wordSet("repository", "repositories", "repo", "tag", "tags", "file", "files", "folder", "directory", "bucket", "buckets", "key", "keys", "object", "record", "records", "document", "user", "member", "plugin", "plugins", "branch", "table", "index", "collection", "secret", "secrets", "item", "items", "entry", "note", "page", "project");

/**
 * `checkRepository(namespace, repository)`, `file_exists(path)`, `plugin_exists(slug)` ("whether a plugin is installed"):
 * the answer says what the user's own account or store holds (5.38).
 */
export function checksOwnItemExists(e: Evidence): boolean {
  const exists = has(e.nameSet, ["exists", "exist"]) || /\b(?:whether|if) (?:an? |the )?(?:specific |given )?(?:[a-z]+ ){0,2}(?:exists?|is installed|is present|is a member)\b/.test(e.firstText);
  const checking = exists && (has(e.nameSet, ["check", "exists", "exist", "has", "is"]) || /^(?:check|checks|return|returns|tell|tells|determine|determines|verify|verifies)\b/.test(e.firstText));
  return checking && has(e.nameAndFirst, [...OWN_ITEMS]) && !PUBLIC_NAMES.test(text(e)) && !has(e.nameSet, ["version", "versions", "dependency", "package", "domain"]) &&
    !e.urlParam && !/\b(?:public|online|url|website|internet|web)\b/.test(e.firstText);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The labels of the section 5 classes that add roles. heuristics.ts pushes them whatever came before (labelTool keeps the
 * strongest per role), so a later filter that takes back an earlier guess of the same role leaves the settled one.
 */
export function settledKindLabels(e: Evidence, facts: SettledKindFacts): Label[] {
  const { verbs } = facts;
  const out: Label[] = [];
  if (changesWhatLiveSiteServes(e, verbs)) out.push(label("public-sink", 0.7, "changes what a live site, store or API serves: a promotion, a deploy to a public address or store track, a content model published (5.1)"));
  if (removesStoredRelation(e, verbs)) out.push(label("destructive", 0.7, "deletes a stored relation between records (5.2)"));
  // Weaker than a read that returns the content (the agent reads the saved file only if it goes on to), so a
  // catch-all tool's download action does not take it (heuristicLabels keeps actions' guesses of 0.65 and more).
  if (downloadsOwnFiles(e, verbs)) out.push(label("private-data", 0.6, "downloads the user's own files, attachments or media, which the agent reads from the path next (5.4)"));
  if (endsRunningWork(e, verbs)) out.push(label("destructive", 0.7, "ends or restarts running work, losing what it held (5.5)"));
  if (readsChatRoomsOrMembers(e, facts)) {
    out.push(label("untrusted-content", 0.65, "lists chat rooms or the members of a room or an event, whose names and profiles people chose (5.8)"));
    out.push(label("private-data", 0.65, "lists the rooms or members inside the user's own account (5.8)"));
  }
  if (readsOwnIndexOfOthersText(e, facts)) {
    out.push(label("untrusted-content", 0.7, "reads text others wrote, as the user's own index keeps it (5.13)"));
    out.push(label("private-data", 0.65, "reads what the user's own index or archive holds (5.13)"));
  }
  if (readsSharedDocumentComments(e, verbs)) {
    out.push(label("untrusted-content", 0.7, "reads comments collaborators wrote on a shared document (5.17)"));
    out.push(label("private-data", 0.65, "reads comments on a document inside the user's own account (5.17)"));
  }
  if (readsRepositoryContents(e, verbs)) out.push(label("untrusted-content", 0.7, "reads repository files or searches code, which contributors and vendored projects wrote (5.20)"));
  if (readsPublisherText(e, verbs)) out.push(label("untrusted-content", 0.65, "reads a README or a listing its publisher wrote, with no review between them and the reader (5.29)"));
  if (editsMoreThanName(e, verbs)) out.push(label("destructive", 0.65, "changes an existing item in place beyond its name, or rewrites a name across many items (5.30)"));
  if (stepsCounter(e)) {
    out.push(label("destructive", 0.65, "increments or decrements a stored value in place (5.33)"));
    out.push(label("private-data", 0.65, "returns the stored value it changed (5.33)"));
  }
  if (createsOnChain(e, verbs)) {
    out.push(label("public-sink", 0.7, "broadcasts a transaction that creates a token, a collection or a contract on a public chain (5.34)"));
    out.push(label("destructive", 0.7, "a broadcast transaction spends fees and cannot be taken back (5.34)"));
  }
  const code = runsCodeWithNetwork(e, verbs);
  if (code) {
    out.push(label("untrusted-content", 0.7, "runs agent-written code that can fetch anything from the network (5.35)"));
    out.push(label("public-sink", 0.7, "runs agent-written code that can send data anywhere (5.35)"));
  }
  if (code === "here") {
    out.push(label("private-data", 0.7, "runs agent-written code that reads what the runtime can reach (5.35)"));
    out.push(label("destructive", 0.7, "runs agent-written code that can change or delete what it reaches (5.35)"));
  }
  if (checksOwnItemExists(e)) out.push(label("private-data", 0.65, "tells whether the user's own item exists (5.38)"));
  return out;
}

/** Drops the destructive guesses that section 5 settles as no role: reversible toggles on one item, the tool's own transfers. */
export function withoutSettledToggles(labels: Label[], e: Evidence, facts: Pick<SettledKindFacts, "verbs">): Label[] {
  const toggle = togglesOffOneItem(e, facts.verbs) || stopsOwnTransfer(e, facts.verbs);
  return toggle ? labels.filter((l) => l.role !== "destructive" || l.confidence < 0.6 || !/^name says "(?:remove|cancel|stop|abort|unassign)"/.test(l.reason.replace(/^its ".*?" action: /, ""))) : labels;
}

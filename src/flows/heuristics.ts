// Guesses a tool's roles from its name, the first sentence of its description and its input schema.
// Word lists, not single tools: each list names a kind of capability, and confidence says how direct the hint is.
import { sentToSelfOnly, createsSharingLink, putsFileInSharedDrive, sendsNotification, deliversToEndpoint, publishingWrite, reachesPeople, startsChatWithPeople, topicOrMailing, textIntoChat, type SendingFacts } from "./sending.js";
import { wrappedParameterNames, rootSchema } from "./schema.js";
import { readsMailAccountItems } from "./mailers.js";
import { helpCentreItems } from "./helpcentre.js";
import { readsEngineInstance, runsEngineCommand } from "./engines.js";
import { systemLabels } from "./systems.js";
import { accountLabels } from "./accounts.js";
import { figureLabels } from "./figures.js";
import { broadcastLabels } from "./broadcasts.js";
import { codebaseLabels } from "./codebase.js";
import { worksOnPageAt } from "./pages.js";
import { destruction, carriesContent } from "./destructive.js";
import { recordKeepingLabels } from "./recordkeeping.js";
import { withoutPublicFacts } from "./publicfacts.js";
import { liveRecordLabels, webWordNamesSetting, withoutModelPublishSink } from "./liverecords.js";
import { listingLabels } from "./listings.js";
import { libraryLabels } from "./library.js";
import { posixFileLabels } from "./posixfs.js";
import { readsInfrastructure } from "./infrastructure.js";
import { apiPathName } from "./apipath.js";
import { deploysToWeb } from "./releases.js";
import { connectionLabels } from "./connections.js";
import { formLabels } from "./forms.js";
import { positionLabels } from "./positions.js";
import { annotationLabels } from "./annotations.js";
import { coverLabels } from "./covers.js";
import { REPOSITORY_TEXT, REPOSITORY_STATE, RECORD_URL, hostedRepository, ownerScoped, ATTENDEE_PARAM, calendarItems, PUBLIC_PLATFORM, minesPublicVideos, nestedKeys, keysWithItems, WORKSPACE_PRODUCT, operatesAsAccount, adminOnly } from "./scope.js";
import { rewritesStorefrontText } from "./commerce.js";
import { analysesChatThreads, readsLastMessageWith, readsOthersProfiles, readsTeamWorkItems, searchesWholePlatform, readsLikedPosts, readsSocialAccounts, type TalkKind } from "./outsiders.js";
import { accountFigures, callRecords, mailContainers, ownPlatformContainers, ownPostQueue, ownPublicationPosts, teamPlanningRecords } from "./holdings.js";
import type { Tool } from "../model.js";
import { FLOW_CONFIDENCE_THRESHOLD, type Label, type Role } from "./types.js";
import { hasAny as has, wordSet } from "./word-sets.js";
import { strangerTextLabels, withoutStrangersRecords } from "./strangertext.js";
import { hubWriteLabels, withoutEmptyContainerSink } from "./hubwrites.js";
import { EMAIL_AS_KEY, madeLinkForItem, signsDownloadLink, withoutOwnRecordsText } from "./ownrecords.js";
import { identityLabels, withoutBruteForceAction, withoutOwnSignInRead } from "./identity.js";
import { storeAccessLabels } from "./storeaccess.js";
import { mailPieceLabels, withoutDraftOnlySend } from "./mailpieces.js";
import { settledKindLabels, withoutSettledToggles } from "./settledkinds.js";
import { settledSinkLabels, withoutServerAddressRead } from "./settledsinks.js";
import { liveSettingLabels } from "./livesettings.js";

/** Splits `getStoryWithComments`, `git_diff`, `read-cypher` into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Common Chinese words for the same capabilities, so a description written in Chinese gives the same evidence
 * (`获取热榜` reads a trending list, `发送消息` sends a message). Longest terms first.
 */
const CJK_GLOSSARY: [RegExp, string][] = ([
  ["热榜", "trending"], ["热搜", "trending"], ["热点", "trending"], ["热门", "trending"], ["新闻", "news"], ["资讯", "news"],
  ["评测", "reviews"], ["评论", "comments"], ["点评", "reviews"], ["文章", "articles"], ["帖子", "posts"], ["博客", "posts"],
  ["论坛", "forum"], ["邮件", "emails"], ["消息", "messages"], ["网页", "webpage"], ["网站", "website"], ["搜索", "search"],
  ["获取", "get"], ["查询", "query"], ["读取", "read"], ["删除", "delete"], ["发送", "send"], ["发布", "publish"],
  ["文件", "files"], ["数据库", "database"], ["商品", "products"],
] as [string, string][]).map(([zh, en]) => [new RegExp(zh, "g"), ` ${en} `]);

/**
 * The same for Russian, which inflects: a stem stands for every ending (`Отправить документ в чат` sends a document to
 * a chat, `Получить записи` gets entries). Only verbs and nouns the word lists above already decide on.
 */
const CYRILLIC_GLOSSARY: [RegExp, string][] = ([
  ["получ", "get"], ["отправ", "send"], ["созда", "create"], ["удал", "delete"], ["измен", "edit"], ["установ", "set"],
  ["опубликова", "publish"], ["найти", "search"], ["поиск", "search"], ["список", "list"], ["сообщени", "messages"],
  ["чат", "chat"], ["файл", "files"], ["документ", "document"], ["описани", "description"], ["топик", "topic"], ["форум", "forum"],
  ["календар", "calendar"], ["пользовател", "user"], ["баланс", "balance"],
] as [string, string][]).map(([ru, en]) => [new RegExp(`(?<!\\p{L})${ru}\\p{L}*`, "giu"), ` ${en} `]);

function translateCjk(text: string): string {
  let out = text;
  if (/[\u3400-\u9fff]/.test(out)) for (const [re, en] of CJK_GLOSSARY) out = out.replace(re, en);
  if (/[\u0400-\u04ff]/.test(out)) for (const [re, en] of CYRILLIC_GLOSSARY) out = out.replace(re, en);
  return out;
}

// Reasons that later filters look for are built here, once, so a reworded reason cannot slip past its filter.
const SEND_VERB_LEAD = "sends or publishes (\"";
/** The sink singleToolLabels gives a send verb in the name (`send_message`, `publish_post`). */
export const sendVerbReason = (verb: string): string => `${SEND_VERB_LEAD}${verb}")`;
export const isSendVerbReason = (reason: string): boolean => reason.startsWith(SEND_VERB_LEAD);
/** The sink singleToolLabels gives a create of something public (`create_issue`, `create_post`). */
export const POSTS_CONTENT_REASON = "posts content other people can read";
/** The read of outsiders' text that a word like "issue" or "message" draws. */
export const OUTSIDERS_TEXT_REASON = "reads text that other people write (issues, comments, mail, messages)";

// A multi-action tool's label gives its action's own reason after this lead. The last separator is the one: an enum
// value may hold any text, no single-tool reason holds `" action: `.
const ACTION_LEAD = "its \"";
const ACTION_SEP = "\" action: ";
const actionReason = (action: string, reason: string): string => `${ACTION_LEAD}${action}${ACTION_SEP}${reason}`;
/** The single-tool reason inside an action's reason, or the reason itself. */
function ownReason(reason: string): string {
  const at = reason.startsWith(ACTION_LEAD) ? reason.lastIndexOf(ACTION_SEP) : -1;
  return at === -1 ? reason : reason.slice(at + ACTION_SEP.length);
}

/**
 * The sink guessed from a send verb or a post of content (the two reasons singleToolLabels gives them below, alone or
 * as one action's): what a read-only claim, or a description that says nothing is sent, takes back.
 */
export function isSendGuess(label: Label): boolean {
  const reason = ownReason(label.reason);
  return label.role === "public-sink" && (isSendVerbReason(reason) || reason === POSTS_CONTENT_REASON);
}

/** The first sentence is what the tool does; later sentences often mention other tools or caveats. */
export function firstSentence(description: string): string {
  const text = description.trim().replace(/\s+/g, " ").slice(0, 400);
  const end = text.search(/[.!?。](?:\s|$)|\n/);
  return end > 0 ? text.slice(0, end) : text;
}

/**
 * "Use when viewing all checklists on a card", "Use this tool to list rooms", "Use when you need the cards of a member":
 * advice on when to pick the tool comes first, and the sentence says what the tool does only after it. Returns the
 * action as a plain sentence ("view all checklists on a card", "get the cards of a member").
 */
function withoutUsageAdvice(sentence: string): string {
  const advice = /^use (?:this (?:tool |function )?)?(?:(?:only )?(?:when|whenever|if|to|for)|(?:after|before) [^,;]{1,80}? to) (.+)$/.exec(sentence);
  if (!advice) return sentence;
  let action = advice[1]!;
  const need = /^(?:you|the user|the agent|an agent) (?:need|needs|want|wants) (.+)$/.exec(action);
  // "You need to create X" names the verb; "you need the cards of X" asks for something to be read.
  if (need) action = need[1]!.startsWith("to ") ? need[1]!.slice(3) : `get ${need[1]!}`;
  return action.replace(/^([a-z]+)ing\b/, (_, stem: string) => baseVerb(stem));
}

/** "creat" + "ing" -> "create", "sett" -> "set", "list" -> "list": the verb a gerund was made from. */
function baseVerb(stem: string): string {
  const candidates = [stem, `${stem}e`, stem.replace(/([a-z])\1$/, "$1")];
  return candidates.find((c) => KNOWN_VERBS.has(c)) ?? stem;
}

export const READ_VERBS = wordSet("read", "get", "list", "search", "find", "query", "view", "open", "download", "cat", "peek", "show", "retrieve", "fetch", "browse", "lookup", "select", "diff", "log", "grep", "load", "extract", "summarize", "summarise", "scrape", "crawl", "screenshot", "snapshot");
export const DELETE_VERBS = wordSet("delete", "remove", "drop", "destroy", "purge", "wipe", "truncate", "erase", "kill", "terminate", "uninstall", "revoke", "overwrite", "undeploy", "deprovision", "decommission", "unpublish", "reset", "cancel", "restore", "rm", "unlink", "rmdir");
// `alter_job`, `alter_table`: SQL's word for changing a stored object in place.
export const MODIFY_VERBS = wordSet("write", "edit", "update", "modify", "replace", "patch", "overwrite", "alter");
/** Verbs a gerund in usage advice can be turned back into (see withoutUsageAdvice). */
const KNOWN_VERBS = wordSet(...READ_VERBS, ...DELETE_VERBS, ...MODIFY_VERBS, "view", "move", "rename", "create", "add", "send", "post", "share", "set", "apply", "clear", "upload", "write", "save", "assign", "unassign", "archive", "schedule", "manage", "inspect", "audit", "discover", "use", "make", "change", "invite", "publish", "execute", "compare", "analyze", "analyse", "generate", "track");
export const MODIFIABLE_DATA = wordSet("file", "files", "content", "contents", "cell", "cells", "row", "rows", "record", "records", "document", "documents", "data", "block", "text", "sheet", "sheets");
const EXEC_VERBS = wordSet("execute", "exec", "run", "start", "eval", "evaluate", "spawn");
const SHELL_NOUNS = wordSet("command", "commands", "shell", "terminal", "process", "bash", "powershell", "cmd", "subprocess");
const QUERY_NOUNS = wordSet("sql", "query", "cypher", "queries", "sparql");
const SEND_VERBS = wordSet("send", "post", "publish", "share", "tweet", "reply", "comment", "push", "upload", "notify", "broadcast", "email", "mail", "message", "submit", "webhook", "dm", "forward", "retweet", "repost", "announce", "invite", "sms", "toot");
/** Send words that are also nouns: after another verb they name the object (`replace_email_settings`). */
const SEND_NOUNS = wordSet("email", "mail", "message", "comment", "tweet", "sms", "dm", "webhook", "post", "reply", "toot");
/** Verbs that check or shape something without acting on it. */
export const INSPECT_VERBS = wordSet("validate", "verify", "check", "parse", "format", "lint", "count", "analyze", "analyse", "classify", "preview", "render", "estimate", "explain", "draft", "test");
const SENDABLE = wordSet("draft", "drafts", "message", "messages", "email", "emails", "mail", "comment", "comments", "issue", "issues", "pull", "pr", "gist", "post", "tweet", "discussion", "review", "note", "reply", "status", "webhook", "notification", "site", "sms", "merge", "share", "thread", "announcement", "chat", "release", "story", "retweet", "repost", "dm", "dms", "direct", "photo", "photos", "video", "voice", "media", "sticker", "poll", "toot");
/** A file, an image or a document sent to a chat leaves the user's hands like a message; sent to storage, it does not. */
const SENDABLE_FILES = wordSet("image", "images", "file", "files", "attachment", "attachments", "document", "audio", "location");
/** `room_id`, `chatId`, `channel`: a parameter naming where in a chat service something goes. */
const CHAT_PLACE_PARAM = /^(?:room|chat|channel|conversation|thread|recipient|peer)(?:_?(?:id|ids|name))?$/;
export const CREATE_VERBS = wordSet("create", "add", "open", "new", "make", "submit", "write");
const PUBLIC_CREATABLE = wordSet("poll", "polls", "issue", "issues", "pull", "pr", "comment", "comments", "gist", "post", "tweet", "discussion", "review", "reply", "merge", "thread", "announcement", "release", "snippet", "paste", "answer", "toot");
const THIRD_PARTY_TEXT = wordSet("bookmarks", "bookmarked", "submission", "submissions", "forum", "forums", "rss", "replies", "issue", "issues", "comment", "comments", "pull", "pr", "prs", "discussion", "discussions", "email", "emails", "mail", "mails", "inbox", "message", "messages", "ticket", "tickets", "story", "stories", "thread", "threads", "tweet", "tweets", "review", "reviews", "transcript", "article", "articles", "post", "posts", "feed", "news", "paper", "papers", "listing", "listings", "trending", "abstract", "abstracts", "place", "places", "restaurant", "restaurants", "hotel", "hotels", "chat", "chats", "conversation", "conversations", "blog", "blogs", "wiki", "podcast", "podcasts", "subreddit", "subreddits", "timeline", "toots", "mentions", "dms", "notification", "notifications", "feedback", "testimonials", "answers", "questions", "question", "answer", "announcements", "headlines", "transcripts", "captions", "subtitles", "literature", "epic", "epics");
const WEB_WORDS = wordSet("web", "website", "websites", "webpage", "webpages", "internet", "url", "urls", "html", "http", "https", "online", "bing", "duckduckgo", "brave", "youtube", "reddit", "twitter", "arxiv", "hackernews", "pubmed", "stackoverflow", "stackexchange", "mastodon", "bluesky", "substack", "browser", "scrape", "crawl", "serp", "serper", "tavily", "searxng", "searx", "yandex", "baidu", "kagi", "perplexity");
/** Curated reference works: public text with an editorial process, looked up like a map or a price, not a stranger's post. */
const REFERENCE_WORKS = wordSet("wikipedia", "wikidata", "encyclopedia", "encyclopaedia", "dictionary", "thesaurus", "almanac");
const PRIVATE_NOUNS = wordSet("file", "files", "directory", "directories", "folder", "folders", "document", "documents", "note", "notes", "memory", "memories", "secret", "secrets", "credential", "credentials", "password", "passwords", "token", "tokens", "env", "environment", "email", "emails", "mail", "inbox", "message", "messages", "calendar", "calendars", "contact", "contacts", "sheet", "spreadsheet", "cells", "drive", "commit", "commits", "rows", "records", "collection", "database", "db", "clipboard");
/** An account's own business records: whoever can read them reads someone's non-public data. */
const ACCOUNT_NOUNS = wordSet("sales", "revenue", "revenues", "account", "accounts", "customer", "customers", "balance", "balances", "invoice", "invoices", "payment", "payments", "order", "orders", "trade", "trades", "margins", "holdings", "portfolio", "funds", "subscription", "subscriptions", "payout", "payouts", "coupon", "coupons", "refund", "refunds", "dispute", "disputes", "employee", "employees", "payroll");
/**
 * Nouns that are private only next to a second word that says whose data it is: a file's content but not a
 * component's, a container's logs but not a blockchain's event log, a git diff but not a diff of two strings.
 */
const QUALIFIED_PRIVATE: [string[], string[]][] = [
  [["content", "contents"], ["file", "files", "document", "documents", "note", "notes", "node", "page", "repository", "drive"]],
  [["log", "logs"], ["container", "job", "jobs", "pod", "build", "process", "service", "server", "application", "app", "deployment", "audit", "system", "command", "workflow", "run", "access"]],
  [["diff"], ["git", "commit", "commits", "branch", "branches", "staged", "unstaged", "repository", "working"]],
  [["graph", "nodes", "knowledge"], ["memory", "memories", "entities", "graph"]],
  [["pdf", "pdfs"], ["local", "file", "path", "paths"]],
  [["history"], ["command", "commands", "shell", "browser", "chat", "conversation", "order", "orders", "clipboard", "message", "messages"]],
  [["output", "stdout", "stderr"], ["process", "processes", "command", "terminal", "session", "shell"]],
];
/** Records an organisation keeps about its people, machines and rules: private when read from the organisation's own account. */
const ORG_RECORD_NOUNS = wordSet("user", "users", "member", "members", "group", "groups", "role", "roles", "permission", "permissions", "policy", "policies", "rule", "rules", "device", "devices", "host", "hosts", "entity", "entities", "assignment", "assignments", "alert", "alerts", "incident", "incidents", "key", "keys", "nonce", "session", "sessions", "profile", "profiles", "subnet", "subnets", "processes", "procedures", "history", "audit", "configs", "configurations", "lead", "leads", "deal", "deals", "opportunities", "contact", "candidate", "candidates", "patient", "patients", "ticket", "tickets", "client", "clients");
/** Words in a description that place the data inside someone's account, organisation or tenant. */
const ACCOUNT_SCOPE = /\b(?:your|my|our|organi[sz]ation|org|tenant|company|workspace|account|portal|platform|instance|internal|team)\b/;
/** What a store holds, whatever it is: on a server that also writes them, reading these returns the stored data itself. */
const STORE_NOUNS = wordSet("page", "pages", "entry", "entries", "item", "items", "content", "contents", "fts", "fts5", "index", "blocks", "block");
/** Data anyone can look up (markets, public blockchains, maps, global advisories): no account owns it, whoever serves it. */
const MEDIA_CATALOGUE = wordSet("album", "albums", "artist", "artists", "track", "tracks", "song", "songs", "episode", "episodes", "movie", "movies", "film", "films", "audiobook", "audiobooks", "genre", "genres", "podcast", "podcasts", "show", "shows");
const PUBLIC_REFERENCE = wordSet("market", "markets", "quote", "quotes", "ohlc", "ohlcv", "candle", "candles", "candlestick", "candlesticks", "ticker", "tickers", "stock", "stocks", "blockchain", "mempool", "rune", "runes", "satoshi", "sats", "dex", "utxo", "utxos", "inscription", "inscriptions", "bitcoin", "btc", "ethereum", "onchain", "miner", "brc20", "instrument", "instruments", "tradeable", "tradable", "global", "geo", "geographic", "geocode", "weather", "public");
/** Vendor documentation, examples and help: public text about a product, not the account's data. */
const VENDOR_DOCS = wordSet("documentation", "docs", "example", "examples", "help", "guide", "guides", "tutorial", "changelog", "reference");
/** Verbs that create, change or delete a stored record: a server with such tools keeps an account's state. */
const RECORD_WRITE_VERBS = wordSet("create", "update", "delete", "remove", "modify", "edit", "patch", "upsert", "insert", "replace", "rename", "archive", "assign", "revoke", "cancel");
/** Verbs that write something, so a clobbering flag on them destroys the old version. */
export const WRITE_VERBS = wordSet("write", "save", "create", "copy", "move", "rename", "put", "set", "upload", "download", "export", "update", "add", "install", "generate", "convert");
/** Annotations on an item (a label, a tag, a sub-issue link): removing one loses no data. */
export const LINK_NOUNS = wordSet("saved", "liked", "bookmark", "bookmarks", "label", "labels", "tag", "tags", "sub", "assignee", "assignees", "reviewer", "reviewers", "reaction", "reactions", "star", "watcher", "watchers", "relation", "link", "favorite", "favourite");
/** Where a site's structure is described (its sitemap, links, headers, DNS): addresses and facts, not text people wrote. */
const SITE_STRUCTURE = wordSet("sitemap", "sitemaps", "links", "backlinks", "robots", "headers", "dns", "whois", "certificate", "certificates", "ssl", "redirects");
/** Tickets for travel or events are seats, not support requests that a customer wrote. */
const BOOKING_WORDS = /station|train|flight|seat|airport|departure|arrival|concert|venue|fare/;
/** Objects that describe a thing rather than hold its data: listing them reveals little. */
const METADATA_NOUNS = wordSet("template", "templates", "component", "components", "branches", "sheets", "versions", "info", "metadata", "stats", "statistics", "status", "count", "schema", "schemas", "usage", "config", "configuration", "names", "types", "labels", "tables", "databases", "projects", "sizes", "directories", "folders", "collections", "allowed", "categories", "counts", "ids", "lists");
/** Containers people create to hold their work: listing them lists the account's own, whatever "available" suggests. */
const CONTAINER_NOUNS = wordSet("project", "projects", "portfolio", "portfolios", "workspace", "workspaces", "enterprise", "enterprises", "board", "boards", "space", "spaces", "notebook", "notebooks");
/** One stored item of the user's: its details (size, owner, settings) are as private as its content. */
const OWNED_ITEMS = wordSet("file", "files", "spreadsheet", "spreadsheets", "collection", "node", "nodes", "document", "documents", "note", "notes", "bucket", "buckets", "folder");
/** Nouns in the first sentence that say a read tool reaches the user's own data. */
const PRIVATE_DESC_NOUNS = wordSet("file", "files", "directory", "database", "secrets", "notes", "memories", "repository", "documents", "spreadsheet", "sheet", "records", "emails", "inbox", "commit");
const READ_ONLY_QUERY = wordSet("select", "readonly");
/** Verbs that mark or file an item for the user (`bookmark_tweet`, `pin_message`, `like_post`): nothing new is said to anyone. */
const MARKING_VERBS = wordSet("bookmark", "unbookmark", "like", "unlike", "favorite", "favourite", "unfavorite", "star", "unstar", "pin", "unpin", "mute", "unmute", "block", "unblock", "hide", "unhide", "flag", "unflag", "mark", "save", "follow", "unfollow", "react", "upvote", "downvote", "vote");
/** "Publishes immediately", "goes live instantly", "to your public feed": a create that is a post, whatever it is called (not "never published"). */
const PUBLISHES_AT_ONCE = /(?<!\b(?:not|never|nothing) )\b(?:publish(?:es|ed)?|goes live|posts?|is posted|appears) (?:immediately|instantly|right away|at once)\b|(?<!\b(?:not|never|nothing) )\b(?:publish(?:es|ed)?|posts?|goes live|appears?) (?:\w+ ){0,2}(?:to|on|in) (?:your |the |its |their )?public (?:\w+ )?(?:feed|stream|timeline|profile)\b/;
/** Figures about an object: after a send word they say the sends are counted, not made. */
const FIGURE_NOUNS = wordSet("stats", "statistics", "metrics", "analytics", "report", "reports", "performance", "counts", "summary", "insights");
/** Every word the lists above treat as a verb: the first of them in a name is where the action starts. */
const ANY_VERB = wordSet(...KNOWN_VERBS, ...SEND_VERBS, ...INSPECT_VERBS, ...MARKING_VERBS, ...CREATE_VERBS, ...RECORD_WRITE_VERBS, ...WRITE_VERBS, "receive", "wait", "await", "poll", "listen", "verify");

export interface Evidence {
  name: string[];
  nameSet: Set<string>;
  first: string[];
  firstSet: Set<string>;
  firstText: string;
  /** The words of the name and of the first sentence together. */
  nameAndFirst: Set<string>;
  /** The name's words, then the first sentence, as one text for patterns that may match across the two. */
  nameThenFirst: string;
  urlParam: boolean;
  recipientParam: boolean;
  bodyParam: boolean;
  params: string[];
  /** The parameter names as declared: `newBody` still splits into "new body", which the lower-case form cannot. */
  paramKeys: string[];
  /** The first 400 characters of the whole description, for claims made after the first sentence. */
  fullText: string;
  /** Every parameter's own description, lower case: "YouTube video ID" says where an id points. */
  paramText: string;
}

function evidenceOf(tool: Tool): Evidence {
  const rawName = words(tool.name);
  // "Pull full profile detail for an employee", "pull up John's checks": plain English for fetching a record (not a git pull).
  const firstText = withoutUsageAdvice(translateCjk(firstSentence(tool.description ?? "")).toLowerCase()).replace(/^pull (?:up )?(?!requests?\b|images?\b|changes\b|from\b|(?:the )?latest\b|commits?\b|branch)/, "get ");
  // ".html" or ".pdf" in a list of file types names a format, not the web.
  // `body_html`, `description_html` in a list of a record's fields name a field, not the web.
  const first = words(firstText.replace(/\.(?:html?|pdf|docx?|txt|csv|md|json|xml|xlsx?)\b/g, " ").replace(/\b[a-z]+_html?\b/g, " field "));
  const name = apiPathName(rawName, READ_VERBS.has(first[0] ?? "") ? first[0] : undefined);
  const params = parameterNames(tool.inputSchema);
  return {
    name, nameSet: new Set(name), first, firstSet: new Set(first), firstText, nameAndFirst: new Set([...name, ...first]), nameThenFirst: `${name.join(" ")} ${firstText}`, urlParam: hasUrlParameter(tool.inputSchema),
    // `translate_text(text, to)`: "to" is a language there, not a person.
    recipientParam: params.some((p) => RECIPIENT_PARAMS.has(p) && (p !== "to" || !/\b(?:language|lang|locale|unit|units|currency|format|timezone|encoding)\b/.test(propertyText(tool.inputSchema, p)))) && !has(new Set(name), ["translate", "convert", "transform"]),
    bodyParam: params.some((p) => BODY_PARAMS.has(p)),
    params,
    paramKeys: declaredParameterNames(tool.inputSchema),
    fullText: translateCjk((tool.description ?? "").replace(/\s+/g, " ").slice(0, 400)).toLowerCase(),
    paramText: params.map((p) => propertyText(tool.inputSchema, p)).join(" "),
  };
}

/** Someone to send to and something to say: the shape of a message, whatever the tool is called. */
const RECIPIENT_PARAMS = wordSet("to", "recipient", "recipients", "cc", "bcc", "channel", "channel_id", "channelid", "chat_id", "chatid", "phone_number", "webhook_url");
/** Correspondence a reader receives privately: reading it reads the user's own data as well as other people's words. */
const PRIVATE_CORRESPONDENCE = wordSet("email", "emails", "mail", "mails", "inbox", "message", "messages", "chat", "chats", "conversation", "conversations", "dm", "dms", "unread", "mailbox");
const BODY_PARAMS = wordSet("body", "message", "text", "content", "subject", "html");

/**
 * `mailbox_search` ("Search emails with ..."), `summarize_thread(channel, thread_ts)`: mail or messages named only as the
 * object of the first sentence, or a thread or messages of a chat the parameters point at, are the user's correspondence
 * whatever the tool is called.
 */
function readsCorrespondence(e: Evidence, ambiguous: (w: string) => boolean): boolean {
  const object = new Set(e.first.slice(1, 4));
  const mailObject = has(object, ["email", "emails", "mail", "mails", "messages", "inbox", "mailbox", "dms", "chats", "conversations"].filter((w) => !ambiguous(w)));
  const chatThread = has(e.nameAndFirst, ["thread", "threads", "message", "messages", "discussion", "discussions"]) && e.params.some((p) => CHAT_PLACE_PARAM.test(p));
  return mailObject || chatThread;
}

/** A property's own description and enum values, lower case, to tell what a generic key like `to` means. */
/** The schema of parameter `key` (compared in lower case), when it is an object. */
export function propertyOf(schema: unknown, key: string): Record<string, unknown> | undefined {
  const props = schema && typeof schema === "object" ? (schema as { properties?: unknown }).properties : undefined;
  if (!props || typeof props !== "object") return undefined;
  const entry = Object.entries(props as Record<string, unknown>).find(([k]) => k.toLowerCase() === key)?.[1];
  return entry && typeof entry === "object" ? (entry as Record<string, unknown>) : undefined;
}

export function propertyText(schema: unknown, key: string): string {
  const entry = propertyOf(schema, key);
  if (!entry) return "";
  const { description, enum: values } = entry as { description?: unknown; enum?: unknown };
  return `${typeof description === "string" ? description : ""} ${enumText(values)}`.toLowerCase();
}

/** An enum's values as words; a hostile schema's objects (whose `toString` may be anything) are left out, not converted. */
export function enumText(values: unknown): string {
  return Array.isArray(values) ? values.filter((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean").join(" ") : "";
}

function declaredParameterNames(schema: unknown): string[] {
  if (!schema || typeof schema !== "object") return [];
  const props = (schema as { properties?: unknown }).properties;
  if (!props || typeof props !== "object") return [];
  return [...new Set([...Object.keys(props), ...wrappedParameterNames(schema)])];
}

function parameterNames(schema: unknown): string[] {
  return declaredParameterNames(schema).map((k) => k.toLowerCase());
}

/** A parameter that takes an arbitrary URL lets the model choose where a request goes. */
function hasUrlParameter(schema: unknown): boolean {
  if (!schema || typeof schema !== "object") return false;
  const props = (schema as { properties?: unknown }).properties;
  if (!props || typeof props !== "object") return false;
  for (const [key, value] of Object.entries(props as Record<string, unknown>)) {
    const k = key.toLowerCase();
    if (k === "url" || k === "uri" || k === "href" || k === "urls" || k === "endpoint" || k === "webhook_url" || k === "webhookurl") return true;
    if (value && typeof value === "object" && (value as { format?: unknown }).format === "uri") return true;
  }
  return false;
}

/** The verb is usually the first name word after an optional server prefix (`playwright_get`, `box_read_tool`). */
function verbsOf(e: Evidence): string[] {
  // `sms_status`, `email_help`, `sms_list_contacts`: a channel's name before a read or a noun is the tool's namespace.
  const rest = e.name.slice(1);
  const channelPrefix = rest.length > 0 && SEND_NOUNS.has(e.name[0]!) && !e.recipientParam && !e.bodyParam && !rest.some((w) => SEND_VERBS.has(w)) &&
    rest.some((w) => READ_VERBS.has(w) || INSPECT_VERBS.has(w) || ["status", "help", "info", "recent", "history", "services", "settings", "stats", "logs", "contacts", "usage"].includes(w));
  const name = channelPrefix ? rest : e.name;
  const lead = name.slice(0, 3);
  // `qb_statement_charge_update`, `crm_contact_note_delete`: object-first names put the verb last (a last "comment"
  // or "post" is as likely the object: `play_style_comment`).
  const last = name[name.length - 1];
  if (name.length > 3 && !lead.some((w) => ANY_VERB.has(w)) && last !== undefined && ANY_VERB.has(last) && !SEND_NOUNS.has(last)) return [...lead, last];
  return lead;
}

/** Fetch/navigate/scrape tools that take any URL (not a reader of one platform that accepts its URLs or ids). */
function genericFetcher(e: Evidence): boolean {
  const fetchName = has(e.nameSet, ["fetch", "navigate", "scrape", "crawl", "browse", "curl", "wget"]);
  const anyUrl = /\b(?:a|any|the given|given|specified|arbitrary) url\b|\bweb ?site\b|\bweb ?page\b|\bfrom the internet\b|\bfrom a url\b/.test(e.firstText);
  // `extract_image_from_url`, `read_url`: a URL in the name and a URL parameter mean any address.
  const urlNamed = e.urlParam && has(e.nameSet, ["url", "urls"]);
  // "Read a file from the file system or a URL", "PDFs (local/URL)": a reader that also takes an address.
  // "Delete a deployment by ID or URL": an id or a name beside the URL says the URL identifies a record.
  const fileOrUrl = /\b(?:or|and) (?:from )?(?:a |any )?urls?\b|\b(?:local|file|path)\s*\/\s*urls?\b/.test(e.firstText) && !/\b(?:ids?|identifier|name|slug) (?:or|and) (?:its )?urls?\b/.test(e.firstText);
  // "A browser session to navigate a page", "a web research job from seed URLs": the first sentence says it goes there.
  const goesThere = e.urlParam && (/\b(?:navigate|navigates|crawl|crawls|scrape|scrapes|visit|visits)\b/.test(e.firstText) || has(e.firstSet, ["web", "website", "websites"]));
  // `git_clone(url)`, `mirror_repository(url)`: a clone requests whatever address it is given, carrying anything put in it.
  const clonesFrom = e.urlParam && has(e.nameSet, ["clone", "mirror"]) && has(e.nameAndFirst, ["repository", "repositories", "repo", "repos", "git"]);
  return (fetchName && (e.urlParam || anyUrl)) || (e.urlParam && anyUrl) || urlNamed || fileOrUrl || goesThere || clonesFrom || e.nameSet.has("navigate");
}

/** "Fetch a deepwiki.com repo": a reader bound to one named site cannot carry data to an address the model picks. */
function fixedHost(e: Evidence): boolean {
  return /\b[a-z0-9-]+\.(?:com|org|io|net|dev|ai|gov|edu|info|app)\b/.test(e.firstText) && !/\b(?:any|arbitrary|given|specified|provided)\b/.test(e.firstText);
}

/** "Fetch the page for a search result ID": the model picks a result, not an address. */
function pickedById(e: Evidence): boolean {
  return !e.urlParam && e.params.some((p) => /(?:^|_)id$|[a-z]id$/.test(p));
}

/** Parameters that pick what a multi-action tool does. */
export const ACTION_PARAMS = wordSet("action", "actions", "operation", "op", "mode");
/** `wait_for_message`, `receive_sms`: the tool waits for what someone else sends and returns it. */
const RECEIVE_VERBS = wordSet("wait", "await", "receive", "poll", "listen");
/** `newBody`, `text`, `message`: a parameter with the new text of a post (not `messageIds`, which points at one). */
// A message's buttons, caption or layout blocks are what the chat sees of it as much as its text.
const EDITABLE_TEXT_PARAMS = wordSet("body", "content", "description", "title", "text", "message", "files", "caption", "markup", "keyboard", "blocks", "embeds");
/** What runs and serves: scaling these changes capacity, unlike resizing an image. */
export const RUNNING_NOUNS = wordSet("deployment", "deployments", "service", "services", "cluster", "clusters", "statefulset", "replicaset", "replicas", "node", "nodes", "pool", "pools", "instance", "instances", "app", "application", "workers", "database");


export interface HeuristicContext {
  /** The server is launched with credentials (API keys, tokens): its read tools see an account's own data. */
  authenticated?: boolean;
  /** The server's other tools create, change or delete records, so it keeps someone's state and its reads return it. */
  managesRecords?: boolean;
  /** Several of the server's tools read machines, networks or security findings: an organisation's asset inventory. */
  inventoriesAssets?: boolean;
  /** The server's tools are about rooms, chats and tickets (private) or feeds, followers and forums (public). */
  talk?: TalkKind;
  /** One of the server's tools sends mail, campaigns or broadcasts: it works for a mailing account. */
  mailer?: boolean;
  /** One of the server's tools works on a help centre: its articles and collections are the organisation's own. */
  helpCentre?: boolean;
  /** Two or more of the server's tools are about products or listings: it runs a shop, whose collections are on its storefront. */
  shop?: boolean;
  /** One of the server's tools makes sharing links: files put in its drive can be handed to anyone. */
  sharesLinks?: boolean;
  /** The server runs the caller's own newsletter or publication: its posts are the user's writing. */
  ownPublication?: boolean;
  /** Round twenty-six: the server's tools read walls, feeds or friends and post there: a social network (see strangertext.ts). */
  socialNetwork?: boolean;
  /** Round twenty-seven: the server reads customers, stock, deals or invoices and buys nothing: a business's back office (see ownrecords.ts). */
  backOffice?: boolean;
  /** Round twenty-seven: one of the server's tools is named for errors, exceptions or crashes: an error tracker (see ownrecords.ts). */
  tracksErrors?: boolean;
  /** Round twenty-seven (recall): two or more tools speak of realms, sign-in statistics or users' sessions: an identity provider (see identity.ts). */
  identityRealm?: boolean;
}

/** "Search events", "List logs": the read verb a description opens with, if any. */
function describedRead(t: Tool): string | undefined {
  const lead = words(firstSentence(t.description ?? ""))[0] ?? "";
  return READ_VERBS.has(lead) ? lead : undefined;
}

/** A server whose tools write records holds an account's data; public-data servers (search, prices, maps) only read. */
export function managesRecords(tools: readonly Tool[]): boolean {
  // `hubspotCompany(operation: create | get | update)`: a multi-action tool's actions say it writes records too.
  return tools.some((t) => apiPathName(words(t.name), describedRead(t)).slice(0, 3).some((w) => RECORD_WRITE_VERBS.has(w)) || actionsOf(t).some((a) => RECORD_WRITE_VERBS.has(words(a)[0] ?? "")));
}

/** Machines, networks and security findings: what an organisation's inventory or security product holds (not "assets" or "alerts", which games, wallets and weather services have too). */
const ASSET_NOUNS = wordSet("device", "devices", "host", "hosts", "subnet", "subnets", "vulnerability", "vulnerabilities", "vlan", "vlans", "firewall", "firewalls", "machine", "machines", "incident", "incidents", "detections", "threats");

/** Two or more tools about assets make the server an inventory of someone's machines, not a public catalogue. */
export function inventoriesAssets(tools: readonly Pick<Tool, "name">[]): boolean {
  return tools.filter((t) => words(t.name).some((w) => ASSET_NOUNS.has(w))).length >= 2;
}

/** Actions a multi-action tool names: the enum of its `action` parameter, or an "Actions:" list in its description. */
function actionsOf(tool: Tool): string[] {
  const props = tool.inputSchema && typeof tool.inputSchema === "object" ? (tool.inputSchema as { properties?: unknown }).properties : undefined;
  if (props && typeof props === "object") {
    for (const [key, value] of Object.entries(props as Record<string, unknown>)) {
      if (!ACTION_PARAMS.has(key.toLowerCase()) || !value || typeof value !== "object") continue;
      const values = (value as { enum?: unknown }).enum ?? ((value as { items?: { enum?: unknown } }).items?.enum);
      if (Array.isArray(values) && values.length >= 2) return values.filter((v): v is string => typeof v === "string");
    }
  }
  // "Actions: - send (chat_id, text) - edit (...)", "Available operations: - **get_ticket**: ...": a list of action
  // names, each after a dash, plain or marked up as bold or code.
  const description = (tool.description ?? "").replace(/\s+/g, " ").replace(/\*\*|`/g, "");
  const listed = /\b(?:actions?|operations?)\b[^:]{0,40}:(.*)$/i.exec(description)?.[1];
  if (!listed) return [];
  const names = [...listed.matchAll(/(?:^|\s)-\s+([a-z][a-z_]*(?:\s*\/\s*[a-z][a-z_]*)*)\s*(?=[(:\-,]|\s-\s|$)/gi)].flatMap((m) => m[1]!.split(/\s*\/\s*/));
  return names.length >= 2 ? [...new Set(names.map((n) => n.toLowerCase()))] : [];
}

/**
 * A tool that multiplexes several actions (`messages(action: search | send | trash)`) can play every role any of its
 * actions plays, so each action is labelled as if it were its own tool named after the action and the tool's object.
 */
export function heuristicLabels(given: Tool, context: HeuristicContext = {}): Label[] {
  const schema = rootSchema(given.inputSchema);
  const tool = schema === given.inputSchema ? given : { ...given, inputSchema: schema as Tool["inputSchema"] };
  const own = singleToolLabels(tool, context);
  const actions = actionsOf(tool);
  if (actions.length === 0) return own;
  const object = words(tool.name).filter((w) => !ACTION_PARAMS.has(w)).join("_");
  const out = [...own];
  // The description's leading verbs ("Send, edit, delete messages") speak for all actions at once; the rest of it
  // (what the object is, which site it reaches) holds for each.
  const withoutVerbList = (tool.description ?? "").trim().replace(/^(?:[a-z]+(?:, |\/| and | or |, and |, or ))+[a-z]+\b/i, "");
  // `company(operation: create | get | update)`: a tool that writes its own records returns an account's records when it
  // reads them, which is what the weaker "server keeps records" guess says; here the tool itself shows it.
  const keepsRecords = actions.some((a) => RECORD_WRITE_VERBS.has(words(a)[0] ?? ""));
  const actionContext = keepsRecords ? { ...context, managesRecords: true } : context;
  for (const action of actions) {
    const asTool: Tool = { name: `${action}_${object}`, description: withoutVerbList, inputSchema: tool.inputSchema };
    // Guesses from the server's shape alone (weaker than 0.65) would repeat for every action of a catch-all tool.
    for (const l of singleToolLabels(asTool, actionContext)) {
      if (l.confidence < 0.65 && !(keepsRecords && l.role === "private-data" && l.confidence >= 0.6)) continue;
      out.push({ role: l.role, confidence: Math.min(l.confidence, 0.65), reason: actionReason(action, l.reason) });
    }
  }
  return out;
}

function singleToolLabels(tool: Tool, context: HeuristicContext): Label[] {
  const e = evidenceOf(tool);
  const out: Label[] = [];
  const add = (role: Role, confidence: number, reason: string) => out.push({ role, confidence, reason });
  // A class module's labels join only for the roles no earlier check gave at flow strength.
  const addWhereMissing = (labels: Label[]) => {
    for (const l of labels) if (!out.some((o) => o.role === l.role && o.confidence >= 0.6)) out.push(l);
  };
  const verbs = verbsOf(e);
  const nameVerb = (s: ReadonlySet<string>) => verbs.find((w) => s.has(w));
  const all = e.nameAndFirst;

  // Running shell commands reaches everything the user can: files, the network, deletion.
  // "command" alone is too weak: a game engine's or an app's console command is not a shell.
  const strongShellNoun = has(e.nameSet, [...SHELL_NOUNS].filter((n) => n !== "command" && n !== "commands"));
  const commandOnly = !strongShellNoun && has(e.nameSet, ["command", "commands"]);
  // A database engine's command (`redis_command`) reaches that engine, not the machine it runs on.
  const engineCommand = commandOnly && runsEngineCommand(e);
  const appConsole = engineCommand || commandOnly && /\bconsole command|\b(?:in|inside) the (?:game|editor|app|application)\b/.test(e.firstText) && !/\b(?:shell|terminal|system|bash|os)\b/.test(e.firstText);
  const shellName = (strongShellNoun || commandOnly) && !appConsole;
  // "Send input to a running process": whoever types into a shell runs commands in it.
  const processInput = /\b(?:input|keys|keystrokes|text) to (?:a |the )?(?:running |active )?(?:process|terminal|shell|repl|session)\b/.test(e.firstText);
  const shell = processInput || ((nameVerb(EXEC_VERBS) || e.firstSet.has("execute") || e.firstSet.has("run")) && (shellName || /\b(?:shell|terminal) command|command line command|terminal process\b/.test(e.firstText)));
  if (shell) {
    add("destructive", 0.75, "runs shell commands");
    add("private-data", 0.7, "runs shell commands, which can read local files");
    add("public-sink", 0.65, "runs shell commands, which can reach the network");
  }

  if (engineCommand) {
    add("private-data", 0.7, "runs a command of the user's database engine, which reads its keys and values");
    if (!/\bonly (?:runs? )?read(?:-only)? commands\b/.test(e.fullText)) add("destructive", 0.7, "runs a command of the user's database engine, which can also overwrite or delete keys");
  }

  // Queries: arbitrary SQL/Cypher reads private data; unless read-only, it can also destroy it.
  const databaseWords = ["sql", "cypher", "sparql", "database", "db", "table", "tables"];
  // "The SQL dialect of the project's database", "SQL syntax help": facts about the engine, not a query over the data.
  const engineFacts = has(e.nameSet, ["dialect", "dialects", "syntax", "version", "help", "docs", "documentation"]);
  const query = !engineFacts && has(e.nameSet, [...QUERY_NOUNS]) && (has(e.nameSet, databaseWords) || has(e.firstSet, databaseWords)) && (nameVerb(EXEC_VERBS) || nameVerb(READ_VERBS) || nameVerb(MODIFY_VERBS) || e.nameSet.has("query"));
  if (query && !shell) {
    const readOnly = has(e.nameSet, [...READ_ONLY_QUERY]) || e.nameSet.has("read") || /\bread[- ]only\b|\bselect\b/.test(e.firstText);
    const writeOnly = nameVerb(MODIFY_VERBS) !== undefined;
    if (!writeOnly) add("private-data", 0.75, "runs database queries");
    if (!readOnly && (writeOnly || nameVerb(EXEC_VERBS) || /\bexecute|\bwrite|\bmodif/.test(e.firstText))) add("destructive", 0.7, "runs queries that can modify or drop data");
  }

  // `forge_update(operation, params)`: "update operations (PUT/PATCH)". A catch-all tool named by the HTTP methods it
  // calls does whatever those methods do to any resource of the API.
  const restMethods = new Set(e.params.some((p) => ACTION_PARAMS.has(p)) && !e.urlParam ?
    [.../\((?:[a-z]+ )?((?:get|post|put|patch|delete)(?:\s*\/\s*(?:get|post|put|patch|delete))*)\b[^)]*\)/.exec(e.firstText)?.[1]?.split("/") ?? []].map((m) => m.trim()) : []);
  const { labels: destructive, del, changesSharedText } = destruction(e, tool.inputSchema, verbs, all, restMethods);
  out.push(...destructive);

  // `list_directory_with_sizes`: what follows "with" adds detail; the object comes before it.
  const withAt = e.name.indexOf("with");
  const objectWords = withAt > 0 ? e.name.slice(0, withAt) : e.name;
  const metadataOnly = has(new Set(objectWords), [...METADATA_NOUNS]);
  const siteStructure = has(e.nameSet, [...SITE_STRUCTURE]);
  // A template's "default content" is the vendor's stock text, shipped to every customer alike.
  const vendorDocs = has(e.nameSet, [...VENDOR_DOCS]) || /\b(?:documentation|docs)\b/.test(e.firstText) || (e.nameSet.has("default") && /\btemplates?\b/.test(e.fullText));

  // Content written by third parties: the web, search results, issues, mail, messages.
  // "Open the feedback form in your browser": the page is shown to the user and nothing comes back to the model.
  const showsToUser = !e.urlParam && /\bopens?\b[^.]*\bin (?:the |a |your )?(?:user'?s? )?(?:default |web )?browser\b/.test(e.firstText);
  // `create_task_list`, `delete_log`: after a verb that writes, "list" or "log" is the object, not a read.
  const nameRead = nameVerb(READ_VERBS);
  // `mark_read`, `markAsRead`: after a marking verb, "read" is the state being set, not a read.
  const writesBeforeRead = nameRead !== undefined && verbs.slice(0, verbs.indexOf(nameRead)).some((w) => (CREATE_VERBS.has(w) && !READ_VERBS.has(w)) || RECORD_WRITE_VERBS.has(w) || DELETE_VERBS.has(w) || MARKING_VERBS.has(w));
  // `hub_wait_for_reply` (a product prefix before the verb), "Blocks until a new message arrives": a wait all the same.
  const waitVerb = RECEIVE_VERBS.has(verbs[0] ?? "") || (RECEIVE_VERBS.has(verbs[1] ?? "") && !ANY_VERB.has(verbs[0] ?? "")) ||
    /^(?:blocks?|waits?) (?:until|till|for) (?:an? |the )?(?:new |next |incoming )?(?:messages?|repl(?:y|ies)|e-?mails?|sms)\b/.test(e.firstText);
  const receives = waitVerb && has(all, [...PRIVATE_CORRESPONDENCE, "sms", "reply", "replies", "notification", "notifications"]);
  const readVerb = showsToUser || writesBeforeRead ? undefined : nameRead ?? (READ_VERBS.has(e.first[0] ?? "") ? e.first[0] : receives ? "receive" : undefined);
  // "Downloads a file ... and returns the path": the bytes land on disk and the model gets a path or a status, not the text.
  // "Loads an audio file and returns the path to the time series": a handle, not the file's content.
  // `download(message_id, output_dir)`: a directory to write into says the bytes go to disk.
  // "Download and index a video for semantic search", `ingest_document`: the server keeps what it fetched in its own
  // index and returns a job or a count; what was in it comes back only through a later search.
  const indexedForSearch = (has(e.nameSet, ["ingest", "index"]) || /^(?:download(?:s)? and )?(?:ingest|index)(?:es|s)?\b/.test(e.firstText)) &&
    /\b(?:embeddings?|semantic search|vector (?:store|index|search)|for (?:later )?(?:retrieval|search|querying))\b/.test(e.fullText);
  const savedLocally = indexedForSearch || has(e.nameSet, ["download", "load", "import"]) && (e.params.some((p) => /^(?:output|save|target|dest|destination|download)_?(?:dir|directory|folder|path)$/.test(p)) || /\b(?:returns?|returning|(?:and )?gets?) (?:the |a )?(?:local )?(?:file )?path\b|\bcreates? (?:a )?resource\b|\bsaves? (?:it |them |the file )?(?:to|in|locally)\b/.test(e.fullText));
  // Wikipedia and dictionaries are edited reference works; the labelling conventions treat them like maps and prices.
  const referenceWork = has(all, [...REFERENCE_WORKS]);
  // `html_extract_resources(inputPath)`: HTML read from a local file is a format, not the web.
  const localHtml = !e.urlParam && e.params.some((p) => /path$|^file/.test(p)) && !has(e.nameSet, [...WEB_WORDS].filter((w) => w !== "html"));
  // `get_vanity_url`, `list_invite_urls` with no address to fetch: the tool returns an address, it reads no page.
  const urlIsObject = !e.urlParam && (e.name[e.name.length - 1] === "url" || e.name[e.name.length - 1] === "urls");
  // `get_online_followers`, "users who are online": presence, not the internet.
  const presence = /\bonline (?:users?|followers?|members?|friends?|contacts?|status|presence|players?|people)\b/.test(e.nameThenFirst);
  const webName = (has(e.nameSet, [...WEB_WORDS].filter((w) => (!urlIsObject || (w !== "url" && w !== "urls")) && (!presence || w !== "online"))) && !localHtml && !webWordNamesSetting(e)) || e.nameSet.has("navigate");
  // "Visible elements on the page": a browser tool reading the DOM of whatever site is open.
  // Selecting, clicking or filling an element acts on the page; it returns none of its text.
  const pageElements = /\b(?:visible )?elements? (?:on|of|in) the (?:current |web |open )?page\b/.test(e.firstText) && !has(e.nameSet, ["select", "click", "hover", "fill", "type", "press", "drag", "focus"]);
  // "Manage Cloud Browser Isolation profiles": the product's settings about the web, not a page from it.
  // A person's or a company's profile on a platform is what they wrote about themselves, not a product setting.
  const personProfile = /\b(?:public|user|users|member|author|actor|person|people|creator|company|organi[sz]ation)(?:'s)? profiles?\b|'s (?:public )?profiles?\b/.test(e.firstText);
  const settingsObject = has(e.nameSet, ["policy", "policies", "setting", "settings", "rule", "rules", "config", "configuration", ...(personProfile ? [] : ["profile", "profiles"])]);
  // "Including file sizes and download URLs": a URL listed among the fields a record returns is an address, not a page.
  // "Generate a presigned URL for an object": a link the service makes for a stored item is handed back, not read.
  const urlAsField = /\b(?:download|avatar|image|thumbnail|share|sharing|preview|file|profile) urls?\b|\bincluding\b[^.]*\burls?\b/.test(e.firstText) || madeLinkForItem(e);
  // A signed download link is a sink below, and so neither a read of the store nor of the records it holds.
  const signedDownload = signsDownloadLink(e);
  // "Username, biography, website and follower counts": a website among a profile's fields is an address, not a page read.
  const websiteAsField = /(?:, |\band )(?:the )?websites?(?:,| and\b)/.test(e.firstText);
  const webDesc = !settingsObject && has(e.firstSet, [...WEB_WORDS].filter((w) => (!localHtml || w !== "html") && (!(urlAsField || urlIsObject) || (w !== "url" && w !== "urls")) && (!presence || w !== "online") && (!websiteAsField || (w !== "website" && w !== "websites")))) || pageElements || /\bhacker news\b|\bgoogle search\b|\bweb ?page|\bcurrent page\b|\bfrom the internet\b/.test(e.firstText);
  // `get_artifact(url: "The URL of the artifact")`: the address of one of the product's records, not of a web page.
  const recordUrl = e.params.some((p) => (p === "url" || p === "uri") && RECORD_URL.test(propertyText(tool.inputSchema, p))) && !has(e.nameSet, [...WEB_WORDS, "page", "fetch"]);
  const pageAtUrl = worksOnPageAt(tool.inputSchema, e.params);
  const fetchesUrl = e.urlParam && !recordUrl && (readVerb !== undefined || pageAtUrl || has(e.nameSet, ["navigate", "fetch", "curl", "wget"]));
  // "Search Google", "organic search results": a search engine's results pages, unless it is a Google product's own data.
  // "Sessions broken down by traffic source (organic search, referral, social)": a site's analytics, not a results page.
  const siteAnalytics = has(all, ["traffic", "sessions", "pageviews", "visits", "referral", "referrals", "bounces"]);
  const searchEngine = !siteAnalytics && has(all, ["search", "results"]) && (/\bsearch engines?\b|\bsearch results\b|\borganic\b/.test(e.firstText) || (has(all, ["google"]) && !has(all, ["drive", "sheets", "sheet", "docs", "doc", "maps", "calendar", "gmail", "photos", "analytics", "ads", "console", "cloud", "workspace", "scholar"])));
  let untrusted = false;
  // An article's or a post's "metadata" or "info" carries its title and abstract, which its author wrote.
  const textMetadata = has(e.nameSet, ["metadata", "info", "details"]) && has(e.nameSet, ["article", "articles", "paper", "papers", "post", "posts", "story", "stories", "review", "reviews", "comment", "comments", "issue", "issues", "message", "messages", "email", "emails", "place", "places", "business", "businesses", "subreddit", "subreddits", "community", "communities"]);
  const booking = BOOKING_WORDS.test([...e.name, ...e.params, e.firstText].join(" "));
  // A chat with a language model returns the model's words, not a person's.
  const modelChat = has(all, ["completion", "completions", "llm", "gpt", "model", "prompt", "assistant", "ai"]);
  // `list_email_customizations`, `get_message_template`: the product's settings for mail, not mail anyone wrote.
  // `get_email_default_content`: the vendor's stock text for a mail, written by no one outside.
  // `list_inbox_rules`, `get_mail_filters`: the mailbox's own sorting rules, folders and labels, not mail (though
  // `get_messages_in_folder` still reads mail).
  const sortingObject = ["rule", "rules", "filter", "filters", "folder", "folders", "label", "labels"].includes(e.name[e.name.length - 1] ?? "") && !has(e.nameSet, ["in", "from", "by"]);
  const correspondenceSettings = sortingObject || has(e.nameSet, ["template", "templates", "customization", "customizations", "customisation", "customisations", "domain", "domains", "settings", "signature", "signatures", "config", "configuration", "default", "defaults"]);
  // "Software composition analysis issues", "code quality issues": findings a scanner produced, not text a person wrote.
  const scannerFindings = /\b(?:analysis|quality|code|composition|security|static|lint|scan|scanner) issues?\b/.test(e.firstText);
  // "Name, email, avatar": an e-mail address among a profile's fields, not a mail anyone wrote.
  // "By ID or email": an address a record is looked up by (see ownrecords.ts).
  const emailField = /\b(?:name|names|avatar|phone|username|login|id),? (?:and )?e-?mails?\b|\be-?mails?(?: address(?:es)?)?, |\be-?mail address(?:es)?\b/.test(e.firstText) || EMAIL_AS_KEY.test(e.firstText);
  // "Display messages when the alert fires": the tool's own notices to the user, not messages anyone sent.
  const ownNotices = /\b(?:display|displays|show|shows|print|prints|log|logs) (?:a |the |custom )?(?:messages?|notifications?)\b/.test(e.firstText);
  // `find_nearby_places(latitude, longitude)`: map points of interest around a coordinate, unless reviews come with them.
  const mapPoints = e.params.some((p) => /^(?:lat|latitude|lon|lng|longitude|coordinates)$/.test(p)) && !has(all, ["review", "reviews", "rating", "ratings", "comments", "tips"]);
  // `list_issue_types`, "Get dashboard statistics (articles count)", "configured email services": a tracker's settings,
  // counts of items, and the service that carries mail, not anything people wrote.
  const trackerSettings = has(e.nameSet, ["type", "types", "scheme", "schemes"]);
  const statsHead = /^(?:get|show|return|fetch|retrieve)s? (?:the )?(?:[a-z]+ ){0,2}(?:statistics|stats|metrics)\b(?! and| with)/.test(e.firstText);
  // "List the configured e-mail accounts", `list_mail_providers`: the tool's own mail setup, not mail (the accounts are
  // still the user's, below).
  const mailSetup = /\b(?:e-?mail|mail) (?:accounts?|providers?|connections?)\b/.test(e.nameThenFirst) && !has(e.nameSet, ["message", "messages", "inbox", "search", "unread"]);
  const mailCarrier = mailSetup || /\b(?:e-?mail|mail) (?:services?|servers?|providers?)\b/.test(e.firstText) && !has(e.nameSet, ["email", "emails", "mail", "mails", "inbox", "message", "messages"]);
  const ambiguous = (w: string) => statsHead || (trackerSettings && /^issues?$/.test(w)) || (mailCarrier && /^(?:email|emails|mail|mails)$/.test(w)) ||
    (emailField && /^(?:email|emails|mail|mails)$/.test(w)) || (ownNotices && /^(?:message|messages|notification|notifications)$/.test(w)) ||
    (mapPoints && /^(?:place|places|restaurant|restaurants|hotel|hotels)$/.test(w)) ||
    (scannerFindings && (w === "issue" || w === "issues")) || (/^epics?$/.test(w) && has(all, ["game", "games", "store"])) || (booking && (w === "ticket" || w === "tickets")) || (modelChat && /^(?:chat|chats|conversation|conversations)$/.test(w)) || (correspondenceSettings && PRIVATE_CORRESPONDENCE.has(w));
  const thirdPartyName = has(e.nameSet, [...THIRD_PARTY_TEXT].filter((w) => !ambiguous(w)));
  // "Search across message history", "the chat history of joined channels": what the other people in the chats wrote.
  const chatHistory = e.nameSet.has("history") && has(all, ["message", "messages", "chat", "chats", "channel", "channels", "room", "rooms"]) && !modelChat;
  // "Scroll to a message and fetch the surrounding context. Returns a window of messages": a later sentence says what
  // comes back when the first names only the action.
  const returnsMessages = !ambiguous("messages") && /\breturns? (?:a |an |the )?(?:\w+ ){0,2}(?:of )?(?:messages|comments|replies)\b/.test(e.fullText);
  // "Read a received file transfer": whoever sent the file wrote it.
  const receivedFile = has(all, ["file", "files", "attachment", "attachments", "transfer", "transfers"]) && /\b(?:received|incoming|sent to (?:you|the user|me))\b/.test(e.firstText);
  // "Submissions for a routing form", "responses to a survey": what people typed into the account's form.
  const formResponses = has(e.nameSet, ["submission", "submissions", "response", "responses"]) && has(all, ["form", "forms", "survey", "surveys", "intake", "questionnaire"]);
  // A pull request's reactions, approvals or check results are clicks and verdicts, not its text.
  const repositoryState = hostedRepository(e) && has(e.nameSet, [...REPOSITORY_STATE]);
  // Scheduled posts and drafts are the user's own words, waiting to go out.
  const ownUnsent = has(e.nameSet, ["scheduled", "draft", "drafts"]) && !fetchesUrl;
  // `get_my_articles`, `get_my_threads` on a social site: what the signed-in account wrote itself (not comments, mentions
  // or a chat's threads, where others write).
  const ownWriting = has(e.nameSet, ["my", "own"]) && has(e.nameSet, ["article", "articles", "post", "posts", "tweet", "tweets", "toots", "story", "stories", "blog", "blogs", "threads"]) &&
    !has(all, ["comment", "comments", "reply", "replies", "mentions", "mention", "inbox", "message", "messages", "chat", "chats", "channel", "channels", "feed", "timeline", "issue", "issues", "ticket", "tickets"]) && context.talk !== "private";
  // `video_categories_list`, `abuse_report_reasons_list`: a platform's fixed vocabulary, whatever platform it names.
  const lastNoun = e.name.filter((w) => !READ_VERBS.has(w)).at(-1) ?? "";
  // `get_post_type`, `list_block_types`: the kinds of item the product defines (not items filtered `by_type`).
  const typeCatalogue = ["type", "types"].includes(lastNoun) && !has(e.nameSet, ["by", "of"]);
  const vocabulary = !e.urlParam && (["categories", "reasons", "regions", "languages", "locales", "countries", "types", "genres"].includes(lastNoun) || typeCatalogue);
  // Figures, own boards or pages, a post queue with drafts, mailboxes, a call log: the account's records (see holdings.ts).
  // Figures alone say nothing of whose they are (a server that keeps records makes them the account's, below).
  // A help centre's articles and collections are written by the organisation's own staff (see helpcentre.ts).
  // The posts of the user's own newsletter are the user's writing (see holdings.ts).
  const publicationPosts = readVerb !== undefined && !fetchesUrl && ownPublicationPosts(e, all, context.ownPublication);
  const ownRecordsRead = readVerb !== undefined && !fetchesUrl && (ownPlatformContainers(e, all) || ownPostQueue(e, all) || mailContainers(e) || callRecords(e) || helpCentreItems(e, context.helpCentre) || publicationPosts);
  const ownHoldings = ownRecordsRead || (readVerb !== undefined && !fetchesUrl && accountFigures(e, all));
  if (savedLocally || (referenceWork && !fetchesUrl) || ownUnsent || (ownWriting && !fetchesUrl) || vocabulary || ownHoldings) {
    // None returns outsiders' text (see above); the URL a download takes is still a sink, below.
  } else if (!siteStructure && (fetchesUrl || (webName && (readVerb || e.nameSet.has("navigate"))))) {
    add("untrusted-content", 0.85, "reads web content");
    untrusted = true;
  } else if (readVerb && /\bacross (?:all (?:of )?)?(?:github|gitlab|bitbucket)\b|\bpublic (?:repositories|repos|code|posts|profiles)\b|\b(?:users|organi[sz]ations|orgs|repositories|repos) on (?:github|gitlab|bitbucket|codeberg)\b|\b(?:github|gitlab|bitbucket|codeberg) (?:repositories|repos|users|organi[sz]ations)\b/.test(e.firstText)) {
    add("untrusted-content", 0.7, "searches public code or posts that other people wrote");
    untrusted = true;
  } else if ((readVerb && webDesc && !metadataOnly && !siteStructure) || searchEngine) {
    add("untrusted-content", 0.75, "reads web or public content");
    untrusted = true;
  } else if (readVerb && !metadataOnly && hostedRepository(e) && has(e.nameSet, [...REPOSITORY_TEXT]) && !repositoryState) {
    add("untrusted-content", 0.7, "reads issues, pull requests, releases or discussions that anyone can write in a public repository");
    untrusted = true;
  } else if (readVerb && (!metadataOnly || textMetadata) && !repositoryState && (thirdPartyName || chatHistory || receivedFile || formResponses || returnsMessages || has(e.firstSet, ["issue", "issues", "comments", "email", "emails", "inbox", "messages", "stories", "transcript", "articles", "papers", "listings", "reviews", "news", "posts", "threads", "replies", "conversations", "chats", "trending", "feedback", "mentions", "forum", "forums", "transcripts", "literature", "starred"].filter((w) => !ambiguous(w))) || (!booking && e.firstSet.has("tickets")))) {
    add("untrusted-content", 0.7, OUTSIDERS_TEXT_REASON);
    untrusted = true;
  }

  // A calendar's events are invitations: their titles, descriptions and notes come from whoever organised them.
  // "Get the authenticated user's own profile", `get_saved_jobs`: the user's own items on the platform, not strangers'.
  // Acting as one of the user's configured accounts, its media and profile are the user's own; posts tagging it are not.
  const ownPlatformItems = (operatesAsAccount(e, tool.inputSchema) && !has(all, ["tagged", "mentions", "mentioned", "comment", "comments", "replies", "messages"])) || has(e.nameSet, ["my", "me", "saved", "own"]) || /\b(?:my|own|(?:authenticated|current|currently authenticated|signed[- ]in|logged[- ]in|connected) (?:[a-z0-9]+ )?(?:user|account|channel)'?s?)\b/.test(e.firstText);
  const calendarEvents = calendarItems(e) && !has(all, ["chinese", "lunar", "holiday", "holidays", "almanac", "festival", "festivals"]);
  if (!untrusted && !ownHoldings && readVerb && !metadataOnly && !savedLocally && calendarEvents) {
    add("untrusted-content", 0.7, "reads calendar events, whose invitations other people write");
    untrusted = true;
  } else if (!untrusted && !ownHoldings && !vocabulary && !savedLocally && !ownPlatformItems && !operatesAsAccount(e, tool.inputSchema) && (readVerb || has(e.nameSet, ["analyze", "analyse", "discover", "research", "compare", "track", "monitor", "scan", "mine"])) && minesPublicVideos(e)) {
    add("untrusted-content", 0.7, "analyses other creators' public videos or channels, returning their titles, tags and descriptions");
    untrusted = true;
  } else if (!untrusted && !ownHoldings && !vocabulary && readVerb && (!metadataOnly || textMetadata) && !savedLocally && (PUBLIC_PLATFORM.test(e.paramText) || (PUBLIC_PLATFORM.test(e.firstText) && !ownPlatformItems)) && !has(all, [...PUBLIC_REFERENCE])) {
    add("untrusted-content", 0.7, "reads an item of a public video or social platform, whose text its author wrote");
    untrusted = true;
  } else if (!untrusted && !ownHoldings && readVerb && !metadataOnly && !savedLocally && has(all, ["podcast", "podcasts"]) && !ownPlatformItems && !has(all, ["followed", "saved", "library", "subscribed", "subscriptions"])) {
    // A catalogue's podcasts come with the titles and show notes their creators wrote; the user's followed ones are the user's.
    add("untrusted-content", 0.7, "reads podcasts from a public catalogue, described by their creators");
    untrusted = true;
  }

  // "Search products on the marketplace", `item_detail(sku)`: on a server that keeps no records of its own, products are
  // a shop's or a marketplace's listings, whose titles and details their sellers wrote (a store the account runs has
  // write tools, and its products are its own).
  const marketListings = readVerb !== undefined && !fetchesUrl && !savedLocally && !vendorDocs && !context.managesRecords && !context.authenticated && !context.backOffice &&
    has(all, ["product", "products", "listing", "listings"]) && !has(all, [...PUBLIC_REFERENCE, "my", "own", "your", "stock", "inventory", "count", "counts", "stats", "statistics", "available", "supported", "types", "categories"]) && !ownerScoped(e);
  if (!untrusted && !ownHoldings && marketListings) {
    add("untrusted-content", 0.65, "reads products listed on a shop or a marketplace, whose titles and details their sellers wrote");
    untrusted = true;
  }

  // "Full details for a job posting": an employer wrote it (the postings the user saved or applied to are the user's list).
  const jobPosting = readVerb !== undefined && !fetchesUrl && !savedLocally && !has(all, ["my", "own", "saved", "applied", "application", "applications"]) &&
    /\bjob (?:postings?|listings?|openings?|offers?|ads?|adverts?|advertisements?)\b|\bjob ?posts?\b|\bvacanc(?:y|ies)\b/.test(e.nameThenFirst);
  // `get_attachment(message_id, attachment_id)`: one attachment's content, as its sender made it (a list of attachments
  // gives only names and sizes).
  const sentAttachment = readVerb !== undefined && readVerb !== "list" && !savedLocally && e.nameSet.has("attachment") && !has(e.nameSet, ["attachments", "metadata", "info", "action", "actions"]) &&
    (e.params.some((p) => /^(?:message|email|mail)_?id$/.test(p)) || has(all, ["email", "emails", "mail", "mails", "message", "messages", "inbox"]));
  if (!untrusted && !ownHoldings && (jobPosting || sentAttachment)) {
    add("untrusted-content", 0.7, jobPosting ? "reads a job posting, which the employer wrote" : "reads an attachment of a mail or a message, as its sender made it");
    untrusted = true;
  }

  // "The most recent request sent to the endpoint", "callbacks that have been received": whoever knows the address wrote them.
  const capturedRequests = (readVerb !== undefined || nameVerb(new Set(["check", "inspect", "wait"])) !== undefined) && !savedLocally &&
    has(e.nameSet, ["request", "requests", "callback", "callbacks", "hit", "hits", "delivery", "deliveries"]) && !has(e.nameSet, ["pull", "merge"]) &&
    /\b(?:sent to|received|captured|incoming|inbound|arrived)\b/.test(e.firstText);
  // `forge_read(operation)`: "read operations (GET)" on a code forge reach every issue, comment and file of its repositories.
  if (!untrusted && !ownHoldings && readVerb && restMethods.size > 0 && !restMethods.has("delete") && hostedRepository(e)) {
    add("untrusted-content", 0.7, "a catch-all read of a code forge, which returns issues, comments and files that anyone can write");
    add("private-data", 0.65, "a catch-all read of a code forge, which reaches the private repositories the token can see");
    untrusted = true;
  }
  if (!untrusted && !ownHoldings && capturedRequests) {
    add("untrusted-content", 0.7, "returns requests that anyone who knows an endpoint's address sent to it");
    add("private-data", 0.65, "returns what the user's own endpoint captured, headers and bodies included");
    untrusted = true;
  }

  if (!untrusted && !ownHoldings && receives) {
    add("untrusted-content", 0.7, "waits for and returns messages that other people send");
    untrusted = true;
  }

  // A chat's threads summarised, ranked or mined for action items, and the last message with a contact (see outsiders.ts).
  const chatAnalysis = !savedLocally && analysesChatThreads(e, verbs, context.talk);
  // `first_last_message`, "The very first message exchanged with a contact": named for what it returns, with no verb.
  // ("message" there is the noun it returns.)
  const nounOnly = !verbs.some((w) => ANY_VERB.has(w) && !SEND_NOUNS.has(w)) && !ANY_VERB.has(e.first[0] ?? "");
  const lastMessage = (readVerb !== undefined || nounOnly) && !savedLocally && readsLastMessageWith(e);
  if (!untrusted && !ownHoldings && (chatAnalysis || lastMessage)) {
    add("untrusted-content", 0.7, chatAnalysis ? "analyses a chat's threads, returning excerpts and items drawn from what its members wrote" : "returns the latest message exchanged with a contact, which either side wrote");
    untrusted = true;
  }

  // Cards and checklists on a shared board are written by its members, its guests and the integrations that file cards.
  const boardItems = has(e.nameSet, ["card", "cards", "checklist", "checklists"]) && has(all, ["board", "boards", "kanban", "trello", "checklist", "checklists", "backlog", "sprint"]);
  if (!untrusted && !ownHoldings && readVerb && !savedLocally && boardItems) {
    add("untrusted-content", 0.65, "reads cards or checklists of a shared board, which its members and guests write");
    untrusted = true;
  }

  // Members' profiles on a chat, forum or social platform, and a team tracker's assigned tasks: people other than the
  // user wrote them (see outsiders.ts).
  const othersProfiles = !untrusted && !ownHoldings && readVerb !== undefined && !savedLocally && readsOthersProfiles(e, context.talk);
  const platformSearch = !untrusted && !ownHoldings && readVerb !== undefined && !savedLocally && searchesWholePlatform(e, context.talk);
  const teamWork = !untrusted && !ownHoldings && readVerb !== undefined && !savedLocally && !metadataOnly && readsTeamWorkItems(e);
  if (othersProfiles || teamWork) {
    add("untrusted-content", 0.65, othersProfiles ? "reads members' profiles on a platform where people talk, which the members wrote themselves" : "reads a team tracker's assigned tasks or cards, which teammates and guests write");
    if (teamWork || context.talk === "private") add("private-data", 0.65, othersProfiles ? "reads the member directory of the user's own chat or help desk" : "reads the tasks of the user's own team");
    untrusted = true;
  } else if (platformSearch) {
    // Left unmarked so the private-data checks below still judge whose platform it is (a company forum is private).
    add("untrusted-content", 0.65, "searches the whole of a platform where people talk, returning what they posted");
  }

  // Posts the account liked, and people's accounts found or blocked on a social platform (see outsiders.ts).
  const socialAccounts = !untrusted && !ownHoldings && readVerb !== undefined && !savedLocally ? readsSocialAccounts(e) : undefined;
  if (!untrusted && !ownHoldings && readVerb && !savedLocally && readsLikedPosts(e)) {
    add("untrusted-content", 0.7, "reads posts the account liked or favourited, which other people wrote");
    add("private-data", 0.65, "reads the account's own list of liked or favourited posts");
    untrusted = true;
  } else if (socialAccounts) {
    add("untrusted-content", 0.65, "reads people's accounts on a social platform, whose names and bios their owners wrote");
    if (socialAccounts === "own") add("private-data", 0.65, "reads the accounts the user blocked or muted, a list private to the account");
    untrusted = true;
  }

  // "Names are wrapped as untrusted", "user-authored fields": the server itself says what it returns was written by others.
  if (!untrusted && !ownHoldings && readVerb && !savedLocally && /\buntrusted\b|\buser[- ]authored\b|\bwritten by (?:other )?(?:users|members|people|strangers)\b/.test((tool.description ?? "").toLowerCase())) {
    add("untrusted-content", 0.7, "its description says the text it returns was written by other people");
    untrusted = true;
  }

  // Script run in the open page returns whatever the page's own scripts and text produce.
  const pageScript = /\bjavascript\b/.test(e.firstText) && has(e.firstSet, ["browser", "page", "console"]) && (nameVerb(EXEC_VERBS) !== undefined || EXEC_VERBS.has(e.first[0] ?? ""));
  if (pageScript && !untrusted) {
    add("untrusted-content", 0.7, "runs JavaScript in the open page and returns what the page produces");
    untrusted = true;
  }

  // An arbitrary URL is an exfiltration channel even for a GET: data rides in the query string.
  const httpWrite =
    // `create_post(url)`: after another verb "post" is what is created, not the HTTP method.
    // `link_to_pull_request`: a pull or merge request is a forge's record, not an HTTP request.
    (has(e.nameSet, ["put", "patch", ...(has(e.nameSet, ["pull", "merge"]) ? [] : ["request"]), "webhook", ...(verbs[0] === "post" || has(e.nameSet, ["http", "request", "requests"]) ? ["post"] : [])]) && (e.urlParam || has(e.nameSet, ["http"]) || /\bhttp\b/.test(e.firstText))) ||
    /\bhttps? (?:get |post |put |patch |delete )?requests?\b/.test(e.firstText);
  if (httpWrite) add("public-sink", 0.8, "sends HTTP requests");
  // PUT replaces and PATCH rewrites whatever the address holds, just as a DELETE (named above) removes it.
  if (httpWrite && e.urlParam && has(e.nameSet, ["put", "patch"])) add("destructive", 0.65, "an HTTP PUT or PATCH overwrites the resource at the URL");
  // A request of any method to an address the model picks returns what that server chose to say.
  // A POST's answer is that server's text too; a webhook only delivers and its answer is an acknowledgement.
  if (httpWrite && e.urlParam && !untrusted && !e.nameSet.has("webhook")) {
    add("untrusted-content", 0.7, "reads the response of an HTTP request to any URL");
    untrusted = true;
  }
  else if ((genericFetcher(e) || pageAtUrl) && !fixedHost(e) && !pickedById(e)) add("public-sink", 0.65, "requests a URL the model chooses");
  // "Subscribes to a feed", "subscribes to every feed in an OPML document": the server then polls addresses the model chose.
  // `add_source(url)` of a feed reader subscribes as well: the server polls the address from then on.
  const subscribes = (e.nameSet.has("subscribe") || /^subscribes? to\b/.test(e.firstText) || (nameVerb(CREATE_VERBS) !== undefined && e.urlParam)) && has(all, ["feed", "feeds", "rss", "atom", "opml", "podcast", "podcasts", "ical", "calendar"]);
  // `event_webhooks_url`, `callback_url`: a write that points future events at an address the model picks.
  const hookParam = e.params.some((p) => /webhooks?_?url|callback_?url|endpoint_?url|notify_?url|notification_?url/.test(p));
  if (subscribes && !out.some((l) => l.role === "public-sink")) add("public-sink", 0.65, "subscribes to feeds at addresses the model picks, which the server then requests");
  // Events about public data (a blockchain's) leak nothing wherever they are delivered.
  else if (hookParam && !nameVerb(READ_VERBS) && !has(new Set([...all, ...e.params]), [...PUBLIC_REFERENCE, "chain", "chains"]) && !out.some((l) => l.role === "public-sink")) add("public-sink", 0.65, "points events or callbacks at a URL the model picks");

  // Messages and posts other people can read.
  // "message" or "comment" after a read verb is the object (`find_message`), not the verb.
  // `validate_email`, `format_message`: a checking verb first makes the send word its object.
  // `delete_email_domain`: a deleting verb first makes "email" its object, and deleting sends nothing.
  // `wp_delete_post`, `admin_validate_email`: a server or area prefix may come before the verb that decides.
  // `zoom_message_history`, `chat_message_get`, `clip_comment_threads_list`: a send noun first or after a product prefix,
  // followed by a read verb or described as a read, names what is read; nothing is sent.
  const sendAt = e.name.findIndex((w) => SEND_VERBS.has(w));
  const sendNounRead = readVerb !== undefined && sendAt >= 0 && sendAt <= 1 && SEND_NOUNS.has(e.name[sendAt]!) && !e.bodyParam &&
    !e.name.slice(0, sendAt).some((w) => ANY_VERB.has(w)) && (e.name.slice(sendAt + 1).some((w) => READ_VERBS.has(w)) || READ_VERBS.has(e.first[0] ?? ""));
  const lead = sendNounRead ? readVerb : verbs.find((w) => ANY_VERB.has(w)) ?? verbs[0] ?? "";
  const otherVerbFirst = INSPECT_VERBS.has(lead) || DELETE_VERBS.has(lead) || MARKING_VERBS.has(lead) || RECEIVE_VERBS.has(lead);
  // `replace_email_settings`, `create_email_domain`: after another verb, "email" or "message" is what is acted on,
  // unless the tool takes the text to be mailed (`create_email_customization(subject, body)`).
  const nonSendVerbFirst = !e.bodyParam && !SEND_VERBS.has(lead) && (RECORD_WRITE_VERBS.has(lead) || CREATE_VERBS.has(lead) || WRITE_VERBS.has(lead) || lead === "verify");
  const firstAction = otherVerbFirst ? undefined : sendNounRead ? readVerb : verbs.find((w) => (SEND_VERBS.has(w) && !(nonSendVerbFirst && SEND_NOUNS.has(w))) || READ_VERBS.has(w));
  // A draft waits for the user to send it, and so does a pending review with whatever was added to it, until submitted.
  // `submit_pending_review`, `send_draft`: the verb that sends it is the tool's job.
  // `post_internal_note`, "a private comment, visible only to agents": a note for the team, never sent to the customer.
  // (A tool whose name says "public" writes for the customer, whatever its description says of the other kind.)
  const internalNote = has(e.nameSet, ["note", "notes", "comment", "comments"]) && !e.nameSet.has("public") &&
    (has(e.nameSet, ["internal", "private"]) || /\b(?:internal|private) (?:note|comment)s?\b/.test(e.firstText) ||
      /\b(?:only visible|visible only) to (?:the )?(?:agents?|team|team members|staff|admins?|teammates)\b/.test(e.fullText));
  const unsent = ((has(e.nameSet, ["draft", "drafts"]) || e.nameSet.has("pending")) && !["submit", "send", "publish"].includes(lead)) || internalNote;
  // `aggregate_email_stats`, `message_metrics`: a send word followed by a figure names what is counted, nothing is sent.
  // (`email_report(to)`, "Email the weekly report to ...": with someone to send to, the report is what is sent.)
  const countedSends = firstAction !== undefined && FIGURE_NOUNS.has(e.name[e.name.indexOf(firstAction) + 1] ?? "") && !e.recipientParam && !SEND_VERBS.has(e.first[0] ?? "");
  const send = firstAction && SEND_VERBS.has(firstAction) && !unsent && !countedSends ? firstAction : undefined;
  // `add_sub_issue`, `add_label`: linking existing items publishes no new text.
  const create = unsent || (has(e.nameSet, [...LINK_NOUNS].filter((w) => w !== "link")) && !e.bodyParam) ? undefined : nameVerb(CREATE_VERBS);
  const update = nameVerb(new Set(["update", "edit", "modify", "patch"]));
  const writeVerb = nameVerb(WRITE_VERBS) ?? nameVerb(MODIFY_VERBS) ?? (e.nameSet.has("commit") ? "commit" : undefined);
  // Uploading to the user's own storage is not publishing; uploading to a URL or a public place is.
  // Taking a local file off the machine ("upload files from the local filesystem") or into a web page's file input
  // moves it out of the user's hands, wherever it lands.
  // A logo, favicon or theme image is shown to everyone who opens the organisation's pages; a file picked from a local
  // path leaves the machine for wherever the upload goes.
  const brandAsset = has(e.nameSet, ["logo", "favicon", "banner", "brand", "branding", "theme", "avatar", "background"]);
  // `image_path`, `video_file`: a picture or a clip taken from the machine for a listing, a pin or a post.
  const localPathParam = e.params.some((p) => /^(?:file_?path|local_?path|source_?path|path|filepath|file_?paths|(?:image|photo|picture|video|media|audio)_?(?:path|paths|file_?path))$/.test(p));
  // A CDN serves whatever is put on it to anyone who has the address.
  const uploadIsPublic = send !== "upload" || e.urlParam || brandAsset || localPathParam || /\b(?:public|publicly|share|shared|url|link|external|website|anyone|cdn)\b/.test(e.firstText) ||
    /\bfrom (?:the |a |your )?local (?:file ?system|disk|machine|computer|path)\b|\b(?:file )?input\b.*\belement\b|\belement on the page\b/.test(e.firstText);
  // An issue in an organisation's own tracker is read by its team; only a code host's issues are public.
  const publicCreatable = [...PUBLIC_CREATABLE].filter((w) => (w !== "issue" && w !== "issues") || hostedRepository(e));
  // "Create an event with attendees", "decline an event with a comment": the calendar mails the text to other people.
  const changeVerb = has(new Set(verbs), ["create", "add", "new", "schedule", "update", "edit", "modify", "patch", "reschedule", "move", "quick"]);
  const answerVerb = has(new Set(verbs), ["cancel", "decline", "accept", "respond", "rsvp", "tentatively"]);
  // `create_events(events: [{ attendees }], send_updates)`: in a bulk write the attendees sit inside each event, and a
  // switch that sends updates says the calendar mails them.
  const notifiesAttendees = calendarItems(e) &&
    ((changeVerb && (e.params.some((p) => ATTENDEE_PARAM.test(p) || /^send_?(?:updates|notifications|invites|invitations)$/.test(p)) || keysWithItems(tool.inputSchema).some((k) => ATTENDEE_PARAM.test(k)))) || (answerVerb && e.params.some((p) => ["comment", "message", "note", "reason", "body"].includes(p))));
  // `create_filter(action: { forward })`: a mail rule that forwards every future match to an address the model picks.
  const forwardingRule = (nameVerb(CREATE_VERBS) ?? nameVerb(RECORD_WRITE_VERBS)) !== undefined && has(e.nameSet, ["filter", "filters", "rule", "rules"]) &&
    nestedKeys(tool.inputSchema).some((k) => /^(?:forward|forward_?to|forward_?address|forwarding_?address|redirect_?to)$/.test(k));
  const facts: SendingFacts = { lead, readVerb, del, createVerb: nameVerb(CREATE_VERBS), create, update, all, verbs };
  const toSelfOnly = sentToSelfOnly(e);
  const publishing = publishingWrite(e, tool.inputSchema, facts);
  const reaching = reachesPeople(e, facts);
  const topicOrList = topicOrMailing(e, facts);
  const chatText = textIntoChat(e, facts);
  // `create_article`, `update_collection` of a help centre: its articles and sections are published to customers.
  const helpCentreWrite = !readVerb && !del && !unsent && (create !== undefined || update !== undefined || lead === "publish") && helpCentreItems(e, context.helpCentre);
  const sendsFileToChat = has(e.nameSet, [...SENDABLE_FILES]) && (e.recipientParam || e.params.some((p) => CHAT_PLACE_PARAM.test(p)));
  if (send && uploadIsPublic && !toSelfOnly && (send !== "push" || has(all, ["files", "file", "commit", "repository", "repo", "branch"])) && (has(e.nameSet, [...SENDABLE]) || SENDABLE.has(send) || e.nameSet.has("publish") || send === "push" || send === "upload" || sendsFileToChat)) {
    add("public-sink", 0.8, sendVerbReason(send));
  } else if (sendsNotification(e, facts)) {
    add("public-sink", 0.7, "sends a notification or a message through the service to whoever is subscribed or configured");
  } else if (putsFileInSharedDrive(e, facts, context.sharesLinks)) {
    add("public-sink", 0.7, "puts a new file in a drive whose server hands out sharing links, an upload to a shareable place");
  } else if (createsSharingLink(e, facts)) {
    add("public-sink", 0.7, "creates a sharing or public link that opens the item for anyone who holds it");
  } else if (signedDownload) {
    add("public-sink", 0.7, "signs a download link for a stored object, which lets anyone who holds it fetch the object");
  } else if (deliversToEndpoint(e, facts)) {
    // Whoever runs the webhook or the endpoint reads every payload, whatever the name calls it.
    add("public-sink", 0.75, "delivers requests or payloads to a webhook or an endpoint");
  } else if (update && (has(e.nameSet, [...publicCreatable, "message", "messages"]) || has(new Set(e.first.slice(0, 10)), ["post", "comment", "reply", "tweet", "self"])) && !unsent && !has(e.nameSet, ["template", "templates"]) &&
      (e.params.length === 0 || e.paramKeys.some((p) => carriesContent(p, EDITABLE_TEXT_PARAMS)))) {
    add("public-sink", 0.7, "rewrites the text of an issue, a pull request or a post that other people can read");
  } else if (create && (has(e.nameSet, publicCreatable) || (has(e.nameSet, ["public", "shared", "share", "sharing"]) && has(e.nameSet, ["link", "links", "url"])))) {
    add("public-sink", 0.75, POSTS_CONTENT_REASON);
  } else if (helpCentreWrite) {
    add("public-sink", 0.7, "writes an article or a collection of a help centre, which its customers and the public read");
  } else if (publishing) {
    add("public-sink", publishing.confidence, publishing.reason);
  } else if (writeVerb && has(e.nameSet, ["file", "files"]) && /\b(?:github|gitlab|bitbucket|codeberg)\b/.test(e.fullText) && /\b(?:repository|repositories|repo|repos)\b/.test(e.fullText)) {
    add("public-sink", 0.7, "writes files into a hosted repository other people can read");
  } else if (writeVerb && /\b(?:appears?|shown|visible|displayed|served) (?:in|on|to) (?:the )?(?:live|public|production)\b|\bpublicly (?:visible|accessible|available)\b|\bvisible to (?:anyone|everyone|the public|all visitors)\b/.test(e.fullText)) {
    add("public-sink", 0.65, "writes content that the public or a live site shows");
  } else if ((writeVerb || create) && !unsent && PUBLISHES_AT_ONCE.test(e.fullText)) {
    // "Publishes immediately to your public feed", "goes live instantly": the description says the write is a post.
    add("public-sink", 0.7, "its description says what it writes is published at once, to a public feed");
  } else if (deploysToWeb(e, verbs)) {
    add("public-sink", 0.7, "deploys a site or a function, serving what it was given to anyone at a public address");
  } else if (pageScript) {
    add("public-sink", 0.6, "runs JavaScript in a browser page, which can send requests");
  } else if (send && ["send", "forward", "share"].includes(lead) && e.recipientParam) {
    add("public-sink", 0.7, `"${lead}" to a recipient or chat the model picks`);
  } else if (e.recipientParam && e.bodyParam && !readVerb && !has(e.nameSet, ["draft", "drafts", "preview", "validate", "format", "template"])) {
    add("public-sink", 0.7, "takes a recipient and a message body");
  } else if (reaching) {
    add("public-sink", reaching.confidence, reaching.reason);
  } else if (notifiesAttendees) {
    add("public-sink", 0.7, "sends an event's text to its attendees or organiser");
  } else if (startsChatWithPeople(e, tool.inputSchema, facts)) {
    add("public-sink", 0.7, "creates a chat or a space with people in it, who are told of it and see the name the model gives it");
  } else if (!readVerb && !del && rewritesStorefrontText(e, verbs, context.shop)) {
    add("public-sink", 0.7, "replaces the title or description a live storefront shows its visitors");
    add("destructive", 0.65, "replaces a product's or a collection's storefront text, and the old text is not kept");
  } else if (forwardingRule) {
    add("public-sink", 0.65, "creates a mail rule that can forward future mail to an address the model picks");
  } else if (changesSharedText) {
    add("public-sink", 0.65, "writes text that other people see on a room or profile");
  } else if (!send && !readVerb && /^sends? (?:an? |the )?(?:message|comment|reply|note|announcement|shout-?out) (?:to|in|into) (?:the )?(?:[a-z]+ )?(?:chat|channel|room|stream|group)\b/.test(e.firstText)) {
    // "Send a comment to the stream chat": the chat the server is connected to, read by everyone in it.
    add("public-sink", 0.7, "its description says it sends a message into the chat the server is connected to");
  } else if (!send && /^sends? (?:an? |the )?[a-z -]{0,30}\b(?:to|for)\b/.test(e.firstText) && e.recipientParam && !readVerb) {
    add("public-sink", 0.7, "its description says it sends something to a recipient the model picks");
  } else if (topicOrList) {
    add("public-sink", topicOrList.confidence, topicOrList.reason);
  } else if ((restMethods.has("post") || restMethods.has("put") || restMethods.has("patch")) && hostedRepository(e)) {
    // A code forge's create and update calls open issues, comments and pull requests that its other users read.
    add("public-sink", 0.65, "a catch-all tool whose POST, PUT or PATCH calls can write issues and comments on a code forge");
  } else if (chatText) {
    add("public-sink", chatText.confidence, chatText.reason);
  }

  // `relays: ["wss://..."]` (Nostr and the like): each call goes to servers the model names, and a read returns whatever
  // anyone published there. Only the plural: a single `relay` is as likely a switch on a circuit board.
  if (e.params.some((p) => /^relay_?(?:s|urls)$/.test(p))) {
    if (!out.some((l) => l.role === "public-sink")) add("public-sink", 0.65, "sends its request to relays the model names");
    if (readVerb && !untrusted) {
      add("untrusted-content", 0.7, "returns what anyone published on relays the model names");
      untrusted = true;
    }
  }

  // Private data: reading files, mail, notes, secrets, databases, repositories, an account's records.
  const webTool = webName || fetchesUrl;
  const qualified = QUALIFIED_PRIVATE.find(([nouns, owners]) => has(e.nameSet, nouns) && has(all, owners));
  // `getChineseCalendar`, `lunar_calendar`: a calendar of dates and festivals anyone can look up, not the user's diary.
  const referenceCalendar = has(e.nameSet, ["calendar", "calendars"]) && has(all, ["chinese", "lunar", "holiday", "holidays", "gregorian", "solar", "almanac", "festival", "festivals"]);
  // `list_mail_providers`: the services the tool can connect to, the same for every user.
  const mailProviders = /\b(?:e-?mail|mail) (?:providers?|services?)\b/.test(e.nameThenFirst);
  const privateName = (has(e.nameSet, [...PRIVATE_NOUNS].filter((w) => !mailProviders || !/^(?:email|emails|mail)$/.test(w))) && !referenceCalendar) || qualified !== undefined;
  // "Search MyVariant.info for variant database records": a public database named by its site is nobody's private store.
  const namedPublicDatabase = fixedHost(e) && !e.urlParam;
  // Mail, chats and support tickets are the user's or the company's correspondence, unlike a public forum's posts.
  const publicPlatform = has(all, ["public", "forum", "forums", "subreddit", "reddit", "twitter", "tweet", "tweets", "youtube", "mastodon", "bluesky", "hackernews", "post", "posts", "news", "rss", "feed"]);
  // "List available procedures", "attributes supported by your org": what the product offers, not what it stores.
  // "Condition picklist options for triggers" is a choice the product offers too. Projects or portfolios "available"
  // to the caller are containers someone created, and "that you have access to" names an owner.
  // `search_modules`, `moduleSearch`, `find_component_id`: a search of the vendor's catalogue of building blocks (not the
  // ones installed or configured on the account's site).
  const catalogueSearch = has(e.nameSet, ["search", "find"]) && has(e.nameSet, ["module", "modules", "component", "components", "provider", "providers", "plugin", "plugins", "connector", "connectors", "extension", "extensions"]) &&
    !has(all, ["installed", "my", "your", "site", "configured", "enabled", "active"]);
  const capabilityList = catalogueSearch || (/\b(?:available|supported)\b/.test(e.firstText) || has(e.nameSet, ["options", "picklist", "picklists", "choices"])) &&
    !has(e.nameSet, [...PRIVATE_NOUNS]) && !has(e.nameSet, [...CONTAINER_NOUNS]) && !ownerScoped(e);
  // An album, an artist or a film in a service's catalogue is the same for every listener, unless it is the user's own
  // library, saved items or playlists.
  const publicCatalogue = has(e.nameSet, [...MEDIA_CATALOGUE]) && !has(all, ["saved", "library", "my", "me", "current", "followed", "recently", "playlist", "playlists", "queue", "history"]);
  const publicReference = has(all, [...PUBLIC_REFERENCE]) || publicCatalogue;
  // "The authenticated user's public videos": an account's own items are no reference data for being public.
  const referenceData = has(all, [...PUBLIC_REFERENCE].filter((w) => w !== "public")) || publicCatalogue;
  // A summary, a rate or a breakdown of the account's sales or customers; a sales tax is a public rate.
  const businessReport = has(e.nameSet, ["sales", "revenue", "revenues", "orders", "customer", "customers", "refunds", "payouts", "subscriptions", "churn", "mrr", "arr"]) &&
    has(e.nameSet, ["summary", "report", "rate", "rates", "comparison", "breakdown", "by", "trend", "trends", "metrics", "stats", "totals", "total", "analytics", "overview", "cohort", "cohorts"]) && !has(all, ["tax", "taxes", "vat", "estimate", "calculator"]);
  // A company's books: its ledger, payroll and wage forms, profit and loss; not a form's instructions or a tax estimate.
  const booksReport = (has(e.nameSet, ["ledger", "ledgers", "w2", "1099", "payroll", "paystub", "paystubs", "payslip", "payslips"]) || /\bprofit (?:and )?loss\b|\bbalance sheet\b|\btrial balance\b/.test(e.name.join(" "))) &&
    !has(all, ["instructions", "guide", "explain", "definition", "calculator", "estimate", "help", "docs", "documentation"]);
  // `get_me` is the caller's identity, no one's stored data.
  const identity = has(e.nameSet, ["me", "whoami", "self"]);
  // `select` on a page picks an element; `search_and_replace` is a write that also reads.
  const selfOrPageOrWrite = identity || (readVerb === "select" && !has(all, [...QUERY_NOUNS])) || nameVerb(MODIFY_VERBS) !== undefined;
  // "Get the current system time": a clock, the same for every account.
  const clock = e.nameSet.has("clock") || /\bcurrent (?:system |local )?(?:time|date)\b/.test(e.firstText);
  // "Encoder performance statistics (CPU, FPS)": how well the software itself runs, unless it is a cluster's or a service's.
  const ownPerformance = /\b(?:fps|frame ?rate|frames per second|dropped frames|render(?:ing)? time|cpu|performance (?:statistics|stats|metrics))\b/.test(e.firstText) &&
    !has(all, [...RUNNING_NOUNS, "pod", "pods", "namespace", "container", "containers", "host", "hosts", "vm", "vms", "query", "queries"]);
  const plainRead = readVerb && !ownPerformance && !untrusted && !webTool && !metadataOnly && !vendorDocs && !engineFacts && !clock && !indexedForSearch;
  // "The content of the current browser page" is web content, not a document of the user's.
  const webPageContent = untrusted && !has(e.nameSet, [...PRIVATE_NOUNS]) && (has(all, ["browser", "webpage", "web", "website"]) || pageElements);
  // `outlier_detection(table_name, column_name)`: whatever the statistic, it is computed from and returns the table's rows.
  // `x_column`, `column_y`: a regression or a correlation takes two columns by name.
  const tableColumnParams = e.params.some((p) => /^(?:table|table_?name|table_?id)$/.test(p)) && e.params.some((p) => /^(?:(?:[a-z]+_?)?columns?(?:_[a-z]+)?|column_?names?)$/.test(p));
  // "List all loaded presentations", "active terminal sessions", a code generation session: the tool's own working state.
  const ownSession = /\b(?:loaded|opened) (?:presentations?|documents?|workbooks?|decks?)\b/.test(e.firstText) ||
    (has(e.nameSet, ["session", "sessions"]) && /\b(?:terminal|codegen|code generation|recording|repl)\b/.test(e.firstText));
  // `count(database, collection)`, `aggregate(database, collection, pipeline)`: whatever the verb, the answer comes from the
  // collection the parameters name.
  const namedCollection = e.params.some((p) => /^(?:database|db|database_?name|db_?name)$/.test(p)) && e.params.some((p) => /^(?:collection|collection_?name|table|table_?name)$/.test(p));
  const changesTable = nameVerb(RECORD_WRITE_VERBS) ?? nameVerb(DELETE_VERBS) ?? nameVerb(WRITE_VERBS) ?? nameVerb(CREATE_VERBS);
  // `get_file_info`, `get_collection_info`, `get_node_metadata`: the details of one of the user's own stored items.
  const ownedItemDetails = metadataOnly && has(new Set(objectWords), [...OWNED_ITEMS]) && !has(e.nameSet, ["template", "templates", "server", "system"]);
  // `describe_table`, `list_databases`, "introspect labels and property keys for Neo4j": a database's own layout.
  const structureVerb = readVerb ?? (has(e.nameSet, ["describe", "introspect"]) || e.first[0] === "introspect" ? "describe" : undefined);
  const databaseStructure = structureVerb !== undefined && !has(all, ["version", "connection", "server", "system"]) && has(e.nameSet, ["table", "tables", "database", "databases", "schema", "schemas", "columns", "collections"]) &&
    has(all, ["database", "databases", "db", "table", "tables", "sql", "cypher", "neo4j", "column", "columns", "collection", "collections"]);
  // `get_me`, "Get current user information", GraphQL's `viewer`: the signed-in account's name, e-mail and organisation.
  // "The user account that owns the API token" names the same person as "the current user".
  const identityRead = identity || ((/\b(?:current|authenticated|signed[- ]in|logged[- ]in) (?:[a-z0-9]+ )?user\b|\b(?:user|account) (?:that|who|which) owns the (?:api |access )?(?:token|key)\b|\b(?:owner of|associated with) the (?:current )?(?:api |access )?(?:token|key)\b|\baccount (?:the server|you) (?:is |are )?(?:authenticated|signed in|logged in) as\b/.test(e.firstText)) && has(e.nameSet, ["user", "profile", "account", "who", "whoami", "current", "viewer"]));
  // A blockchain address's balance is public ledger data, not an account's books.
  const publicLedger = publicReference && e.params.includes("address");
  // `list_buckets`, `get_object(bucket, key)`: object storage holds whatever the account put there.
  const objectStorage = has(e.nameSet, ["bucket", "buckets"]) || (has(e.nameSet, ["object", "objects", "blob", "blobs"]) && has(new Set([...all, ...e.params]), ["bucket", "buckets", "s3", "gcs", "blob", "container", "storage"]));
  // The server's own configuration, health, usage or schema, and a template to start from: about the product, not the account's data.
  // Usage of a cluster's pods or of a database is that system's data; usage of the tool itself is not.
  const aboutTheProduct = !adminOnly(e) && (ownPerformance || has(all, ["server", "system", "health", "version", "schema", "schemas", "template", "templates"]) || has(e.nameSet, ["status"]) ||
    (has(all, ["usage"]) && !has(all, [...RUNNING_NOUNS, "resource", "resources", "pod", "pods", "namespace"])));
  if (ownSession && !untrusted) {
    // Nothing stored: what this tool has open right now.
  } else if (readVerb && !webTool && !metadataOnly && !vendorDocs && !webPageContent && !savedLocally && !engineFacts && (privateName || (!untrusted && !namedPublicDatabase && has(e.firstSet, [...PRIVATE_DESC_NOUNS])))) {
    add("private-data", 0.7, "reads files, records or other private data");
  } else if (readVerb && untrusted && !metadataOnly && hostedRepository(e) && has(e.nameSet, [...REPOSITORY_TEXT, "repositories", "repos", "code"]) && !has(all, [...PUBLIC_REFERENCE, "trending", "popular", "starred"])) {
    // The same token reads private repositories, so a repository's issues and pull requests are not only outsiders' text.
    add("private-data", 0.65, "reads a hosted repository's issues or pull requests, which include private repositories the token can see");
  } else if (readVerb && untrusted && !publicPlatform && (has(e.nameSet, [...PRIVATE_CORRESPONDENCE].filter((w) => !ambiguous(w))) || (has(e.nameSet, ["thread", "threads", "replies", "history"]) && has(all, ["message", "messages", "channel", "channels", "chat", "conversation"])) || (!booking && has(e.nameSet, ["ticket", "tickets"])) ||
      (has(e.nameSet, ["attachment", "attachments"]) && (has(all, ["email", "emails", "mail", "message", "messages", "inbox"]) || e.params.some((p) => /^(?:message|email|mail)_?id$/.test(p)))) || calendarItems(e) ||
      (returnsMessages && e.params.some((p) => CHAT_PLACE_PARAM.test(p))) || readsCorrespondence(e, ambiguous))) {
    add("private-data", 0.7, "reads the user's mail, messages, chats, calendar or support tickets");
  } else if (readVerb && untrusted && formResponses) {
    // People filled the form in for the account that owns it: their answers are its records.
    add("private-data", 0.65, "reads responses people submitted to the user's own forms");
  } else if (readVerb && untrusted && (has(e.nameSet, ["notification", "notifications", "bookmark", "bookmarks", "bookmarked", "starred"]) || (e.firstSet.has("starred") && !hostedRepository(e)))) {
    // Whatever platform they come from, the user's own notifications, bookmarks and starred items are the user's, though
    // others wrote them.
    add("private-data", 0.7, "reads the user's own notifications or bookmarks");
  } else if (readVerb && !webTool && !savedLocally && !publicReference && objectStorage && !signedDownload) {
    add("private-data", 0.7, "reads the buckets or stored objects of the user's cloud storage");
  } else if (readVerb && untrusted && receives) {
    add("private-data", 0.7, "returns the user's incoming messages");
  } else if (readVerb && untrusted && boardItems) {
    add("private-data", 0.65, "reads cards from an organisation's own boards");
  } else if (readVerb && untrusted && !scannerFindings && !hostedRepository(e) && has(e.nameSet, ["issue", "issues", "epic", "epics"])) {
    // An issue tracker outside a public code host is an organisation's own: its issues are its records as well as reporters' text.
    add("private-data", 0.65, "reads issues from an organisation's own tracker");
  } else if (readVerb && untrusted && !hostedRepository(e) && !publicPlatform && !PUBLIC_PLATFORM.test(`${e.firstText} ${e.paramText}`) && has(e.nameSet, ["comment", "comments"]) &&
      has(new Set([...all, ...e.paramKeys.filter((p) => /(?:id|key|number)$/i.test(p)).flatMap((p) => words(p))]), ["task", "tasks", "page", "pages", "card", "cards", "document", "documents", "doc", "docs", "ticket", "tickets", "issue", "issues", "project", "projects", "workspace"])) {
    // Comments on a team's tasks, pages or tracker issues are the team's own discussion, not a public thread.
    add("private-data", 0.65, "reads comments on an organisation's own tasks, pages or issues");
  } else if (readVerb && operatesAsAccount(e, tool.inputSchema) && !webTool && !capabilityList && !clock && !aboutTheProduct && !referenceData && !has(e.nameSet, ["tagged", "mentions", "mentioned", "public"])) {
    // Whatever the platform, reading as one of the user's own accounts returns that account's items and audience.
    add("private-data", 0.65, "reads as one of the user's configured accounts, returning that account's own items");
  } else if (businessReport && !webTool && !publicReference && !verbs.some((w) => ANY_VERB.has(w))) {
    // `sales_summary`, `revenue_by_channel`, `repeat_customer_rate`: named for the figure, not the verb, but computed from the account's orders.
    add("private-data", 0.65, "reports figures computed from an account's own sales, orders or customers");
  } else if (booksReport && !webTool && (readVerb || !verbs.some((w) => ANY_VERB.has(w)))) {
    // `qb_general_ledger`, `payroll_w2_totals`: named for the report, computed from the company's postings and wages.
    add("private-data", 0.65, "reports from a company's books: its ledger, payroll or profit and loss");
  } else if (readVerb && !webTool && !savedLocally && teamPlanningRecords(e, all)) {
    // Sprints and a project's planned versions exist only in the team's own tracker (see holdings.ts).
    add("private-data", 0.65, "reads a team's sprints or a project's planned versions, the team's own planning records");
  } else if (readVerb && !webTool && !metadataOnly && !vendorDocs && !engineFacts && !capabilityList && !aboutTheProduct && !selfOrPageOrWrite && WORKSPACE_PRODUCT.test(e.nameThenFirst)) {
    // A team wiki, tracker, help desk or CRM holds only what the organisation put there.
    add("private-data", 0.65, "reads an organisation's own wiki, tracker, help desk or CRM");
  } else if (databaseStructure && !changesTable && !webTool && !publicReference) {
    add("private-data", 0.65, "reads the structure of the user's database (its tables, columns, schema), which says what it holds");
  } else if (namedCollection && !changesTable && !webTool && !nameVerb(DELETE_VERBS) && !has(e.nameSet, ["insert", "drop", "index", "connect", "disconnect"])) {
    add("private-data", 0.65, "works on a named collection or table of the user's database and returns what it finds there");
  } else if (readVerb && identityRead && !untrusted && !webTool) {
    add("private-data", 0.6, "reads the signed-in account's own profile");
  } else if (tableColumnParams && !changesTable && !webTool) {
    add("private-data", 0.65, "computes over a column of the user's table, returning its values");
  } else if (readVerb && !untrusted && !webTool && !vendorDocs && !publicLedger && has(e.nameSet, [...ACCOUNT_NOUNS])) {
    // Even "account info" or "balance stats" is the account's own data, so metadata words do not rule it out.
    add("private-data", 0.65, "reads an account's business records (orders, customers, invoices, funds)");
  } else if (plainRead && /\b(?:from|in|of) (?:the |a )?(?:file ?system|knowledge graph|database|spreadsheet|repository|collection)\b/.test(e.firstText)) {
    add("private-data", 0.65, "reads stored private data");
  } else if (plainRead && !capabilityList && !identity && (ownerScoped(e) || adminOnly(e))) {
    add("private-data", 0.65, "reads what belongs to the signed-in user or needs an administrator's permission");
  } else if (plainRead && context.authenticated && !publicReference && !capabilityList && !identity) {
    // An API key for prices or weather buys access to public data; only the rest is the account's.
    add("private-data", 0.6, "reads through a server that signs in with the user's credentials");
  } else if (plainRead && !capabilityList && (has(e.nameSet, [...ORG_RECORD_NOUNS]) || has(e.nameSet, [...ASSET_NOUNS])) && (context.managesRecords || context.inventoriesAssets || ACCOUNT_SCOPE.test(e.firstText))) {
    add("private-data", 0.6, "reads an organisation's records (users, devices, policies, alerts) from its own account");
  } else if (plainRead && !capabilityList && context.managesRecords && !publicReference && (has(e.nameSet, [...STORE_NOUNS]) || /\bfull[- ]text\b|\bsemantic\b|\bhybrid\b|\bvector\b|\bfts5?\b/.test(e.firstText))) {
    add("private-data", 0.6, "searches or reads the entries a record-keeping server stores (pages, items, full-text index)");
  } else if (plainRead && !capabilityList && !typeCatalogue && context.managesRecords && !publicReference && !selfOrPageOrWrite && !savedLocally && !signedDownload) {
    // (A download that saves to disk and returns only the path gives the model nothing of the record.)
    // A server that creates and changes records keeps an account's state (tasks, pipelines, clusters, sites), so
    // whatever else it reads back is that account's data too.
    add("private-data", 0.6, "reads the records of an account on a server whose other tools create and change them");
  } else if (readVerb && metadataOnly && !untrusted && !webTool && !vendorDocs && !capabilityList && !identity && ownerScoped(e)) {
    // "Projects shared with the current user", "issues in my organization's projects": the owner makes even a listing private.
    add("private-data", 0.65, "reads what belongs to the signed-in user or organisation");
  } else if (readVerb && !untrusted && !webTool && !vendorDocs && !capabilityList && !identity && !publicReference && !aboutTheProduct && !(thirdPartyName && e.nameSet.has("ids")) && (ownedItemDetails || adminOnly(e) || (metadataOnly && (context.managesRecords || context.authenticated)))) {
    // Names, sizes and settings of an account's projects, files or configurations say what it holds and how it works.
    add("private-data", 0.6, "reads the details of the user's own files, projects or configurations");
  } else if (plainRead && !capabilityList && context.managesRecords) {
    // Market, chain and map data stay public even on a server that also keeps some records.
    add("private-data", 0.5, "reads public reference data on a server whose other tools create and change records");
  }
  if (ownRecordsRead && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads what the account holds about itself: its boards or pages, post queue, mailboxes or call log");
  }
  if (readVerb && !savedLocally && readsMailAccountItems(e, context.mailer) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads a mailing account's own templates or sending statistics");
  }
  // "List rooms the bot has joined", "spaces the user belongs to" (a chat product's word for rooms): on a chat platform, the names of an account's private rooms and direct chats, and who
  // it talks to, are its own (a public room directory is not).
  if (readVerb && context.talk === "private" && has(e.nameSet, ["rooms", "channels", "chats", "conversations", "dms", "groups", "dialogs", "spaces"]) && !has(all, ["public", "search", "find"]) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "lists the rooms, channels or direct chats an account is in on a chat platform");
  }
  // `get_chat_info`, `list_topics(chat)`, `get_attachment_info(message_id)`: one of those chats, its threads or what a
  // message in it carries are the same correspondence, though only details come back.
  const oneChat = has(e.nameSet, ["chat", "room", "dialog", "conversation", "topics", "thread", "threads"]) || (has(e.nameSet, ["media", "attachment", "attachments", "file", "files"]) && e.params.some((p) => /^message_?ids?$/.test(p)));
  // A media download lands in a file; the model gets its path.
  // Comment threads under a public platform's videos or posts are public discussion, not a chat's.
  if (readVerb && readVerb !== "download" && context.talk === "private" && oneChat && !(has(all, ["comment", "comments"]) && (publicPlatform || PUBLIC_PLATFORM.test(e.firstText))) && !has(all, ["public", "search", "find"]) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads a chat, its threads or a message's attachments on a chat platform the account talks on");
  }
  // The chats analysed, and the last message with a contact on a chat platform, are the user's correspondence.
  if ((chatAnalysis || (lastMessage && context.talk === "private")) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads the user's own chats: their threads analysed, or the last message with a contact");
  }
  // `get_meeting_transcript`, "the transcript of a recorded call": the account's own meetings and calls, said by its
  // participants (a public video's transcript is not the account's).
  const meetingTranscript = readVerb !== undefined && has(e.nameSet, ["transcript", "transcripts"]) && !PUBLIC_PLATFORM.test(`${e.firstText} ${e.paramText}`) &&
    /\b(?:meetings?|calls?|webinars?|recorded|recordings?)\b/.test(`${e.nameThenFirst} ${e.params.join(" ")}`);
  if (meetingTranscript && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads the transcript of the account's own meeting or call");
  }
  // `get_my_articles`, "the authenticated user's reading list", "your own posts": on a public platform too, what the
  // signed-in account wrote, saved or follows is its own, whoever else can see part of it.
  const ownItems = e.nameSet.has("my") || /\b(?:authenticated|current|signed[- ]in|logged[- ]in) (?:user|account)'s\b|\byour own\b/.test(e.firstText);
  // A home timeline or feed is what the accounts it follows posted, not its own.
  if (readVerb && (untrusted || ownWriting) && ownItems && !webTool && !has(all, ["timeline", "timelines", "feed", "feeds", "home"]) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads the signed-in account's own posts, saved items or audience");
  }
  // `get_reading_lists`, "your saved stories", a watch list: what the account put aside to read or watch later is its own.
  const savedForLater = /\b(?:reading|watch) ?lists?\b|\bwatchlists?\b|\b(?:your|my|the user'?s) saved\b|\bread(?:ing)? later\b/.test(e.nameThenFirst);
  if (readVerb && savedForLater && !webTool && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads the lists the account saved to read or watch later");
  }
  // `list_recordings`, `get_call_recording`: recorded meetings, calls or screens are the account's own media (a music
  // catalogue's recordings of a song are not, nor is a tool's own recording session).
  if (readVerb && !metadataOnly && !webTool && !publicPlatform && has(e.nameSet, ["recording", "recordings"]) && !has(all, [...MEDIA_CATALOGUE, ...PUBLIC_REFERENCE, "song", "songs", "catalogue", "catalog", "session", "sessions"]) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads recordings of the account's meetings, calls or screen");
  }
  // `describe_instances`, `inspect_container`, `check_pod_health`: the cloud and container tools' own words for reading one.
  if ((readVerb || has(e.nameSet, ["describe", "inspect"]) || (e.nameSet.has("check") && has(e.nameSet, ["health", "status"]))) && !webTool && !vendorDocs && !capabilityList && readsInfrastructure(e) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "reads the instances, containers, alarms, logs or costs of the user's own cloud or container infrastructure");
  }
  if (readsEngineInstance(e) && !out.some((l) => l.role === "private-data" && l.confidence >= 0.6)) {
    add("private-data", 0.65, "named for a database engine and changing nothing: returns the keys, values, logs or health of the user's own instance");
  }
  addWhereMissing([...systemLabels(e, tool.inputSchema, { changes: changesTable !== undefined }), ...accountLabels(e), ...figureLabels(e, { readVerb: nameRead ?? readVerb }), ...broadcastLabels(e), ...codebaseLabels(e)]);
  // Round twenty-five: hosts the agent names, public forms, closed trading positions, team annotations, pictures replaced.
  addWhereMissing([...connectionLabels(e, tool.inputSchema), ...formLabels(e, tool.inputSchema), ...positionLabels(e), ...annotationLabels(e), ...coverLabels(e)]);
  // Change-filtered reads, exports and indexes of a system of record, strangers' listings reached without a read verb,
  // the user's own library, POSIX file calls; public facts a signed-in server serves (see recordkeeping.ts, listings.ts,
  // library.ts, posixfs.ts, publicfacts.ts).
  // A read whose result is saved to disk returns nothing to the agent, so the classes below see no read verb for it.
  const returnedRead = savedLocally ? undefined : readVerb;
  addWhereMissing([...recordKeepingLabels(e, { readVerb: returnedRead }), ...listingLabels(e), ...libraryLabels(e, { readVerb: returnedRead }), ...posixFileLabels(e)]);
  // Round twenty-six (records): drafts and content models published, money captured or paid out, a destination
  // replaced, any call of the service's own API; a content model's publication sends nothing (see liverecords.ts).
  addWhereMissing(liveRecordLabels(e, tool.description ?? "", tool.inputSchema));
  // Round twenty-six (outsiders' text): a social network's reads, a paper's citation graph, saved highlights, the user's
  // reading record; and the public reads and platform options no account owns (see strangertext.ts).
  const strangerFacts = { readVerb: returnedRead, socialNetwork: context.socialNetwork };
  // Round twenty-six (sending): files written over a path, copies made public, double opt-in mails (see hubwrites.ts).
  addWhereMissing([...strangerTextLabels(e, strangerFacts), ...hubWriteLabels(e, tool.inputSchema)]);
  // Round twenty-seven (recall): an identity provider's records, users signed out, a business's order, payment and
  // stock checks, a platform's hot list (see identity.ts).
  // A data store's access grants, replication and expiry rules (see storeaccess.ts).
  addWhereMissing([...identityLabels(e, tool.description ?? "", { identityRealm: context.identityRealm, backOffice: context.backOffice }), ...storeAccessLabels(e, tool.inputSchema), ...mailPieceLabels(e, { managesRecords: context.managesRecords, hostedRepository: hostedRepository(e) })]);
  // Tenth session (rulebook section 5): the settled kinds and their no-role toggles (see settledkinds.ts).
  const settled = { verbs, talk: context.talk };
  // Pushed whatever came before: a later filter may take back an earlier guess of the same role (a content model's send verb).
  out.push(...settledKindLabels(e, settled));
  const kept = withoutDraftOnlySend(withoutOwnSignInRead(withoutBruteForceAction(withoutModelPublishSink(out, e), e), e), tool.description ?? "");
  // Round twenty-seven (precision): an item's recorded attributes and an error tracker's issues are no one's text.
  const filtered = withoutServerAddressRead(withoutSettledToggles(withoutOwnRecordsText(withoutPublicFacts(withoutEmptyContainerSink(withoutStrangersRecords(kept, e, strangerFacts), e), e), e, { tracksErrors: context.tracksErrors }), e, settled), e, tool.inputSchema);
  // Tenth session, rulebook section 5 (sinks): tracker items, grants, uploads, automations, addresses the model picks
  // (see settledsinks.ts); after the filters above, which were written before those decisions.
  const settledSinks = withMissingRoles(filtered, settledSinkLabels(e, tool.inputSchema, { talk: context.talk }));
  // Tenth session, section 5 (live): alerts raised for people, settings served live, links on request (see livesettings.ts).
  return withMissingRoles(settledSinks, liveSettingLabels(e, tool.description ?? "", tool.inputSchema));
}

/** `base`, plus the labels of `extra` whose role `base` does not already give at flow strength. */
function withMissingRoles(base: Label[], extra: Label[]): Label[] {
  return [...base, ...extra.filter((l) => !base.some((o) => o.role === l.role && o.confidence >= FLOW_CONFIDENCE_THRESHOLD))];
}

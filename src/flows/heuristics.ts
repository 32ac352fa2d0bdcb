// Guesses a tool's roles from its name, the first sentence of its description and its input schema.
// Word lists, not single tools: each list names a kind of capability, and confidence says how direct the hint is.
import type { Tool } from "../model.js";
import type { Label, Role } from "./types.js";

/** Splits `getStoryWithComments`, `git_diff`, `read-cypher` into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The first sentence is what the tool does; later sentences often mention other tools or caveats. */
function firstSentence(description: string): string {
  const text = description.trim().replace(/\s+/g, " ").slice(0, 400);
  const end = text.search(/[.!?。](?:\s|$)|\n/);
  return end > 0 ? text.slice(0, end) : text;
}

const has = (set: ReadonlySet<string>, list: string[]) => list.some((w) => set.has(w));
const set = (...xs: string[]) => new Set(xs);

const READ_VERBS = set("read", "get", "list", "search", "find", "query", "view", "open", "download", "cat", "peek", "show", "retrieve", "fetch", "browse", "lookup", "select", "diff", "log", "grep", "load", "extract", "summarize", "summarise", "scrape", "crawl", "screenshot", "snapshot");
const DELETE_VERBS = set("delete", "remove", "drop", "destroy", "purge", "wipe", "truncate", "erase", "kill", "terminate", "uninstall", "revoke", "overwrite", "reset", "cancel", "restore", "rm", "unlink", "rmdir");
const MODIFY_VERBS = set("write", "edit", "update", "modify", "replace", "patch", "overwrite");
const MODIFIABLE_DATA = set("file", "files", "content", "contents", "cell", "cells", "row", "rows", "record", "records", "document", "documents", "data", "block", "text", "sheet", "sheets");
const EXEC_VERBS = set("execute", "exec", "run", "start", "eval", "evaluate", "spawn");
const SHELL_NOUNS = set("command", "commands", "shell", "terminal", "process", "bash", "powershell", "cmd", "subprocess");
const QUERY_NOUNS = set("sql", "query", "cypher", "queries", "sparql");
const SEND_VERBS = set("send", "post", "publish", "share", "tweet", "reply", "comment", "push", "upload", "notify", "broadcast", "email", "mail", "message", "submit", "webhook", "dm");
const SENDABLE = set("message", "messages", "email", "emails", "mail", "comment", "comments", "issue", "issues", "pull", "pr", "gist", "post", "tweet", "discussion", "review", "note", "reply", "status", "webhook", "notification", "site", "sms", "merge");
const CREATE_VERBS = set("create", "add", "open", "new", "make", "submit", "write");
const PUBLIC_CREATABLE = set("issue", "issues", "pull", "pr", "comment", "comments", "gist", "post", "tweet", "discussion", "review", "reply", "merge");
const THIRD_PARTY_TEXT = set("issue", "issues", "comment", "comments", "pull", "pr", "prs", "discussion", "discussions", "email", "emails", "mail", "mails", "inbox", "message", "messages", "ticket", "tickets", "story", "stories", "thread", "threads", "tweet", "tweets", "review", "reviews", "transcript", "article", "articles", "post", "posts", "feed", "news", "paper", "papers", "listing", "listings", "trending", "abstract", "abstracts");
const WEB_WORDS = set("web", "website", "websites", "webpage", "webpages", "internet", "url", "urls", "html", "http", "https", "online", "bing", "duckduckgo", "brave", "wikipedia", "youtube", "reddit", "twitter", "arxiv", "hackernews", "browser", "scrape", "crawl");
const PRIVATE_NOUNS = set("file", "files", "directory", "directories", "folder", "folders", "document", "documents", "note", "notes", "memory", "memories", "graph", "nodes", "secret", "secrets", "credential", "credentials", "password", "passwords", "token", "tokens", "env", "environment", "email", "emails", "mail", "inbox", "message", "messages", "calendar", "contacts", "customer", "customers", "balance", "invoice", "invoices", "payment", "payments", "sheet", "spreadsheet", "cells", "drive", "diff", "log", "commit", "commits", "rows", "records", "collection", "collections", "database", "db", "knowledge", "contents", "content", "clipboard", "pdf", "pdfs");
/** Objects that describe a thing rather than hold its data: listing them reveals little. */
const METADATA_NOUNS = set("info", "metadata", "stats", "statistics", "status", "count", "schema", "schemas", "usage", "config", "configuration", "names", "types", "labels", "tables", "databases", "projects", "sizes", "directories", "folders", "collections", "allowed", "categories");
/** Nouns in the first sentence that say a read tool reaches the user's own data. */
const PRIVATE_DESC_NOUNS = set("file", "files", "directory", "database", "secrets", "knowledge", "notes", "memories", "repository", "documents", "spreadsheet", "sheet", "records", "emails", "inbox", "commit");
const READ_ONLY_QUERY = set("select", "readonly");

interface Evidence {
  name: string[];
  nameSet: Set<string>;
  first: string[];
  firstSet: Set<string>;
  firstText: string;
  urlParam: boolean;
}

function evidenceOf(tool: Tool): Evidence {
  const name = words(tool.name);
  const firstText = firstSentence(tool.description ?? "").toLowerCase();
  const first = words(firstText);
  return { name, nameSet: new Set(name), first, firstSet: new Set(first), firstText, urlParam: hasUrlParameter(tool.inputSchema) };
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
  return e.name.slice(0, 3);
}

/** Fetch/navigate/scrape tools that take any URL (not a reader of one platform that accepts its URLs or ids). */
function genericFetcher(e: Evidence): boolean {
  const fetchName = has(e.nameSet, ["fetch", "navigate", "scrape", "crawl", "browse", "curl", "wget"]);
  const anyUrl = /\b(?:a|any|the given|given|specified|arbitrary) url\b|\bweb ?site\b|\bweb ?page\b|\bfrom the internet\b|\bfrom a url\b/.test(e.firstText);
  return (fetchName && (e.urlParam || anyUrl)) || (e.urlParam && anyUrl) || e.nameSet.has("navigate");
}

export interface HeuristicContext {
  /** The server is launched with credentials (API keys, tokens): its read tools see an account's own data. */
  authenticated?: boolean;
}

export function heuristicLabels(tool: Tool, context: HeuristicContext = {}): Label[] {
  const e = evidenceOf(tool);
  const out: Label[] = [];
  const add = (role: Role, confidence: number, reason: string) => out.push({ role, confidence, reason });
  const verbs = verbsOf(e);
  const nameVerb = (s: ReadonlySet<string>) => verbs.find((w) => s.has(w));
  const all = new Set([...e.name, ...e.first]);

  // Running shell commands reaches everything the user can: files, the network, deletion.
  const shell = (nameVerb(EXEC_VERBS) || e.firstSet.has("execute") || e.firstSet.has("run")) && (has(e.nameSet, [...SHELL_NOUNS]) || /\b(?:shell|terminal) command|command line command|terminal process\b/.test(e.firstText));
  if (shell) {
    add("destructive", 0.75, "runs shell commands");
    add("private-data", 0.7, "runs shell commands, which can read local files");
    add("public-sink", 0.65, "runs shell commands, which can reach the network");
  }

  // Queries: arbitrary SQL/Cypher reads private data; unless read-only, it can also destroy it.
  const databaseWords = ["sql", "cypher", "sparql", "database", "db", "table", "tables"];
  const query = has(e.nameSet, [...QUERY_NOUNS]) && (has(e.nameSet, databaseWords) || has(e.firstSet, databaseWords)) && (nameVerb(EXEC_VERBS) || nameVerb(READ_VERBS) || nameVerb(MODIFY_VERBS) || e.nameSet.has("query"));
  if (query && !shell) {
    const readOnly = has(e.nameSet, [...READ_ONLY_QUERY]) || e.nameSet.has("read") || /\bread[- ]only\b|\bselect\b/.test(e.firstText);
    const writeOnly = nameVerb(MODIFY_VERBS) !== undefined;
    if (!writeOnly) add("private-data", 0.75, "runs database queries");
    if (!readOnly && (writeOnly || nameVerb(EXEC_VERBS) || /\bexecute|\bwrite|\bmodif/.test(e.firstText))) add("destructive", 0.7, "runs queries that can modify or drop data");
  }

  // Destruction.
  const del = nameVerb(DELETE_VERBS);
  if (del) add("destructive", 0.8, `name says "${del}"`);
  else if (/\b(?:permanently delete|irreversibl|cannot be undone|overwrit)/.test(e.firstText)) add("destructive", 0.7, "description says it deletes or overwrites");
  else {
    const mod = nameVerb(MODIFY_VERBS);
    if (mod && has(e.nameSet, [...MODIFIABLE_DATA])) add("destructive", 0.65, `name says "${mod}" on existing data`);
  }

  const metadataOnly = has(e.nameSet, [...METADATA_NOUNS]);

  // Content written by third parties: the web, search results, issues, mail, messages.
  const readVerb = nameVerb(READ_VERBS) ?? (READ_VERBS.has(e.first[0] ?? "") ? e.first[0] : undefined);
  const webName = has(e.nameSet, [...WEB_WORDS]) || e.nameSet.has("navigate");
  const webDesc = has(e.firstSet, [...WEB_WORDS]) || /\bhacker news\b|\bgoogle search\b|\bweb ?page|\bcurrent page\b|\bfrom the internet\b/.test(e.firstText);
  const fetchesUrl = e.urlParam && (readVerb !== undefined || e.nameSet.has("navigate") || e.nameSet.has("fetch"));
  let untrusted = false;
  if (fetchesUrl || (webName && (readVerb || e.nameSet.has("navigate")))) {
    add("untrusted-content", 0.85, "reads web content");
    untrusted = true;
  } else if (readVerb && webDesc && !metadataOnly) {
    add("untrusted-content", 0.75, "reads web or public content");
    untrusted = true;
  } else if (readVerb && !metadataOnly && (has(e.nameSet, [...THIRD_PARTY_TEXT]) || has(e.firstSet, ["issue", "issues", "comments", "email", "emails", "inbox", "messages", "tickets", "stories", "transcript", "articles", "papers", "listings", "reviews", "news"]))) {
    add("untrusted-content", 0.7, "reads text that other people write (issues, comments, mail, messages)");
    untrusted = true;
  }

  // An arbitrary URL is an exfiltration channel even for a GET: data rides in the query string.
  const httpWrite =
    (has(e.nameSet, ["post", "put", "patch", "request", "webhook"]) && (e.urlParam || has(e.nameSet, ["http"]) || /\bhttp\b/.test(e.firstText))) ||
    /\bhttps? (?:get |post |put |patch |delete )?requests?\b/.test(e.firstText);
  if (httpWrite) add("public-sink", 0.8, "sends HTTP requests");
  else if (genericFetcher(e)) add("public-sink", 0.65, "requests a URL the model chooses");

  // Messages and posts other people can read.
  // "message" or "comment" after a read verb is the object (`find_message`), not the verb.
  const firstAction = verbs.find((w) => SEND_VERBS.has(w) || READ_VERBS.has(w));
  const send = firstAction && SEND_VERBS.has(firstAction) ? firstAction : undefined;
  const create = nameVerb(CREATE_VERBS);
  if (send && (send !== "push" || has(all, ["files", "file", "commit", "repository", "repo", "branch"])) && (has(e.nameSet, [...SENDABLE]) || SENDABLE.has(send) || e.nameSet.has("publish") || send === "push" || send === "upload")) {
    add("public-sink", 0.8, `sends or publishes ("${send}")`);
  } else if (create && has(e.nameSet, [...PUBLIC_CREATABLE])) {
    add("public-sink", 0.75, "posts content other people can read");
  } else if (/\bjavascript\b/.test(e.firstText) && has(e.firstSet, ["browser", "page"]) && nameVerb(EXEC_VERBS)) {
    add("public-sink", 0.6, "runs JavaScript in a browser page, which can send requests");
  }

  // Private data: reading files, mail, notes, secrets, databases, repositories.
  const webTool = webName || fetchesUrl;
  if (readVerb && !webTool && !metadataOnly && (has(e.nameSet, [...PRIVATE_NOUNS]) || (!untrusted && has(e.firstSet, [...PRIVATE_DESC_NOUNS])))) {
    add("private-data", 0.7, "reads files, records or other private data");
  } else if (readVerb && untrusted && has(e.nameSet, ["email", "emails", "mail", "inbox", "message", "messages"])) {
    add("private-data", 0.7, "reads the user's mail or messages");
  } else if (readVerb && !untrusted && !metadataOnly && /\b(?:from|in|of) (?:the |a )?(?:file ?system|knowledge (?:graph|base)|database|spreadsheet|repository|collection)\b/.test(e.firstText)) {
    add("private-data", 0.65, "reads stored private data");
  } else if (readVerb && !untrusted && !webTool && !metadataOnly && context.authenticated) {
    add("private-data", 0.6, "reads through a server that signs in with the user's credentials");
  }
  return out;
}

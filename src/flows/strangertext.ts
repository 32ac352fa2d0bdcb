// Round twenty-six, outsiders' text: a social network's public reads, a paper's citation graph, passages the user
// highlighted in what others wrote, the user's own reading record, and the options a platform offers (no one's data).
import { words, type Evidence } from "./heuristics.js";
import type { Tool } from "../model.js";
import type { Label } from "./types.js";
import { hasAny as has, wordSet } from "./word-sets.js";

/** Where a social network shows what people post: walls, news feeds, timelines, and the graph of friends and followers. */
const SOCIAL_PLACES = wordSet("wall", "walls", "newsfeed", "newsfeeds", "feed", "feeds", "timeline", "timelines", "friends", "friend", "followers", "following");
/** Verbs and nouns of a tool that posts there. */
const POSTING = wordSet("post", "posts", "comment", "comments", "publish", "repost", "share", "status");

/**
 * A social network: two or more of the server's tools are about walls, news feeds, timelines, friends or followers, and
 * one of them posts or comments. Its people, communities and photos are shown to anyone who looks.
 */
export function runsSocialNetwork(tools: readonly Pick<Tool, "name">[]): boolean {
  const names = tools.map((t) => new Set(words(t.name)));
  return names.filter((n) => has(n, SOCIAL_PLACES)).length >= 2 && names.some((n) => has(n, POSTING));
}

/** People, communities and their pictures, as a social network shows them. */
const SOCIAL_OBJECTS = wordSet("user", "users", "profile", "profiles", "people", "person", "community", "communities", "group", "groups", "page", "pages", "photo", "photos", "album", "albums", "video", "videos", "wall", "walls", "newsfeed", "feed", "feeds", "timeline", "timelines", "friends", "followers", "following", "members", "posts");
/** The account's own graph: who it is friends with, who follows it, which communities it belongs to. */
// (Followers and followings are any account's public graph; friends and memberships are the account's own.)
const OWN_GRAPH = wordSet("friends", "memberships");
/** What the network counts about a page or an account rather than what anyone wrote. */
const FIGURES = wordSet("stats", "statistics", "insights", "analytics", "counts", "count", "metrics", "settings", "permissions", "token", "me", "my", "self", "account");
const MEMBER_OF = /\b(?:(?:the )?(?:user|you|account) (?:is|are) (?:a )?members? of|(?:the user'?s?|your|my) (?:communities|groups|memberships)|joined by (?:the )?(?:user|account))\b/;

/**
 * `get_users(ids)`, `community_by_id`, `photos_get`, `newsfeed`, `friends_get`: on a social network, profiles,
 * communities, photo captions and the news feed are written by their owners; the account's friends and the communities
 * it belongs to are also its own list.
 */
function socialNetworkReads(e: Evidence, readVerb: string | undefined, socialNetwork: boolean | undefined): "public" | "own" | undefined {
  if (!socialNetwork || readVerb === undefined || has(e.nameSet, FIGURES) || !has(e.nameSet, SOCIAL_OBJECTS)) return undefined;
  if (/\b(?:current|authenticated|signed[- ]in|logged[- ]in) (?:user|account)'?s? (?:own )?profile\b/.test(e.firstText)) return undefined;
  return has(e.nameSet, OWN_GRAPH) || MEMBER_OF.test(e.firstText) ? "own" : "public";
}

/** A read verb as a description opens with it, in the third person too ("Finds articles ...", "Retrieves ..."). */
const DESCRIBED_READ = /^(?:find|get|list|fetch|retrieve|search|return|look up|show)(?:e?s)?\b/;
/** Works whose text their authors wrote, linked to another: what cites a paper, what it cites, what is like it. */
const WORKS = String.raw`(?:articles|papers|publications|works|preprints|studies)`;
const CITATION_LINKS = new RegExp(String.raw`\b(?:related|similar|citing|cited|referenced) ${WORKS}\b|\b${WORKS} (?:that )?(?:related to|similar to|citing|that cite|cite|cited by|referenced by)\b`);
/** Edited reference works link topics, not authors' papers. */
const REFERENCE_WORKS = ["wikipedia", "wiki", "encyclopedia", "encyclopaedia", "dictionary"];
/** Figures and format tools: a count of citations, or a reference formatted from what the agent passes in. */
const NOT_TEXT = ["count", "counts", "stats", "metrics", "format", "validate", "add", "create", "delete", "remove", "update", "save", "export"];

/**
 * `article_connections(pmid, relationship)`, `get_citing_papers`: articles related to, citing or cited by a paper come
 * back with their titles and abstracts, which their authors wrote.
 */
function citationGraph(e: Evidence, readVerb: string | undefined): boolean {
  const reads = readVerb !== undefined || DESCRIBED_READ.test(e.firstText);
  const text = e.nameThenFirst;
  return reads && CITATION_LINKS.test(text) && !has(e.nameAndFirst, REFERENCE_WORKS) && !has(e.nameSet, NOT_TEXT) && !e.urlParam;
}

/** Passages kept from a text: highlights, excerpts, clippings. */
const PASSAGES = wordSet("highlight", "highlights", "excerpt", "excerpts", "clipping", "clippings");
/** The texts they are kept from. */
const READ_TEXTS = /\b(?:articles?|bookmarks?|books?|pages?|documents?|reading|passages?|kindle|ebooks?)\b/;
const CHANGES = ["add", "create", "delete", "remove", "update", "edit", "set", "save", "move"];

/**
 * `list_highlights(bookmark_id)`, "excerpts saved from a book": the passages are what the text's author wrote, kept in the
 * user's own account (not code highlighting, nor a match's video highlights).
 */
function savedPassages(e: Evidence, readVerb: string | undefined): boolean {
  const reads = readVerb !== undefined || DESCRIBED_READ.test(e.firstText);
  return reads && has(e.nameSet, PASSAGES) && !has(e.nameSet, CHANGES) && READ_TEXTS.test(e.fullText) &&
    !/\b(?:syntax|code|match|game|video|clip)\b/.test(e.firstText);
}

/** The marks of a reading record: shelves, what is being read, what was finished, and its tallies. */
const READING_RECORD = /\bshel(?:f|ves)\b|\bcurrently[- ]reading\b|\brecently (?:read|finished)\b|\b(?:most )?recently finished\b|\bbooks read\b|\breading (?:stats|statistics|history|log|pace|challenge|dates)\b/;
/** Whose record it is. */
const USERS = /\b(?:the user'?s?|your|my|own)\b|\blibrary\b/;

/**
 * `list_shelves`, `get_currently_reading`, "the user's most recently finished books", "books read ... from the library":
 * what the user reads, finished and rated is the user's own record, though the books are a public catalogue.
 */
function readingRecord(e: Evidence): boolean {
  const text = e.nameThenFirst;
  const bookish = /\b(?:books?|reading|read|library|shel(?:f|ves))\b/.test(text);
  const changes = has(e.nameSet, [...CHANGES, "rate", "mark", "shelve", "move", "review"]) || /^(?:add|create|delete|remove|update|set|mark|move|rate|shelve)s?\b/.test(e.firstText);
  return bookish && !changes && READING_RECORD.test(`${text} ${e.name.join("-")}`) && (USERS.test(text) || has(e.nameSet, ["currently", "recently"]));
}

export function strangerTextLabels(e: Evidence, facts: { readVerb: string | undefined; socialNetwork?: boolean }): Label[] {
  const out: Label[] = [];
  const social = socialNetworkReads(e, facts.readVerb, facts.socialNetwork);
  if (social) out.push({ role: "untrusted-content", confidence: 0.65, reason: "reads people, communities, photos or the news feed of a social network, which their owners wrote" });
  if (social === "own") out.push({ role: "private-data", confidence: 0.65, reason: "reads the account's own friends or the communities it belongs to on a social network" });
  if (citationGraph(e, facts.readVerb)) out.push({ role: "untrusted-content", confidence: 0.7, reason: "reads articles related to, citing or cited by a paper, whose titles and abstracts their authors wrote" });
  if (savedPassages(e, facts.readVerb)) {
    out.push({ role: "untrusted-content", confidence: 0.65, reason: "reads passages the user highlighted in texts that other people wrote" });
    out.push({ role: "private-data", confidence: 0.65, reason: "reads the highlights kept in the user's own reading account" });
  }
  if (readingRecord(e)) out.push({ role: "private-data", confidence: 0.65, reason: "reads the user's own reading record: shelves, books being read or finished, reading figures" });
  return out;
}

/** "Available hardware options", "supported runtime versions": what the platform offers every customer alike. */
const OFFERED = /\b(?:available|supported) (?:[a-z]+ ){0,2}(?:options|choices|flavou?rs|tiers|sizes)\b|\b(?:available|supported) (?:hardware|runtimes?|machine types|instance types|regions|gpus?)\b/;
const OWNER = /\b(?:your|my|the user'?s?|(?:current|authenticated|signed[- ]in) (?:user|account)|installed|configured|in use|enabled|assigned|allocated)\b/;

/**
 * Drops guesses these reads drew from the words around them: a social network's public profiles, communities, photos
 * and feed are no account's records, and the options a platform offers for its spaces or projects are its catalogue.
 */
export function withoutStrangersRecords(labels: Label[], e: Evidence, facts: { readVerb: string | undefined; socialNetwork?: boolean }): Label[] {
  if (socialNetworkReads(e, facts.readVerb, facts.socialNetwork) === "public") return labels.filter((l) => l.role !== "private-data" || l.confidence > 0.65);
  if (facts.readVerb !== undefined && OFFERED.test(e.firstText) && !OWNER.test(e.firstText)) return labels.filter((l) => l.role !== "private-data" || l.confidence > 0.65);
  return labels;
}

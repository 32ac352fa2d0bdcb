// Classes of tools that return what other people wrote about themselves or filed for a team (untrusted-content).
import { words, type Evidence } from "./heuristics.js";
import type { Tool } from "../model.js";
import { hasAny as has, wordSet } from "./word-sets.js";

/** Where people talk to each other privately or in a team: rooms, channels, chats, support tickets. */
const PRIVATE_TALK = wordSet("message", "messages", "chat", "chats", "channel", "channels", "room", "rooms", "dm", "dms", "guild", "guilds", "conversation", "conversations", "ticket", "tickets");
/** Where strangers post in public: feeds, timelines, forums, follower graphs. */
const PUBLIC_TALK = wordSet("feed", "feeds", "timeline", "timelines", "follower", "followers", "following", "tweet", "tweets", "toot", "toots", "subreddit", "subreddits", "story", "stories", "forum", "forums", "topic", "topics", "repost", "reposts");

export type TalkKind = "private" | "public";

/**
 * Two or more tools about rooms, chats or tickets make a server a place where people write to each other; about feeds,
 * followers or forum topics, a public one. One tool is not enough: a single "send notification" says little.
 */
export function hostsTalk(tools: readonly Pick<Tool, "name">[]): TalkKind | undefined {
  const names = tools.map((t) => new Set(words(t.name)));
  if (names.filter((n) => has(n, PRIVATE_TALK)).length >= 2) return "private";
  if (names.filter((n) => has(n, PUBLIC_TALK)).length >= 2) return "public";
  return undefined;
}

/** People as the object of a read: a member directory, a profile, a follower list. */
const PEOPLE = wordSet("user", "users", "member", "members", "profile", "profiles", "people", "follower", "followers", "following", "participant", "participants", "contact", "contacts");
/** What a platform records about a person rather than what the person wrote: settings, presence, roles, counts. */
const ABOUT_A_PERSON = wordSet("prefs", "preferences", "presence", "status", "settings", "setting", "permission", "permissions", "role", "roles", "group", "groups", "count", "counts", "stats", "insights", "online", "token", "tokens", "attributes", "config", "invite", "invites");
/** The signed-in account itself: its own profile is the user's, not an outsider's. */
const SELF = wordSet("me", "my", "own", "self", "current", "whoami", "authenticated");

/**
 * `get_users`, `member_profile`, `followers`: on a platform where people talk, a member's display name, bio and
 * status are what that member chose to write.
 */
export function readsOthersProfiles(e: Evidence, talk: TalkKind | undefined): boolean {
  if (!talk) return false;
  // A bare "profile" may be the product's (`get_mail_profile`: counts of the user's mail); one that names a person is not.
  const person = has(e.nameSet, [...PEOPLE].filter((w) => w !== "profile" && w !== "profiles" && w !== "contact" && w !== "contacts")) ||
    (has(e.nameSet, ["profile", "profiles"]) && /\b(?:users?|members?|people|person|authors?|actors?|someone)\b|'s profile/.test(e.firstText)) ||
    // An address book holds names the user typed; contacts listed with the groups and chats they are in carry names others chose.
    (has(e.nameSet, ["contact", "contacts"]) && /\b(?:groups|chats)\b/.test(e.firstText));
  return person && !has(e.nameSet, ABOUT_A_PERSON) && !has(e.nameSet, SELF) &&
    !/\b(?:current|authenticated|signed[- ]in|logged[- ]in) user\b|\bthe user'?s? own\b|\b(?:authenticated|signed in|logged in) as\b/.test(e.firstText);
}

/**
 * "Search site content", "search everything in the community": a search over the whole of a platform where people talk
 * returns their posts and messages, whatever it is called.
 */
export function searchesWholePlatform(e: Evidence, talk: TalkKind | undefined): boolean {
  return talk !== undefined && /^(?:search|searches|find|finds)\b/.test(e.firstText) &&
    /^\w+ (?:(?:the )?(?:site|forum|community|server|workspace)(?:'s)? content|all (?:the )?content|everything|across (?:the )?(?:site|forum|community|server|workspace))\b/.test(e.firstText);
}

/** Items of work a tracker holds, and the parts of a board that hold them (`get_stack` returns its cards). */
const WORK_ITEMS = wordSet("task", "tasks", "card", "cards", "subtask", "subtasks");
const BOARD_PARTS = wordSet("stack", "stacks", "column", "columns", "lane", "lanes", "section", "sections", "sprint", "sprints", "backlog");
const ASSIGNMENT = /\bassign(?:ee|ees|ed)\b|\bassigned[ _]to\b/;

/**
 * "List tasks in a project, filtered by assignee": a tracker whose items have assignees is shared by a team, so its tasks
 * and cards are written by teammates, guests and whoever files them (a personal to-do list has no assignees).
 */
export function readsTeamWorkItems(e: Evidence): boolean {
  const items = has(e.nameSet, WORK_ITEMS) || (has(e.nameSet, BOARD_PARTS) && /\b(?:cards|tasks)\b/.test(e.fullText));
  const assigned = ASSIGNMENT.test(e.fullText) || ASSIGNMENT.test(e.paramText) || e.params.some((p) => /^assign/.test(p));
  return items && assigned;
}


/** Posts under a social platform's own words for them: a status, a toot, a skeet. */
const SOCIAL_POSTS = ["statuses", "posts", "tweets", "toots", "stories", "articles", "videos", "skeets"];

/**
 * `favourites` ("statuses favourited by the authenticated account"), `get_liked_posts`: what the account liked is
 * still what other people posted, kept in the account's own list (not a liked song, which a catalogue holds).
 */
export function readsLikedPosts(e: Evidence): boolean {
  const liked = has(e.nameSet, ["favourites", "favorites", "likes", "liked", "favourited", "favorited"]) ||
    /\b(?:statuses|posts|tweets|toots|videos|stories|articles) (?:the (?:user|account) )?(?:favou?rited|liked|boosted|reblogged)\b|\b(?:favou?rited|liked) (?:statuses|posts|tweets|toots|videos|stories|articles)\b/.test(e.firstText);
  return liked && has(e.nameAndFirst, SOCIAL_POSTS) && !has(e.nameSet, ["count", "counts", "stats", "insights", "analytics"]);
}

/**
 * "Search for accounts by username or display name", "accounts blocked by the authenticated account": on a social
 * platform an account is a person's profile, with the name and bio its owner wrote (not an account in a ledger).
 */
export function readsSocialAccounts(e: Evidence): "search" | "own" | undefined {
  if (!has(e.nameSet, ["account", "accounts", "actors", "blocks", "mutes", "blocked", "muted"])) return undefined;
  if (/\baccounts? by (?:user ?names?|handles?|display names?)\b|\b(?:user ?names?|handles?) (?:or|and) display names?\b/.test(e.firstText)) return "search";
  if (/\baccounts? (?:blocked|muted) by\b|\b(?:blocked|muted) accounts\b/.test(e.firstText)) return "own";
  return undefined;
}

/** Verbs of a tool that goes through a chat's threads to report on them: the report quotes or condenses what members wrote. */
const CHAT_ANALYSIS_VERBS = wordSet("summarize", "summarise", "digest", "extract", "identify", "rank", "triage", "prioritize", "prioritise", "detect", "classify", "analyze", "analyse", "find", "highlight");
const THREAD_OBJECTS = ["thread", "threads", "message", "messages", "discussion", "discussions", "conversation", "conversations"];
/** `channel`, `thread_ts`, `conversation_id`: the parameter points at one of the chats the account is in. */
const CHAT_PLACE = /^(?:channel|chat|room|conversation|thread)(?:_?(?:id|ids|name|ts))?$/;

/**
 * `identify_important_threads(channel)`, `extract_action_items(channel, thread_ts)`: an analysis of a chat's threads
 * returns excerpts, summaries and items drawn from what its members wrote, and the chat is the user's own.
 */
export function analysesChatThreads(e: Evidence, verbs: readonly string[], talk: TalkKind | undefined): boolean {
  if (talk === "public" || !verbs.some((w) => CHAT_ANALYSIS_VERBS.has(w))) return false;
  // "Delete the threads older than ...", "Post a summary to ...": a write that only chooses threads by a ranking.
  if (/^(?:delete|deletes|remove|removes|archive|archives|post|posts|send|sends|reply|replies|create|creates|start|starts)\b/.test(e.firstText)) return false;
  return has(e.nameAndFirst, THREAD_OBJECTS) && e.params.some((p) => CHAT_PLACE.test(p));
}

/**
 * "Get the most recent message exchanged with a contact": the last thing someone wrote to the user, or the user to them.
 * The first one ever exchanged is as much the correspondence.
 */
export function readsLastMessageWith(e: Evidence): boolean {
  return /\b(?:most recent|latest|last|newest|first|earliest|oldest) (?:[a-z]+ )?messages? (?:[a-z]+ ){0,2}(?:with|from|involving|by|to) (?:an? |the |this |that )?(?:contact|person|user|member|sender|chat|group|recipient)\b/.test(e.firstText);
}

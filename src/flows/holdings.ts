// Reads of what an account holds about itself (its figures, its own containers, its post queue, its mailboxes, its
// call log): they name platforms and nouns that usually mean outsiders' text, but return the account's own records.
import { words, type Evidence } from "./heuristics.js";
import type { Tool } from "../model.js";
import { PUBLIC_PLATFORM } from "./scope.js";
import { hasAny as has } from "./word-sets.js";

/** Nouns whose text someone else wrote: where they appear, the read returns that text after all. */
const WRITTEN_BY_OTHERS = ["comment", "comments", "review", "reviews", "feedback", "mention", "mentions", "message", "messages", "transcript", "transcripts", "reply", "replies"];

/** `get_account_analytics`, `read_insights`: reach, clicks and likes are counts, not words anyone wrote. */
export function accountFigures(e: Evidence, all: ReadonlySet<string>): boolean {
  return has(e.nameSet, ["analytics", "insights", "metrics"]) && !has(all, WRITTEN_BY_OTHERS);
}

/** What an account keeps on a social platform: the boards, pages, blogs or sign-ins it runs, not what others post. */
const OWN_CONTAINERS = ["boards", "pages", "accounts", "blogs"];
/** "List your boards", "stored accounts", "pages the configured token administers": the account's own. */
const OWNED = /\byour\b|\b(?:stored|saved|configured|connected|linked) (?:[a-z]+ ){0,2}accounts\b|\badministers\b/;

/** `list_boards` ("List your Pinterest boards"), `list_pages` (the pages a token administers) on a social platform. */
export function ownPlatformContainers(e: Evidence, all: ReadonlySet<string>): boolean {
  return PUBLIC_PLATFORM.test(e.nameThenFirst) && has(all, OWN_CONTAINERS) && OWNED.test(e.firstText) &&
    !has(all, [...WRITTEN_BY_OTHERS, "feed", "feeds", "timeline", "pins", "posts", "tweets", "public", "any", "search"]);
}

/** "Returns all posts including drafts", "scheduled posts first, then published": a publication's own queue of writing. */
const OWN_QUEUE = /\bincluding (?:the |its |your )?(?:unpublished )?drafts\b|\bscheduled (?:posts|stories|articles|updates)\b|\b(?:drafts?|scheduled) and published\b|\bpublished (?:and|or) (?:drafts?|scheduled|unpublished)\b/;

/** A post listing that says it returns the account's unsent drafts or scheduled posts alongside its published ones. */
export function ownPostQueue(e: Evidence, all: ReadonlySet<string>): boolean {
  return OWN_QUEUE.test(e.fullText) && has(e.nameSet, ["posts", "post", "stories", "articles", "updates", "queue"]) && !has(all, WRITTEN_BY_OTHERS);
}

/** `search_inboxes`, `list_mailboxes`: the inboxes themselves (names, ids), not the conversations inside them. */
export function mailContainers(e: Evidence): boolean {
  return has(e.nameSet, ["inboxes", "mailboxes"]) && !has(e.nameSet, ["message", "messages", "email", "emails", "mail", "conversation", "conversations", "thread", "threads", "ticket", "tickets"]);
}

/** `list_user_call_history`, `get_call_log`: who called whom and when; a transcript or a recording is what was said. */
export function callRecords(e: Evidence): boolean {
  return has(e.nameSet, ["call", "calls"]) && has(e.nameSet, ["history", "log", "logs", "records", "cdr", "cdrs"]) &&
    !has(e.nameSet, ["transcript", "transcripts", "recording", "recordings", "chat", "chats", "message", "messages", "voicemail", "voicemails"]);
}

/** "Your publication", "your newsletter publication": the caller's own. */
const YOUR_PUBLICATION = /\byour (?:[a-z]+ ){0,2}publications?\b/;

/**
 * The server runs the caller's own newsletter or publication: a tool speaks of "your publication" or takes a
 * `publication_id`, and a tool writes its posts (drafts, new posts). A reader of anyone's publication by host name is not.
 */
export function runsOwnPublication(tools: readonly Pick<Tool, "name" | "description" | "inputSchema">[]): boolean {
  const own = tools.some((t) => YOUR_PUBLICATION.test((t.description ?? "").toLowerCase()) || paramNames(t).some((p) => /^publication_?id$/.test(p)));
  const writesPosts = tools.some((t) => {
    const n = new Set(words(t.name));
    return has(n, ["create", "new", "publish", "schedule", "update", "write"]) && has(n, ["post", "posts", "article", "articles", "draft", "drafts", "newsletter", "issue"]);
  });
  return own && writesPosts;
}

function paramNames(t: Pick<Tool, "inputSchema">): string[] {
  const props = t.inputSchema && typeof t.inputSchema === "object" ? (t.inputSchema as { properties?: unknown }).properties : undefined;
  return props && typeof props === "object" ? Object.keys(props).map((k) => k.toLowerCase()) : [];
}

/** `list_published_posts`, `get_post(publication_id, post_id)` there: what the user published, not readers' comments. */
export function ownPublicationPosts(e: Evidence, all: ReadonlySet<string>, ownPublication: boolean | undefined): boolean {
  return ownPublication === true && has(e.nameSet, ["post", "posts", "article", "articles"]) && !has(all, [...WRITTEN_BY_OTHERS, "search", "trending", "public", "any"]);
}

/** Where a sprint belongs: an agile board, a project, a team's iteration (not a runner's interval training). */
const PLANNING_PLACE = ["board", "boards", "agile", "scrum", "project", "projects", "team", "teams", "issue", "issues", "iteration", "iterations", "backlog"];

/**
 * `get_sprint(sprint_id)`, `list_board_sprints`, `get_project_versions`: the sprints of a team's board and the versions or
 * milestones planned for a project are the team's own planning records, whatever tracker holds them (a package's
 * published versions are public).
 */
export function teamPlanningRecords(e: Evidence, all: ReadonlySet<string>): boolean {
  const sprints = has(e.nameSet, ["sprint", "sprints"]) && (has(new Set([...all, ...e.params.flatMap((p) => words(p))]), PLANNING_PLACE) || e.params.some((p) => /^sprint_?id$/.test(p)));
  const projectPlan = has(e.nameSet, ["project", "projects"]) && has(e.nameSet, ["versions", "milestones"]) && !has(all, ["package", "packages", "dependency", "dependencies", "library", "libraries"]);
  return sprints || projectPlan;
}

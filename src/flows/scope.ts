// Where a tool's data lives: a code host's repositories, a calendar, a public video platform, the user's own accounts.
import { propertyText, type Evidence } from "./heuristics.js";
import { hasAny as has, wordSet } from "./word-sets.js";

/** What people write on a code host, inside a repository. */
// A commit's message and an annotated tag's text are written by whoever contributes, like a release note.
export const REPOSITORY_TEXT = wordSet("issue", "issues", "pull", "pulls", "pr", "prs", "discussion", "discussions", "review", "reviews", "release", "releases", "comment", "comments", "merge", "commit", "commits", "tag", "advisory", "advisories");
/** Reactions, approvals and check results on a pull request or a commit: clicks and machine verdicts, not anyone's text. */
export const REACTION_NOUNS = wordSet("reaction", "reactions", "emoji", "emojis", "award", "awards");
export const REPOSITORY_STATE = wordSet(...REACTION_NOUNS, "approval", "approvals", "approver", "approvers", "status", "statuses", "check", "checks", "mergeability");
/** "The URL of the artifact to get": a URL parameter that names one of the product's own records. */
export const RECORD_URL = /\burl of (?:the |an? )?(?:specific )?(?:artifact|artifacts|build|builds|job|jobs|pipeline|pipelines|run|runs|deployment|workflow|task|record|dataset|model|package)\b/;
const REPOSITORY_PARAMS = wordSet("repo", "repository", "repo_name", "repository_name", "repo_url", "repository_url");

/** `list_pull_requests(owner, repo)`, "List GitHub discussions": the tool works inside repositories on a code host. */
export function hostedRepository(e: Evidence): boolean {
  // "Advisories for an organization's repositories" with an `org` parameter: every repository an organisation hosts.
  const orgRepositories = e.params.some((p) => p === "org" || p === "owner" || p === "organization") && /\brepositor(?:y|ies)\b/.test(e.firstText);
  return e.params.some((p) => REPOSITORY_PARAMS.has(p)) || orgRepositories || /\b(?:github|gitlab|bitbucket|gitea|codeberg)\b/.test(e.fullText);
}

/** "Projects shared with the current user", "items in the current project": the caller's own account, not a public catalogue. */
export function ownerScoped(e: Evidence): boolean {
  // "Get current user information" is the identity itself, which is no one's stored data.
  return /\b(?:shared with|owned by|belonging to|accessible to|of|for|in|from) (?:the )?(?:current|authenticated|signed[- ]in|logged[- ]in) (?:user|project|organi[sz]ation|workspace|account)\b|\bshared with (?:me|you)\b/.test(e.firstText) ||
    // "Teams that the authenticated user has joined": membership names an owner as well.
    /\b(?:that|which) (?:the )?(?:current|authenticated|signed[- ]in|logged[- ]in) user (?:has joined|is a member of|belongs to)\b/.test(e.firstText) ||
    // "In your Wayfound organization", "supported by your Okta org": the org's own records and the schema it configured.
    /\b(?:in|of|from|across|by) (?:my|your|our) (?:[a-z0-9-]+ )?(?:organi[sz]ation|org|tenant|workspace|account|team|company)(?:'s)?\b|\b(?:that|which) you (?:have access to|can access|own)\b/.test(e.firstText) ||
    // "All projects within the Acme organization": "within" a named organisation is inside the one the server signs in to.
    /\bwithin (?:the|this|an?) (?:[a-z0-9-]+ )?(?:organi[sz]ation|org|tenant|workspace|team|company)\b/.test(e.firstText);
}

/** What a calendar holds: invitations whose titles, descriptions and notes the organiser wrote, often someone outside. */
const CALENDAR_ITEMS = wordSet("event", "events", "meeting", "meetings", "webinar", "webinars", "invitation", "invitations");
const CALENDAR_WORDS = /\bcalendars?\b/;
/** People an event is sent to: the calendar service mails them its title and description. */
export const ATTENDEE_PARAM = /^(?:attendees?|invitees?|guests?|participants?)(?:_?(?:emails?|list|addresses))?$/;

/** `list_events` of a calendar (not a cluster's, a tracker's or an analytics product's events). */
export function calendarItems(e: Evidence): boolean {
  if (!has(e.nameSet, [...CALENDAR_ITEMS])) return false;
  // `zoom_meeting_list`, `get_webinar`: a conferencing account's meetings are invitations too, with no calendar named;
  // a meeting point or room is a place, and a recording is media, not an organiser's text; meeting preferences, settings
  // and sites are how the account is set up to meet, not invitations.
  if (has(e.nameSet, ["preference", "preferences", "setting", "settings", "site", "sites"])) return false;
  if (has(e.nameSet, ["meeting", "meetings", "webinar", "webinars"]) && !has(e.nameSet, ["point", "points", "place", "places", "spot", "location", "locations", "room", "rooms", "recording", "recordings"])) return true;
  return has(e.nameSet, ["calendar", "calendars"]) || CALENDAR_WORDS.test(e.firstText) ||
    e.params.some((p) => /^calendar_?(?:id|ids|name)?$/.test(p) || ATTENDEE_PARAM.test(p));
}

/** "Competitor channel ID", "YouTube video ID": an id parameter that points into a public platform's posts or videos. */
export const PUBLIC_PLATFORM = /\b(?:youtube|vimeo|tiktok|twitch|dailymotion|reddit|twitter|mastodon|bluesky|hacker news|hackernews|linkedin|instagram|facebook|pinterest|tumblr|quora|lemmy|product ?hunt)\b/;

/**
 * "Analyzes upload patterns, best performing videos ... of any competitor channel": research over other creators'
 * public videos returns their titles, tags and descriptions.
 */
export function minesPublicVideos(e: Evidence): boolean {
  const mediaObject = has(e.nameSet, ["video", "videos", "channel", "channels", "competitor", "competitors", "creator", "creators", "playlist", "playlists"]) || /\bcompetitors?\b/.test(e.firstText) ||
    /\b(?:search(?:es)?|extracts?|analy[sz]es?|scans?|mines?) (?:\w+ ){0,2}videos\b/.test(e.fullText);
  // `extract_keywords_from_text(text)`: it works on the text it is handed, whoever wrote that.
  const handedText = e.params.some((p) => p === "text" || p === "content") && !e.params.some((p) => /ids?$/.test(p));
  const text = `${e.fullText} ${e.paramText}`;
  return mediaObject && !handedText && /\bvideos?\b/.test(text) && /\b(?:competitors?|viral|views|subscribers|engagement|trending|youtube|tiktok|twitch|vimeo)\b/.test(text);
}

/** Property names anywhere in a schema, nested objects included (`action.forward`). */
export function nestedKeys(schema: unknown, depth = 0): string[] {
  if (!schema || typeof schema !== "object" || depth > 4) return [];
  const props = (schema as { properties?: unknown }).properties;
  if (!props || typeof props !== "object") return [];
  return Object.entries(props as Record<string, unknown>).flatMap(([k, v]) => [k.toLowerCase(), ...nestedKeys(v, depth + 1)]);
}

/** Like nestedKeys, and also the keys of the objects an array parameter holds (`events: [{ attendees }]`). */
export function keysWithItems(schema: unknown, depth = 0): string[] {
  if (!schema || typeof schema !== "object" || depth > 4) return [];
  const items = (schema as { items?: unknown }).items;
  const props = (schema as { properties?: unknown }).properties;
  const own = props && typeof props === "object" ? Object.entries(props as Record<string, unknown>).flatMap(([k, v]) => [k.toLowerCase(), ...keysWithItems(v, depth + 1)]) : [];
  return [...own, ...(items && typeof items === "object" ? keysWithItems(items, depth + 1) : [])];
}

/** Products where an organisation keeps its own pages, tasks, tickets and customers: nothing in them is public. */
// An accounting product's journals, quotes, items and tax settings are the organisation's books (a "quote" there is a
// sales quote, not a market price).
export const WORKSPACE_PRODUCT = /\b(?:confluence|notion|sharepoint|coda|quip|jira|asana|clickup|basecamp|zendesk|freshdesk|intercom|hubspot|salesforce|pipedrive|airtable|smartsheet|xero|quickbooks|freshbooks|netsuite)\b/;

/** `account: "Name of the configured account to operate as"`: the caller picks which of the user's own accounts the tool acts as. */
export function operatesAsAccount(e: Evidence, schema: unknown): boolean {
  return e.params.some((p) => /^(?:account|account_?(?:name|id|key)|profile|as_?account|identity)$/.test(p) &&
    // "Profile name from the server configuration": one of the accounts the server was set up with.
    /\b(?:operate|run|act)s? (?:this tool |the tool )?as\b|\bconfigured (?:accounts?|profiles?)\b|\baccounts? (?:profile )?to use\b|\b(?:account|profile)(?: name)? from the (?:server(?:'s)? )?config(?:uration)?\b/.test(propertyText(schema, p)));
}

/** "Requires 'Administer' permission": data only an administrator of the account may see is not public. */
export function adminOnly(e: Evidence): boolean {
  return /\brequires? (?:the )?['"]?(?:admin|administer|administrator|owner)['"]? (?:permissions?|roles?|rights|access)\b|\b(?:admin|administrator) (?:permission|rights|privileges) (?:is |are )?required\b/.test(e.fullText);
}

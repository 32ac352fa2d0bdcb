// What an account's own activity adds up to: analytics of its conversations with contacts, of its posts, campaigns,
// mailings and site, the vocabulary (types, labels, emojis, tax codes) it configured for itself, and the summary of one
// of its meetings. None names a stored record, yet each is computed from the account's private data.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";

/** Who the conversations are with: a contact named by a parameter, or the description's "per contact". */
const CONTACT_PARAM = /^(?:contacts?|contact_?(?:id|name|handle)|handle|phone|phone_?number|participant)$/;
const WITH_CONTACTS = /\bper[- ]contact\b|\beach contact\b|\bwith (?:a |your |the |each )?contacts?\b|\bcontacts? you\b/;
const CONVERSATION = /\b(?:messages?|texts?|texting|texted|conversations?|messaging|chats?|repl(?:y|ies|ied)|reactions?|read receipts?|unread)\b/;
/** Figures about the exchange rather than its text: volumes, timings, streaks, who writes first. */
const EXCHANGE_FIGURES = /\b(?:stats|statistics|analytics|patterns?|volumes?|counts?|streaks?|trends?|response times?|reply times?|latency|read receipts?|initiat\w*|starts? conversations?|reaches out first|(?:texts?|writes?) first)\b/;

/**
 * "Per-contact message volumes and reply times", "who starts conversations", read receipts, streaks: however it is
 * summed up, it is computed from the user's own messages with the people in the address book.
 */
export function analysesConversationsWithContacts(e: Evidence): boolean {
  const withContacts = e.params.some((p) => CONTACT_PARAM.test(p)) || WITH_CONTACTS.test(e.fullText);
  return withContacts && CONVERSATION.test(e.fullText) && EXCHANGE_FIGURES.test(e.nameThenFirst);
}

const OWN_FIGURES = /\b(?:insights|metrics|stats|statistics|analytics|performance|kpis?|reach|impressions|engagement)\b/;
/** Whose items the figures are about: the account's own posts, its campaigns, the mail it sent, its site. */
const OWN_SUBJECT = /\b(?:(?:one of )?your (?:own )?|the (?:account|user|authenticated user|signed-in user)'s (?:own )?)(?:posts?|videos?|media|reels?|stories|content|campaigns?|e-?mails?|newsletters?|pages?|ads?|site|website|channel|account|property|properties)\b|\bmarketing (?:campaigns?|e-?mails?)\b|\b(?:campaigns?|e-?mails?|newsletters?) (?:you |the account )?sent\b/;
const DATE_PARAM = /^(?:start|end|since|until|from|to|start_?date|end_?date|date_?range(?:_?(?:start|end))?|date_?from|date_?to)$/;

/**
 * "Performance insights for one of your own posts", "metrics for one marketing campaign", a report over chosen metrics
 * and dimensions for a date range: the account's own audience, mailings or site traffic (a public hashtag's or any
 * video's counts are not).
 */
export function readsOwnPerformance(e: Evidence): boolean {
  if (/\bpublic\b|\bany (?:post|video|user|account|channel|page)s?\b/.test(e.firstText)) return false;
  const described = OWN_FIGURES.test(e.nameThenFirst) && OWN_SUBJECT.test(e.firstText);
  // `report(metrics, dimensions, start_date, end_date)`: an analytics property's report, whatever the name says.
  const report = e.params.some((p) => /^metrics?$/.test(p)) && e.params.some((p) => /^dimensions?$/.test(p)) && e.params.some((p) => DATE_PARAM.test(p));
  return described || report;
}

/** The kinds of setting an account defines for its items: types, labels, stages, emojis, tax codes. */
const VOCABULARY_NOUNS = new Set(["type", "types", "labels", "tags", "fields", "stages", "statuses", "emojis", "emoji", "rates", "codes", "kinds", "schema", "dimensions", "metrics", "priorities"]);
const CONFIGURED = new RegExp([
  String.raw`\b(?:configured|custom|set up|defined) (?:in|for|on|by)\b`,
  String.raw`\b(?:configured|custom)\b[^.;]{0,24}?\b(?:types?|labels|tags|fields|stages|statuses|emojis?|rates|codes|dimensions|metrics)\b`,
  String.raw`\bavailable (?:[a-z]+ ){0,2}(?:in|on|to) (?:a |an |the |this |your )?(?:[a-z0-9]+ )?(?:team|board|workspace|organi[sz]ation|account|project|server|guild|property|connected)\b`,
  String.raw`\b(?:for|of|in) (?:the |this |your )?configured\b`,
].join("|"));

/**
 * "Activity types configured in the account", "labels available in a team", "custom emojis of a server", "tax codes set
 * up for the connected organisation": the account's own settings, which say how it works (a product's supported formats
 * or a store's public categories are the same for everyone).
 */
export function readsConfiguredVocabulary(e: Evidence, readVerb: string | undefined): boolean {
  const lastNoun = e.name.filter((w) => w !== readVerb && !["list", "get", "all", "available"].includes(w)).at(-1) ?? "";
  return VOCABULARY_NOUNS.has(lastNoun) && CONFIGURED.test(e.firstText) && !/\bpublic\b|\bsupport(?:s|ed)?\b/.test(e.firstText);
}

const SUMMARY_NOUNS = new Set(["summary", "summaries", "recap", "recaps", "digest", "minutes", "highlights", "notes"]);

/** "The summary of a recorded meeting", "the meeting summary for a call": what its participants said, condensed. */
export function readsMeetingSummary(e: Evidence): boolean {
  return e.name.some((w) => SUMMARY_NOUNS.has(w)) &&
    /\b(?:summary|summaries|recap|digest|minutes|highlights|notes) (?:of|for) (?:a |an |the |this |one )?(?:[a-z]+ )?(?:meetings?|calls?|webinars?)\b|\b(?:meeting|call|webinar) (?:summary|summaries|recap|minutes|notes)\b/.test(e.firstText);
}

/** A tool led by one of these writes, sends or deletes: whatever it counts, it is not a read. */
export const WRITE_LEADS = new Set(["create", "creates", "update", "updates", "delete", "deletes", "remove", "removes", "send", "sends", "set", "sets", "add", "adds",
  "schedule", "schedules", "edit", "edits", "modify", "modifies", "patch", "purge", "purges", "clear", "clears", "change", "changes", "write", "writes", "upsert", "insert", "cancel", "cancels"]);

export interface FigureFacts {
  /** The name's read verb, if any; a figure named by its noun alone ("streaks") has none. */
  readVerb: string | undefined;
}

export function figureLabels(e: Evidence, facts: FigureFacts): Label[] {
  if (WRITE_LEADS.has(e.name[0] ?? "") || WRITE_LEADS.has(e.first[0] ?? "")) return [];
  const out: Label[] = [];
  if (analysesConversationsWithContacts(e)) out.push({ role: "private-data", confidence: 0.65, reason: "computes figures from the user's own conversations with contacts" });
  else if (readsOwnPerformance(e)) out.push({ role: "private-data", confidence: 0.65, reason: "reports how the account's own posts, campaigns, mailings or site perform" });
  else if (readsConfiguredVocabulary(e, facts.readVerb)) out.push({ role: "private-data", confidence: 0.65, reason: "lists the types, labels or codes the account configured for itself" });
  if (facts.readVerb !== undefined && readsMeetingSummary(e)) {
    out.push({ role: "untrusted-content", confidence: 0.65, reason: "summarises a meeting, condensing what its participants said" });
    out.push({ role: "private-data", confidence: 0.65, reason: "reads the summary of the account's own meeting" });
  }
  return out;
}

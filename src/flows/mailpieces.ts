// Round twenty-seven (recall): a forward saved only as a draft, a mail's attachment fetched, a tracker's issues named
// only in the description, the account's own posts read back, a saved sign-in deleted.
import { isSendGuess, READ_VERBS, type Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/**
 * "Always saves the forward as a draft and never transmits it", "creates a draft only; nothing is sent": a tool named
 * for sending that its own description says only stores a draft in the user's account.
 */
export function onlySavesDraft(fullDescription: string): boolean {
  const text = fullDescription.replace(/\s+/g, " ").toLowerCase();
  const savesDraft = /\b(?:saves?|saved|stores?|stored|creates?|created|keeps?) (?:it |the [a-z]+ |this [a-z]+ )?(?:only )?as an? (?:unsent )?draft\b|\bcreates? (?:an? )?(?:unsent )?draft only\b/.test(text);
  const neverSends = /\bnever (?:transmits|sends|delivers)\b|\bnothing is (?:sent|transmitted|delivered)\b|\bdoes not (?:send|transmit|deliver)\b|\bwithout (?:sending|transmitting)\b/.test(text);
  return savesDraft && neverSends;
}

export function withoutDraftOnlySend(labels: Label[], fullDescription: string): Label[] {
  return onlySavesDraft(fullDescription) ? labels.filter((l) => !isSendGuess(l)) : labels;
}

/**
 * "Download an email attachment (email_id, attachment_id)", `get_message_attachment`: a file someone sent the user, taken
 * from the user's mailbox (to a path or a link), is the user's correspondence.
 */
export function fetchesMailAttachment(e: Evidence): boolean {
  const verb = e.name.slice(0, 3).some((w) => READ_VERBS.has(w) || w === "save") || READ_VERBS.has(e.first[0] ?? "");
  const attachment = has(e.nameSet, ["attachment", "attachments"]);
  const ofMail = e.params.some((p) => /^(?:email|mail|message|msg)_?ids?$/.test(p)) || /\b(?:e-?mail|mail|message) attachments?\b|\battachments? (?:of|from|in) (?:an? |the )?(?:e-?mail|mail|message)\b/.test(e.firstText);
  return verb && attachment && ofMail;
}

/**
 * "Search issues with custom field filters", `query_by_fields` ("Find issues matching ..."): a tracker's issues named
 * as the object of the first sentence only, on a server that creates and changes records (not a public code host's).
 */
export function readsTrackerIssuesByDescription(e: Evidence, managesRecords: boolean, hostedRepository: boolean): boolean {
  if (!managesRecords || hostedRepository || has(e.nameSet, ["issue", "issues"])) return false;
  const verb = e.name.slice(0, 3).some((w) => READ_VERBS.has(w)) || READ_VERBS.has(e.first[0] ?? "");
  return verb && READ_VERBS.has(e.first[0] ?? "") && has(new Set(e.first.slice(1, 3)), ["issues", "issue", "tickets"]) &&
    !/\b(?:github|gitlab|bitbucket|public|security advisor(?:y|ies)|vulnerabilit(?:y|ies))\b/.test(e.firstText);
}

/**
 * "Get statuses posted by the authenticated Weibo user", "videos uploaded by the signed-in account": what the account
 * itself posted, read back as its own (the platform's name may stand between the qualifier and "user").
 */
export function readsOwnPostsByDescription(e: Evidence): boolean {
  const verb = e.name.slice(0, 3).some((w) => READ_VERBS.has(w)) || READ_VERBS.has(e.first[0] ?? "");
  return verb && /\b(?:posts|statuses|tweets|updates|notes|videos|photos|articles|stories|reels|pins) (?:posted|published|written|uploaded|created|shared|made) by (?:the )?(?:authenticated|current|signed[- ]in|logged[- ]in|connected) (?:[a-z0-9]+ )?(?:user|account)\b/.test(e.firstText);
}

/**
 * `cleanup_login_session(username)`, `clear_saved_login`: a saved sign-in (its cookies or tokens) deleted, so the account
 * must sign in again; the removal of stored credentials (not a chat's or a tool's working session).
 */
export function removesSavedLogin(e: Evidence): boolean {
  const clears = e.name.slice(0, 3).some((w) => ["cleanup", "clean", "clear", "purge", "wipe", "forget"].includes(w));
  const login = has(e.nameSet, ["login", "signin", "auth", "credentials", "cookies", "cookie"]);
  const saved = has(e.nameSet, ["session", "sessions", "saved", "stored", "cookies", "cookie", "credentials"]);
  return clears && login && saved && !has(e.nameSet, ["cache", "chat", "browser", "history"]);
}

export function mailPieceLabels(e: Evidence, facts: { managesRecords?: boolean; hostedRepository: boolean }): Label[] {
  const out: Label[] = [];
  if (readsOwnPostsByDescription(e)) out.push({ role: "private-data", confidence: 0.65, reason: "reads what the signed-in account itself posted" });
  if (removesSavedLogin(e)) out.push({ role: "destructive", confidence: 0.7, reason: "deletes a saved sign-in (its cookies or tokens), stored credentials" });
  if (fetchesMailAttachment(e)) out.push({ role: "private-data", confidence: 0.65, reason: "fetches an attachment of the user's mail" });
  if (readsTrackerIssuesByDescription(e, facts.managesRecords === true, facts.hostedRepository)) {
    out.push({ role: "private-data", confidence: 0.65, reason: "reads issues from an organisation's own tracker" });
  }
  return out;
}

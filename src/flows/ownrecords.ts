// Round twenty-seven (precision): reads of an organisation's own records that look like outsiders' text. A shop's back
// office reads its own catalogue, orders and customers; an e-mail address used to look a record up is not mail; a link
// the service makes for a stored object is an address, not a web page; an item's tags, transitions or read receipts
// are what the system records about it, not its text; an error tracker's issues are the application's own crashes.
import { OUTSIDERS_TEXT_REASON, words, type Evidence } from "./heuristics.js";
import type { Tool } from "../model.js";
import type { Label } from "./types.js";
import { hasAny as has, wordSet } from "./word-sets.js";

/** What a business keeps about its own trade: who bought, what they ordered, what is left in the warehouse, deals in progress. */
const BACK_OFFICE = wordSet("customer", "customers", "stock", "inventory", "warehouse", "warehouses", "fulfillment", "fulfillments", "fulfilment", "deal", "deals", "lead", "leads", "invoice", "invoices");
/** A buyer's tools: a cart, a checkout, a purchase made on someone else's shop. */
const BUYING = wordSet("cart", "basket", "checkout", "buy", "purchase", "wishlist");

/**
 * `get_stock_level`, `search_customer`, `get_deal`: two or more tools about customers, stock, deals or invoices make the
 * server a business's own back office (a shop's admin API, a CRM), whose products are its own catalogue rather than
 * strangers' listings, unless it also buys (a cart, a checkout).
 */
export function keepsBackOffice(tools: readonly Pick<Tool, "name">[]): boolean {
  const names = tools.map((t) => new Set(words(t.name)));
  return names.filter((n) => has(n, BACK_OFFICE)).length >= 2 && !names.some((n) => has(n, BUYING));
}

/**
 * "By ID or email", "by name or e-mail address", "by email": an e-mail address as the key a record is looked up by,
 * not a mail anyone wrote.
 */
export const EMAIL_AS_KEY = /\bby (?:(?:user ?)?(?:id|ids|name|names|username|usernames|handle|login|phone(?: number)?)(?:,| or| and|\/) ?)?e-?mail(?: address(?:es)?)?\b|\b(?:id|name|username|login) or e-?mail\b/;

/**
 * "Generate a presigned URL for downloading an object", "Get the permanent cache URL for a bookmark": a link the
 * service signs or keeps for one of its stored items is an address handed back, not a page read from the web.
 */
const MADE_LINK = /^(?:generate|generates|create|creates|make|makes|get|gets|return|returns|build|builds|sign|signs|issue|issues)\b (?:a |an |the )?(?:new )?(?:(?:pre-?signed|signed|temporary|time-limited|expiring|permanent|cached?|download|share|sharing|public|direct|access) ){1,2}(?:urls?|links?)\b/;
export function madeLinkForItem(e: Evidence): boolean {
  return !e.urlParam && MADE_LINK.test(e.firstText);
}

/**
 * "Generate a presigned URL for downloading an object": a signed link to fetch a stored object lets whoever holds it
 * download the object without signing in, like a sharing link; the tool itself returns the address, not the object.
 * (A signed link for uploading opens nothing that is stored.)
 */
const SIGNED_DOWNLOAD = /\b(?:pre-?signed|signed) (?:download |access |get )?(?:urls?|links?) (?:for|to) (?:download|get|read|fetch|view|access|share)(?:ing)?\b|\b(?:pre-?signed|signed) download (?:urls?|links?)\b/;
export function signsDownloadLink(e: Evidence): boolean {
  return madeLinkForItem(e) && SIGNED_DOWNLOAD.test(e.firstText);
}

/**
 * What a system records about an item rather than the item's text: its tags, the states it can move to, its fields, who
 * read it, its alert rules, its answer options, the effects it was sent with, its work log, the branch made for it.
 */
const ITEM_ATTRIBUTES = wordSet("tags", "transitions", "fields", "receipts", "rules", "options", "effects", "worklogs", "worklog", "branch");
/** The items whose text other people write. */
const AUTHORED_ITEMS = wordSet("issue", "issues", "message", "messages", "article", "articles", "post", "posts", "comment", "comments", "ticket", "tickets", "question", "questions", "answer", "answers", "email", "emails");

/**
 * `get_issue_transitions`, `get_article_tags`, `message_read_receipts`: the name says the tool reads a part of an item
 * the system records (the last word of the name, or a branch named for the item), not the item's text.
 */
export function readsItemAttributes(e: Evidence): boolean {
  const last = e.name[e.name.length - 1] ?? "";
  const attribute = ITEM_ATTRIBUTES.has(last) || (e.nameSet.has("branch") && has(e.nameSet, ["name", "names"]));
  if (!attribute) return false;
  const at = e.name.findIndex((w) => AUTHORED_ITEMS.has(w));
  // The item comes first and the attribute after it ("issue ... transitions"); "comments with tags" would not.
  return at >= 0 && at < e.name.length - 1 && !e.nameSet.has("with") && !/\b(?:body|bodies|text|content|contents)\b/.test(e.firstText);
}

/** Error reports an application sends to its tracker. */
const ERROR_WORDS = wordSet("error", "errors", "exception", "exceptions", "crash", "crashes", "stacktrace", "stacktraces");

/**
 * `find_errors`, `search_errors_in_file`: a server with a tool named for errors, exceptions or crashes tracks an
 * application's failures; its "issues" and "events" are groups of those reports, not text people filed.
 */
export function tracksErrors(tools: readonly Pick<Tool, "name">[]): boolean {
  return tools.some((t) => has(new Set(words(t.name)), ERROR_WORDS));
}

export interface OwnRecordsFacts {
  tracksErrors?: boolean;
}

/**
 * Drops the outsiders'-text guess a word like "issue" or "message" drew from a read of an item's recorded attributes,
 * or from an error tracker's issues and events (their comments and notes are still people's text).
 */
export function withoutOwnRecordsText(labels: Label[], e: Evidence, facts: OwnRecordsFacts): Label[] {
  const drop = (l: Label) => l.role === "untrusted-content" && l.reason === OUTSIDERS_TEXT_REASON;
  if (readsItemAttributes(e)) return labels.filter((l) => !drop(l));
  const trackerItems = facts.tracksErrors === true && has(e.nameAndFirst, ["issue", "issues", "event", "events", "error", "errors"]) &&
    !has(e.nameAndFirst, ["comment", "comments", "note", "notes", "message", "messages", "feedback", "discussion", "discussions"]);
  if (trackerItems) return labels.filter((l) => !drop(l));
  return labels;
}

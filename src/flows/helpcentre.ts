// A help centre: the articles and collections an organisation's own staff write for its customers. Reading them returns
// the organisation's records, not outsiders' text; writing them puts the model's words on the public help site.
import { words, type Evidence } from "./heuristics.js";
import type { Tool } from "../model.js";
import { hasAny as has } from "./word-sets.js";

/** "Help Center", "help centre", "support portal": the public site where a business answers its customers. */
export const HELP_CENTRE = /\bhelp ?cent(?:er|re)s?\b|\bsupport (?:site|portal|cent(?:er|re))\b|\bself[- ]service portal\b/;
/** What a help centre is made of. */
const HELP_ITEMS = ["article", "articles", "collection", "collections", "section", "sections", "category", "categories", "translation", "translations"];
/** Text customers write that a help desk also holds: that stays theirs. */
const CUSTOMERS_TEXT = ["comment", "comments", "ticket", "tickets", "conversation", "conversations", "message", "messages", "reply", "replies", "review", "reviews", "feedback", "vote", "votes"];

/** Any of the server's tools says it works on a help centre (`create_article`: "Create a Help Center article"). */
export function keepsHelpCentre(tools: readonly Pick<Tool, "name" | "description">[]): boolean {
  return tools.some((t) => HELP_CENTRE.test(`${words(t.name).join(" ")} ${(t.description ?? "").slice(0, 400).toLowerCase()}`));
}

/** `list_articles`, `get_collection` of a help centre: the organisation's own help articles and their sections. */
export function helpCentreItems(e: Evidence, helpCentre: boolean | undefined): boolean {
  return has(e.nameSet, HELP_ITEMS) && !has(e.nameSet, CUSTOMERS_TEXT) && (helpCentre === true || HELP_CENTRE.test(e.fullText));
}

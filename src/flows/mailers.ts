// A mail-sending account's own templates and statistics: what the account wrote and how its mail did, not the vendor's stock text.
import { words, type Evidence } from "./heuristics.js";
import type { Tool } from "../model.js";
import { hasAny as has } from "./word-sets.js";

const MAILINGS = ["mail", "email", "emails", "campaign", "campaigns", "newsletter", "newsletters", "broadcast", "broadcasts"];

/** `send_mail`, `sendCampaign`, `schedule_broadcast`: the server sends mail for an account, so it keeps that account's mailings. */
export function sendsMail(tools: readonly Pick<Tool, "name">[]): boolean {
  return tools.some((t) => {
    const n = new Set(words(t.name));
    return has(n, ["send", "schedule"]) && has(n, MAILINGS);
  });
}

/**
 * `get_template_version`, `get_global_stats` on a mail sender, `list_email_templates` anywhere: the account's own message
 * templates and the figures of its sending. A product's default or stock template is the vendor's, not the account's.
 */
export function readsMailAccountItems(e: Evidence, mailer: boolean | undefined): boolean {
  const mailTemplates = /\b(?:e-?mail|mail|newsletter|campaign) templates?\b/.test(e.nameThenFirst);
  return (mailer === true || mailTemplates) && has(e.nameSet, ["template", "templates", "stats", "statistics"]) &&
    !has(e.nameSet, ["default", "defaults", "stock", "gallery"]) && !/\b(?:default|stock|built-in|predefined) (?:content|templates?)\b/.test(e.firstText);
}

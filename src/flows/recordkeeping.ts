// What a system of record gives away by its shape: reads filtered by when or by whom records were last changed, an
// export of what the account stores, and a list of what the deployment has indexed. None needs a private noun in the
// tool's name: the shape says the data was kept for someone.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/**
 * `updated_since`, `updatedAfter`, `modified_before`, `updated_by`: only records that people keep changing have a
 * last-change time or author to filter on (a catalogue filters by publication date, a search by relevance).
 */
const CHANGE_FILTER = /^(?:last_?)?(?:updated|modified|changed)_?(?:at|on|since|after|before|until|from|to|date|time|by|gte|lte|gt|lt|min|max)?$/;

/** Where even a change filter points at someone else's public data: the web, a market, a public platform. */
const PUBLIC_PLACES = ["web", "website", "internet", "url", "market", "markets", "stock", "stocks", "public", "github", "gitlab", "reddit", "youtube", "twitter", "news", "rss", "feed", "feeds", "arxiv", "pubmed", "wikipedia", "registry", "package", "packages"];

/** `list_sources(updated_at)`, `list_persons(updated_since)`: a record-keeping system's records, filtered by change. */
function filtersByChange(e: Evidence, readVerb: string | undefined): boolean {
  return readVerb !== undefined && !e.urlParam && e.params.some((p) => CHANGE_FILTER.test(p)) && !has(e.nameAndFirst, PUBLIC_PLACES);
}

/** Parameters that hand the tool what it exports: it converts what it is given and reads nothing stored. */
const HANDED_IN = /^(?:markdown|html|text|content|contents|data|values|rows|json|source|input|chart|config|svg|code|mermaid|diagram|xml|csv|yaml|spec|definition|payload|body|items|records)$/;
/**
 * What follows "export" when it names the export's job or settings (`export_status`, `export_formats`), or the tool's
 * own look and setup (`export_theme`), not data the account stored.
 */
const EXPORT_ABOUT = ["status", "job", "jobs", "settings", "formats", "format", "options", "progress", "types", "history", "theme", "themes", "preferences", "keybindings", "shortcuts", "config", "configuration"];
/** What others wrote, exported in bulk: a form's or a survey's responses, articles, mail, comments, reviews. */
const OUTSIDERS_TEXT = /\b(?:responses|submissions|articles|messages|e-?mails|comments|reviews|posts|tickets|conversations|feedback|replies)\b/;

/**
 * `export_responses(form_id)`, `export(collection, query)`, "Export all subscriptions as OPML": what the account
 * stores, handed back in bulk. Every export tool of the label sets reads the account's own data.
 */
function exportsStored(e: Evidence): boolean {
  const at = e.name.indexOf("export");
  if (at < 0 || at > 2 || e.urlParam || e.params.some((p) => HANDED_IN.test(p))) return false;
  // `update_export_settings`, `get_export_status`: something else is done to an export.
  if (e.name.slice(0, at).some((w) => /^(?:create|update|delete|get|list|cancel|set|schedule|check)$/.test(w))) return false;
  return !has(new Set(e.name.slice(at + 1)), EXPORT_ABOUT) && !has(e.nameAndFirst, ["web", "website", "webpage", "market", "markets", "stock", "stocks", "weather"]);
}

/** "List indexed episodes", "ingested documents": what the deployment's own index holds, which its user chose to put there. */
const INDEXED = /^(?:list|get|show|browse|search)s? (?:all |the )?(?:indexed|ingested)\b/;

export function recordKeepingLabels(e: Evidence, facts: { readVerb: string | undefined }): Label[] {
  const out: Label[] = [];
  if (filtersByChange(e, facts.readVerb)) out.push({ role: "private-data", confidence: 0.6, reason: "reads records filtered by when or by whom they were last changed: a system of record's own data" });
  if (exportsStored(e)) {
    out.push({ role: "private-data", confidence: 0.65, reason: "exports what the account stores (responses, records, query results) in bulk" });
    if (OUTSIDERS_TEXT.test(e.firstText)) out.push({ role: "untrusted-content", confidence: 0.7, reason: "exports responses, articles or messages that other people wrote" });
  }
  if (INDEXED.test(e.firstText)) out.push({ role: "private-data", confidence: 0.65, reason: "lists what the deployment's own index holds, which its user chose to ingest" });
  return out;
}

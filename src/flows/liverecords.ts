// Round twenty-six (records and removals): what a signed-in store of records does when it puts drafts live, moves money
// for good, replaces what sits at a destination or answers any call of its own API; and the "web" that names one of
// the account's settings rather than the web.
import { enumText, isSendVerbReason, READ_VERBS, type Evidence } from "./heuristics.js";
import { keysWithItems, nestedKeys } from "./scope.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/** What configures how a product behaves: an account's own settings, not anything read from the web. */
const SETTING_NOUNS = ["profile", "profiles", "setting", "settings", "config", "configs", "configuration", "configurations", "preferences", "options"];
/** Words that make a "web profile" or "web settings" tool read pages or people after all. */
const READS_PAGES = ["page", "pages", "search", "content", "contents", "scrape", "crawl", "fetch", "browse", "navigate", "url", "urls", "public", "people", "person", "user", "users", "member", "members"];

/**
 * `get_web_profiles`, `list_website_settings`, `read_web_app_config`: "web" (or "website") in the name says what kind of
 * configuration the account keeps (a checkout's web experience profile, a shop's site settings), with a setting noun
 * right after it and no address to fetch: the account's own configuration, not web content.
 */
export function webWordNamesSetting(e: Evidence): boolean {
  if (e.urlParam || has(e.nameAndFirst, READS_PAGES)) return false;
  const at = e.name.findIndex((w) => w === "web" || w === "website");
  if (at < 0) return false;
  return e.name.slice(at + 1, at + 4).some((w) => SETTING_NOUNS.includes(w));
}

/** What a content system keeps as its model: publishing one applies its draft schema, it says nothing to anyone. */
const MODEL_NOUNS = /^(?:content_?types?|schemas?|models?|content_?models?|migrations?)$/;

/** `publish_entries` ("publishes draft entries"), `publish_content_type`: the publish verb leads the name. */
function publishLead(e: Evidence): boolean {
  const at = e.name.indexOf("publish");
  return at >= 0 && at <= 1 && !e.name.slice(0, at).some((w) => READ_VERBS.has(w) || w === "un");
}

/** `publish_content_type`, `publish_schema`: the content model's draft replaces the one the live API serves. */
export function publishesModel(e: Evidence): boolean {
  const object = e.name.slice(e.name.indexOf("publish") + 1).join("_");
  return publishLead(e) && MODEL_NOUNS.test(object);
}

/**
 * "Publishes one or more draft entries", "Publish the draft of a page": a stored draft made live replaces what the live
 * site or API served for that entry (new text is said only by a sink elsewhere).
 */
function publishesDraft(e: Evidence): boolean {
  // (The description must say it publishes: "Create a new article draft" under a publish name makes a draft.)
  return publishLead(e) && /^publish(?:es)? (?:(?:an?|the|one|or|more|all|existing|its|stored|saved|pending|\w+'s) )*(?:\w+ )?drafts?\b/.test(e.firstText) &&
    !/\b(?:as|to|into) (?:a |the )?drafts?\b|\bdraft (?:box|folder)\b/.test(e.firstText);
}

/** Money words: a capture or a payout moves them. */
const MONEY = /\b(?:payments?|orders?|charges?|authori[sz]ations?|authori[sz]ed|funds?|amounts?|invoices?|transactions?)\b/;

/** `capture_order`, "Capture payment for an authorised order", `capture_charge`: the authorised money is taken for good. */
function capturesPayment(e: Evidence): boolean {
  const at = e.name.indexOf("capture");
  return at >= 0 && at <= 1 && !e.name.slice(0, at).some((w) => READ_VERBS.has(w)) && MONEY.test(e.nameThenFirst) &&
    !has(e.nameSet, ["screenshot", "screen", "session", "message", "image", "photo", "video", "audio", "page", "event", "exception", "error", "status", "details", "list", "get"]);
}

/** Verbs that start a payout (not reading, cancelling or listing one). */
const PAYOUT_VERBS = ["create", "send", "process", "make", "issue", "initiate", "execute", "submit", "new"];

/** `create_payout`, `send_payouts`, "Process a batch payout": money sent out of the account to receivers. */
function paysOut(e: Evidence): boolean {
  return has(e.nameSet, ["payout", "payouts", "disbursement", "disbursements"]) && has(e.nameSet, PAYOUT_VERBS) && !has(e.nameSet, ["status", "details", "fee", "fees", "estimate", "preview"]) &&
    !e.name.some((w) => READ_VERBS.has(w) || w === "cancel");
}

/** Who a payout goes to, named by the caller: the receiver sees the amount and the note with it. */
const RECEIVER_KEYS = /^(?:receivers?|recipients?|recipient_?(?:emails?|ids?)|payees?|beneficiar(?:y|ies)|email|emails|phone|to)$/;

/**
 * "If the destination file exists, it will be replaced", `if_exists: "skip", "overwrite" or "rename"` in the description:
 * a move, a rename, a copy or an upload told (or able) to replace what is already at the destination.
 */
const MOVES = ["rename", "move", "copy", "upload", "put", "transfer", "sync"];
function replacesAtDestination(e: Evidence, description: string, schema: unknown): boolean {
  if (!has(e.nameSet, MOVES) || e.name.some((w) => READ_VERBS.has(w))) return false;
  const text = description.toLowerCase().replace(/\s+/g, " ");
  const stated = /\b(?:if|when) (?:the |a )?(?:destination|target)(?: file| folder| path| item)? (?:already )?exists,? (?:it )?(?:will be|is|gets) (?:replaced|overwritten)\b/.test(text) &&
    !/\b(?:not|never) (?:be )?(?:replaced|overwritten)\b/.test(text);
  // An option whose values are described in the tool text, with "overwrite" among them.
  const option = nestedKeys(schema).find((k) => /^(?:if|on|when)_?(?:exists|conflict)$|^conflict(?:_?(?:mode|behaviou?r|policy|resolution))?$/.test(k));
  const offered = option !== undefined && new RegExp(`\\b${option}\\b[^.]{0,120}\\b(?:overwrite|replace)\\b`).test(text);
  return stated || offered;
}

/** `method: GET | POST | PUT | DELETE` beside a path of the configured API. */
const PATH_PARAM = /^(?:endpoint|path|api_?path|route|resource_?path)$/;
const WRITE_METHODS = /\b(?:post|put|patch|delete)\b/;

/**
 * `api_request(method, endpoint, body)`, `direct_rest(method, path)`: any call of the signed-in service's own API, whose
 * host is configured, not chosen: GET reads its records, PUT and DELETE overwrite and remove them.
 */
function callsAnyOwnEndpoint(e: Evidence, schema: unknown): boolean {
  // (`endpoint` counts as an address only when its own description asks for a full URL.)
  const path = e.params.find((p) => PATH_PARAM.test(p));
  if (path === undefined || !e.params.includes("method") || e.params.some((p) => /^(?:url|uri|urls|href|base_?url|webhook_?url)$/.test(p))) return false;
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const pathSchema = Object.entries(props).find(([k]) => k.toLowerCase() === path)?.[1] as { description?: unknown; format?: unknown } | undefined;
  if (pathSchema?.format === "uri" || /\b(?:full |absolute )?url\b|https?:/i.test(typeof pathSchema?.description === "string" ? pathSchema.description : "")) return false;
  const method = Object.entries(props).find(([k]) => k.toLowerCase() === "method")?.[1] as { enum?: unknown; description?: unknown } | undefined;
  const values = `${enumText(method?.enum)} ${typeof method?.description === "string" ? method.description : ""}`.toLowerCase();
  return WRITE_METHODS.test(values) && /\bdelete\b/.test(values);
}

/** `publish: true`, `auto_publish`: a switch that puts the new entry live. */
const PUBLISH_SWITCH = /^(?:is_?|auto_?)?publish(?:ed)?(?:_?now)?$/;
/** The record handed in whole: an entry's field values, a page section, its attributes. */
const PAYLOAD = /^(?:data|fields|attributes|section|sections|entry|values|item|document|blocks)$/;

/**
 * `create_entry(data, publish)`, `add_page_section(section, publish)`: a new entry or section of a content system, with
 * a switch that puts it live on the site the system feeds (a reorder or a read with the same switch says nothing new).
 */
function createsWithPublishSwitch(e: Evidence): boolean {
  const lead = e.name.slice(0, 3);
  return has(new Set(lead), ["create", "add", "new", "insert"]) && !e.name.some((w) => READ_VERBS.has(w) || w === "draft" || w === "drafts") &&
    e.params.some((p) => PUBLISH_SWITCH.test(p)) && e.params.some((p) => PAYLOAD.test(p));
}

export function liveRecordLabels(e: Evidence, description: string, schema: unknown): Label[] {
  const out: Label[] = [];
  if (publishesModel(e)) out.push({ role: "destructive", confidence: 0.7, reason: "publishes a content model's draft, which replaces the schema the live API serves" });
  else if (publishesDraft(e)) out.push({ role: "destructive", confidence: 0.7, reason: "publishes stored drafts, which replace what the live site serves for those entries" });
  if (createsWithPublishSwitch(e)) out.push({ role: "public-sink", confidence: 0.7, reason: "creates an entry or a section with the data it is given, and a switch that publishes it on the site" });
  if (capturesPayment(e)) out.push({ role: "destructive", confidence: 0.7, reason: "captures authorised money, a payment that cannot be taken back" });
  if (paysOut(e)) {
    out.push({ role: "destructive", confidence: 0.7, reason: "sends a payout, money that cannot be taken back" });
    if (keysWithItems(schema).some((k) => RECEIVER_KEYS.test(k))) {
      out.push({ role: "public-sink", confidence: 0.7, reason: "sends money and its note to receivers the model names" });
    }
  }
  if (replacesAtDestination(e, description, schema)) out.push({ role: "destructive", confidence: 0.65, reason: "can replace what is already at the destination of a move, a copy or an upload" });
  if (callsAnyOwnEndpoint(e, schema)) {
    out.push({ role: "private-data", confidence: 0.65, reason: "calls any endpoint of the signed-in service's API, reads of its records included" });
    out.push({ role: "destructive", confidence: 0.65, reason: "calls any endpoint of the signed-in service's API, PUT and DELETE included" });
  }
  return out;
}

/** Publishing a content model puts no one's text anywhere: the send guess its publish verb drew is dropped. */
export function withoutModelPublishSink(labels: Label[], e: Evidence): Label[] {
  return publishesModel(e) ? labels.filter((l) => !(l.role === "public-sink" && isSendVerbReason(l.reason))) : labels;
}

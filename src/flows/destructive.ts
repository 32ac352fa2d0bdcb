// The destructive-role ladder: whether a tool deletes, overwrites or irreversibly changes what someone has.
import { words, propertyText, DELETE_VERBS, READ_VERBS, CREATE_VERBS, MODIFY_VERBS, WRITE_VERBS, INSPECT_VERBS, MODIFIABLE_DATA, LINK_NOUNS, RUNNING_NOUNS, ACTION_PARAMS, type Evidence } from "./heuristics.js";
import { REACTION_NOUNS } from "./scope.js";
import { editsProfileFields } from "./sending.js";
import { stopsWorkload } from "./infrastructure.js";
import { deploys, switchesLiveVersion, rewritesBranchOrAppliesPlan, destroyFlag } from "./releases.js";
import { rewritesSellingTerms, marksMoneySettled, batchesRecords } from "./commerce.js";
import type { Label, Role } from "./types.js";
import { hasAny as has, wordSet } from "./word-sets.js";

/** Money moves and other changes that cannot be taken back. */
const IRREVERSIBLE_VERBS = wordSet("refund", "void", "revert", "rollback", "finalize", "finalise", "discard", "force");
/** The destructive reason for an irreversible verb in the name; withoutBruteForceAction looks for the one about "force". */
export const irreversibleVerbReason = (verb: string): string => `name says "${verb}", which cannot be taken back`;
export const isIrreversibleVerbReason = (reason: string, verb: string): boolean => reason === irreversibleVerbReason(verb);
/** Orders placed in a market and money sent: once filled or paid, there is no undo. */
const SPEND_VERBS = wordSet("place", "buy", "sell", "purchase", "pay", "withdraw", "transfer");
const MONEY_NOUNS = wordSet("order", "orders", "trade", "trades", "market", "payment", "payments", "funds", "money", "shares", "stock", "stocks", "crypto", "invoice");
/** Parameters that make a write replace what is there: `overwrite: true`, `force: true`. */
const CLOBBER_PARAMS = wordSet("overwrite", "force", "replace", "replace_existing", "overwrite_existing", "clobber");
/** `init_config(force)`: setting up a project writes its files, over existing ones when forced. */
const SETUP_VERBS = wordSet("init", "initialize", "initialise", "setup", "scaffold", "bootstrap");
/** Records whose change takes effect at once and cannot be taken back by renaming: money, orders, security rules. */
const LIVE_RECORD_NOUNS = wordSet("order", "orders", "subscription", "subscriptions", "invoice", "invoices", "payment", "payments", "rule", "rules", "policy", "policies", "firewall", "firewalls");
/** `set_config_value`, `populate_placeholder`: writing a value into an existing slot replaces whatever it held. */
const ASSIGN_VERBS = wordSet("set", "populate");
/** Slots for a session's or a view's preferences: switching them loses nothing (`set_default_project`, `set_zoom`). */
const PREFERENCE_NOUNS = wordSet("default", "defaults", "current", "active", "mode", "zoom", "viewport", "language", "locale", "timezone", "verbosity", "debug", "cursor", "focus", "selection", "theme");
/** Replacing a running release or service with another version: the old one is gone and the new one may not work. */
const UPGRADE_VERBS = wordSet("upgrade", "downgrade", "redeploy");
const RELEASE_NOUNS = wordSet("release", "releases", "chart", "charts", "helm", "stack", "stacks");
/** Actions that remove something, as a multi-action tool lists them (`action: spawn | delete | apply_force`). */
const REMOVING_ACTIONS = wordSet("delete", "remove", "drop", "destroy", "purge", "wipe", "truncate", "erase", "overwrite", "trash");
/** Scaling a deployment to zero replicas takes a service down as surely as deleting it. */
const RESIZE_VERBS = wordSet("scale", "resize");
const TAKE_BACK_VERBS = wordSet("redact", "unsend", "retract", "recall");
const SHOWN_TEXT_VERBS = wordSet("set", "update", "edit", "change", "modify");
/** Fields that hold what a record says or how it behaves (a task's text, a group's profile, a component's parameters). */
// An object's attributes, a case's custom fields, a variable's value, a template version's body: the record's own data.
const SUBSTANCE_PARAMS = wordSet("description", "profile", "parameters", "properties", "settings", "policy", "policy_data", "replicas", "storage", "metadata", "recipients", "phases", "tasks", "rules", "schedule",
  "attributes", "fields", "value", "template");
/** Parameters that carry the new content itself, so the old content is gone after the call. */
const CONTENT_PARAMS = wordSet("content", "contents", "body", "text", "data", "values", "documents", "configuration", "config", "html", "markdown", "source", "code", "rows", "cells", "patch", "manifest", "statement", "command", "markup", "keyboard", "blocks", "embeds");
/** What a rename, a reprioritisation or an on/off switch touches: changing it loses nothing that matters. A description is
 * written text (a table's documentation), so overwriting it is not cosmetic. */
const COSMETIC_NOUNS = wordSet("name", "title", "priority", "status", "color", "colour", "position", "sort", "label", "labels", "tag", "tags", "enabled", "visibility", "favorite", "favourite", "categories");
/** What an upsert writes over an existing item: its content, its document, its value or its settings. */
const UPSERTED_CONTENT = wordSet("content", "contents", "body", "document", "documents", "value", "values", "data", "text", "markdown", "html", "config", "configuration", "settings");
/** Last words of a parameter that only point at a record (`table_id`, `new_name`): the record is named, not rewritten. */
const POINTER_PARAM_ENDS = wordSet("id", "ids", "name", "path", "index", "idx", "type", "key", "url", "uri", "slug", "number");

/** `app_config`, `new_metadata`, `content_to_set`: a parameter whose words say it carries content or settings. */
export function carriesContent(param: string, kinds: ReadonlySet<string>): boolean {
  const ws = words(param);
  return ws.length > 0 && !POINTER_PARAM_ENDS.has(ws[ws.length - 1]!) && ws.some((w) => kinds.has(w));
}

/**
 * "Modify an existing pending order", `update_gist(content)`, `update_security_rule`: an in-place update that
 * replaces content or settings people rely on. Renames, reprioritising and on/off switches are not.
 */
function overwritesInPlace(e: Evidence): boolean {
  // `update_task_priority`, `update_table_description`: the name says only a cosmetic field changes.
  const objectAfterVerb = e.name.slice(Math.max(0, e.name.findIndex((w) => MODIFY_VERBS.has(w))) + 1);
  if (objectAfterVerb.length > 0 && COSMETIC_NOUNS.has(objectAfterVerb[objectAfterVerb.length - 1]!)) return false;
  // "Create or update a note" is an upsert whose usual call makes something new.
  if (/\bcreate\b|\b(?:or|and) (?:an? )?existing\b/.test(e.firstText) || e.nameSet.has("create")) return false;
  // "Update field values in the wizard state": the tool's own form in progress, not a stored record.
  if (/\bwizard(?:'s)? state\b|\bstate of the [a-z ]*wizard\b|\bthe [a-z ]*wizard\b/.test(e.firstText) && !has(e.nameSet, [...MODIFIABLE_DATA])) return false;
  if (/\bexisting\b/.test(e.firstText) || has(e.nameSet, [...LIVE_RECORD_NOUNS])) return true;
  if (e.nameSet.has("write")) return false;
  // Update verbs with a content parameter, or with fields that say what the record is or does, replace what was there.
  if (e.paramKeys.some((p) => carriesContent(p, CONTENT_PARAMS) || carriesContent(p, SUBSTANCE_PARAMS))) return true;
  // A remote tool that declares no parameters ("Updates a dispute", "Update page settings") cannot show it only touches
  // a name; settings and properties are configuration, only a viewer's own preferences are not.
  return e.params.length === 0 && !has(e.nameSet, ["preferences", "preference", "prefs"]);
}

/** `set_config_value(key, value)`, `populate_placeholder(text)`: a value written into a slot that already exists. */
function assignsValue(e: Evidence, verb: string | undefined): boolean {
  if (!verb || has(e.nameSet, [...PREFERENCE_NOUNS])) return false;
  // `set_reminder`, `set_alert`: setting up something new, not writing over a stored value.
  if (/\b(?:set up|create|schedule|new)\b/.test(e.firstText)) return false;
  return e.paramKeys.some((p) => carriesContent(p, CONTENT_PARAMS) || /^values?$/.test(words(p).at(-1) ?? ""));
}

/** `encrypt_message(plaintext, recipient_key)`: text handed in comes back as ciphertext; no stored file is locked. */
function encryptsHandedText(e: Evidence): boolean {
  return e.params.some((p) => /^(?:plaintext|plain_?text|text|message|data|content|input|string)$/.test(p)) && !e.params.some((p) => /path|file|document|workbook|sheet/.test(p));
}

/** "Apply a layout template to an existing slide": a change verb aimed at something that already exists. */
function reshapesExisting(e: Evidence): boolean {
  const verb = e.name.slice(0, 3).find((w) => ["apply", "change", "restructure", "rewrite", "transform", "reformat", "convert"].includes(w));
  return verb !== undefined && /\b(?:to|on|of) (?:an?|the) existing\b/.test(e.firstText) && /\b(?:content|contents|text|structure|layout|data)\b/.test(e.fullText);
}

/** "Spawn, delete, and apply physics to actors" or an `action` parameter whose choices include delete. */
function removingAction(schema: unknown, e: Evidence): boolean {
  const leadingVerbList = /^(?:[a-z]+(?:, |\/| and | or |, and |, or ))+[a-z]+\b/.exec(e.firstText)?.[0] ?? "";
  if (has(new Set(words(leadingVerbList)), [...REMOVING_ACTIONS])) return true;
  return e.params.some((p) => ACTION_PARAMS.has(p) && has(new Set(words(propertyText(schema, p))), [...REMOVING_ACTIONS]));
}

/**
 * `git_clean`, `prune_images`, `cleanup_snapshots`: a clean-up deletes whatever it decides is unused or untracked, which
 * the description says (not `clean_html(text)`, which tidies what it is handed).
 */
function prunes(e: Evidence, verbs: string[]): boolean {
  if (!verbs.some((w) => ["clean", "cleanup", "prune", "gc"].includes(w))) return false;
  const handedText = e.params.some((p) => /^(?:text|html|content|input|string|data|markdown)$/.test(p));
  return !handedText && /\b(?:remove|removes|removing|delete|deletes|deleting|discard|discards|erase|erases)\b/.test(e.fullText);
}

/** `calls_end`, `hangup_call`, `end_meeting`: the verb (first or last after the object) ends a live call for everyone on it. */
function endsLiveCall(e: Evidence, verbs: string[]): boolean {
  const call = has(e.nameSet, ["call", "calls", "meeting", "meetings", "conference", "webinar"]) || /\b(?:phone )?call\b/.test(e.firstText);
  const hangsUp = e.nameSet.has("hangup") || (e.nameSet.has("hang") && e.nameSet.has("up"));
  const ends = verbs[0] === "end" || (e.name.at(-1) === "end" && verbs.every((w) => !READ_VERBS.has(w) && !SETTING_VERBS.has(w)));
  return call && (hangsUp || ends) && !verbs.some((w) => READ_VERBS.has(w) || SETTING_VERBS.has(w));
}
const SETTING_VERBS = wordSet("set", "update", "schedule", "change");

/** `rotate_signing_key`, "Regenerate the client secret": a new key or secret replaces the old one, which stops working. */
const ROTATE_VERBS = wordSet("rotate", "rotates", "regenerate", "regenerates", "roll", "rolls", "reroll");
const SECRET_NOUNS = wordSet("key", "keys", "secret", "secrets", "token", "tokens", "credential", "credentials", "password", "passwords");
function rotatesSecret(e: Evidence): boolean {
  return (e.name.some((w) => ROTATE_VERBS.has(w)) || ROTATE_VERBS.has(e.first[0] ?? "")) && has(new Set([...e.name, ...e.first.slice(0, 8)]), [...SECRET_NOUNS]) &&
    !e.name.some((w) => READ_VERBS.has(w));
}

/**
 * `policy_set(policy)`, `set_power_level(user, level)`: a security policy's limits or a member's rank in a room are
 * written over (a create or a read of a policy is not).
 */
function setsPolicyOrRank(e: Evidence): boolean {
  if (!e.name.some((w) => ["set", "update", "change", "modify", "edit", "patch"].includes(w)) || e.name.some((w) => READ_VERBS.has(w) || w === "create" || w === "add")) return false;
  const object = has(e.nameSet, ["policy", "policies"]) || /\bpower levels?\b/.test(e.nameThenFirst);
  return object && e.params.some((p) => /^(?:polic(?:y|ies)|(?:power_?)?level|rules|role)$/.test(p));
}

/** What the ladder found, and the two facts the sending rules reuse: the removal verb and a change to text others see. */
export interface Destruction {
  labels: Label[];
  del: string | undefined;
  changesSharedText: boolean;
}

/**
 * The first rung that fits decides: a removal verb, the trash, a message taken back, a described deletion, money spent,
 * then the weaker in-place overwrites. `restMethods` are the HTTP methods a catch-all tool says it calls.
 */
export function destruction(e: Evidence, schema: unknown, verbs: string[], all: ReadonlySet<string>, restMethods: ReadonlySet<string>): Destruction {
  const labels: Label[] = [];
  const add = (role: Role, confidence: number, reason: string) => labels.push({ role, confidence, reason });
  const nameVerb = (s: ReadonlySet<string>) => verbs.find((w) => s.has(w));
  const rawDel = nameVerb(DELETE_VERBS);
  // "Remove a label from an issue" unlinks an annotation; the issue and the label both remain.
  // Deleting one's emoji reaction takes back a click, not anything anyone wrote.
  const del = (rawDel === "remove" && has(e.nameSet, [...LINK_NOUNS])) || (rawDel === "delete" && has(e.nameSet, [...REACTION_NOUNS])) ? undefined : rawDel;
  // `check_upgrade`, `list_upgrades`: a checking or reading verb before the change makes it the object.
  const checkAt = verbs.findIndex((w) => INSPECT_VERBS.has(w) || READ_VERBS.has(w));
  const checksFirst = checkAt !== -1 && checkAt < verbs.findIndex((w) => UPGRADE_VERBS.has(w));
  // `force: "Bypass duplicate detection"`, "Override the duplicate guard": a flag that lets a second copy through, or
  // is described as doing something else, clobbers nothing.
  const clobberFlag = e.params.some((p) => CLOBBER_PARAMS.has(p) && !/\b(?:bypass|skip|ignore)\b|\b(?:duplicate|dedup|dedupe|de-duplication|deduplication)\b/.test(propertyText(schema, p)) ) && (nameVerb(WRITE_VERBS) ?? nameVerb(SETUP_VERBS)) !== undefined;
  // `conflict_behavior: rename | fail | replace`: a write told what to do when the name is taken may be told to replace it.
  const conflictReplaces = !verbs.some((w) => READ_VERBS.has(w)) && e.params.some((p) => /conflict|^(?:if|on|when)_?exists$|collision/.test(p) &&
    /\b(?:replace|overwrite|replaces|overwrites)\b/.test(propertyText(schema, p)));
  // `set_room_topic`, `update_channel_purpose`, `set_display_name`: agent-chosen words that everyone in a room or everyone who
  // sees the user's profile reads, in place of what was there.
  // `chats.set_description`: an area prefix may name the chat before the verb.
  const shownField = has(e.nameSet, ["topic", "purpose", "bio", "nickname", "tagline"]) || /\bdisplay name\b|\bstatus message\b|\b(?:group|room|channel|chat)s? (?:(?:set|update|edit|change) )?(?:name|title|subject|description|photo|picture)\b/.test(e.name.join(" "));
  const profileFields = editsProfileFields(e);
  const changesSharedText = nameVerb(SHOWN_TEXT_VERBS) !== undefined && (profileFields || (shownField &&
    (has(all, ["room", "rooms", "channel", "channels", "chat", "group", "groups", "profile", "server", "guild"]) || /\b(?:other users|others|members|everyone)\b/.test(e.fullText))));
  // "Resets the wizard state", `clear_cache`: the tool's own working state, which holds nothing the user made.
  const ownStateOnly = has(e.nameSet, ["state", "wizard", "cache", "caches", "session", "filter", "filters", "selection", "form"]) && !has(e.nameSet, [...MODIFIABLE_DATA]);
  // "Deletes a feed together with its articles ... cannot be undone": the description's own verb or warning.
  const describedRemoval = !READ_VERBS.has(verbs[0] ?? "") && !CREATE_VERBS.has(verbs[0] ?? "") &&
    (/^(?:deletes|removes|erases|purges|wipes|destroys|permanently (?:deletes|removes))\b/.test(e.firstText) || /\b(?:cannot|can ?not|can't) be (?:undone|recovered|restored|reversed)\b/.test(e.fullText));
  // "Restore a deleted file from history" brings something back; restoring a revision or a backup replaces what is there.
  const undeletes = del === "restore" && /\b(?:deleted|trash|trashed|recycle bin|removed)\b/.test(e.firstText) && !has(e.nameSet, ["revision", "revisions", "version", "versions", "backup", "backups", "snapshot", "snapshots"]);
  // `redact_event`, `unsend_message`: a sent message taken back from everyone who could read it (not `redact_pii(text)`).
  const takesBackMessage = nameVerb(TAKE_BACK_VERBS) !== undefined && has(e.nameSet, ["message", "messages", "event", "events", "post", "posts", "tweet", "comment"]);
  // `trash_message`, `move_to_trash`, `move_file_to_bin`: a bin is emptied on a schedule or by anyone with access, so
  // what goes there is on its way out (`list_trash`, `restore_from_trash` read or bring it back).
  const trashAt = verbs.indexOf("trash");
  const intoBin = !has(e.nameSet, ["from", "out", "restore", "untrash"]) &&
    ((trashAt !== -1 && !verbs.slice(0, trashAt).some((w) => READ_VERBS.has(w))) || (verbs[0] === "move" && has(e.nameSet, ["trash", "bin", "recycle", "wastebasket"])));
  // `list_purchase_orders`, `get_sell_orders`: after a read verb, "purchase" or "sell" names a kind of record.
  const spendAt = verbs.findIndex((w) => SPEND_VERBS.has(w));
  const spendVerb = spendAt !== -1 && !verbs.slice(0, spendAt).some((w) => READ_VERBS.has(w)) ? verbs[spendAt] : undefined;
  if (undeletes) {
    // Nothing the user has now is lost.
  } else if (del && !(ownStateOnly && (del === "reset" || del === "cancel"))) add("destructive", 0.8, `name says "${del}"`);
  else if (intoBin) add("destructive", 0.75, "moves items to the trash, from which they are purged");
  else if (takesBackMessage) add("destructive", 0.75, `"${nameVerb(TAKE_BACK_VERBS)}" removes a message that was sent`);
  else if (describedRemoval) add("destructive", 0.7, "description says it deletes, or that what it changes cannot be recovered");
  else if (/\b(?:permanently delete|irreversibl|cannot be undone|overwrit)/.test(e.firstText)) add("destructive", 0.7, "description says it deletes or overwrites");
  else if (nameVerb(IRREVERSIBLE_VERBS)) add("destructive", 0.7, irreversibleVerbReason(nameVerb(IRREVERSIBLE_VERBS)!));
  else if (spendVerb && has(all, [...MONEY_NOUNS])) add("destructive", 0.7, `"${spendVerb}" spends money or trades, which cannot be taken back`);
  else if (endsLiveCall(e, verbs)) add("destructive", 0.7, "ends or hangs up a call or meeting in progress, cutting everyone off");
  else if (deploys(e, verbs) || switchesLiveVersion(e, verbs)) add("destructive", 0.7, "deploys, promotes or shifts traffic to another version, replacing what is live");
  else if (rewritesBranchOrAppliesPlan(e, verbs)) add("destructive", 0.7, "merges or rebases a branch, or applies a plan, a run or a migration, changing what is live");
  else if (destroyFlag(e)) add("destructive", 0.65, "takes a flag that makes it destroy what it manages");
  else if (stopsWorkload(e, verbs)) add("destructive", 0.7, "stops or restarts a running workload, cutting off whatever it was serving");
  else if (prunes(e, verbs)) add("destructive", 0.7, "cleans up or prunes stored items, deleting the ones it decides are unused");
  else if (marksMoneySettled(e)) add("destructive", 0.7, "marks an order or an invoice paid or fulfilled, which the books then take as done");
  else if (batchesRecords(e)) add("destructive", 0.65, "a batch endpoint that updates and deletes a store's records along with creating them");
  else if (rotatesSecret(e)) add("destructive", 0.7, "rotates a key or a secret: the old one stops working");
  else if (setsPolicyOrRank(e)) add("destructive", 0.65, "overwrites a security policy or a member's power level");
  else {
    // `change_item_column_values(column_values)`: "change" with new values to write is an edit like "update".
    const mod = nameVerb(MODIFY_VERBS) ?? (e.nameSet.has("change") && e.paramKeys.some((p) => carriesContent(p, CONTENT_PARAMS)) ? "change" : undefined);
    // Replacing throws the old version away whatever the object is; editing is destructive only on stored data.
    // A bare `update` names no object; the description's opening does ("Update one or more documents").
    const bareVerbObject = e.name.length === 1 && has(new Set(e.first.slice(0, 6)), [...MODIFIABLE_DATA]);
    if (mod && (mod === "replace" || mod === "overwrite" || has(e.nameSet, [...MODIFIABLE_DATA]) || bareVerbObject)) add("destructive", 0.65, `name says "${mod}" on existing data`);
    // Records matched on a key are rewritten in place; only the unmatched ones are new.
    else if (e.nameSet.has("upsert") && has(new Set([...all, ...e.params]), [...MODIFIABLE_DATA, "config", "configuration"])) add("destructive", 0.65, "an upsert overwrites the stored records it matches");
    // "Create or update a note", "Creates or updates a document": an upsert by another name; with new content to write,
    // an existing item's content is replaced (the rulebook counts upserts as in-place overwrites).
    else if (!READ_VERBS.has(verbs[0] ?? "") && /^(?:creates? (?:or|and\/or) (?:updates?|replaces?)|upserts?)\b/.test(e.firstText) && e.paramKeys.some((p) => carriesContent(p, UPSERTED_CONTENT))) add("destructive", 0.65, "creates or updates: an existing item's content is replaced by what it is given");
    else if (mod && overwritesInPlace(e)) add("destructive", 0.65, `"${mod}" overwrites an existing record's content or settings`);
    else if (clobberFlag) add("destructive", 0.65, "writes with an overwrite or force flag");
    else if (conflictReplaces) add("destructive", 0.65, "its rule for a name already taken can replace the existing item");
    else if (nameVerb(RESIZE_VERBS) && has(all, [...RUNNING_NOUNS])) add("destructive", 0.65, `"${nameVerb(RESIZE_VERBS)}" changes how much of a running service there is, down to nothing`);
    // `clear_custom_field`, `clear_merge_field_value`: a field's stored value is wiped, not a screen or a filter.
    else if (e.nameSet.has("clear") && has(all, [...MODIFIABLE_DATA, "field", "fields", "value", "values", "dependencies"])) add("destructive", 0.65, "clears stored content");
    // "Set the dependencies to exactly the given list (clears existing ones first)": whatever was there and is not listed is gone
    // (unless the name says only a title or a name is replaced: `set_note_title`).
    // (Tags or labels too, when the description says every existing one is replaced by default.)
    else if (nameVerb(WRITE_VERBS) && (!COSMETIC_NOUNS.has(e.name.at(-1) ?? "") || /\breplaces? all (?:the )?existing\b/.test(e.fullText)) && /\b(?:and|to) replace\b|\breplaces? (?:the|an?|all|any|existing)\b|\bto exactly (?:the|these)\b|\bclears? (?:the |all |any )?existing\b/.test(e.fullText)) add("destructive", 0.65, "description says the write replaces what is there");
    else if (has(e.nameSet, ["protect", "encrypt"]) && e.params.some((p) => /password|passphrase|key$/.test(p)) && !encryptsHandedText(e)) add("destructive", 0.65, "re-writes a file under a password the model chooses, which can lock the owner out");
    else if (changesSharedText) add("destructive", 0.65, "replaces the text other people see on a room or profile");
    else if (assignsValue(e, nameVerb(ASSIGN_VERBS))) add("destructive", 0.65, `"${nameVerb(ASSIGN_VERBS)}" writes a new value over what the slot held`);
    else if (nameVerb(UPGRADE_VERBS) && !checksFirst && has(all, [...RUNNING_NOUNS, ...RELEASE_NOUNS])) add("destructive", 0.65, `"${nameVerb(UPGRADE_VERBS)}" replaces a running release with another version`);
    else if (reshapesExisting(e)) add("destructive", 0.65, "description says it changes an existing item's content or structure");
    else if (removingAction(schema, e)) add("destructive", 0.65, "one of its actions deletes or removes");
    else if ((restMethods.has("put") || restMethods.has("patch") || restMethods.has("delete")) && !verbs.some((w) => READ_VERBS.has(w))) add("destructive", 0.65, "a catch-all tool whose operations are PUT, PATCH or DELETE calls, which overwrite or remove");
    else if (rewritesSellingTerms(e, verbs)) add("destructive", 0.65, "rewrites the price or stock of a product customers buy");
  }
  return { labels, del, changesSharedText };
}

// Round twenty-six, sending: a file written at a path that may already hold one, a copy of an existing item into a new
// one that is public unless asked otherwise, a double opt-in mail to an address the agent picks; and a new empty space
// or project whose only text is its name, which sends nothing anywhere.
import { propertyOf, propertyText, type Evidence } from "./heuristics.js";
import { PUBLIC_SWITCH_REASON } from "./sending.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/** Verbs that put a file somewhere. */
const PUT_VERBS = ["upload", "write", "put", "save", "push", "commit"];
/** "Path where the file should be created/updated", "created or overwritten": the call also replaces an existing file. */
const CREATED_OR_REPLACED = /\bcreated?\s*(?:\/|or|and\/or)\s*(?:updated?|overwritten|overwrite|replaced?)\b|\b(?:overwritten|replaced) if (?:it |one |a file )?(?:already )?exists\b/;
/** A parameter that says where the file goes. */
const PLACE_PARAM = /^(?:path|file_?path|target_?path|dest(?:ination)?(?:_?path)?|remote_?path|file_?name|filename|key|name)$/;

/**
 * `upload_file(path: "where the file should be created/updated")`: writing to a path that is created or updated replaces
 * whatever file was there (a path that is only ever created new loses nothing).
 */
function writesOverPath(e: Evidence, schema: unknown): boolean {
  if (!has(e.nameSet, PUT_VERBS) || has(e.nameSet, ["get", "read", "list", "download", "delete", "remove"])) return false;
  return e.params.some((p) => PLACE_PARAM.test(p) && CREATED_OR_REPLACED.test(propertyText(schema, p)));
}

/** Verbs that make a new item from an existing one. */
const COPY_VERBS = ["duplicate", "copy", "fork", "clone"];
/** `source_space_id`, `from_id`, `template_id`: the existing item copied. */
const SOURCE_PARAM = /^(?:source|from|original|template)(?:_?[a-z]+)?_?id$|^source(?:_?[a-z]+)?$/;

/** Whether a `private`, `public` or `visibility` switch leaves the new item public when it is not set. */
function publicByDefault(schema: unknown, params: string[]): boolean {
  for (const p of params) {
    const text = propertyText(schema, p);
    const entry = propertyOf(schema, p) as { default?: unknown } | undefined;
    if (/^(?:is_?)?private$/.test(p) && (entry?.default === false || /\bdefault(?:s)?(?: is|:| to)? ?false\b|\bpublic (?:unless|by default)\b/.test(text))) return true;
    if (/^(?:is_?)?public$/.test(p) && (entry?.default === true || /\bdefault(?:s)?(?: is|:| to)? ?true\b/.test(text))) return true;
    if (p === "visibility" && /\bdefault(?:s)?(?: is|:| to)? ?["']?public\b/.test(text)) return true;
  }
  return false;
}

/**
 * `duplicate_space(source_space_id, name, private: default false)`: a copy of an item the agent names, possibly a private
 * one, is made as a new item that anyone can see unless the switch is set.
 */
function copiesIntoPublic(e: Evidence, schema: unknown): boolean {
  const copies = COPY_VERBS.includes(e.name.find((w) => !/^(?:hf|api|mcp)$/.test(w)) ?? "") || /^(?:duplicates?|copies|copy|forks?|clones?) (?:an? |the )?(?:existing |given )?\w+/.test(e.firstText);
  return copies && e.params.some((p) => SOURCE_PARAM.test(p)) && publicByDefault(schema, e.params) && !/\b(?:local|locally|to disk|directory)\b/.test(e.firstText);
}

/** "Create a double opt-in contact", "subscribe with a confirmation e-mail": the service mails the address given. */
const CONFIRMATION_MAIL = /\bdouble[- ]opt[- ]?in\b|\bconfirmation (?:e-?mail|mail|link)\b/;
const ADDRESS_PARAM = /^(?:e-?mail|email_?address|address|recipient)$/;

/**
 * `create_doi_contact(email, template_id, redirection_url)`: a double opt-in mails a confirmation, filled with what the
 * agent passes, to an address the agent picks (reading the opt-in settings mails no one).
 */
function mailsConfirmation(e: Evidence): boolean {
  const writes = has(e.nameSet, ["create", "add", "subscribe", "send", "register", "signup"]) || /^(?:create|add|subscribe|send|register)s?\b/.test(e.firstText);
  return writes && CONFIRMATION_MAIL.test(e.nameThenFirst) && e.params.some((p) => ADDRESS_PARAM.test(p)) &&
    !has(e.nameSet, ["get", "list", "read", "settings", "template", "templates", "delete", "remove"]);
}

export function hubWriteLabels(e: Evidence, schema: unknown): Label[] {
  const out: Label[] = [];
  if (writesOverPath(e, schema)) out.push({ role: "destructive", confidence: 0.65, reason: "writes a file at a path where it is created or updated, replacing the file already there" });
  if (copiesIntoPublic(e, schema)) out.push({ role: "public-sink", confidence: 0.65, reason: "copies an item the agent names into a new one that is public unless made private" });
  if (mailsConfirmation(e)) out.push({ role: "public-sink", confidence: 0.65, reason: "signs an address up with a double opt-in, so the service mails it a confirmation" });
  return out;
}

/** Containers made empty: a space, a project, a workspace; the name is all that is written. */
const CONTAINERS = ["space", "spaces", "project", "projects", "workspace", "workspaces", "repository", "repo", "organization", "organisation", "team"];
/** Parameters that carry text beyond a name. */
const TEXT_PARAM = /(?:^|_)(?:description|content|contents|body|text|summary|caption|html|markdown|message|bio|about|readme|title)$/;

/**
 * `create_space(name, private, sdk)`: a new, empty container says nothing to anyone beyond its name, even when public
 * (a public switch on a list, a post or a page still shows their text).
 */
export function withoutEmptyContainerSink(labels: Label[], e: Evidence): Label[] {
  const emptyContainer = has(e.nameSet, ["create", "new"]) && has(e.nameSet, CONTAINERS) && !has(e.nameSet, COPY_VERBS) &&
    !e.params.some((p) => TEXT_PARAM.test(p)) && !e.urlParam;
  return emptyContainer ? labels.filter((l) => !(l.role === "public-sink" && l.reason === PUBLIC_SWITCH_REASON)) : labels;
}

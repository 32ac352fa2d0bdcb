// What an account holds and who may reach it: changes to an item's access, checking its inbox, exporting its records,
// and catch-all calls of its API.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";


const ACCESS_NOUNS = ["permission", "permissions", "access", "sharing", "acl", "acls"];
const CHANGE_VERBS = ["update", "change", "modify", "edit", "set", "patch"];

/**
 * `update_sharing_permission(permission_id, role)`, `transfer_ownership(document_id, new_owner)`: lowering an access
 * entry's role locks its holder out, and a new owner can delete the item or remove the old one.
 */
function changesAccess(e: Evidence): boolean {
  const reads = has(e.nameSet, ["get", "list", "read", "history", "show", "view"]);
  const transfer = e.nameSet.has("transfer") && has(e.nameSet, ["ownership", "owner"]) || e.params.some((p) => /^transfer_?ownership$/.test(p));
  const entryRole = has(e.nameSet, CHANGE_VERBS) && has(e.nameSet, ACCESS_NOUNS) &&
    e.params.some((p) => /^(?:role|access_?level|permission_?level)$/.test(p)) && e.params.some((p) => /^permission_?id$/.test(p));
  return !reads && (transfer || entryRole);
}

/** What arrives in a mailbox: checking these reads them, unlike checking an address or a connection. */
const MAILBOX_OBJECTS = ["inbox", "mailbox", "mailboxes", "unread", "messages", "emails", "mails"];
const NOT_MAIL_CHECKS = ["address", "addresses", "format", "syntax", "spelling", "grammar", "spam", "score", "deliverability", "status", "server", "connection", "connectivity", "health", "dns", "mx", "valid", "validity", "domain", "quota", "size"];

/** `check_inbox`, `check_unread_messages`: the verb checks, the answer is the mail itself. */
function checksMailbox(e: Evidence): boolean {
  return e.name[0] === "check" && has(e.nameSet, MAILBOX_OBJECTS) && !has(e.nameSet, NOT_MAIL_CHECKS) && !has(new Set(e.first.slice(0, 6)), NOT_MAIL_CHECKS);
}

/** Records an account keeps about people and business: exporting them hands the whole set to the caller. */
const EXPORTABLE_RECORDS = ["contact", "contacts", "customer", "customers", "user", "users", "member", "members", "employee", "employees", "subscriber", "subscribers", "lead", "leads", "order", "orders", "invoice", "invoices", "message", "messages", "email", "emails", "note", "notes", "records", "addressbook", "address", "transactions", "patients", "clients"];
/** Parameters that carry what is to be exported: the tool converts what it is given, nothing stored. */
const HANDED_IN = /^(?:markdown|html|text|content|data|values|rows|json|source|input|chart|config)$/;

/** `export_contacts`, "Export one or more contacts as vCard text": the account's own records, in bulk. */
function exportsRecords(e: Evidence): boolean {
  if (!e.nameSet.has("export") || e.params.some((p) => HANDED_IN.test(p))) return false;
  return has(e.nameSet, EXPORTABLE_RECORDS) || has(new Set(e.first.slice(0, 6)), EXPORTABLE_RECORDS.filter((w) => w !== "address"));
}

/**
 * `api_invoke(operation_id, args)`, "Generic invocation of any method in the catalog": one tool that calls whatever the
 * signed-in account's API offers reads its records and can change or delete them.
 */
function callsAnyMethod(e: Evidence): boolean {
  const callVerb = has(e.nameSet, ["call", "invoke", "execute", "run", "request"]) || /\b(?:invocation|invokes?|calls?|executes?)\b/.test(e.firstText);
  const methodParam = e.params.some((p) => /^(?:method|method_?(?:id|name)|operation|operation_?(?:id|name)|endpoint_?id|api_?method)$/.test(p));
  const argsParam = e.params.some((p) => /^(?:args|arguments|params|parameters|body|payload|input)$/.test(p));
  return callVerb && methodParam && argsParam && !e.urlParam && /\b(?:any|every|generic|raw|arbitrary)\b/.test(e.firstText);
}

export function accountLabels(e: Evidence): Label[] {
  const out: Label[] = [];
  if (callsAnyMethod(e)) {
    out.push({ role: "private-data", confidence: 0.65, reason: "calls any method of the account's API, reads included" });
    if (!/\bread[- ]only\b|\bonly (?:get|read)\b/.test(e.fullText)) out.push({ role: "destructive", confidence: 0.65, reason: "calls any method of the account's API, updates and deletes included" });
  }
  if (changesAccess(e)) out.push({ role: "destructive", confidence: 0.65, reason: "changes who may reach an item or hands it to a new owner, which can lock people out" });
  if (checksMailbox(e)) {
    out.push({ role: "untrusted-content", confidence: 0.7, reason: "checks a mailbox, returning mail that other people wrote" });
    out.push({ role: "private-data", confidence: 0.7, reason: "checks the user's own mailbox" });
  }
  if (exportsRecords(e)) out.push({ role: "private-data", confidence: 0.65, reason: "exports the account's own records (contacts, customers, messages)" });
  return out;
}

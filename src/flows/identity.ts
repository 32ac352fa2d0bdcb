// Round twenty-seven (recall): an identity server's records and a back office's order, payment and stock checks. An
// identity provider (a realm of users, their sessions, sign-in events, clients and roles) keeps an organisation's
// directory and who signed in from where; ending another user's sessions cuts off their running work; a shop's own
// status checks of an order, a payment or stock read the business's records; a platform's hot searches are what
// strangers are posting about.
import { firstSentence, READ_VERBS, words, type Evidence } from "./heuristics.js";
import { isIrreversibleVerbReason } from "./destructive.js";
import type { Tool } from "../model.js";
import type { Label } from "./types.js";
import { hasAny as has, wordSet } from "./word-sets.js";

/**
 * What only an identity provider records: brute-force lock-outs, single sign-on clients, identity providers,
 * statistics or failures of sign-ins, and the active sessions of users or clients.
 */
const IDENTITY_MARK = /\bbrute[- ]?force\b|\b(?:saml|oidc|openid connect|single sign-on|sso)\b|\bidentity providers?\b|\blog(?:in|on)s? (?:success(?:es)?(?:\/failures?)?|failures?|errors?|events?|attempts?|stat(?:istic)?s|history|activity)\b|\b(?:active )?sessions? (?:count )?(?:for|of|per) (?:a |an |the |each |every )?(?:specific |given )?(?:users?|clients?|accounts?)\b|\b(?:users?|clients?)'?s? (?:active )?sessions\b/;

function identityText(name: readonly string[], firstText: string): string {
  return `${name.join(" ")} ${firstText}`;
}

/** The first sentence of a description, lower case, as the evidence takes it (enough for a server-wide look). */
const opening = (tool: Pick<Tool, "description">): string => firstSentence(tool.description ?? "").toLowerCase();

/**
 * `get_realm_roles`, `get_login_failures_by_ip`, `get_user_sessions`: two or more tools that speak of realms, sign-in
 * statistics, brute-force lock-outs or users' sessions make the server an identity provider's admin API.
 */
export function runsIdentityRealm(tools: readonly Pick<Tool, "name" | "description">[]): boolean {
  return tools.filter((t) => {
    const name = words(t.name);
    return IDENTITY_MARK.test(identityText(name, opening(t))) || realmRecords(new Set(name));
  }).length >= 2;
}

/** `get_realm_roles`, `list_realm_users`: a realm's users, roles or clients (a game's realm alone is a world, not a directory). */
function realmRecords(name: ReadonlySet<string>): boolean {
  return has(name, ["realm", "realms"]) && has(name, ["user", "users", "group", "groups", "role", "roles", "client", "clients", "session", "sessions", "event", "events", "credentials", "providers"]);
}

/** Records an identity provider keeps: its directory, roles and clients, and who signed in when and from where. */
const IDENTITY_RECORDS = wordSet("user", "users", "group", "groups", "role", "roles", "client", "clients", "session", "sessions", "event", "events", "login", "logins", "failures", "stats", "statistics", "brute", "realm", "realms", "member", "members", "credentials", "providers");
/** Verbs that only look: a read, a count, a check of a state (a function: heuristics.ts loads after this module). */
const looksVerb = (w: string) => READ_VERBS.has(w) || w === "count" || w === "check";

function looks(e: Evidence): boolean {
  return e.name.slice(0, 3).some(looksVerb) || READ_VERBS.has(e.first[0] ?? "");
}

/**
 * A read of an identity provider's records: sign-in statistics, failures and events, brute-force status, the active
 * sessions of a user or a client (named so by the tool itself), or, on an identity provider's admin API, its users,
 * groups, roles and clients. Who belongs to the organisation and who signed in from where is the organisation's own.
 */
export function readsIdentityRecords(e: Evidence, identityRealm: boolean): boolean {
  if (!looks(e)) return false;
  // "Get the current user's session", "check login status": the tool's own sign-in, not a realm's records.
  if (/\b(?:current|own|this|my|your) (?:login |browser )?sessions?\b|\blog(?:in|on) (?:status|state|flow|url|page)\b/.test(e.firstText)) return false;
  if (IDENTITY_MARK.test(identityText(e.name, e.firstText)) || realmRecords(e.nameSet)) return true;
  return identityRealm && has(e.nameSet, [...IDENTITY_RECORDS]);
}

/**
 * "Force logout a user by removing all their sessions", `sign_out_user(user_id)`, "Revoke all sessions of a user":
 * another user's sessions ended, cutting off whatever they were doing (the tool's own sign-out is not: no user is named).
 */
export function endsUsersSessions(e: Evidence): boolean {
  const signOut = has(e.nameSet, ["logout", "signout", "logoff"]) || /\b(?:log|sign) (?:out|off)\b/.test(e.name.join(" "));
  const endsSessions = /\b(?:remov|revok|terminat|end|kill|invalidat|delet|clear)(?:e|es|ed|ing|s)? (?:all )?(?:of )?(?:the |their |his |her |a user'?s |the user'?s )?(?:active )?sessions\b/.test(e.firstText);
  const userNamed = e.params.some((p) => /^(?:user(?:_?(?:name|id))?|username|login|email|subject|sub|member(?:_?id)?|account(?:_?id)?)$/.test(p)) ||
    /\b(?:a|the|given|specific|another) user\b/.test(e.firstText);
  return (signOut || (endsSessions && has(e.nameSet, ["session", "sessions", "user", "users", "logout"]))) && userNamed && !looks(e);
}

/**
 * "Return a customer-friendly order status for a given order number", `check_payment_status(order_number)`: a status
 * check of an order or a payment reads the business's own record of it, whatever the verb.
 */
export function checksOrderStatus(e: Evidence): boolean {
  const status = has(e.nameSet, ["status", "state", "tracking"]);
  const object = has(e.nameSet, ["order", "orders", "payment", "payments", "shipment", "shipments", "delivery"]);
  const keyed = e.params.some((p) => /^(?:order|payment|shipment|invoice)_?(?:id|number|no|key)$/.test(p));
  const verb = e.name.slice(0, 3).some((w) => w === "check" || w === "get" || w === "track" || w === "lookup") || /^(?:return|returns|get|gets|check|checks|look up)\b/.test(e.firstText);
  return status && object && keyed && verb;
}

/**
 * On a back office (see ownrecords.ts), `get_stock_level`, "Search for a product by its product number": the stock
 * and the catalogue the business keeps in its own system (not a static file the server ships).
 */
export function readsBackOfficeStock(e: Evidence, backOffice: boolean): boolean {
  if (!backOffice || (!looks(e) && !/^(?:return|returns)\b/.test(e.firstText))) return false;
  if (/\b(?:csv|spreadsheet|file|static|bundled|local)\b/.test(e.firstText)) return false;
  // Stock as goods on hand (its level, quantity or what is available), not a company's shares on a market.
  const stock = /\bstock (?:levels?|quantit(?:y|ies)|counts?|on hand)\b|\b(?:available|remaining|current) stock\b|\binventory (?:levels?|quantit(?:y|ies)|counts?)\b/.test(e.nameThenFirst) &&
    !has(e.nameSet, ["market", "price", "prices", "quote", "quotes", "ticker", "shares"]);
  const productByNumber = has(e.nameSet, ["product", "products"]) && e.params.some((p) => /^(?:product_?(?:number|id|no|sku)|sku)$/.test(p));
  return stock || productByNumber;
}

/** "Get hot search list", `get_hot_topics`: a platform's hot list is what strangers are posting about now. */
export function readsHotList(e: Evidence): boolean {
  return looks(e) && /\bhot (?:search(?:es)?|searches list|list|topics?|posts?|trends?)\b/.test(identityText(e.name, e.firstText));
}

/** A write verb at the head of the name: the tool sets up or changes a configuration. */
const CONFIG_WRITE = wordSet("create", "update", "set", "configure", "modify", "edit", "change", "patch", "add");

/**
 * "webhook_url: The URL where webhooks related to this profile will be sent", documented in the description's list of
 * arguments of a create or an update: the service will post its events (messages received, delivery reports) to an
 * address the agent picks.
 */
export function pointsWebhooksAt(e: Evidence, description: string): boolean {
  if (!e.name.slice(0, 2).some((w) => CONFIG_WRITE.has(w)) || e.name.slice(0, 3).some((w) => READ_VERBS.has(w))) return false;
  const text = description.replace(/\s+/g, " ").toLowerCase();
  return /\b(?:webhook|callback|event|status_callback|notification)_?url\b[^.]{0,20}?\b(?:url|address)\b[^.]{0,40}?\b(?:webhooks?|events?|callbacks?|notifications?)\b[^.]{0,60}?\b(?:sent|delivered|posted)\b/.test(text) ||
    /\burl (?:where|to which) (?:the )?(?:webhooks?|events?|callbacks?|notifications?) (?:[a-z ]{0,40})?(?:will be|are|is) (?:sent|delivered|posted)\b/.test(text);
}

/**
 * `update_messaging_profile`, `update_number_messaging_settings`: the settings a messaging account sends with (which
 * numbers it sends from, the profile a number uses, where its events go) replaced in place.
 */
export function rewritesMessagingSetup(e: Evidence): boolean {
  const update = e.name.slice(0, 2).some((w) => ["update", "modify", "change", "edit", "patch"].includes(w));
  const messaging = has(e.nameSet, ["messaging", "sms", "sender", "senders"]);
  const setup = has(e.nameSet, ["profile", "profiles", "settings", "configuration", "config"]);
  return update && messaging && setup;
}

/**
 * "Start a call using an assistant with a phone number (to: destination)", `make_call(to)`: an outbound call to a number
 * the agent picks says whatever it is given to whoever answers.
 */
export function placesOutboundCall(e: Evidence): boolean {
  const start = e.name.slice(0, 2).some((w) => ["start", "make", "place", "initiate", "dial", "create"].includes(w)) || e.nameSet.has("dial");
  const call = has(e.nameSet, ["call", "calls", "dial"]);
  const destination = e.params.some((p) => /^(?:to|to_?number|to_?phone|destination|destination_?number|phone_?number|callee)$/.test(p));
  return start && call && destination && !e.name.slice(0, 3).some((w) => READ_VERBS.has(w));
}

export interface IdentityFacts {
  identityRealm?: boolean;
  backOffice?: boolean;
}

export function identityLabels(e: Evidence, description: string, facts: IdentityFacts): Label[] {
  const out: Label[] = [];
  if (pointsWebhooksAt(e, description) || placesOutboundCall(e)) out.push({ role: "public-sink", confidence: 0.65, reason: "points a service's webhooks at an address the agent picks, or calls a number it picks" });
  if (rewritesMessagingSetup(e)) out.push({ role: "destructive", confidence: 0.65, reason: "replaces a messaging account's sending settings in place" });
  if (readsIdentityRecords(e, facts.identityRealm === true)) out.push({ role: "private-data", confidence: 0.65, reason: "reads an identity provider's records: its users, roles, clients, sessions or sign-in events" });
  if (endsUsersSessions(e)) out.push({ role: "destructive", confidence: 0.7, reason: "signs a user out by ending their sessions, cutting off their running work" });
  if (checksOrderStatus(e) || readsBackOfficeStock(e, facts.backOffice === true)) out.push({ role: "private-data", confidence: 0.65, reason: "reads a business's own record of an order, a payment or its stock" });
  if (readsHotList(e)) out.push({ role: "untrusted-content", confidence: 0.65, reason: "reads a platform's hot list, what strangers are posting about" });
  return out;
}

/** "Brute force" names the attack a lock-out guards against, not a forcing action. */
export function withoutBruteForceAction(labels: Label[], e: Evidence): Label[] {
  const brute = e.name.some((w, i) => w === "force" && e.name[i - 1] === "brute");
  return brute ? labels.filter((l) => !(l.role === "destructive" && isIrreversibleVerbReason(l.reason, "force"))) : labels;
}

/**
 * "Generate an OAuth authorization URL for the sign-in flow", `get_login_link`: the tool's own sign-in step hands back an
 * address to open, not any of the account's records (the product's name in the sentence does not make it a read).
 */
export function ownSignInLink(e: Evidence): boolean {
  return /^(?:generate|generates|create|creates|get|gets|build|builds|return|returns|start|starts|begin|begins)\b (?:an? |the )?(?:new )?(?:oauth(?: 2(?:\.0)?)? )?(?:authori[sz]ation|sign-?in|log-?in|login|consent|auth) (?:urls?|links?)\b/.test(e.firstText);
}

export function withoutOwnSignInRead(labels: Label[], e: Evidence): Label[] {
  return ownSignInLink(e) ? labels.filter((l) => l.role !== "private-data") : labels;
}

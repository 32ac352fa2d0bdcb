// Tenth session, rulebook section 5 (live): what a tool puts in front of people or of every client while it runs.
// Alerts, incidents, notifications and alerting events raised for people (5.24, 2.18); settings served live to apps
// (feature flags, remote configuration, experiments, their rollouts and allocations: 5.1); and reads with an optional
// mode that hands back a link anyone holding it can open (5.14, with section 1's "optional modes count"). Each class
// cites the decision it applies.
import { propertyOf, propertyText, READ_VERBS, DELETE_VERBS, type Evidence } from "./heuristics.js";
import { keysWithItems } from "./scope.js";
import { lead, leadsWith, readsOrRemoves } from "./settledsinks.js";
import { sentToSelfOnly } from "./sending.js";
import type { Label, Role } from "./types.js";
import { hasAny as has } from "./word-sets.js";

const label = (role: Role, reason: string): Label => ({ role, confidence: 0.65, reason });
/** Unsent or trial work (5.11, 5.26): a draft, a test, a preview, something staff-only. */
const unsentOrTrial = (e: Evidence) => has(e.nameSet, ["draft", "drafts", "pending", "internal", "private", "preview", "validate", "dry", "template", "templates", "simulate"]) ||
  // (An A/B or split test is an experiment served to users, not a trial call.)
  (e.nameSet.has("test") && !/\b(?:ab|a b|split|multivariate) tests?\b/.test(e.name.join(" ")));

// ---------------------------------------------------------------------------------------------------------------------
// 5.24 and 2.18 (alerts, incidents and notifications sent to people): an alert, an alarm or an incident raised, a
// notification pushed, or an event sent to a product that alerts on it, pages on-call responders, shows a team or
// notifies subscribers with the text the agent wrote (section 1 creates rule (b)). The alerting set-up (rules, policies,
// channels, schedules, templates) is configuration, and one's own notifications to oneself have no role (5.26).

const RAISE_VERBS = ["send", "create", "trigger", "raise", "fire", "post", "emit", "declare", "push", "publish", "dispatch", "add", "new", "open", "submit", "report", "broadcast", "page", "escalate", "ingest"];
const ANSWERS = ["acknowledge", "ack", "resolve", "close", "snooze", "mute", "unmute", "silence", "merge", "assign", "reassign", "mark", "unassign"];
const CHANGES = ["update", "edit", "modify", "patch", "set", "change"];
/** What is raised for people: the object of the name. */
const ALERT_ITEMS = ["alert", "alerts", "alarm", "alarms", "incident", "incidents", "notification", "notifications", "notice", "notices"];
const EVENT_ITEMS = ["event", "events"];
/** Parts and settings of the alerting (a rule, a channel, a template), not an alert. */
const ALERT_PARTS = ["rule", "rules", "policy", "policies", "setting", "settings", "channel", "channels", "template", "templates", "type", "types", "subscription",
  "subscriptions", "subscriber", "subscribers", "preference", "preferences", "integration", "integrations", "webhook", "webhooks", "schedule", "schedules", "filter",
  "filters", "grouping", "maintenance", "contact", "contacts", "condition", "conditions", "definition", "definitions", "monitor", "monitors", "threshold", "thresholds",
  "tag", "tags", "label", "labels", "note", "notes", "comment", "comments", "attachment", "attachments", "field", "fields", "source", "sources", "destination",
  "destinations", "endpoint", "endpoints", "listener", "listeners", "handler", "handlers", "trigger", "triggers", "query", "queries", "log", "logs", "stream",
  "streams", "workflow", "workflows", "automation", "automations", "view", "views", "role", "roles", "service", "services", "priority", "priorities"];
/** An event is for people when the product alerts, notifies or pages on it. */
const ALERTING = /(?:\b|_)alert(?:s|ing|ed)?\b|\balarms?\b|\bnotif(?:y|ies|ied|ying|ication|ications)\b|\bon-?call\b|\bresponders?\b|\bpag(?:e|es|ing) (?:the |an? )?(?:on-?call|responders?|team|engineers?)\b|\bescalat(?:e|es|ion)\b/;
/** Calendar and ticketed events are 2.5's and 5.25's: their attendees, not alerting, decide. */
const CALENDAR = /\b(?:calendars?|meetings?|attendees?|invitees?|rsvp|bookings?|appointments?|tickets? (?:for|to) (?:the )?event|venue|agenda)\b/;
/** The agent's own text on the item: a title, a message, a summary, details or custom properties. */
const TEXT_KEY = /^(?:title|message|msg|summary|description|body|text|details|content|contents|payload|properties|custom_?details|subject|headlines?|headings?|reason|data|attributes|alert|incident|notification|event|events|name)$/;

/** `trigger_alert(service, summary)`, `declare_incident(title, severity)`, `send_event(title, properties)` to an alerting product. */
export function raisesAlertForPeople(e: Evidence, schema: unknown): boolean {
  const at = e.name.findIndex((w, i) => i < 3 && RAISE_VERBS.includes(w));
  // The parts are looked for after the verb: `trigger_alert` raises an alert, `create_alert_trigger` sets one up.
  if (at < 0 || readsOrRemoves(e) || unsentOrTrial(e) || has(new Set(e.name.slice(at + 1)), ALERT_PARTS)) return false;
  // Answering, closing or changing what is already raised: nothing new reaches anyone (`post_incident_update` still posts).
  if (has(e.nameSet, ANSWERS) || e.name.slice(0, at).some((w) => CHANGES.includes(w))) return false;
  const alertItem = has(e.nameSet, ALERT_ITEMS);
  const text = `${e.name.join(" ")} ${e.fullText} ${e.paramText}`;
  const alertingEvent = has(e.nameSet, EVENT_ITEMS) && ALERTING.test(text) && !CALENDAR.test(`${e.name.join(" ")} ${e.fullText}`);
  // `page_on_call(user, message)`: the verb "page" is what reaches the person.
  const pages = e.name[0] === "page" && has(e.nameSet, ["oncall", "on", "call", "responder", "responders", "user", "team", "engineer", "person"]);
  if (!alertItem && !alertingEvent && !pages) return false;
  if (sentToSelfOnly(e)) return false;
  return keysWithItems(schema).some((k) => TEXT_KEY.test(k));
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.1 (settings served live to clients): feature flags, remote configuration and experiments are served to every app
// that asks, so values the agent writes into them reach those clients (a public-sink), and a change replaces what the
// clients got before (destructive); rolling a flag or an experiment out or changing its allocation changes which of its
// values the clients get. Creating an empty one serves nothing, an on/off switch is a reversible toggle (section 1), and a
// targeting setting alone serves no agent-chosen value (destructive only, as other updates).

const FEATURE_FLAG = /\bfeature[ -]?(?:flags?|toggles?|gates?|switch(?:es)?)\b/;
/** Words that say a flag or a test is a feature flag or a product experiment (not a mail flag, not a model's training run). */
const SERVED_VARIANTS = /\bvariations?\b|\bvariants?\b|\brollouts?\b|\btargeting\b|\btraffic\b|\ballocations?\b|\baudiences?\b|\bvisitors?\b|\bapp users?\b/;
const REMOTE_CONFIG = /\bremote[ -]?config(?:uration)?s?\b|\bdynamic[ -]config(?:uration)?s?\b|\bconfig(?:uration)?s? (?:served|delivered|fetched) (?:to|by) (?:the |your )?(?:apps?|clients?|devices?)\b/;
const EXPERIMENT = /\bexperiments?\b|\b(?:a\/b|ab|split|multivariate) tests?\b|\babtests?\b/;
/** Machine-learning experiments are training runs and their metrics, served to no one. */
const ML_EXPERIMENT = /\b(?:mlflow|runs?|metrics?|models?|training|hyper-?parameters?|artifacts?|wandb|comet|neptune|notebooks?)\b/;
/** Changing how much of the audience gets which variation: a rollout, an allocation, a traffic split. */
const ROLLOUT = /\brollouts?\b|\broll(?:s|ing)? (?:it |them )?out\b|\ballocat(?:e|es|ion|ions)\b|\btraffic (?:split|percentages?|weights?|shares?)\b|\bpercentage (?:of|rollout)\b/;
const ROLLOUT_KEY = /^(?:rollout|rollouts|rollout_?percentage|percentage|percent|allocation|allocations|traffic|traffic_?allocation|weights?|split|exposure)$/;
/** The values clients receive: a value, a default, conditional values, a list of variations, a payload, a template. */
const VALUE_KEY = /^(?:value|values|default_?value|defaultvalue|remote_?config_?(?:default_?)?value|remote_?config_?values?|conditional_?values|variations|variants|variation_?values?|variant_?values?|payloads?|json_?value|string_?value|parameters|parameter_?values?|template)$/;
const UPDATE_VERBS = ["update", "set", "change", "edit", "modify", "patch", "replace", "put", "publish", "promote", "upsert", "configure", "rollout", "release", "allocate", "adjust", "override"];
const CREATE_VERBS = ["create", "add", "new", "insert"];
/** On and off, start and stop: a reversible switch (section 1), and archiving. */
const TOGGLES = ["toggle", "enable", "disable", "turn", "switch", "on", "off", "kill", "archive", "unarchive", "pause", "resume", "start", "stop", "launch", "restore", "copy", "clone", "rename", "duplicate"];
/** "Saved as a draft until published": the change stays staged (5.1: destructive only). */
const STAGED = /\bdrafts?\b|\bstaged?\b|\buntil (?:it is |you |a separate )?publish|\bunpublished\b/;

export interface LiveSettingRoles {
  sink: boolean;
  destructive: boolean;
}

/** `update_remote_config(template)`, `set_flag_variations(flag, variations)`, `update_experiment_allocation(experiment, traffic)`. */
export function servesLiveSetting(e: Evidence, schema: unknown): LiveSettingRoles | undefined {
  if (readsOrRemoves(e) || unsentOrTrial(e) || leadsWith(e, TOGGLES)) return undefined;
  const updating = leadsWith(e, UPDATE_VERBS);
  const creating = !updating && leadsWith(e, CREATE_VERBS);
  if (!updating && !creating) return undefined;
  const named = `${e.name.join(" ")} ${e.fullText}`;
  const all = `${named} ${e.paramText}`;
  const keys = [...new Set([...e.params, ...keysWithItems(schema)])];
  const flag = FEATURE_FLAG.test(named) || (has(e.nameSet, ["flag", "flags", "gate", "gates"]) && SERVED_VARIANTS.test(all));
  const remoteConfig = REMOTE_CONFIG.test(named) || (e.nameSet.has("remote") && has(e.nameSet, ["config", "configs", "configuration", "parameter", "parameters", "template"]) && !has(e.nameAndFirst, ["git", "repository", "repo", "branch"]));
  const experiment = EXPERIMENT.test(named) && SERVED_VARIANTS.test(`${all} ${keys.join(" ")}`) && !ML_EXPERIMENT.test(named);
  if (!flag && !remoteConfig && !experiment) return undefined;
  // A variation named by its index or id picks one of the values already there: that is targeting, not a new value.
  const values = keys.some((k) => VALUE_KEY.test(k) && !/\b(?:index|id|key) of\b|^\s*(?:the )?(?:variation|variant) (?:index|id)\b/.test(propertyText(schema, k)));
  const rollout = updating && (ROLLOUT.test(named) || e.params.some((p) => ROLLOUT_KEY.test(p)));
  // A targeting rule or a description changed in place still replaces what the clients got (destructive only).
  if (!values && !rollout) return updating ? { sink: false, destructive: true } : undefined;
  return { sink: !STAGED.test(named), destructive: updating };
}

// ---------------------------------------------------------------------------------------------------------------------
// 5.14 with section 1's "optional modes count" (links on request): a read whose mode or option returns a presigned,
// public or shareable link instead of the content hands the user's data to whoever holds the link. A link for uploading
// opens nothing stored, a URL the read takes as input is no link it makes, and a link that needs the account is 5.14's
// private-data.

/** What a link anyone can open is called. */
const ANYONE_LINK = /\bpre-?signed\b|\bpresign(?:ed)?[_ ]?(?:urls?|links?)?\b|\bsigned (?:download |get |read )?(?:urls?|links?)\b|\bpublic(?:ly accessible)?[ _-]?(?:download[ _-]?)?(?:urls?|links?)\b|\bshare(?:able)?[ _-]?(?:urls?|links?)\b|\banyone (?:with|who has|holding) the (?:link|url)\b|\banonymous (?:share |download )?links?\b/;
const UPLOAD_LINK = /\b(?:upload|put|write)(?:s|ing|ed)? (?:urls?|links?)\b|\b(?:for|to) upload(?:ing)?\b/;
/** Parameters that choose what a read returns or how: a mode, a format, an `as_link` or `presign` switch. */
const MODE_PARAM = /^(?:return_?type|return_?as|return_?mode|mode|format|output|output_?format|output_?type|response_?type|result_?type|as_?[a-z]+|return_?[a-z]+|include_?[a-z]*(?:url|link)s?|presign(?:ed)?(?:_?url)?|signed(?:_?url)?|generate_?[a-z]*(?:url|link)s?|get_?(?:url|link)|url_?only|link_?only|share|shareable|public|public_?(?:url|link)|delivery|download_?mode)$/;
/** An address the read takes as input (`image_url`, `file_uri`): where something is, not a link made for others. */
const INPUT_ADDRESS = /^(?:[a-z0-9]+_?)?(?:url|uri|urls|uris|href|link)$/;

/** The normalised description, for a parameter's option list written out after the first sentence. */
const flat = (description: string) => description.replace(/\s+/g, " ").toLowerCase();

/** `get_file(path, return_type: "url" = a pre-signed download URL)`, `get_object(bucket, key, presign: true)`. */
export function returnsLinkOnRequest(e: Evidence, description: string, schema: unknown): boolean {
  const reads = lead(e).some((w) => READ_VERBS.has(w) || ["export", "download"].includes(w)) || READ_VERBS.has(e.first[0] ?? "");
  if (!reads || lead(e).some((w) => DELETE_VERBS.has(w)) || UPLOAD_LINK.test(e.nameThenFirst)) return false;
  const text = flat(description);
  return e.paramKeys.some((key) => {
    const p = key.toLowerCase();
    const entry = propertyOf(schema, p) as { type?: unknown; enum?: unknown } | undefined;
    const switchOrChoice = entry?.type === "boolean" || Array.isArray(entry?.enum) || MODE_PARAM.test(p);
    if (!switchOrChoice || (INPUT_ADDRESS.test(p) && entry?.type !== "boolean")) return false;
    const own = propertyText(schema, p);
    if (ANYONE_LINK.test(own) && !UPLOAD_LINK.test(own)) return true;
    // "return_type: What to return. One of: 'metadata' ... 'url': A pre-signed download URL": the option written out in the
    // description, the link within a short reach after the parameter's name.
    const name = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of text.matchAll(new RegExp(`(?<![a-z0-9_])${name}(?![a-z0-9_])`, "g"))) {
      const reach = text.slice(m.index, m.index + 200);
      if (ANYONE_LINK.test(reach) && !UPLOAD_LINK.test(reach)) return true;
    }
    return false;
  });
}

export function liveSettingLabels(e: Evidence, description: string, schema: unknown): Label[] {
  const out: Label[] = [];
  if (raisesAlertForPeople(e, schema)) out.push(label("public-sink", "raises an alert, an incident, a notification or an alerting event that the product shows or pages to other people"));
  const live = servesLiveSetting(e, schema);
  if (live?.sink) out.push(label("public-sink", "writes a feature flag's, a remote configuration's or an experiment's values, which the product serves live to every client"));
  if (live?.destructive) out.push(label("destructive", "replaces the flag, configuration or experiment values the clients were served"));
  if (!out.some((l) => l.role === "public-sink") && returnsLinkOnRequest(e, description, schema)) {
    out.push(label("public-sink", "can return a presigned, public or shareable link to the item, which anyone holding it can open without signing in"));
  }
  return out;
}

// Shapes of tools that put the model's words or the user's items in front of other people (the public-sink classes).
import { words, propertyText, type Evidence } from "./heuristics.js";
import { hasAny as has } from "./word-sets.js";
import { nestedKeys } from "./scope.js";
import type { Tool } from "../model.js";


/** Verbs that change what an existing item says. */
const TEXT_CHANGE_VERBS = new Set(["update", "edit", "modify", "change", "set", "patch", "upsert", "rename"]);
/** Parameters whose words hold text a reader sees: a title, a description, a body, a caption. */
const SHOWN_TEXT_PARAMS = new Set(["name", "title", "description", "content", "body", "text", "summary", "caption", "html", "markdown", "message", "bio", "about", "tagline", "excerpt"]);
/** A public website or blog and the tools that build one (`wp_` names WordPress's own API). */
const SITE_WORDS = new Set(["website", "websites", "blog", "blogs", "cms", "wordpress", "wp", "webflow", "drupal", "joomla", "storefront"]);
/** What such a site shows its visitors: its pages and posts, their media and captions, its title, menus and widgets. */
const SITE_SHOWN = new Set(["page", "pages", "post", "posts", "article", "articles", "media", "image", "images", "photo", "photos", "settings", "menu", "menus", "widget", "widgets", "banner", "footer", "header", "section", "sections", "site", "blog", "tagline"]);
/** `send_batch`, `deliver_event`, `replay_request`: verbs that hand a payload to a receiver. */
const DELIVER_VERBS = new Set(["send", "deliver", "dispatch", "fire", "trigger", "post", "replay", "resend"]);

/** Documents a business sends its customers. */
const BILLING_DOCUMENTS = ["invoice", "invoices", "quote", "quotes", "estimate", "estimates", "receipt", "receipts"];

/** What the caller has already worked out about the tool's name. */
export interface SendingFacts {
  /** The first name word that is a verb, after any server or area prefix. */
  lead: string;
  readVerb: string | undefined;
  del: string | undefined;
  /** The name's creating verb, if any (`create`, `add`, `new`). */
  createVerb: string | undefined;
  create: string | undefined;
  update: string | undefined;
  /** Words from the name and the first sentence together. */
  all: ReadonlySet<string>;
  /** The name words a verb may be among (the first three). */
  verbs: string[];
}

/** `update_profile(bio)`, `edit_member(headline, about)`: the fields of a profile that everyone who opens it reads. */
export function editsProfileFields(e: Evidence): boolean {
  return has(e.nameSet, ["profile", "user", "account", "me", "member", "self"]) && e.params.some((p) => words(p).some((w) => ["bio", "biography", "about", "headline", "tagline"].includes(w)));
}

/** A preview mailed back to the caller ("send a test email to the current API user") reaches no one else. */
export function sentToSelfOnly(e: Evidence): boolean {
  // `send_memo_to_me`: the name says who receives it, whatever language the description is in.
  if (/\bto (?:me|myself|self)$/.test(e.name.join(" ")) && !e.recipientParam) return true;
  return /\bto (?:the )?(?:current|authenticated|signed[- ]in|logged[- ]in) (?:api )?user\b|\bto (?:yourself|myself|me)\b/.test(e.firstText) &&
    !e.recipientParam && !e.params.some((p) => /^(?:emails?|email_?address(?:es)?|addresses|phone|phone_?number|user_?ids?)$/.test(p));
}

/** Whoever runs a webhook or an endpoint reads every payload delivered to it, whatever the tool calls them. */
export function deliversToEndpoint(e: Evidence, f: SendingFacts): boolean {
  return DELIVER_VERBS.has(f.lead) && (/\bto (?:an? |the |your |its |configured |registered )*(?:webhooks?|endpoints?|callback urls?)\b/.test(e.firstText) || e.params.some((p) => /webhook|endpoint/.test(p)));
}

/** One public-sink class that matched: its confidence and the reason shown to the user. */
export interface SinkShape { confidence: number; reason: string }

/** What publishingWrite says of a public/private switch on a write of text; withoutEmptyContainerSink looks for it. */
export const PUBLIC_SWITCH_REASON = "writes a name or text that a public/private switch can show to anyone";

/**
 * Writes that publish without a send verb, in the order they are tried: a public/private switch, a website, invitations
 * and answers with a note, access grants, uploads into shared places, alert routing. The caller tries the older,
 * more direct send shapes first and these only when none of those matched.
 */
export function publishingWrite(e: Evidence, schema: unknown, f: SendingFacts): SinkShape | undefined {
  const changeVerb = f.createVerb ?? f.verbs.find((w) => TEXT_CHANGE_VERBS.has(w));
  const writesText = !f.readVerb && !f.del && changeVerb !== undefined && e.params.some((p) => words(p).some((w) => SHOWN_TEXT_PARAMS.has(w)));
  // `create_list(name, is_private)`, `change_playlist_details(public)`: a switch that can make the item public says its
  // name and text may reach anyone; "public to the team" or "everyone in the workspace" stays inside an organisation.
  const switchParam = e.params.find((p) => /^(?:is_?)?(?:public|private)$|^visibility$|^privacy(?:_?(?:status|level))?$/.test(p));
  const publicSwitch = switchParam !== undefined &&
    !/\b(?:public|visible) (?:to|within|inside|in) (?:the |your |its )?(?:team|workspace|organi[sz]ation|org|company|project)\b|\beveryone in (?:the |your )?(?:team|workspace|organi[sz]ation|org|company)\b/.test(propertyText(schema, switchParam));
  if (publicSwitch && writesText) return { confidence: 0.7, reason: PUBLIC_SWITCH_REASON };
  // `create_article(title, body, published)`, `status: "draft or published"`: one argument puts the text live.
  const publishSwitch = e.params.some((p) => /^(?:is_?)?publish(?:ed)?(?:_?(?:at|date|time|now))?$/.test(p) || (p === "status" && /\bpublish(?:ed)?\b/.test(propertyText(schema, p))));
  if (publishSwitch && writesText) return { confidence: 0.7, reason: "writes text that a publish switch can put in front of anyone" };
  if (writesText && has(f.all, [...SITE_WORDS]) && has(e.nameSet, [...SITE_SHOWN])) return { confidence: 0.7, reason: "writes a page, a post or text that a website or blog shows its visitors" };
  if (pinOrListingWrite(e, f)) return { confidence: 0.7, reason: "creates or rewrites a pin or a marketplace listing, whose text, image and link the public sees" };
  return undefined;
}

/** A pin on a board of pictures or a listing in a marketplace: what they say and show is there for anyone browsing. */
const SHOWN_ITEMS = ["pin", "pins", "listing", "listings"];
/** What a pin or a listing shows: its title, description, link, picture; or the items themselves in a batch. */
const SHOWN_FIELDS = /^(?:title|description|link|alt_?text|image_?(?:url|path|file)|photo_?(?:url|path)|media_?(?:url|path)|pins|listings)$/;

/**
 * `create_pin(title, link, image_url)`, `bulk_create_pins(pins)`, `update_listing(title, description)`: new or rewritten
 * text and images on a pinboard or a marketplace listing (not a map pin, a chat's pinned message, a draft, or a
 * listing's stock and prices alone).
 */
function pinOrListingWrite(e: Evidence, f: SendingFacts): boolean {
  const changeVerb = f.createVerb ?? f.verbs.find((w) => TEXT_CHANGE_VERBS.has(w));
  return changeVerb !== undefined && !f.readVerb && !f.del && has(e.nameSet, SHOWN_ITEMS) &&
    !has(e.nameSet, ["draft", "drafts", "inventory", "stock", "price", "prices", "quantity", "message", "messages", "map", "location"]) &&
    !e.params.some((p) => /^(?:lat|latitude|lon|lng|longitude|coordinates)$/.test(p)) && e.params.some((p) => SHOWN_FIELDS.test(p));
}

/** Writes that reach named people: an invitation or an answer with a note, an access grant, an upload into a shared place, alert routing. */
export function reachesPeople(e: Evidence, f: SendingFacts): SinkShape | undefined {
  const changeVerb = f.createVerb ?? f.verbs.find((w) => TEXT_CHANGE_VERBS.has(w));
  // `connect_with_member(note)`, `invite_collaborator(email, message)`, `deny_invite_request(message)`: the person invited,
  // or whoever asked, receives the note.
  const noteParam = e.params.some((p) => /^(?:note|message|comment|reason|body|text|greeting|personal_?(?:note|message))$/.test(p));
  const inviting = ["invite", "connect"].includes(f.lead) || /^(?:send|sends) (?:an? )?(?:[a-z]+ )?(?:invitation|invite|connection request)\b/.test(e.firstText);
  const answersRequest = has(e.nameSet, ["deny", "decline", "reject", "approve", "accept", "respond"]) &&
    has(new Set([...e.name, ...e.first.slice(0, 8)]), ["request", "requests", "invite", "invites", "invitation", "invitations", "join", "membership", "access", "connection"]);
  // `set_list_access(list_id, channel_ids)`, `add_file_permission(file_id, email)`: letting named people or channels into an
  // item shares it with them (a user's own role, with no item named, is administration).
  const grantsAccess = !f.readVerb && !f.del && has(e.nameSet, ["access", "permission", "permissions", "sharing", "collaborator", "collaborators"]) &&
    has(e.nameSet, ["set", "grant", "add", "update", "create", "give", "share", "invite"]) &&
    e.params.some((p) => /^(?:user_?ids|channel_?ids?|channels|emails?|email_?address(?:es)?|principals?|grantees?|collaborators?)$/.test(p)) &&
    e.params.some((p) => /^(?:file|list|document|doc|folder|item|page|sheet|spreadsheet|board|project|dashboard|resource|note|notebook)_?id$/.test(p));
  // "Upload a custom sticker to a guild", "uploads a file as an attachment to a page": what lands there, every member sees.
  const uploadsToSharedPlace = !f.readVerb && !f.del && /\buploads? (?:an? |the )?(?:new )?(?:[a-z]+ ){0,2}(?:to|as an attachment to|into) (?:an? |the )?(?:specific |given )?(?:[a-z]+ )?(?:guild|community|channel|room|page|issue|ticket|thread|discussion|wiki)\b/.test(e.firstText);
  // `create_alert_rule(actions)`, `update_notification_policy(recipients)`: every future alert goes where the actions point.
  const alertRouting = !f.readVerb && !f.del && changeVerb !== undefined &&
    has(e.nameSet, ["alert", "alerts", "alerting", "notification", "notifications", "monitor", "monitors", "escalation", "escalations"]) &&
    e.params.some((p) => /^(?:actions|notify(?:_?to)?|recipients|targets|notification_?(?:channels|targets)|contact_?points|integrations)$/.test(p));
  // `create_team_invitation(email)`: the service mails the invitation to whatever address the model gives it.
  const invitesAddress = !f.readVerb && !f.del && (has(e.nameSet, ["invite", "invites", "invitation", "invitations"]) || /^invites? /.test(e.firstText)) &&
    e.params.some((p) => /^(?:emails?|email_?address(?:es)?|invitee_?emails?|recipient_?emails?)$/.test(p));
  // `grant_privileges(role, privileges, table)`: every member of the role the model names can then read the data.
  const grantsPrivileges = !f.readVerb && !f.del && has(new Set(f.verbs), ["grant", "give"]) &&
    e.params.some((p) => /^(?:privileges?|permissions?|rights?|access_?level)$/.test(p)) && e.params.some((p) => /^(?:role|role_?name|grantee|to_?role|username|user|user_?name|principal)$/.test(p));
  // `send_quote`, "Emails the invoice to the customer on file": the bill goes to the customer's address, with whatever it itemises.
  const billingDocument = has(e.nameSet, BILLING_DOCUMENTS) && !f.readVerb && !f.del && !sentToSelfOnly(e) &&
    (["send", "resend", "email", "mail", "deliver", "remind"].includes(f.lead) || /^(?:e-?mails?|sends?|re-?sends?|mails?|delivers?) (?:an? |the )?(?:[a-z]+ )?(?:invoice|quote|estimate|receipt)s?\b/.test(e.firstText));
  // `update_report(share_permissions)`, `create_board(shared_with)`: the write also decides who else sees the item.
  const setsSharing = !f.readVerb && !f.del && changeVerb !== undefined && e.params.some((p) => /^(?:share_?permissions?|shared?_?with|sharing(?:_?settings)?)$/.test(p));
  // `create_ticket(subject, description, requester_id)`: a help desk mails the requester the new ticket and what it says
  // (a tracker's ticket with only an assignee stays inside the team).
  const ticketForRequester = !f.readVerb && !f.del && (f.createVerb !== undefined || f.lead === "open") && has(e.nameSet, ["ticket", "tickets"]) &&
    e.params.some((p) => /^(?:requester(?:_?(?:id|email))?|(?:customer|requester|contact)_?email|email)$/.test(p)) &&
    e.params.some((p) => /^(?:description|body|comment|message|content|text)$/.test(p));
  if (ticketForRequester) return { confidence: 0.7, reason: "opens a help-desk ticket, which the help desk mails to its requester with the text the model wrote" };
  // `create_update(body, mentions_list)`: whoever the new text mentions is notified of it.
  const mentionsPeople = !f.readVerb && !f.del && f.createVerb !== undefined && e.bodyParam && e.params.some((p) => /^mention(?:s|ed)?_?(?:list|ids|users|user_?ids)?$/.test(p));
  if (mentionsPeople) return { confidence: 0.7, reason: "writes text that notifies the people it mentions" };
  if (setsSharing) return { confidence: 0.65, reason: "its sharing settings show the item to the people or groups the model names" };
  if (billingDocument) return { confidence: 0.7, reason: "sends an invoice, a quote or a receipt to the customer" };
  if (grantsPrivileges) return { confidence: 0.65, reason: "grants privileges on the user's data to a role or user the model names" };
  if (invitesAddress) return { confidence: 0.7, reason: "sends an invitation to an e-mail address the model picks" };
  if (noteParam && (inviting || answersRequest)) return { confidence: 0.7, reason: "sends an invitation, a connection request or an answer to one, with a note the model writes" };
  if (grantsAccess) return { confidence: 0.7, reason: "gives people or channels the model names access to an item" };
  if (uploadsToSharedPlace) return { confidence: 0.7, reason: "uploads a file into a page, channel or community that its members see" };
  if (alertRouting) return { confidence: 0.65, reason: "sets up alerts whose actions notify targets the model picks" };
  return undefined;
}

/** Who is put in a new chat: people by id, address or membership (`user_ids`, `member_emails`, `participants`). */
const PEOPLE_KEYS = /^(?:user_?ids|users|members|member_?(?:ids|emails)|participants|participant_?ids|invitees|emails|people)$/;
/** What everyone in it sees of the chat: its name or topic. */
const CHAT_NAME_KEYS = /^(?:topic|name|display_?name|title|subject|description)$/;

/**
 * `create_group_chat(user_ids, topic)`, `create_space(member_emails, display_name)`: the people added are told of the
 * new chat and read the name the model gave it (a chat opened with no one, or with no name to show, sends nothing).
 */
export function startsChatWithPeople(e: Evidence, schema: unknown, f: SendingFacts): boolean {
  if (f.readVerb || f.del || !(f.createVerb || f.verbs.includes("start"))) return false;
  if (!has(e.nameSet, ["chat", "chats", "space", "spaces", "conversation", "conversations", "room", "rooms", "dm"])) return false;
  const keys = nestedKeys(schema);
  return keys.some((k) => PEOPLE_KEYS.test(k)) && keys.some((k) => CHAT_NAME_KEYS.test(k));
}

/** Topics other people read and mailings to a list: a forum thread with a body, a topic's title, a campaign sent or scheduled. */
export function topicOrMailing(e: Evidence, f: SendingFacts): SinkShape | undefined {
  // A topic with a body is a forum thread; a message queue's topic (partitions, retention) has none.
  if (f.create && has(e.nameSet, ["topic", "topics"]) && e.params.some((p) => ["raw", "body", "content", "text", "message"].includes(p))) {
    return { confidence: 0.7, reason: "opens a discussion topic with text that other people read" };
  }
  // A forum thread's title or a mailing topic's name is read by every reader or subscriber; a broker's topic has readers too, but only programs.
  if ((f.create ?? f.update) && has(e.nameSet, ["topic", "topics"]) && e.params.some((p) => words(p).some((w) => SHOWN_TEXT_PARAMS.has(w))) &&
      !/\b(?:kafka|partitions?|replication|retention|brokers?|queues?|pub\/?sub|mqtt|sns|kinesis|consumers?|producers?)\b/.test(`${e.fullText} ${e.params.join(" ")}`)) {
    return { confidence: 0.7, reason: "names or retitles a topic that its readers or subscribers see" };
  }
  if (has(new Set(f.verbs), ["send", "schedule", "launch", "start"]) && has(e.nameSet, ["campaign", "campaigns", "newsletter", "newsletters", "broadcast", "broadcasts"])) {
    return { confidence: 0.7, reason: "sends or schedules a mailing to a list of recipients" };
  }
  return undefined;
}

/** `chat_id`, `room_id`, `channel`: the one chat a write goes into (not `channel_ids`, a filter over many). */
const CHAT_PLACE = /^(?:room|chat|channel|conversation|thread|peer)(?:_?(?:id|name))?$/;
/** Text the members of that chat see: a topic's name, an invoice's title, a chat's description. */
const CHAT_SHOWN_TEXT = new Set(["name", "title", "description", "text", "caption", "subject", "topic", "question"]);
/** Verbs a description opens with when it makes, changes or sends something. */
const MAKING_VERBS = new Set(["create", "creates", "add", "adds", "set", "sets", "update", "updates", "edit", "edits", "change", "changes", "send", "sends", "post", "posts"]);

/**
 * `forums_create(chat_id, name)`, `invoice(chat_id, title, description)`, `set_description(chat_id, description)`:
 * whatever the write is called, text the model writes for one chat is shown to everyone in it. Drafts, internal notes,
 * reads, removals and marks (pins, reactions) put no new text in front of the chat.
 */
export function textIntoChat(e: Evidence, f: SendingFacts): SinkShape | undefined {
  const makes = f.createVerb !== undefined || f.verbs.some((w) => TEXT_CHANGE_VERBS.has(w)) || MAKING_VERBS.has(e.first[0] ?? "");
  if (!makes || f.readVerb || f.del || has(e.nameSet, ["draft", "drafts", "note", "notes", "pending", "template", "templates", "pin", "unpin", "reaction", "reactions"])) return undefined;
  if (!e.params.some((p) => CHAT_PLACE.test(p)) || !e.params.some((p) => CHAT_SHOWN_TEXT.has(p))) return undefined;
  return { confidence: 0.7, reason: "writes a name, a title or a description the model chooses into a chat, where its members see it" };
}

/** "A sharing link", "a shareable link", "a public URL": an address that opens the item for anyone who holds it. */
const SHARING_LINK = /\b(?:shar(?:e|ed|ing|eable)|public) (?:links?|urls?)\b/;
/** Verbs that make or hand out such a link (not "list" or "revoke", which only show or end existing ones). */
const LINK_MAKING = /\b(?:creates?|creating|makes?|making|generates?|generating|gets?|fetch(?:es)?|returns?|obtains?)\b/;

/** "Create a sharing link for a file", "get or create a shareable link": one of the server's tools hands out such links. */
export function makesSharingLinks(tools: readonly Pick<Tool, "name" | "description">[]): boolean {
  return tools.some((t) => {
    const text = `${words(t.name).join(" ")} ${(t.description ?? "").slice(0, 200).toLowerCase()}`;
    return SHARING_LINK.test(text) && LINK_MAKING.test(text) && !/\b(?:revoke|revokes|delete|deletes|remove|removes)\b/.test(words(t.name).join(" "));
  });
}

/**
 * `get_shared_link(path)`: "get or create a shareable link", "creating a public link when the file has none". Whoever
 * is given the link opens the item; the tool is named for the read, but it makes the item reachable.
 */
export function createsSharingLink(e: Evidence, f: SendingFacts): boolean {
  return !f.del && /\b(?:creates?|creating|generates?|generating|makes?|making) (?:a |an )?(?:new )?(?:shar(?:e|ed|ing|eable)|public) (?:link|url)s?\b/.test(e.fullText);
}

/** Verbs that put a new file somewhere (not "update", which rewrites one that is already where it is). */
const FILE_PUT_VERBS = new Set(["upload", "write", "save", "put", "create", "add", "new", "store"]);
/** Parameters that carry what the new file holds. */
const FILE_CONTENT_PARAM = /^(?:content|contents|text|body|data|file_?content|content_?base64|base64|local_?path|file_?path|source_?path)$/;

/**
 * `upload_file(content)`, `write_file(path, content)` on a drive whose server also makes sharing links: the new file lands
 * where one click shares it with anyone, like an upload to a shareable place (an update of an existing file, a folder or
 * a read puts nothing new there).
 */
export function putsFileInSharedDrive(e: Evidence, f: SendingFacts, sharesLinks: boolean | undefined): boolean {
  if (!sharesLinks || f.readVerb || f.del || TEXT_CHANGE_VERBS.has(f.lead)) return false;
  const verb = f.verbs.find((w) => FILE_PUT_VERBS.has(w) || TEXT_CHANGE_VERBS.has(w));
  return verb !== undefined && FILE_PUT_VERBS.has(verb) && has(e.nameSet, ["file", "files", "document", "documents", "doc", "docs"]) && e.params.some((p) => FILE_CONTENT_PARAM.test(p));
}

/** "Send a push notification", "sends an urgent high-priority alert", "send a message to the owner's phone". */
const NOTIFICATION_SEND = /^(?:sends?|push(?:es)?) (?:an? |the )?(?:[a-z0-9=-]+ ){0,3}(?:notifications?|messages?|alerts?)\b/;

/**
 * `notifier_send(message, title)`, `send(message)`: a send tool named for nothing but the sending, whose description says
 * it sends a notification or a message: the text goes out through the service to whoever is subscribed or configured
 * (keystrokes, a device command or a note to oneself are not that).
 */
export function sendsNotification(e: Evidence, f: SendingFacts): boolean {
  return ["send", "push", "notify"].includes(f.lead) && !f.readVerb && NOTIFICATION_SEND.test(e.firstText) && !sentToSelfOnly(e) &&
    e.params.some((p) => /^(?:message|text|body|title|content)$/.test(p));
}

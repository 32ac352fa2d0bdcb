// Recall classes: names whose verb comes last, writes whose conflict rule replaces what is there, a connected creator
// account's own items, chat history and joined rooms, form submissions, invitations, polls and chat comments, and an
// accounting ledger's reports (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("object-first names put the verb last (`acct_invoice_line_update`)", () => {
  test("an update or a delete named object first is judged by its last word", () => {
    expect(h(tool("acct_invoice_line_update", "Update an existing invoice line; the amount is recomputed.", { txn_id: str, amount: str }))).toContain("destructive");
    expect(h(tool("crm_contact_note_delete", "Delete a note attached to a contact.", { note_id: str }))).toContain("destructive");
  });
  test("hard negatives: a check or an unlink named object first changes nothing stored", () => {
    expect(h(tool("cal_event_free_slot_check", "Check whether a time slot is free.", { start: str, end: str }))).not.toContain("destructive");
    expect(h(tool("crm_contact_tag_label_remove", "Remove a label from a contact.", { contact_id: str, label: str }))).not.toContain("destructive");
  });
});

const conflict = (values: string[]) => ({ type: "string", enum: values, description: "What to do when an item with the same name exists." });

describe("a conflict rule that can replace what is there", () => {
  test("a create or an upload whose conflict choice includes replace overwrites an existing item", () => {
    expect(h(tool("make_directory", "Make a new directory in cloud storage.", { name: str, parent: str, on_conflict: conflict(["fail", "rename", "replace"]) }))).toContain("destructive");
    expect(h(tool("put_object", "Store a text object in the bucket.", { key: str, content: str, if_exists: conflict(["skip", "overwrite"]) }))).toContain("destructive");
  });
  test("hard negatives: conflict rules that never replace, and a read with such a parameter", () => {
    expect(h(tool("make_directory", "Make a new directory in cloud storage.", { name: str, on_conflict: conflict(["fail", "rename"]) }))).not.toContain("destructive");
    expect(h(tool("list_directory", "List a directory in cloud storage.", { path: str, on_conflict: conflict(["fail", "replace"]) }))).not.toContain("destructive");
  });
});

const configuredAccount = { type: "string", description: "Profile name from the server configuration. Omit to use the default profile." };

describe("a connected creator account's own profile, videos and posting state are private", () => {
  test("the authenticated user's profile, named with the platform, is the account's own", () => {
    expect(h(tool("get_current_user", "Get the currently authenticated Zendesk user's details: name, email and role."))).toContain("private-data");
    expect(h(tool("fetch_profile", "Fetch the authenticated Vimeo user's profile: display name, bio and follower counts.", { account: configuredAccount }))).toEqual(["private-data"]);
  });
  test("videos and posting limits of the configured account are its own, not other creators'", () => {
    expect(h(tool("list_clips", "List the authenticated user's public videos, newest first, with view counts and titles.", { account: configuredAccount, cursor: str }))).toEqual(["private-data"]);
    expect(h(tool("get_channel_info", "Get the connected channel's posting limits and privacy options.", { account: configuredAccount }))).toContain("private-data");
  });
  test("hard negatives: another creator's videos and a stranger's public profile", () => {
    expect(h(tool("analyze_video", "Analyze views and engagement of any YouTube video.", { video_id: { type: "string", description: "YouTube video ID" } }))).toEqual(["untrusted-content"]);
    expect(h(tool("get_user_profile", "Get a TikTok user's public profile by username.", { username: str }))).not.toContain("private-data");
  });
});

describe("a chat's message history, files received from people, and the rooms an account is in", () => {
  test("searching message history returns what others wrote, in the user's own chats", () => {
    expect(h(tool("search_history", "Full-text search across message history.", { query: str, channel_filter: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("get_channel_history", "Get the recent history of a channel, newest first.", { channel: str, limit: str }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("a file received from someone else holds what they wrote", () => {
    expect(h(tool("read_received_file", "Read content from a received file transfer.", { transfer_id: str }))).toContain("untrusted-content");
  });
  test("the rooms and direct chats an account is in, on a chat platform, are private", () => {
    // Rulebook 5.8 (tenth session): members create and name the rooms, so their names are untrusted too.
    expect(h(tool("list_rooms", "List rooms the bot has joined, with their types (channel, private room, direct).", { limit: str }), { talk: "private" })).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: command and clipboard history, a local file, rooms off a chat platform, a public room directory", () => {
    expect(h(tool("get_command_history", "Get the shell command history."))).not.toContain("untrusted-content");
    expect(h(tool("search_history", "Search the clipboard history.", { query: str }))).not.toContain("untrusted-content");
    expect(h(tool("read_file", "Read a file from disk.", { path: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_rooms", "List meeting rooms in the building.", { floor: str }))).toEqual([]);
    expect(h(tool("list_public_rooms", "List public rooms that anyone on the server can join."), { talk: "private" })).not.toContain("private-data");
  });
});

describe("responses people submit to the account's own forms", () => {
  test("form submissions are written by outsiders and held by the account", () => {
    expect(h(tool("list_form_responses", "List responses submitted to a survey form.", { form_id: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("get_submission", "Get details of an intake form submission.", { submission_id: str }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: a form's own fields and a code submission to a judge", () => {
    expect(h(tool("get_form_fields", "Get the questions and fields of a form.", { form_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_submission_languages", "List languages accepted for contest submissions."))).not.toContain("private-data");
  });
});

describe("invitations, polls and chat comments reach other people", () => {
  test("an invitation mailed to an address the model picks is a sink", () => {
    expect(h(tool("create_team_invitation", "Invite a person to a team.", { team: str, email: str }))).toContain("public-sink");
    expect(h(tool("workspace_invite_user", "Invite a user to the workspace by e-mail.", { email_address: str, role: str }))).toContain("public-sink");
  });
  test("a poll created on a stream or chat is shown to its audience", () => {
    expect(h(tool("create_poll", "Create a poll for viewers.", { question: str, options: { type: "array" } }))).toContain("public-sink");
  });
  test("a comment sent into the connected chat is read by everyone there", () => {
    expect(h(tool("narrate_scene", "Send a comment to the stream chat describing the current scene.", { description: str }))).toContain("public-sink");
  });
  test("hard negatives: reading invitations, polling for updates, drafting a chat comment", () => {
    expect(h(tool("list_invitations", "List pending invitations for a team.", { team: str, email: str }))).not.toContain("public-sink");
    expect(h(tool("poll_job_status", "Poll a job until it finishes.", { job_id: str }))).not.toContain("public-sink");
    expect(h(tool("draft_chat_note", "Draft a comment for the stream chat without sending it.", { text: str }))).not.toContain("public-sink");
  });
});

describe("an accounting ledger's reports and payroll forms are the company's books", () => {
  test("a ledger, wage forms and a profit-and-loss report, named for the report, are private", () => {
    expect(h(tool("acct_general_ledger", "General ledger: every posting per account in a date window, with running balances.", { from_date: str, to_date: str }))).toContain("private-data");
    expect(h(tool("payroll_w2_totals", "Per-employee W-2 totals for a tax year, mapped to box numbers.", { tax_year: str }))).toContain("private-data");
    expect(h(tool("books_profit_and_loss", "Profit and loss for a period, by account.", { start: str, end: str }))).toContain("private-data");
  });
  test("hard negatives: explaining a form, its filing instructions, a tax calculator", () => {
    expect(h(tool("explain_general_ledger", "Explain what a general ledger is."))).not.toContain("private-data");
    expect(h(tool("w2_filing_instructions", "Filing instructions for Form W-2 from the tax authority's guide."))).not.toContain("private-data");
    expect(h(tool("payroll_tax_calculator", "Estimate payroll tax for a salary.", { salary: str }))).not.toContain("private-data");
  });
});

// Kinds of calendar, mail-rule, tracker and video-platform tools, with look-alikes that must not get the same role (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("calendar events are invitations that other people write", () => {
  test("reading a calendar's events returns outsiders' text from the user's own calendar", () => {
    expect(h(tool("find_appointments_events", "Search the events of a calendar for a phrase.", { calendar_id: str, q: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("read-meeting", "Show one meeting by its id.", { calendarId: str, meetingId: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("upcoming_events", "List the next events on your calendar.", { days: { type: "number" } }))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: a cluster's, a tracker's or an analytics product's events, and holiday calendars", () => {
    expect(h(tool("list_events", "List the events of a namespace.", { namespace: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_event", "Get one error event of a crash report.", { event_id: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_holiday_events", "List holiday events of the Gregorian calendar for a year.", { year: str }))).toEqual([]);
    expect(h(tool("count_calendar_events", "Count how many events were tracked.", {}))).not.toContain("untrusted-content");
  });
  test("an event written with attendees, or answered with a comment, is mailed to other people", () => {
    expect(h(tool("add_meeting", "Put a meeting on the calendar.", { title: str, start: str, invitees: { type: "array" } }))).toEqual(["public-sink"]);
    expect(h(tool("reschedule-event", "Move a calendar event to another time.", { eventId: str, start: str, attendees: { type: "array" } }))).toContain("public-sink");
    expect(h(tool("decline_invitation", "Say no to a calendar invitation.", { invitation_id: str, message: str }))).toEqual(["public-sink"]);
  });
  test("hard negatives: a private reminder, an answer without words, an analytics event", () => {
    expect(h(tool("create_event", "Add an event to my calendar.", { title: str, start: str, end: str }))).not.toContain("public-sink");
    expect(h(tool("accept_event", "Accept a calendar event.", { event_id: str }))).not.toContain("public-sink");
    expect(h(tool("create_event", "Track a product analytics event.", { name: str, properties: { type: "object" } }))).not.toContain("public-sink");
  });
});

describe("mail rules that forward, and a mailbox's own rules", () => {
  test("a filter or rule whose actions include forwarding sends future mail to an address the model picks", () => {
    const actions = { type: "object", properties: { add_label: str, forward_to: str } };
    expect(h(tool("new_mail_rule", "Set up a rule for incoming mail.", { match: { type: "object", properties: { sender: str } }, actions }))).toEqual(["public-sink"]);
  });
  test("hard negatives: rules that only move or label, and a firewall rule", () => {
    expect(h(tool("create_mail_rule", "Set up a rule for incoming mail.", { sender: str, move_to_folder: str, mark_read: { type: "boolean" } }))).not.toContain("public-sink");
    expect(h(tool("create_firewall_rule", "Create a firewall rule.", { port: str, action: { type: "string", enum: ["allow", "deny"] } }))).not.toContain("public-sink");
  });
  test("the mailbox's rules and folders are its settings, not mail anyone wrote; mail in a folder still is", () => {
    expect(h(tool("get_inbox_rules", "Show the inbox rules of your mail account.", {}))).not.toContain("untrusted-content");
    expect(h(tool("get_messages_in_folder", "Get the messages in a mail folder.", { folder: str }))).toContain("untrusted-content");
  });
  test("marking mail read sets a state; it reads nothing", () => {
    expect(h(tool("mark_read_messages", "Mark messages as read.", { ids: { type: "array" } }))).not.toContain("untrusted-content");
    expect(h(tool("read_messages", "Read messages from the inbox.", { ids: { type: "array" } }))).toContain("untrusted-content");
  });
});

describe("an organisation's own tracker is not a public place", () => {
  test("issues created on a code host or in a team's tracker are read by others; a team tracker's issue rewritten is not published", () => {
    expect(h(tool("create_issue", "Open an issue in a repository.", { owner: str, repo: str, title: str, body: str }))).toContain("public-sink");
    // Rulebook 5.24 (tenth session): an issue created in a shared tracker is a sink (its team and assignee read it).
    expect(h(tool("create_issue", "File a new ticket-style issue for a team.", { team_id: str, title: str, description: str }))).toContain("public-sink");
    expect(h(tool("update_issue", "Update an existing issue.", { id: str, title: str, description: str }))).toEqual(["destructive"]);
  });
  test("comments are still sinks wherever the issue lives", () => {
    expect(h(tool("add_comment", "Comment on a team issue.", { issue_id: str, body: str }))).toContain("public-sink");
  });
});

describe("posts, videos and channels of public platforms", () => {
  test("a toot is a public post", () => {
    expect(h(tool("post_new_toot", "Publish a toot.", { status: str }))).toEqual(["public-sink"]);
    expect(h(tool("create_toot", "Create a toot on the instance.", { text: str }))).toEqual(["public-sink"]);
  });
  test("an item picked by a public platform's id returns text its author wrote", () => {
    expect(h(tool("get_clip", "Get a clip with its caption.", { clip: { type: "string", description: "TikTok clip ID" } }))).toContain("untrusted-content");
  });
  test("research over other creators' videos returns their titles and tags", () => {
    expect(h(tool("analyze_creator", "Study a rival creator: their most watched videos, upload rhythm and engagement.", { channel_id: str }))).toContain("untrusted-content");
    expect(h(tool("scan_trends", "Mines the top videos in a niche for title patterns and views.", { niche: str }))).toContain("untrusted-content");
  });
  test("hard negatives: text handed in, a local video file, a sales channel", () => {
    expect(h(tool("extract_keywords_from_text", "Extract keywords from any text, such as competitor video descriptions.", { text: str }))).not.toContain("untrusted-content");
    expect(h(tool("analyze_video", "Analyze a local video file for scene changes.", { path: str }))).not.toContain("untrusted-content");
    expect(h(tool("analyze_sales_channels", "Analyze revenue by sales channel.", { period: str }))).not.toContain("untrusted-content");
  });
  test("starred items are the user's collection of other people's text", () => {
    expect(h(tool("stars_list", "List starred items for the calling user.", { limit: str }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("count_stars", "Count the stars of a project.", { project: str }))).not.toContain("untrusted-content");
  });
});

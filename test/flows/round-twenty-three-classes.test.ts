// Round twenty-three: kinds of tools seen across the development sets, mostly messengers, analytics, admin and wallet
// servers (texts written for these tests, not taken from them).
import { h, str, tool } from "./class-helpers.js";

const records = { managesRecords: true };
const chat = { ...records, talk: "private" as const };
const forum = { talk: "public" as const };
const arr = (items: Record<string, unknown> = { type: "string" }) => ({ type: "array", items });

describe("analytics of the user's conversations with a contact", () => {
  test("counts, reply times and who writes first are computed from the user's own messages", () => {
    expect(h(tool("texting_habits", "Per-contact texting stats: message counts, average reply time and busiest hours.", { contact: str, since: str }), chat)).toContain("private-data");
    expect(h(tool("reply_speed", "Response time analytics: how quickly each contact answers your messages.", { contact_id: str }), chat)).toContain("private-data");
    expect(h(tool("conversation_openers", "Shows, per contact, which side starts conversations after a quiet period.", { contact: str, gap_hours: str }))).toContain("private-data");
  });
  test("the first message exchanged with a contact is the user's correspondence and someone's words", () => {
    const oldest = h(tool("oldest_and_newest", "The earliest and the most recent message ever exchanged with a contact.", { contact: str }), chat);
    expect(oldest).toContain("private-data");
    expect(oldest).toContain("untrusted-content");
  });
  test("one reply thread on a messenger is the user's chat", () => {
    expect(h(tool("get_thread", "Reconstruct a reply thread from its originating id, with the parent and all replies in order.", { thread_guid: str }), chat)).toContain("private-data");
  });
  test("hard negatives: writing to a contact, the messaging API's own usage, a thread on a public forum", () => {
    expect(h(tool("message_contact", "Send a text message to a contact.", { contact: str, text: str }), chat)).not.toContain("private-data");
    expect(h(tool("api_stats", "Usage statistics of the messaging API key: requests per day.", {}))).not.toContain("private-data");
    expect(h(tool("get_thread", "Reconstruct a reply thread from its originating id, with the parent and all replies in order.", { thread_guid: str }), forum)).not.toContain("private-data");
  });
});

describe("performance analytics of the account's own posts, campaigns, mailings or site", () => {
  test("reach, campaign KPIs, mailing totals and a property's report are the account's figures", () => {
    expect(h(tool("reel_insights", "Get performance insights for one of the account's reels: reach, impressions and saves.", { reel_id: str }))).toContain("private-data");
    expect(h(tool("campaign_kpis", "Fetch performance metrics for one marketing campaign over a date range.", { campaign_id: str, start: str, end: str }))).toContain("private-data");
    expect(h(tool("newsletter_totals", "Aggregate open, click and bounce stats across all marketing emails sent in a period.", { start: str, end: str }))).toContain("private-data");
    expect(h(tool("run_report", "Retrieve traffic figures with built-in sampling safeguards.", { metrics: arr(), dimensions: arr(), start_date: str, end_date: str }))).toContain("private-data");
  });
  test("hard negatives: a public hashtag's stats, the server's own performance, any video's public counts, a chart drawn from given data", () => {
    expect(h(tool("hashtag_stats", "Engagement statistics for a public hashtag across recent posts.", { tag: str }))).not.toContain("private-data");
    expect(h(tool("server_metrics", "Get performance metrics of this server: CPU, memory and uptime.", {}))).not.toContain("private-data");
    expect(h(tool("video_counts", "Get public view and like counts for any video.", { video_id: str }))).not.toContain("private-data");
    expect(h(tool("draw_chart", "Draw a chart from the rows given.", { metrics: arr(), dimensions: arr(), rows: arr() }))).not.toContain("private-data");
  });
});

describe("the vocabulary an account configured for itself", () => {
  test("configured types, a team's labels, a community's custom emojis and an organisation's tax codes are its settings", () => {
    expect(h(tool("list_task_types", "List the task types configured in the workspace.", {}))).toContain("private-data");
    expect(h(tool("team_labels", "List the labels available in a team.", { team_id: str }))).toContain("private-data");
    expect(h(tool("guild_emojis", "List the custom emojis of a community server.", { guild_id: str }))).toContain("private-data");
    expect(h(tool("list_tax_codes", "Lists the tax codes set up for the connected organisation.", {}))).toContain("private-data");
  });
  test("hard negatives: formats a converter supports, the languages on offer, a public store's categories", () => {
    expect(h(tool("list_output_formats", "List the output formats the converter supports.", {}))).toEqual([]);
    expect(h(tool("list_languages", "List available languages.", {}))).toEqual([]);
    expect(h(tool("list_categories", "List the categories of the public app store.", {}))).not.toContain("private-data");
  });
});

describe("the summary of one of the account's meetings", () => {
  test("a recap of what was said is the meeting's participants' words, and the account's", () => {
    const recap = h(tool("get_digest", "Get the assistant-written summary of a recorded meeting: overview, key topics and next steps.", { instance_id: str }));
    expect(recap).toContain("private-data");
    expect(recap).toContain("untrusted-content");
  });
  test("hard negatives: summarising text handed in, scheduling a meeting", () => {
    expect(h(tool("summarize_text", "Summarise the text given.", { text: str }))).toEqual([]);
    expect(h(tool("schedule_meeting", "Schedule a meeting and return its summary line.", { topic: str, start: str }))).not.toContain("private-data");
  });
});

// Filters that take back an earlier label find it by the reason its producer gives, through names both share (texts
// written for these tests). Each case runs the real producer: a twin without the filter's condition shows the label, the
// tool with the condition shows it gone, so a producer reworded on its own makes the filter miss and the test fail.
import { heuristicLabels, labelTool, type Role } from "../../src/flows/index.js";
import { isSendGuess, isSendVerbReason, sendVerbReason, POSTS_CONTENT_REASON, OUTSIDERS_TEXT_REASON } from "../../src/flows/heuristics.js";
import { PUBLIC_SWITCH_REASON } from "../../src/flows/sending.js";
import { irreversibleVerbReason } from "../../src/flows/destructive.js";
import { ScannedServer, type Tool } from "../../src/model.js";
import { h, tool, str } from "./class-helpers.js";
import { entry } from "./servers.js";

const bool = { type: "boolean" };
const reasons = (t: Tool, role: Role, context = {}) => heuristicLabels(t, context).filter((l) => l.role === role).map((l) => l.reason);

describe("a read-only annotation takes back the send guesses (isSendGuess in label.ts)", () => {
  const server = ScannedServer.parse({ entry: entry("chat", "/nonexistent.js"), status: "ok", tools: [] });
  const sinks = (t: Tool) => labelTool(server, t, { noCatalog: true }).filter((l) => l.role === "public-sink").map((l) => l.reason);
  const readOnly = (t: Tool): Tool => ({ ...t, annotations: { readOnlyHint: true } });

  test("the send-verb sink and the post-content sink", () => {
    const send = tool("send_message", "Send a message to a channel", { channel: str, text: str });
    expect(sinks(send)).toEqual([sendVerbReason("send")]);
    expect(sinks(readOnly(send))).toEqual([]);
    const post = tool("create_issue", "Create an issue in a GitHub repository", { repo: str, title: str, body: str });
    expect(sinks(post)).toEqual([POSTS_CONTENT_REASON]);
    expect(sinks(readOnly(post))).toEqual([]);
  });

  test("one action's send sink too, but not a sink from another reason", () => {
    const messages = tool("messages", "Manage messages. Actions: - search (query) - send (chat_id)", { action: str, query: str, chat_id: str });
    expect(sinks(messages)).toEqual([expect.stringContaining(sendVerbReason("send"))]);
    expect(sinks(readOnly(messages))).toEqual([]);
    const webhook = tool("create_webhook", "Create a webhook that delivers events to your endpoint", { url: str });
    expect(sinks(readOnly(webhook))).toEqual(sinks(webhook));
    expect(sinks(webhook)).toHaveLength(1);
  });
});

describe("a description that says only a draft is saved takes back the send guess (isSendGuess in mailpieces.ts)", () => {
  test("the send-verb sink goes; an action tool's recipient-and-body sink stays", () => {
    const draftOnly = " It saves it only as a draft and never sends it.";
    const send = tool("send_message", "Send a message to a channel.", { channel: str, text: str });
    expect(reasons(send, "public-sink")).toEqual([sendVerbReason("send")]);
    expect(h({ ...send, description: send.description + draftOnly })).not.toContain("public-sink");
    const messages = tool("messages", "Manage messages. Actions: - search (query) - send (chat_id, text).", { action: str, chat_id: str, text: str });
    const kept = reasons({ ...messages, description: messages.description + draftOnly }, "public-sink");
    expect(kept).toHaveLength(1);
    expect(reasons(messages, "public-sink")).toEqual([kept[0], expect.stringContaining(sendVerbReason("send"))]);
  });
});

describe("publishing a content model (withoutModelPublishSink in liverecords.ts)", () => {
  test("the publish verb's sink goes, the model's destructive label stays; rulebook 5.1 makes it a sink of its own", () => {
    expect(reasons(tool("publish_schema_notes", "Publish the schema notes", { ids: { type: "array" } }), "public-sink")).toEqual([sendVerbReason("publish")]);
    const model = tool("publish_schemas", "Publish the schemas", { ids: { type: "array" } });
    // Tenth session: the live API serves the new model (5.1), so a sink stays, though not the send verb's.
    expect(h(model)).toEqual(["destructive", "public-sink"]);
    expect(reasons(model, "public-sink").some((r) => isSendVerbReason(r))).toBe(false);
  });

  test("narrower than isSendGuess: a post of content is no send verb", () => {
    const [post] = heuristicLabels(tool("create_issue", "Create an issue in a GitHub repository", { repo: str, title: str, body: str }));
    expect(isSendGuess(post!)).toBe(true);
    expect(isSendVerbReason(post!.reason)).toBe(false);
  });
});

describe("a new, empty container shows only its name (withoutEmptyContainerSink in hubwrites.ts)", () => {
  test("the public/private switch sink goes; a sink from the relays it names stays", () => {
    expect(reasons(tool("create_space", "Create a new hosted space", { name: str, description: str, private: bool }), "public-sink")).toEqual([PUBLIC_SWITCH_REASON]);
    expect(h(tool("create_space", "Create a new hosted space", { name: str, private: bool }))).not.toContain("public-sink");
    expect(h(tool("create_space", "Create a new hosted space", { name: str, relays: { type: "array" } }))).toContain("public-sink");
  });
});

describe('"brute force" forces nothing (withoutBruteForceAction in identity.ts)', () => {
  test('the "force" verb\'s destructive label goes; a delete\'s stays', () => {
    expect(reasons(tool("set_force_brute_limit", "Set the limit", { limit: str }), "destructive")).toEqual([irreversibleVerbReason("force")]);
    expect(h(tool("set_brute_force_limit", "Set the limit", { limit: str }))).not.toContain("destructive");
    expect(h(tool("delete_brute_force_rule", "Delete a rule", { rule_id: str }))).toContain("destructive");
  });
});

describe("an error tracker's issues are no one's text (withoutOwnRecordsText in ownrecords.ts)", () => {
  test("the outsiders'-text label goes; the tracker read stays", () => {
    const issues = tool("list_issues", "List issues in a project", { project: str });
    expect(reasons(issues, "untrusted-content")).toEqual([OUTSIDERS_TEXT_REASON]);
    expect(h(issues, { tracksErrors: true })).toEqual(["private-data"]);
  });
});

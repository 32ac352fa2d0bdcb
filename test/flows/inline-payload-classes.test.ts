// A lone object parameter written inline (`payload: {text, ...}`) wraps the real fields, as a $defs model does (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

const wrapped = (properties: Record<string, unknown>) => ({ payload: { type: "object", properties } });

describe("fields wrapped in one inline object", () => {
  test("count as the tool's parameters", () => {
    expect(h(tool("update_message", "Replace the text of a message you previously sent.", wrapped({ message_name: str, text: str })))).toContain("public-sink");
    expect(h(tool("notify", "Notify someone.", wrapped({ to: str, body: str })))).toContain("public-sink");
  });
  test("hard negative: an object beside other parameters is one argument, not a wrapper", () => {
    expect(h(tool("list_notes", "List notes.", { folder: str, filter: { type: "object", properties: { to: str, body: str } } }))).not.toContain("public-sink");
  });
});

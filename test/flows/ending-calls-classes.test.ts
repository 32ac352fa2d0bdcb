// Ending or hanging up a live call or meeting cuts off everyone on it (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("ending a call or a meeting in progress", () => {
  test("is destructive", () => {
    expect(h(tool("calls_end", "End a call.", { call_id: str }))).toContain("destructive");
    expect(h(tool("hangup_call", "", { session_id: str }))).toContain("destructive");
    expect(h(tool("end_meeting", "End a meeting for all participants.", { meeting_id: str }))).toContain("destructive");
    expect(h(tool("hang_up", "Hang up the active phone call.", {}))).toContain("destructive");
  });
  test("hard negatives: stopping a streamed message, reading how a call ended, a meeting's end time", () => {
    expect(h(tool("chat_stop_stream", "Stop an assistant's streaming message.", { channel: str }))).not.toContain("destructive");
    expect(h(tool("get_call_end_reason", "Get why a call ended.", { call_id: str }))).not.toContain("destructive");
    expect(h(tool("set_meeting_end_time", "Set when a meeting ends.", { meeting_id: str, time: str }))).not.toContain("destructive");
  });
});

// A conferencing account's meetings are invitations like a calendar's, and its recordings are its own (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("meetings of the signed-in account", () => {
  test("listing or reading meetings returns the account's invitations, written by their organisers", () => {
    expect(h(tool("confer_meeting_list", "List the signed-in user's upcoming meetings.", { from: str, to: str }))).toEqual(expect.arrayContaining(["private-data", "untrusted-content"]));
    expect(h(tool("get_webinar", "Get a webinar's details and agenda.", { webinar_id: str }))).toEqual(expect.arrayContaining(["private-data", "untrusted-content"]));
  });
  test("hard negatives: a meeting point on a map, a booking of rooms", () => {
    expect(h(tool("suggest_meeting_point", "Suggest a fair place for several people to meet.", { locations: str }))).not.toContain("private-data");
    expect(h(tool("find_meeting_point", "Find a spot halfway between addresses.", { addresses: str }))).not.toContain("untrusted-content");
  });
});

describe("recordings of the account's meetings or calls", () => {
  test("listing them reads the account's own media", () => {
    expect(h(tool("confer_meeting_recordings", "List the user's cloud recordings within a date range.", { from: str, to: str }))).toContain("private-data");
    expect(h(tool("get_call_recording", "Get one recorded call with its audio link.", { call_id: str }))).toContain("private-data");
  });
  test("hard negatives: a music catalogue's recordings, starting a recording", () => {
    expect(h(tool("list_recordings", "List the recordings of a song in the public music catalogue.", { song_id: str }))).not.toContain("private-data");
    expect(h(tool("start_recording", "Start recording the screen.", {}))).not.toContain("private-data");
  });
});

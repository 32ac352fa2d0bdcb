// On a chat platform the account talks on, the details of one of its chats, the chat's threads and what a message
// carries are the account's correspondence, with look-alikes (texts written for these tests).
import type { HeuristicContext } from "../../src/flows/heuristics.js";
import { h, str, tool } from "./class-helpers.js";

const privateTalk: HeuristicContext = { talk: "private" };

describe("one chat's details, its threads and a message's attachments on a private chat platform", () => {
  test("are private as well as others' words", () => {
    expect(h(tool("get_room_details", "Returns the name, topic and member count of a room.", { room_id: str }), privateTalk)).toContain("private-data");
    expect(h(tool("list_dialogs", "Lists the account's dialogs with their unread counts.", { limit: str }), privateTalk)).toContain("private-data");
    expect(h(tool("list_chat_threads", "Lists the threads of a group chat, newest first.", { chat_id: str }), privateTalk)).toContain("private-data");
    expect(h(tool("get_attachment_info", "Returns the type, size and name of what a message carries.", { chat_id: str, message_id: str }), privateTalk)).toContain("private-data");
  });
  test("hard negatives: a public room directory, a media download to disk, the same reads where people post in public", () => {
    expect(h(tool("find_public_rooms", "Find public rooms on the server by name.", { query: str }), privateTalk)).not.toContain("private-data");
    // Rulebook 5.4 (tenth session): the user's own media saved to a path is private-data; a public platform's is not.
    expect(h(tool("download_media", "Download the photo a message carries into the media folder.", { chat_id: str, message_id: str }), privateTalk)).toContain("private-data");
    expect(h(tool("get_room_details", "Returns the name, topic and member count of a room.", { room_id: str }), { talk: "public" })).not.toContain("private-data");
  });
});

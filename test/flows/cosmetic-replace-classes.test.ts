// Replacing only a title or a name loses nothing that matters, however the description words it (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a write that replaces only a cosmetic field", () => {
  test("is not destructive", () => {
    expect(h(tool("set_note_title", "Replace the title of an existing note.", { note_id: str, new_title: str }))).not.toContain("destructive");
    expect(h(tool("set_board_name", "Replaces the name of a board.", { board_id: str, name: str }))).not.toContain("destructive");
  });
  test("hard negatives: replacing a body or a list of dependencies", () => {
    expect(h(tool("set_note_body", "Replace the body of an existing note.", { note_id: str, body: str }))).toContain("destructive");
    expect(h(tool("set_task_blockers", "Set a task's blockers to exactly the given list, clearing existing ones.", { task_id: str, blocker_ids: str }))).toContain("destructive");
  });
});

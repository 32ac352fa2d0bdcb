// A write with a publish switch (`published`, `status: draft | published`) puts its text in front of anyone (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

const bool = { type: "boolean" };

describe("a write with a publish switch", () => {
  test("creating or editing text that can be published is a sink", () => {
    expect(h(tool("create_entry", "Create a new entry.", { title: str, body: str, published: bool }))).toContain("public-sink");
    expect(h(tool("edit_story", "Edit an existing story by id.", { id: str, title: str, content: str, status: { type: "string", description: "draft or published" } }))).toContain("public-sink");
    expect(h(tool("create_note", "Create a note.", { title: str, text: str, publish_at: str }))).toContain("public-sink");
  });
  test("hard negatives: a status that is not about publishing, reading published items", () => {
    expect(h(tool("create_task", "Create a task.", { title: str, notes: str, status: { type: "string", description: "todo, doing or done" } }))).not.toContain("public-sink");
    expect(h(tool("list_entries", "List entries.", { published: bool }))).not.toContain("public-sink");
    expect(h(tool("create_product", "Create a product.", { title: str, price: str, status: { type: "string", description: "active or archived" } }))).not.toContain("public-sink");
  });
});

// "By ID or URL": a URL that identifies one of the account's records points at it; it fetches no address the model picks (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a record picked by its id or its URL", () => {
  test("is not a request to an address the model chooses", () => {
    expect(h(tool("delete_deployment", "Delete a deployment by ID or URL.", { id: str, url: str }))).not.toContain("public-sink");
    expect(h(tool("get_build", "Get a build by its id or URL.", { id: str, url: str }))).not.toContain("public-sink");
  });
  test("hard negatives: a reader of a file or any URL", () => {
    expect(h(tool("read_document", "Read a document from the file system or a URL.", { path: str, url: str }))).toContain("public-sink");
    expect(h(tool("load_pdf", "Load a PDF from a local path or URL.", { source: str, url: str }))).toContain("public-sink");
  });
});

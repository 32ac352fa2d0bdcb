// Cloning or mirroring a repository from an address the model picks requests that address (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a clone from a repository address the model picks", () => {
  test("requests the address, so it carries whatever is put in it", () => {
    expect(h(tool("repo_clone", "Clone a git repository into a folder.", { url: str, dest: str }))).toContain("public-sink");
    expect(h(tool("mirror_repository", "Mirror a remote repository locally.", { url: str }))).toContain("public-sink");
  });
  test("hard negatives: cloning a page or a record by id, cloning a voice", () => {
    expect(h(tool("clone_page", "Duplicate a page in the workspace.", { page_id: str }))).not.toContain("public-sink");
    expect(h(tool("clone_repository", "Copy one of the account's repositories under a new name.", { repository_id: str, new_name: str }))).not.toContain("public-sink");
    expect(h(tool("clone_voice", "Create a voice from audio samples.", { samples: str }))).not.toContain("public-sink");
  });
});

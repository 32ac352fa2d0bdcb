// Projects, boards and spaces listed "within" an organisation are the organisation's own (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("containers listed within an organisation", () => {
  test("projects, boards and spaces of the organisation the server signs in to", () => {
    expect(h(tool("list_boards", "Returns every board within the Acme workspace.", { query: str }))).toContain("private-data");
    expect(h(tool("get_spaces", "Lists the spaces within this organization, with their owners.", {}))).toContain("private-data");
  });
  test("hard negatives: a public project directory, an organisation's public profile", () => {
    expect(h(tool("list_projects", "Lists open-source projects hosted by the foundation.", {}))).not.toContain("private-data");
    expect(h(tool("get_organization", "Get an organization's public profile by its slug.", { slug: str }))).not.toContain("private-data");
  });
});

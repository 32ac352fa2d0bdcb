// Searching a product's catalogue of building blocks (modules, connectors, providers) reads the vendor's list, not the account's records (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

const keeps = { managesRecords: true };

describe("a search over a catalogue of building blocks", () => {
  test("is not the account's data, even on a server that keeps records", () => {
    expect(h(tool("search_connectors", "Search the catalogue of connectors by keyword.", { query: str }), keeps)).not.toContain("private-data");
    expect(h(tool("moduleSearch", "", { query: str, provider: str }), keeps)).not.toContain("private-data");
    expect(h(tool("find_plugin_id", "Returns plugin ids that match a query.", { query: str }), keeps)).not.toContain("private-data");
  });
  test("hard negatives: listing the account's own components, searching installed plugins", () => {
    expect(h(tool("list_components", "List the components of the site.", {}), keeps)).toContain("private-data");
    expect(h(tool("search_installed_plugins", "Search the plugins installed on the site.", { query: str }), keeps)).toContain("private-data");
  });
});

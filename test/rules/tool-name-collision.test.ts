import { reaches, rule, run, worst } from "../analyze/pack1-fixtures.js";

const r = rule("tool-name-collision");
const pair = (a: string, b: string) => run(r, [{ name: "one", tools: [{ name: a }] }, { name: "two", tools: [{ name: b }] }]);

describe("tool-name-collision", () => {
  test("homoglyphs are high", async () => {
    const findings = await pair("send_email", "send_emаil"); // Cyrillic а
    expect(worst(findings)).toBe("high");
    expect(findings[0]?.server).toBe("two");
  });
  test.each([
    ["read_file", "read_file_v2"],
    ["read_file", "enhanced_read_file"],
    ["playwright_navigate", "playwright_navigate_enhanced"],
    ["github_create_issue", "githubCreateIssueOfficial"],
  ])("squatting affix %s / %s is medium", async (a, b) => {
    expect(worst(await pair(a, b))).toBe("medium");
  });
  test.each([
    ["send_email", "send_email"],
    ["SendEmail", "send_email"],
    ["search_nodes", "search_notes"],
  ])("same name or one edit is reported below medium: %s / %s", async (a, b) => {
    const findings = await pair(a, b);
    expect(findings.length).toBe(1);
    expect(reaches(findings, "medium")).toBe(false);
  });
  test.each([
    ["read_file", "write_file"],
    ["get_issue", "get_user"],
  ])("different names are not reported: %s / %s", async (a, b) => {
    expect(await pair(a, b)).toEqual([]);
  });
  test("two tools of one server are not compared", async () => {
    expect(await run(r, [{ name: "one", tools: [{ name: "read_file" }, { name: "read_file_v2" }] }])).toEqual([]);
  });
});

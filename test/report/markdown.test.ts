import { GITHUB_COMMENT_LIMIT, renderMarkdown } from "../../src/report/markdown.js";
import { SEVERITIES } from "../../src/model.js";
import { finding, HOSTILE, report, server } from "./build.js";

const ROOT_DIR = "/work/repo-under-scan";

/** Rows of the findings table (each starts with a severity badge cell). */
function findingRows(md: string): string[] {
  return md.split("\n").filter((l) => /^\| [🟥🟧🟨🟦⬜]/u.test(l));
}

/** A GFM table row splits on every `|` that is not backslash-escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe("renderMarkdown", () => {
  test("summary line, findings sorted by severity, servers table with status", () => {
    const md = renderMarkdown(
      report(
        [
          finding({ severity: "low", ruleId: "r-low" }),
          finding({ severity: "critical", ruleId: "r-critical", evidence: "ignore all previous instructions" }),
          finding({ severity: "medium", ruleId: "r-medium" }),
          finding({ severity: "high", ruleId: "r-suppressed", suppressed: true }),
        ],
        [server("notes"), server("remote", "error", { error: "connect ECONNREFUSED" }), server("off", "skipped")],
      ),
      { rootDir: ROOT_DIR },
    );
    expect(md).toContain("**❌ failed**");
    expect(md).toContain("**3 findings** (1 critical, 1 medium, 1 low), 1 suppressed");
    expect(md).toContain("3 servers: 1 scanned, 1 failed, 1 skipped");
    const rows = findingRows(md);
    expect(rows.map((r) => /r-(\w+)/.exec(r)?.[1])).toEqual(["critical", "medium", "low"]);
    expect(md).not.toContain("r-suppressed");
    expect(rows[0]).toContain("<details><summary>evidence</summary><pre>ignore all previous instructions</pre></details>");
    expect(rows[0]).toContain("<code>.cursor/mcp.json</code>:3");
    expect(md).toContain("| <code>remote</code> | cursor | stdio | ❌ error: connect ECONNREFUSED |");
    expect(md).toContain("⏭️ skipped");
    for (const row of rows) expect(cells(row)).toHaveLength(6);
  });

  test("a clean scan says so", () => {
    const md = renderMarkdown(report([]), { rootDir: ROOT_DIR });
    expect(md).toContain("**✅ passed**");
    expect(md).toContain("No findings.");
    expect(findingRows(md)).toEqual([]);
  });

  test("hostile server text cannot break the table, inject HTML or markup, ping people, or carry control characters", () => {
    const md = renderMarkdown(
      report(
        [finding({ server: HOSTILE, entity: { name: HOSTILE }, message: HOSTILE, field: HOSTILE, evidence: HOSTILE, configPath: HOSTILE })],
        [server(HOSTILE, "error", { error: HOSTILE, client: HOSTILE })],
        { configErrors: [{ configPath: HOSTILE, message: HOSTILE }] as never },
      ),
      { rootDir: ROOT_DIR },
    );
    const rows = findingRows(md);
    expect(rows).toHaveLength(1);
    expect(cells(rows[0]!)).toHaveLength(6);
    const serverRow = md.split("\n").find((l) => l.startsWith("| <code>evil"))!;
    expect(cells(serverRow)).toHaveLength(8);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(md).not.toContain("<img");
    expect(md).not.toContain("`");
    expect(md).not.toContain("[click]");
    expect(md).not.toContain("@octocat");
    expect(md).toContain("@&#8203;octocat");
    // The text is still there for a human to read, escaped.
    expect(md).toContain("&#60;img src=x onerror=alert&#40;1&#41;&#62;");
    expect(md).toContain("\\x1b[31m".replace("\\", "&#92;").replace("[", "&#91;"));
    // Only our own tags survive as HTML.
    const tags = new Set([...md.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(["br", "code", "details", "pre", "summary"]);
  });

  test("stays under GitHub's comment limit with 5,000 findings and says how many were left out", () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      finding({
        severity: SEVERITIES[i % SEVERITIES.length],
        server: `server-${i % 50}`,
        entity: { name: `tool_${i}` },
        message: `Finding number ${i} with a fairly long explanation of what is wrong `.repeat(2),
        evidence: "x".repeat(500),
      }),
    );
    const servers = Array.from({ length: 2000 }, (_, i) => server(`server-${i}`));
    const md = renderMarkdown(report(findings, servers), { rootDir: ROOT_DIR });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const shown = findingRows(md).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(5000);
    expect(md).toContain(`**${5000 - shown} more findings not shown**`);
    // The worst findings are the ones kept.
    expect(findingRows(md)[0]).toContain("critical");
    expect(md).toMatch(/\d+ more servers not shown/);
    expect(md.trimEnd().endsWith("</details>")).toBe(true);
  });

  test("a smaller maxLength is honoured", () => {
    const findings = Array.from({ length: 200 }, (_, i) => finding({ entity: { name: `tool_${i}` } }));
    const md = renderMarkdown(report(findings), { rootDir: ROOT_DIR, maxLength: 5000 });
    expect(md.length).toBeLessThanOrEqual(5000);
    expect(md).toContain("more findings not shown");
  });
});

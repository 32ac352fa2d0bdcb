// scanSource over fixtures/source: each fixture line's trailing "expect:" comment lists exactly the rule ids reported there.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fg from "fast-glob";
import { scanSource, scanText, sourceRuleList } from "../../src/source/index.js";

const ROOT = join(process.cwd(), "fixtures", "source");

function expectations(): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  for (const rel of fg.sync(["**/*.{js,mjs,ts,py}"], { cwd: ROOT, ignore: ["**/node_modules/**"] })) {
    readFileSync(join(ROOT, rel), "utf8")
      .split("\n")
      .forEach((line, i) => {
        const m = /expect:\s*([a-z, -]+)$/.exec(line);
        if (m) expected.set(`${rel}:${i + 1}`, m[1]!.split(",").map((s) => s.trim()).sort());
      });
  }
  return expected;
}

describe("scanSource", () => {
  it("reports exactly the expected rule ids on exactly the expected lines of every fixture", async () => {
    const findings = await scanSource(ROOT);
    const actual = new Map<string, string[]>();
    for (const f of findings) {
      const key = `${f.entity.name}:${f.line}`;
      actual.set(key, [...(actual.get(key) ?? []), f.ruleId].sort());
    }
    const expected = expectations();
    expect(expected.size).toBeGreaterThan(15);
    expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it("covers every verification library with at least one fixture", async () => {
    const names = new Set((await scanSource(ROOT)).map((f) => f.entity.name.split("/")[0]));
    expect([...names].sort()).toEqual(["bind-all", "fastmcp", "jose", "jsonwebtoken", "pyjwt", "python-jose"]);
  });

  it("fills in a location a report can point at", async () => {
    const [f] = (await scanSource(ROOT)).filter((x) => x.entity.name === "jose/verify.ts");
    expect(f!.entity.kind).toBe("config");
    expect(f!.configPath).toBe(join(ROOT, "jose", "verify.ts"));
    expect(f!.line).toBe(9);
    expect(f!.evidence).toBe("jwtVerify(…) without options");
    expect(sourceRuleList.map((r) => r.id)).toContain(f!.ruleId);
  });

  it("never shows a hard-coded secret from the verify call", () => {
    const hits = scanText('const jwt = require("jsonwebtoken");\njwt.verify(token, "super-secret-signing-key-123");\n', "js");
    expect(hits).toHaveLength(2);
    expect(JSON.stringify(hits)).not.toContain("super-secret");
  });

  it("skips oversized files and refuses a missing directory with one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "src-scan-"));
    mkdirSync(join(dir, "lib"));
    writeFileSync(join(dir, "lib", "big.js"), `app.listen(1, "0.0.0.0");\n${"// pad\n".repeat(200_000)}`);
    writeFileSync(join(dir, "small.js"), 'app.listen(1, "0.0.0.0");\n');
    const findings = await scanSource(dir, { maxFileBytes: 64 * 1024 });
    expect(findings.map((f) => f.entity.name)).toEqual(["small.js"]);
    await expect(scanSource(join(dir, "nope"))).rejects.toThrow(/^--source .*nope: not a directory$/);
  });

  it("stays fast on pathological input (unclosed calls, long lines)", () => {
    const text = `const jwt = require("jsonwebtoken");\n${"jwt.verify(".repeat(5000)}\n${"x".repeat(500_000)}`;
    const hits = scanText(text, "js");
    expect(Array.isArray(hits)).toBe(true);
  });
});

// The redactor masks every known token shape and every configured secret, wherever it sits in a text.
import { describe, expect, it } from "@jest/globals";
import { Redactor, looksLikeSecret } from "../../src/redact.js";

// Shapes of real credentials, made up for this test (none is a live value).
const tokens: Record<string, string> = {
  jwt: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXRoYXQtaXMtbG9uZw",
  openai: "sk-proj-abcdefghijklmnopqrstuvwxyz012345",
  stripe: "rk-live-ABCDEFGHIJKLMNOPQRSTuvwx",
  github: "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
  githubPat: "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
  slack: "xoxb-1234567890-abcdefghijkl",
  aws: "AKIAABCDEFGHIJKLMNOP",
  google: "AIzaSyA1234567890abcdefghijklmnopqrstuv",
  gitlab: "glpat-abcdefghijklmnopqrst",
  npm: "npm_abcdefghijklmnopqrstuvwxyz0123456789",
};

describe("Redactor", () => {
  const redactor = new Redactor();

  it.each(Object.entries(tokens))("masks a %s token inside ordinary text", (_kind, token) => {
    expect(looksLikeSecret(token)).toBe(true);
    const out = redactor.text(`the value is ${token}, keep it safe`);
    expect(out).not.toContain(token);
    expect(out).toMatch(/^the value is .+, keep it safe$/);
  });

  it("masks the credential after Bearer but keeps the word", () => {
    const out = redactor.text("Authorization: Bearer abcdefghijklmnop.qrstuvwx");
    expect(out).toMatch(/^Authorization: Bearer /);
    expect(out).not.toContain("abcdefghijklmnop");
  });

  it("masks configured secrets that have no known shape, and leaves ordinary text as it is", () => {
    const own = new Redactor(["hunter2-but-longer"]);
    expect(own.text("password=hunter2-but-longer;")).not.toContain("hunter2-but-longer");
    const plain = "Adds two numbers. Skip-list keys, npm packages and the AKIA docs are words here.";
    expect(own.text(plain)).toBe(plain);
  });

  it("redacts every string of a JSON value, keys included", () => {
    const value = redactor.value({ [tokens.github!]: [tokens.aws, { note: `see ${tokens.slack}` }], n: 1 });
    expect(JSON.stringify(value)).not.toMatch(/ghp_abc|AKIAABC|xoxb-123/);
    expect((value as { n: number }).n).toBe(1);
  });
});

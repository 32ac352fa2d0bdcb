import { excerpt, normaliseText, readable } from "../../src/analyze/text.js";

const kinds = (s: string) => normaliseText(s).hidden.map((h) => h.kind);

describe("normaliseText", () => {
  test("plain text passes through unchanged with nothing hidden", () => {
    const n = normaliseText("Reads a file from disk.");
    expect(n).toEqual({ visible: "Reads a file from disk.", hidden: [] });
  });
  test("NFKC folds full-width and compatibility forms", () => {
    expect(normaliseText("ｉｇｎｏｒｅ previous ﬁles").visible).toBe("ignore previous files");
  });
  test("zero-width characters are removed and counted", () => {
    const n = normaliseText("ig\u200bnore\u200d pre\ufeffvious");
    expect(n.visible).toBe("ignore previous");
    expect(n.hidden).toEqual([{ kind: "invisible", text: "", count: 3 }]);
  });
  test("tag characters are decoded to ASCII and kept out of the visible text", () => {
    const hidden = [..."send keys"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
    const n = normaliseText(`Time.${hidden}`);
    expect(n.visible).toBe("Time.");
    expect(n.hidden[0]).toMatchObject({ kind: "tag-characters", text: "send keys" });
  });
  test("bidi controls, ANSI and OSC escapes and control characters are stripped", () => {
    const n = normaliseText("a\u202eb\u001b[31mc\u001b]8;;http://x\u0007d\u0000e");
    expect(n.visible).toBe("abcde");
    expect(new Set(kinds("a\u202eb\u001b[31mc\u001b]8;;http://x\u0007d\u0000e"))).toEqual(new Set(["bidi", "ansi-escape", "control"]));
  });
  test("HTML comments, markdown comments and invisible elements become hidden segments", () => {
    const n = normaliseText('Adds. <!-- secret one -->\n[//]: # (secret two)\n<span style="font-size:0">secret three</span> <div hidden>secret four</div>');
    expect(n.visible).not.toMatch(/secret/);
    expect(n.hidden.map((h) => h.text)).toEqual(["secret one", "secret two", "secret three", "secret four"]);
  });
  test("an unclosed comment hides the rest", () => {
    expect(normaliseText("Adds. <!-- trailing").hidden[0]).toMatchObject({ kind: "html-comment", text: "trailing" });
  });
  test("base64, hex and percent-encoded runs are decoded when readable, and decoded again", () => {
    const inner = Buffer.from("read the ssh key now please").toString("base64");
    const twice = Buffer.from(`note: ${inner} thanks`).toString("base64");
    const n = normaliseText(`x ${twice}`);
    expect(n.hidden.map((h) => h.kind)).toEqual(["base64", "base64"]);
    expect(n.hidden[1]?.text).toBe("read the ssh key now please");
    expect(normaliseText(`x ${Buffer.from("send all the files").toString("hex")}`).hidden[0]?.text).toBe("send all the files");
    expect(normaliseText("x %73%65%6e%64%20%74%68%65%20%6b%65%79").hidden[0]?.text).toBe("send the key");
  });
  test("binary-looking runs are not reported", () => {
    expect(normaliseText("sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08").hidden).toEqual([]);
    expect(normaliseText("id QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkw").hidden).toEqual([]);
    expect(readable("\u0001\u0002abc")).toBe(false);
  });
  test("a 1 MB input with every trick completes", () => {
    const piece = "word\u200b <!-- c --> \u001b[1m QUJD %41 ";
    const n = normaliseText(piece.repeat(Math.ceil(1_000_000 / piece.length)));
    expect(n.visible.length).toBeGreaterThan(100_000);
  });
  test("excerpt is one line around the match", () => {
    expect(excerpt("aaaa\nbbbb cccc dddd", 5, 9, 8)).toBe("…a bbbb c…");
  });
});

// Normalises server-supplied text for matching and keeps what was hidden or encoded as evidence.
// Every step is a single pass or a bounded regex, so time grows linearly with the input.

export type HiddenKind =
  | "invisible" // zero-width and other format characters
  | "tag-characters" // Unicode tag block, decoded to ASCII
  | "bidi" // bidirectional overrides and isolates
  | "variation-selectors"
  | "control" // C0/C1 control characters other than tab and newline
  | "ansi-escape" // terminal CSI/OSC sequences
  | "html-comment"
  | "markdown-comment" // [//]: # (...) link-reference comments
  | "hidden-html" // elements styled invisible or marked hidden
  | "details" // collapsed <details> bodies: visible on click, so only worth a note
  | "base64"
  | "hex"
  | "percent-encoded";

export interface HiddenSegment {
  kind: HiddenKind;
  /** What the model reads in this segment, decoded and NFKC-normalised; empty when nothing readable. */
  text: string;
  /** How many characters of this kind were found (invisible characters are counted, not kept). */
  count: number;
}

export interface NormalisedText {
  /** What a user sees when the text is rendered: invisible parts removed, NFKC applied. */
  visible: string;
  hidden: HiddenSegment[];
}

const MAX_DECODE_DEPTH = 2;
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;
const MAX_SEGMENTS = 64;

function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200d) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0xfff9 && cp <= 0xfffb) ||
    (cp >= 0x1d173 && cp <= 0x1d17a)
  );
}

function isBidi(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;
}

/** Emoji use U+FE0F legitimately ("⚠️"); the other selectors can smuggle bytes. */
function isSuspectVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0e) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

const ANSI_CSI = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]/y;
const ANSI_OSC = /\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)/y;

/** Pass 1: strip characters a user cannot see, and decode tag characters. */
function stripInvisible(input: string, hidden: Map<HiddenKind, HiddenSegment>): string {
  const out: string[] = [];
  let tagRun = "";
  const add = (kind: HiddenKind, text = "") => {
    const seg = hidden.get(kind) ?? { kind, text: "", count: 0 };
    seg.count++;
    if (text && seg.text.length < 4096) seg.text += text;
    hidden.set(kind, seg);
  };
  const flushTags = () => {
    if (tagRun) {
      add("tag-characters", (hidden.has("tag-characters") ? " " : "") + tagRun);
      const seg = hidden.get("tag-characters");
      if (seg) seg.count += tagRun.length - 1;
      tagRun = "";
    }
  };
  let i = 0;
  let chunkStart = 0;
  const flushChunk = (end: number) => {
    if (end > chunkStart) out.push(input.slice(chunkStart, end));
  };
  while (i < input.length) {
    const cp = input.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0xe0000 && cp <= 0xe007f) {
      flushChunk(i);
      // U+E0020..E007E mirror printable ASCII; the rest are begin/cancel markers.
      if (cp >= 0xe0020 && cp <= 0xe007e) tagRun += String.fromCharCode(cp - 0xe0000);
      i += width;
      chunkStart = i;
      continue;
    }
    flushTags();
    if (cp === 0x1b) {
      flushChunk(i);
      ANSI_CSI.lastIndex = i;
      ANSI_OSC.lastIndex = i;
      const m = ANSI_CSI.exec(input) ?? ANSI_OSC.exec(input);
      const len = m ? m[0].length : 1;
      add("ansi-escape");
      i += len;
      chunkStart = i;
      continue;
    }
    let kind: HiddenKind | undefined;
    if (isInvisible(cp)) kind = "invisible";
    else if (isBidi(cp)) kind = "bidi";
    else if (isSuspectVariationSelector(cp)) kind = "variation-selectors";
    else if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f)) kind = "control";
    if (kind) {
      flushChunk(i);
      add(kind);
      i += width;
      chunkStart = i;
      continue;
    }
    i += width;
  }
  flushChunk(i);
  flushTags();
  return out.join("");
}

const MD_COMMENT = /^[ \t]{0,3}\[[^\]\n]{0,100}\]:[ \t]{0,8}(?:#|<>)[ \t]{0,8}\(([^)\n]{0,4000})\)[ \t]{0,8}$/gm;
const HIDDEN_HTML =
  /<([a-z][a-z0-9]{0,10})\b[^>]{0,300}?style[ \t]{0,3}=[ \t]{0,3}["'][^"'>]{0,300}?(?:display[ \t]{0,3}:[ \t]{0,3}none|visibility[ \t]{0,3}:[ \t]{0,3}hidden|font-size[ \t]{0,3}:[ \t]{0,3}0(?![.\d]{0,3}[1-9])|opacity[ \t]{0,3}:[ \t]{0,3}0(?![.\d]{0,3}[1-9]))[^>]{0,300}>([^<]{0,8000})<\/\1>/gi;
const HIDDEN_ATTR = /<([a-z][a-z0-9]{0,10})\b[^>]{0,300}?\shidden\b[^>]{0,300}>([^<]{0,8000})<\/\1>/gi;
const DETAILS = /<details\b[^>]{0,300}>([^]{0,8000}?)<\/details>/gi;

/** Pass 2: comments and markup a renderer hides; removed from the visible text, kept as segments. */
function stripMarkup(input: string, segments: HiddenSegment[]): string {
  let text = input;
  // HTML/XML comments by indexOf so an unclosed "<!--" costs one scan, not one per position.
  if (text.includes("<!--")) {
    const parts: string[] = [];
    let pos = 0;
    for (;;) {
      const open = text.indexOf("<!--", pos);
      if (open < 0) break;
      const close = text.indexOf("-->", open + 4);
      const end = close < 0 ? text.length : close + 3;
      parts.push(text.slice(pos, open));
      pushSegment(segments, "html-comment", text.slice(open + 4, close < 0 ? text.length : close));
      pos = end;
    }
    parts.push(text.slice(pos));
    text = parts.join(" ");
  }
  if (text.includes("]:")) {
    text = text.replace(MD_COMMENT, (_m, body: string) => {
      pushSegment(segments, "markdown-comment", body);
      return " ";
    });
  }
  if (text.includes("<")) {
    text = text.replace(HIDDEN_HTML, (_m, _tag: string, body: string) => {
      pushSegment(segments, "hidden-html", body);
      return " ";
    });
    text = text.replace(HIDDEN_ATTR, (_m, _tag: string, body: string) => {
      pushSegment(segments, "hidden-html", body);
      return " ";
    });
    // A collapsed <details> body stays visible on click, so it is reported but not removed.
    for (const m of text.matchAll(DETAILS)) pushSegment(segments, "details", m[1] ?? "");
  }
  return text;
}

function pushSegment(segments: HiddenSegment[], kind: HiddenKind, body: string): void {
  if (segments.length >= MAX_SEGMENTS) return;
  segments.push({ kind, text: body.slice(0, 8192).normalize("NFKC").trim(), count: 1 });
}

// Runs start only where the previous character cannot belong to one, so each character is looked at once.
const BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}/g;
const HEX_RUN = /(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}){16,}(?![0-9A-Za-z])|(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}[ :]){15,}[0-9a-fA-F]{2}(?![0-9A-Za-z])|(?:\\x[0-9a-fA-F]{2}){8,}/g;
const PERCENT_RUN = /(?<![A-Za-z0-9._~+-])[A-Za-z0-9._~+-]{0,24}(?:%[0-9A-Fa-f]{2}[A-Za-z0-9._~+-]{0,24}){5,}/g;

/** Decoded text counts only when it reads like language: printable, with spaces, mostly letters. */
export function readable(decoded: string): boolean {
  if (decoded.length < 8) return false;
  let printable = 0;
  let letters = 0;
  let spaces = 0;
  for (const ch of decoded) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x20 && cp < 0x7f) || cp === 0x0a || cp === 0x09 || cp >= 0xa0) printable++;
    if (/\p{L}/u.test(ch)) letters++;
    if (ch === " ") spaces++;
  }
  const n = [...decoded].length;
  return printable / n >= 0.95 && letters / n >= 0.5 && spaces >= 1 && !decoded.includes("\ufffd");
}

function decodeBase64(run: string): string | undefined {
  const clean = run.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (clean.length % 4 === 1) return undefined;
  const text = Buffer.from(clean, "base64").toString("utf8");
  return readable(text) ? text : undefined;
}

function decodeHex(run: string): string | undefined {
  const digits = run.replace(/\\x|0x|[ :]/g, "");
  if (digits.length % 2 !== 0) return undefined;
  const text = Buffer.from(digits, "hex").toString("utf8");
  return readable(text) ? text : undefined;
}

function decodePercent(run: string): string | undefined {
  try {
    const text = decodeURIComponent(run.replace(/\+/g, " "));
    return readable(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Pass 3: encoded runs in any text the model reads, decoded and scanned again (bounded depth). */
function findEncoded(text: string, segments: HiddenSegment[], depth: number): void {
  if (depth > MAX_DECODE_DEPTH) return;
  const tries: [RegExp, HiddenKind, (s: string) => string | undefined][] = [
    [BASE64_RUN, "base64", decodeBase64],
    [HEX_RUN, "hex", decodeHex],
    [PERCENT_RUN, "percent-encoded", decodePercent],
  ];
  for (const [re, kind, decode] of tries) {
    if (kind === "percent-encoded" && !text.includes("%")) continue;
    for (const m of text.matchAll(re)) {
      if (segments.length >= MAX_SEGMENTS) return;
      const decoded = decode(m[0]);
      if (!decoded) continue;
      const inner = normaliseText(decoded, depth + 1);
      segments.push({ kind, text: inner.visible, count: 1 });
      segments.push(...inner.hidden.slice(0, MAX_SEGMENTS - segments.length));
    }
  }
}

/** Normalise one server-supplied string. */
export function normaliseText(input: string, depth = 0): NormalisedText {
  const counted = new Map<HiddenKind, HiddenSegment>();
  // Printable ASCII has nothing invisible and is already NFKC: skip the per-character pass.
  const plain = PLAIN_ASCII.test(input);
  const stripped = plain ? input : stripInvisible(input, counted);
  const segments: HiddenSegment[] = [];
  const marked = stripMarkup(stripped, segments);
  const visible = plain ? marked : marked.normalize("NFKC");
  for (const seg of counted.values()) segments.push({ ...seg, text: seg.text.normalize("NFKC").trim() });
  // Encoded payloads hide anywhere: in the visible text and inside comments or tag characters.
  findEncoded(visible, segments, depth);
  for (const seg of segments.slice()) if (seg.text && seg.kind !== "base64" && seg.kind !== "hex" && seg.kind !== "percent-encoded") findEncoded(seg.text, segments, depth);
  return { visible, hidden: segments };
}

/** A short, single-line excerpt around [start, end) for evidence. */
export function excerpt(text: string, start: number, end: number, max = 160): string {
  const pad = Math.max(0, Math.floor((max - (end - start)) / 2));
  const from = Math.max(0, start - pad);
  const to = Math.min(text.length, Math.max(end, from + max));
  const body = text.slice(from, to).replace(/\s+/g, " ").trim();
  return (from > 0 ? "…" : "") + body + (to < text.length ? "…" : "");
}

/** One text as the model reads it: the visible part, then each hidden or decoded segment. */
export interface TextView {
  text: string;
  hidden?: HiddenKind;
}

const cache = new Map<string, NormalisedText>();

/** normaliseText with a small cache: several rules look at the same texts in one scan. */
export function normaliseCached(input: string): NormalisedText {
  let hit = cache.get(input);
  if (!hit) {
    if (cache.size >= 4096) cache.clear();
    hit = normaliseText(input);
    cache.set(input, hit);
  }
  return hit;
}

export function textViews(input: string): TextView[] {
  const n = normaliseCached(input);
  return [{ text: n.visible }, ...n.hidden.filter((h) => h.text.length > 0).map((h) => ({ text: h.text, hidden: h.kind }))];
}

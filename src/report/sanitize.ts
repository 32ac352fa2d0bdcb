// Makes text from servers and configs safe to print: control characters and escape sequences
// are shown escaped (\x1b, \u202e) so a server cannot drive the user's terminal.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;

export function escapeControl(text: string, { keepNewlines = false } = {}): string {
  const out = text.replace(UNSAFE, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u{${cp.toString(16)}}`;
  });
  return keepNewlines ? out : out.replace(/\n/g, "\\n");
}

/** One display line: escaped, and cut to `max` characters so a 10 MB description stays readable. */
export function displayLine(text: string, max = 200): string {
  const cut = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const safe = escapeControl(cut);
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

// The one word-set test the flow heuristics share: does a tool's text contain any of these words?
export function hasAny(set: ReadonlySet<string>, list: Iterable<string>): boolean {
  for (const w of list) if (set.has(w)) return true;
  return false;
}

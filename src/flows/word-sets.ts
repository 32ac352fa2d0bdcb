// What the flow heuristics share about words: a list of them as a set, and the one test, does a tool's text contain any
// of these words?

/** `wordSet("get", "list")`: a fixed word list as a set, for `hasAny` and `.has`. */
export const wordSet = (...xs: string[]): Set<string> => new Set(xs);

export function hasAny(set: ReadonlySet<string>, list: Iterable<string>): boolean {
  for (const w of list) if (set.has(w)) return true;
  return false;
}

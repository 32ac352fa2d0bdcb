// Compiling the rule pack's patterns once, up front, in the cheaper of V8's two ways.

/**
 * V8 first interprets a new pattern on short subjects and compiles it to machine code again once it has run;
 * on a subject of 1000 characters or more it compiles to machine code at once. Our large case-insensitive
 * alternations cost about four times less that way (64 -> 17 ms for the whole pack), and the cost falls while
 * servers start instead of on the first scanned text. Only speed depends on this heuristic, never results.
 */
const LONG_SUBJECT = " ".repeat(1000);

export function compileEagerly<T extends RegExp>(regex: T): T {
  regex.test(LONG_SUBJECT);
  regex.lastIndex = 0;
  return regex;
}

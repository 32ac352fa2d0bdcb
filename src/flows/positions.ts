// Trading positions closed or liquidated: like an order placed, the trade is made at the market and cannot be taken back.
import { READ_VERBS, type Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

const CLOSE_VERBS = ["close", "liquidate", "flatten", "exit", "unwind"];
/** Words that put a "position" in a brokerage account rather than on a page, a board or a game. */
const MARKET_WORDS = /\b(?:shares?|qty|quantity|symbols?|ticker|liquidat\w*|trades?|trading|orders?|market|stocks?|crypto|futures|options?|contracts?|margin|leverage|broker\w*|portfolio|lots?)\b/;

/** `close_position(symbol, qty)`, `close_all_positions`, `liquidate_portfolio`: sells (or buys back) what the account holds. */
export function closesPosition(e: Evidence): boolean {
  const closeAt = e.name.findIndex((w) => CLOSE_VERBS.includes(w));
  if (closeAt === -1 || e.name.slice(0, closeAt).some((w) => READ_VERBS.has(w))) return false;
  const object = has(e.nameSet, ["position", "positions", "holding", "holdings"]) || (e.name[closeAt] === "liquidate" && has(e.nameSet, ["portfolio", "all", "account"]));
  return object && MARKET_WORDS.test(`${e.fullText} ${e.params.join(" ")}`);
}

export function positionLabels(e: Evidence): Label[] {
  return closesPosition(e) ? [{ role: "destructive", confidence: 0.7, reason: "closes or liquidates a trading position, a trade made at the market that cannot be taken back" }] : [];
}

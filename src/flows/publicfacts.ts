// Facts a vendor publishes the same for every customer, which a signed-in server still serves: market data looked up
// by a ticker symbol, an exchange's trading calendar, and the catalogue of ports, protocols and search facets a
// service supports. A brokerage or a scanning account may sit behind the server, but these reads return none of it.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/** `symbol`, `underlying_symbol`, `tickers`: what a market-data call is keyed by. */
const SYMBOL_PARAM = /^(?:underlying_?)?(?:symbol|symbols|ticker|tickers)$/;
/** What the account itself holds at the broker, looked up by symbol too: its orders, positions, watchlists, alerts. */
const ACCOUNT_HOLDINGS = ["position", "positions", "order", "orders", "holding", "holdings", "portfolio", "portfolios", "account", "accounts", "watchlist", "watchlists", "balance", "balances", "my", "own", "alert", "alerts", "fills", "activities", "transactions"];

/** `get_stock_trades(symbol)`, `get_option_contracts(underlying_symbol)`: market data, the same for everyone. */
function marketDataBySymbol(e: Evidence, all: Set<string>): boolean {
  return e.params.some((p) => SYMBOL_PARAM.test(p)) && !has(all, ACCOUNT_HOLDINGS);
}

/** "The market calendar", "the exchange's trading days": when markets open, not the user's diary. */
function marketCalendar(e: Evidence, all: Set<string>): boolean {
  return has(e.nameSet, ["calendar", "calendars"]) && has(all, ["market", "markets", "exchange", "exchanges", "trading"]) && !has(all, ["my", "event", "events", "meeting", "meetings"]);
}

/** `list_ports`, `list_protocols`, `list_search_facets`: what a service can scan for or filter on, its own vocabulary. */
function serviceVocabulary(e: Evidence): boolean {
  const last = e.name[e.name.length - 1] ?? "";
  return !e.urlParam && ["ports", "protocols", "facets"].includes(last) && has(e.nameSet, ["list", "get", "show"]) &&
    // "List the open ports of a host", "the ports of a container": a machine's own ports are about that machine.
    !/\b(?:open|listening|exposed|mapped)\b|\bports? (?:of|on|for) (?:a |an |the |this |that )?(?:host|hosts|machine|container|pod|service|ip|device|server)\b/.test(e.firstText);
}

/** Drops the private-data and untrusted-content guesses these public reads drew from the words around them. */
export function withoutPublicFacts(labels: Label[], e: Evidence): Label[] {
  const all = e.nameAndFirst;
  if (serviceVocabulary(e)) return labels.filter((l) => l.role !== "private-data" && l.role !== "untrusted-content");
  if (marketDataBySymbol(e, all) || marketCalendar(e, all)) return labels.filter((l) => l.role !== "private-data");
  return labels;
}

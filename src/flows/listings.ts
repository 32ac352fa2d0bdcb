// What strangers put up for anyone to find, reached without a read verb or a text noun the main rules know: listings
// or papers compared side by side, stays searched by travel dates, and an Internet scan engine's search results (the
// banners and pages that hosts serve). All are public, so none is private-data.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/** Items whose text their authors, sellers or hosts wrote. */
const AUTHORED_ITEMS = ["listing", "listings", "paper", "papers", "abstracts", "review", "reviews", "article", "articles", "post", "posts", "product", "products", "hotel", "hotels", "stays", "properties", "answers"];

/** `compare_listings(listing_ids)`, `compare_papers`: the comparison carries the items' own descriptions. */
function comparesAuthoredItems(e: Evidence): boolean {
  return e.nameSet.has("compare") && has(e.nameSet, AUTHORED_ITEMS) && !has(e.nameSet, ["price", "prices", "values", "versions", "files", "schemas"]);
}

/** "Advanced search with price and rating filters (location, check-in, check-out)": stays listed by their hosts. */
function searchesStays(e: Evidence): boolean {
  const dates = e.params.some((p) => /^check_?in(?:_?date)?$/.test(p)) && e.params.some((p) => /^check_?out(?:_?date)?$/.test(p));
  // A budget or a price check returns figures, not the listings' text; a booking acts on one (a price filter is still a search).
  return dates && has(e.nameAndFirst, ["search", "find", "filter"]) && !has(e.nameSet, ["budget", "price", "prices", "cost", "costs", "book", "reserve", "booking"]) &&
    !/^(?:calculate|estimate|analy[sz]e)s?\b/.test(e.firstText);
}

const SCAN_ENGINES = /\b(?:shodan|censys|zoomeye|fofa|netlas|binaryedge|onyphe|criminal ?ip)\b|\binternet[- ]wide scans?\b/;
/** A scan engine's own numbers and vocabulary: counts, facets, filters, trends, query tokens, ports and protocols. */
const SCAN_ENGINE_FACTS = ["count", "counts", "facet", "facets", "filter", "filters", "trends", "tokens", "ports", "protocols", "plan", "scans", "scan", "crawl", "info"];

/** `search_shodan(query)`: matches carry the service banners, titles and pages that Internet hosts serve. */
function searchesScanEngine(e: Evidence): boolean {
  return has(e.nameSet, ["search", "query"]) && e.params.some((p) => /^(?:q|query)$/.test(p)) && SCAN_ENGINES.test(e.nameThenFirst) && !has(e.nameSet, SCAN_ENGINE_FACTS);
}

export function listingLabels(e: Evidence): Label[] {
  if (comparesAuthoredItems(e)) return [{ role: "untrusted-content", confidence: 0.7, reason: "compares listings, papers or reviews side by side, with the text their authors or hosts wrote" }];
  if (searchesStays(e)) return [{ role: "untrusted-content", confidence: 0.7, reason: "searches stays for travel dates, whose titles and descriptions their hosts wrote" }];
  if (searchesScanEngine(e)) return [{ role: "untrusted-content", confidence: 0.7, reason: "searches an Internet scan engine, whose matches carry the banners and pages that hosts serve" }];
  return [];
}

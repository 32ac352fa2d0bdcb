// A tool whose address parameter is described as the page it works on fetches that page, whatever its verb says.
import { propertyText } from "./heuristics.js";

/** What a tool does to the page at an address: each needs the page's content. */
const PAGE_WORK = "crawl|scrape|fetch|process|extract(?: from)?|analy[sz]e|summari[sz]e|read|parse|visit|load|open|convert|chunk";

/** `url: "URL to process"`, `url: "Target URL"`, `url: "URL of the web page"`: the address is the input, its content the work. */
export function worksOnPageAt(schema: unknown, params: readonly string[]): boolean {
  return params.some((p) => (p === "url" || p === "urls" || p === "target_url" || p === "page_url") &&
    new RegExp(`^(?:the )?(?:(?:target|source|seed) (?:web ?page |page |site )?urls?|urls? (?:of the (?:web ?)?page|(?:to|you want to) (?:${PAGE_WORK}))|(?:web ?page|page|website) urls? to (?:${PAGE_WORK}))\\b`).test(propertyText(schema, p).trim()));
}

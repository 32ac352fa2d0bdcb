// Round twenty-five: what strangers put up for anyone to find, reached without a read verb or a text noun the main
// rules know (texts written for these tests, not taken from the label sets).
import { h, str, tool } from "./class-helpers.js";

const int = { type: "integer" };
const ids = { type: "array", items: { type: "string" } };

describe("listings, papers or reviews compared side by side", () => {
  test("the comparison carries the text their authors or hosts wrote, and it is public", () => {
    expect(h(tool("compare_rentals_listings", "Put up to four holiday rentals next to each other with amenities and house rules.", { listing_ids: ids }))).toEqual(["untrusted-content"]);
    expect(h(tool("compare_papers", "Bundle the abstracts of several preprints for a side-by-side synthesis.", { paper_ids: ids }))).toContain("untrusted-content");
  });
  test("hard negatives: comparing two values, two schema versions, prices", () => {
    expect(h(tool("compare_values", "Compare two strings ignoring case.", { a: str, b: str }))).not.toContain("untrusted-content");
    expect(h(tool("compare_schemas", "Compare two schema versions of the listings table.", { from: str, to: str }))).not.toContain("untrusted-content");
    expect(h(tool("compare_listing_prices", "Compare nightly prices of listings across dates.", { listing_ids: ids }))).not.toContain("untrusted-content");
  });
});

describe("stays searched for travel dates", () => {
  test("a search or a filter with check-in and check-out returns stays their hosts described", () => {
    expect(h(tool("stay_finder", "Advanced search with price filters and sorting by value.", { place: str, check_in: str, check_out: str, guests: int }))).toEqual(["untrusted-content"]);
    expect(h(tool("filter_rooms", "Filter rooms in a city by rating.", { city: str, checkin: str, checkout: str }))).toContain("untrusted-content");
  });
  test("hard negatives: a trip budget, a booking, a date search without stays", () => {
    expect(h(tool("stay_budget", "Calculate the total for a stay including fees and taxes.", { listing_id: str, checkin: str, checkout: str }))).not.toContain("untrusted-content");
    expect(h(tool("book_room", "Book a room for the dates.", { room_id: str, checkin: str, checkout: str }))).not.toContain("untrusted-content");
    expect(h(tool("search_dates", "Search free dates.", { start: str, end: str }))).not.toContain("untrusted-content");
  });
});

describe("an Internet scan engine's search", () => {
  test("its matches carry the banners and pages that hosts serve", () => {
    expect(h(tool("censys_search", "Search Censys hosts with a query.", { query: str, per_page: int }))).toEqual(["untrusted-content"]);
    expect(h(tool("query_hosts", "Query an internet-wide scan index of exposed services.", { q: str }))).toContain("untrusted-content");
  });
  test("hard negatives: result counts, the engine's facets, the account's own scans", () => {
    expect(h(tool("censys_search_count", "Count Censys hosts matching a query.", { query: str }))).not.toContain("untrusted-content");
    expect(h(tool("search_facets", "List search facets of Shodan.", { query: str }))).not.toContain("untrusted-content");
    expect(h(tool("search_scans", "Search the scans the account submitted to Shodan.", { query: str }))).not.toContain("untrusted-content");
  });
});

// A store's live records: prices and stock rewritten, orders marked settled, batch endpoints, with look-alikes (texts
// written for these tests).
import { h, str, tool, num } from "./class-helpers.js";

describe("rewriting what customers buy at: a product's price or stock", () => {
  test("prices, SKUs and stock levels of a product or a variant", () => {
    expect(h(tool("edit_variant", "Change a product variant.", { variant_id: str, price: str, sku: str }))).toContain("destructive");
    expect(h(tool("adjust_inventory", "Adjust the stock of an item at a location.", { item_id: str, quantity: num }))).toContain("destructive");
    expect(h(tool("set_listing_price", "Set what a listing sells for.", { listing_id: str, price: num }))).toContain("destructive");
  });
  test("hard negatives: a new variant, a price alert, a status switch, reading prices", () => {
    expect(h(tool("create_variant", "Add a variant to a product.", { product_id: str, price: str, sku: str }))).not.toContain("destructive");
    expect(h(tool("set_price_alert", "Tell me when a stock's price crosses a level.", { symbol: str, price: num }))).not.toContain("destructive");
    expect(h(tool("update_product_visibility", "Show or hide a product in the storefront.", { product_id: str, visible: { type: "boolean" } }))).not.toContain("destructive");
    expect(h(tool("get_variant_prices", "Read the prices of a product's variants.", { product_id: str }))).not.toContain("destructive");
  });
});

describe("marking an order or an invoice settled", () => {
  test("paid, fulfilled or refunded", () => {
    expect(h(tool("mark_invoice_paid", "Record an invoice as paid.", { invoice_id: str }))).toContain("destructive");
    expect(h(tool("mark_order_as_fulfilled", "Flag an order as fulfilled.", { order_id: str }))).toContain("destructive");
  });
  test("hard negatives: marking messages read, a favourite order", () => {
    expect(h(tool("mark_messages_read", "Mark messages as read.", { ids: str }))).not.toContain("destructive");
    expect(h(tool("mark_order_favorite", "Star an order to find it later.", { order_id: str }))).not.toContain("destructive");
  });
});

describe("a store's batch endpoint", () => {
  test("named only for its records, it creates, updates and deletes them together", () => {
    expect(h(tool("batch_products", "Batch products.", {}))).toContain("destructive");
    expect(h(tool("shop_bulk_coupons", "Bulk coupon operations.", { create: { type: "array" }, update: { type: "array" }, delete: { type: "array" } }))).toContain("destructive");
  });
  test("hard negatives: a batch read, a batch of searches", () => {
    expect(h(tool("batch_get_products", "Fetch several products by id.", { ids: str }))).not.toContain("destructive");
    expect(h(tool("batch_search", "Run several searches at once.", { queries: str }))).not.toContain("destructive");
  });
});

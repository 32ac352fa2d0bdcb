// A store's live records: prices and stock customers buy at, orders marked settled, and batch endpoints that rewrite many at once.
import { words, type Evidence } from "./heuristics.js";
import { hasAny as has } from "./word-sets.js";


/** What a store sells: the product pages and the variants customers pick from. */
const STORE_OBJECTS = ["product", "products", "variant", "variants", "listing", "listings", "sku", "skus", "inventory", "stock"];
/** Fields customers buy at: a new value is what the next buyer pays or can get, and the old one is not kept. */
const SELLING_TERMS = /^(?:price|prices|regular_?price|sale_?price|compare_?at_?price|cost|sku|barcode|quantity|stock|stock_?quantity|inventory_?quantity|available|on_?hand)$/;
const CHANGE_VERBS = ["update", "edit", "modify", "set", "adjust", "change", "patch"];

/** `update_variant(price, sku)`, `adjust_inventory(quantity)`: a live product's price or stock rewritten in place. */
export function rewritesSellingTerms(e: Evidence, verbs: readonly string[]): boolean {
  if (!verbs.some((w) => CHANGE_VERBS.includes(w)) || has(e.nameSet, ["create", "add", "new"])) return false;
  // A price alert or a watch on a market price keeps the price; it only says when to tell the user.
  if (has(e.nameSet, ["alert", "alerts", "watch", "notification", "notifications", "target"])) return false;
  return has(e.nameAndFirst, STORE_OBJECTS) && e.params.some((p) => SELLING_TERMS.test(p));
}

/** Records whose state says money changed hands or goods left. */
const MONEY_RECORDS = ["order", "orders", "invoice", "invoices", "payment", "payments", "bill", "bills"];
const SETTLED_STATES = ["paid", "fulfilled", "refunded", "shipped", "settled", "captured"];

/** `mark_order_paid`, `mark_invoice_as_paid`: the books now say money arrived or goods shipped, whether or not they did. */
export function marksMoneySettled(e: Evidence): boolean {
  return e.nameSet.has("mark") && has(e.nameSet, MONEY_RECORDS) && has(e.nameSet, SETTLED_STATES);
}

/** A store's own records, which a batch endpoint creates, updates and deletes in one call. */
const BATCHED_RECORDS = ["orders", "products", "customers", "coupons", "variants", "invoices", "refunds", "subscriptions", "items"];

/** `batch_orders`, `bulk_products`: a batch endpoint named for its records takes creates, updates and deletes together. */
export function batchesRecords(e: Evidence): boolean {
  const at = e.name.findIndex((w) => w === "batch" || w === "bulk");
  if (at === -1) return false;
  // `batch_get_orders`, `bulk_export_products`: a verb after "batch" says which single operation it is.
  const rest = e.name.slice(at + 1);
  return rest.length > 0 && rest.every((w) => BATCHED_RECORDS.includes(w));
}

/** Names of a shop's catalogue tools: products, their variants, listings. */
const CATALOGUE_WORDS = ["product", "products", "variant", "variants", "listing", "listings"];

/** Two or more tools about products or listings make the server a shop's: its collections are the storefront's too. */
export function sellsProducts(tools: readonly { name: string }[]): boolean {
  return tools.filter((t) => words(t.name).some((w) => CATALOGUE_WORDS.includes(w))).length >= 2;
}

/** What the storefront shows of an item: its title, its description, its page body. */
const STOREFRONT_TEXT = /^(?:new_?)?(?:title|name|description|body_?html|description_?html|body)$/;
const TEXT_CHANGE = ["update", "edit", "set", "change", "rename", "modify", "patch", "rewrite"];

/**
 * `update_product_title(new_title)`, `update_collection(new_description)` of a shop: the text visitors of the live
 * storefront read is replaced by what the model writes, and the old text is not kept.
 */
export function rewritesStorefrontText(e: Evidence, verbs: readonly string[], shop: boolean | undefined): boolean {
  if (!verbs.some((w) => TEXT_CHANGE.includes(w)) || has(e.nameSet, ["create", "add", "new", "draft", "drafts", "note", "notes", "metafield", "metafields"])) return false;
  const named = new Set([...e.name, ...e.first.slice(0, 6)]);
  const item = has(named, ["product", "products", "listing", "listings"]) || (shop === true && has(named, ["collection", "collections"]));
  return item && e.params.some((p) => STOREFRONT_TEXT.test(p));
}

import { z } from "zod";
import type { CatalogItem } from "../catalog/catalog-item";
import { TillError } from "../errors/till-error";
import { parseMoney } from "../money/create-money";
import { decimalStringSchema } from "../numbers/decimal-input";
import { parseQuantity, Quantity } from "../quantity/quantity";
import type { LineModifier, PriceSource, SaleLine } from "./sale-line";
import { lineModifierSchema } from "./sale-line";
import { idSchema } from "./value-schemas";

/**
 * zod schema for what comes with a scan or key-in, besides the item: how much, and line details. A weighed
 * item takes its quantity from the scale (`scaleWeight`) or from a weight-embedded barcode
 * (`embedded.kind = "weight"`); a price-embedded barcode (`embedded.kind = "price"`) sells one labelled
 * pack at the printed price.
 *
 * @public
 */
export const lineDetailsSchema = /* @__PURE__ */ z.object({
  /** Quantity in the item's unit; default 1 for "each" items. */
  quantity: decimalStringSchema.optional(),
  /** A stable scale reading in the item's unit. */
  scaleWeight: decimalStringSchema.optional(),
  /** A value decoded from a weight- or price-embedded barcode. */
  embedded: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("weight"), value: decimalStringSchema }),
      z.object({ kind: z.literal("price"), amount: decimalStringSchema }),
    ])
    .optional(),
  modifiers: z.array(lineModifierSchema).optional(),
  seat: z.number().int().min(1).optional(),
  serial: z.string().optional(),
  lot: z.string().optional(),
  note: z.string().optional(),
  partnerId: idSchema.optional(),
});

/**
 * Line details (output form).
 *
 * @public
 */
export type LineDetails = z.output<typeof lineDetailsSchema>;

function quantityFor(item: CatalogItem, details: LineDetails): Quantity {
  const path = ["quantity"];
  if (details.embedded?.kind === "price") return parseQuantity(1, "each", path);
  const measured =
    details.scaleWeight ?? (details.embedded?.kind === "weight" ? details.embedded.value : undefined);
  if (item.unit === "each") return parseQuantity(details.quantity ?? "1", "each", path);
  const value = measured ?? details.quantity;
  if (value === undefined) {
    throw new TillError("INVALID_QUANTITY", {
      message: `${item.sku} is sold by ${item.unit}: weigh it`,
      path,
    });
  }
  return parseQuantity(value, item.unit, path);
}

// A sale is deeply frozen, so lines share these instead of each carrying fresh copies that must be
// frozen one by one (freezing took a twentieth of a 100-line basket).
const FROM_CATALOG: PriceSource = /* @__PURE__ */ Object.freeze({ kind: "catalog" });
const FROM_LABEL: PriceSource = /* @__PURE__ */ Object.freeze({ kind: "label" });
const RECEIPTLESS_RETURN: PriceSource = /* @__PURE__ */ Object.freeze({ kind: "receiptless-return" });
const NO_TAGS: readonly string[] = /* @__PURE__ */ Object.freeze([]);
const NO_MODIFIERS: readonly LineModifier[] = /* @__PURE__ */ Object.freeze([]);

function optionalFields(details: LineDetails) {
  const { seat, serial, lot, note, partnerId } = details;
  return {
    ...(seat === undefined ? {} : { seat }),
    ...(serial === undefined ? {} : { serial }),
    ...(lot === undefined ? {} : { lot }),
    ...(note === undefined ? {} : { note }),
    ...(partnerId === undefined ? {} : { partnerId }),
  };
}

/**
 * Builds a sale line from a catalog item and the scan's details. A return without receipt negates the
 * quantity and marks the price source; the reducer then checks sign and precision.
 *
 * @param item - the catalog item
 * @param details - quantity, scale or barcode value and line details (validated)
 * @param meta - line id, who, when, and whether it returns goods without a receipt
 * @returns the line
 * @throws TillError INVALID_QUANTITY (weighed item without weight), QUANTITY_PRECISION, INVALID_DECIMAL,
 *   MONEY_PRECISION (embedded price), UNKNOWN_SKU (item not for sale)
 * @public
 */
export function lineFromCatalogItem(
  item: CatalogItem,
  details: LineDetails,
  meta: { lineId: string; by: string; at: string; isReceiptlessReturn?: boolean },
): SaleLine {
  if (!item.isSellable)
    throw new TillError("UNKNOWN_SKU", { message: `${item.sku} is not for sale`, path: ["sku"] });
  const quantity = quantityFor(item, details);
  const embeddedPrice = details.embedded?.kind === "price" ? details.embedded.amount : undefined;
  const isReturn = meta.isReceiptlessReturn === true;
  return {
    lineId: meta.lineId,
    sku: item.sku,
    description: item.description,
    quantity: isReturn ? new Quantity(-quantity.millionths, quantity.unit) : quantity,
    unitPrice:
      embeddedPrice === undefined
        ? item.unitPrice
        : parseMoney(embeddedPrice, item.unitPrice.currency, { path: ["embedded", "amount"] }),
    priceSource: isReturn ? RECEIPTLESS_RETURN : embeddedPrice === undefined ? FROM_CATALOG : FROM_LABEL,
    taxCategory: item.taxCategory,
    ...(item.department === undefined ? {} : { department: item.department }),
    ...(item.category === undefined ? {} : { category: item.category }),
    tags: item.tags.length === 0 ? (NO_TAGS as string[]) : [...item.tags],
    ...(item.brand === undefined ? {} : { brand: item.brand }),
    modifiers: details.modifiers ?? (NO_MODIFIERS as LineModifier[]),
    ...optionalFields(details),
    addedBy: meta.by,
    addedAt: meta.at,
  };
}

import { z } from "zod";
import { moneyJsonSchema } from "../../../core/money/money-conversions";
import { nonNegativeQuantityTextSchema, positiveQuantityTextSchema } from "../quantity-text";

/**
 * zod schema of what a supplier sells one item by: the supplier's SKU, the pack the supplier ships
 * (an order is always whole packs), the minimum order quantity in units, the lead time in days and the
 * cost of one unit.
 *
 * @public
 */
export const supplierItemSchema = /* @__PURE__ */ z.object({
  sku: z.string().min(1),
  supplierId: z.string().min(1),
  supplierSku: z.string().min(1),
  /** Units in one pack, e.g. "12". */
  packSize: positiveQuantityTextSchema,
  /** Fewest units the supplier accepts on one order line, e.g. "24". */
  minimumOrderQuantity: nonNegativeQuantityTextSchema,
  leadTimeDays: z.number().int().min(0).max(365),
  unitCost: moneyJsonSchema,
});

/**
 * A complete supplier record for one item, see {@link supplierItemSchema}.
 *
 * @public
 */
export type SupplierItem = z.output<typeof supplierItemSchema>;

/**
 * zod schema of a supplier record as a host may hold it: every field but the SKU may be missing. Fields
 * that are present are validated; missing ones are named in the reorder result instead of failing.
 *
 * @public
 */
export const supplierItemInputSchema = /* @__PURE__ */ supplierItemSchema
  .partial()
  .extend({ sku: z.string().min(1) });

/**
 * A supplier record as given, see {@link supplierItemInputSchema}.
 *
 * @public
 */
export type SupplierItemInput = z.input<typeof supplierItemInputSchema>;

/** The fields a reorder needs, in the order they are reported missing. */
const REQUIRED_FIELDS = [
  "supplierId",
  "supplierSku",
  "packSize",
  "minimumOrderQuantity",
  "leadTimeDays",
  "unitCost",
] as const;

/**
 * A supplier field a reorder needs.
 *
 * @public
 */
export type SupplierField = (typeof REQUIRED_FIELDS)[number];

/**
 * Names the fields a partial supplier record lacks, or returns the complete record.
 *
 * @param record - a parsed partial record
 * @returns the complete record, or the missing field names
 * @internal
 */
export function completeSupplierItem(
  record: z.output<typeof supplierItemInputSchema>,
): { readonly item: SupplierItem } | { readonly missing: readonly SupplierField[] } {
  const missing = REQUIRED_FIELDS.filter((field) => record[field] === undefined);
  if (missing.length > 0) return { missing };
  return { item: record as SupplierItem };
}

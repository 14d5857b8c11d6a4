import { z } from "zod";
import { unitOfMeasureSchema } from "../quantity/unit-of-measure";
import { idSchema, moneyValueSchema } from "../sale/value-schemas";

/**
 * zod schema for one catalog item as the catalog port returns it and a catalog snapshot holds it.
 *
 * @public
 */
export const catalogItemSchema = /* @__PURE__ */ z.object({
  sku: idSchema,
  description: z.string(),
  /** Barcodes (GTIN/EAN/UPC/PLU) that find this item. */
  barcodes: z.array(z.string().min(1)).default([]),
  /** Regular unit price per `unit`. */
  unitPrice: moneyValueSchema,
  /** "each" for pieces; a measured unit (kg, lb, l, ...) makes the item weighed or measured. */
  unit: unitOfMeasureSchema.default("each"),
  taxCategory: z.string().default("standard"),
  department: z.string().optional(),
  category: z.string().optional(),
  tags: z.array(z.string()).default([]),
  brand: z.string().optional(),
  /** False hides the item from sale (discontinued, recalled). */
  isSellable: z.boolean().default(true),
});

/**
 * A catalog item (output form, defaults filled).
 *
 * @public
 */
export type CatalogItem = z.output<typeof catalogItemSchema>;

/**
 * The JSON / input form of a {@link CatalogItem}.
 *
 * @public
 */
export type CatalogItemInput = z.input<typeof catalogItemSchema>;

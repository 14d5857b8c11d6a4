import { z } from "zod";

/**
 * Why stock moved: goods received, sold, returned by a customer, a count adjustment or write-off, a
 * transfer between stores.
 *
 * @public
 */
export const STOCK_MOVEMENT_REASONS = ["received", "sold", "returned", "adjusted", "transfer"] as const;

/**
 * zod schema of one stock movement in the stock ledger: a signed quantity of a SKU at a store, with the
 * unit cost when known (decimal text in the report currency).
 *
 * @public
 */
export const stockMovementSchema = /* @__PURE__ */ z.object({
  sku: z.string().min(1),
  store: z.string().min(1),
  /** Signed quantity: positive in, negative out ("24", "-1", "-0.35"). At most 6 decimals. */
  delta: z.string().regex(/^-?\d+(\.\d{1,6})?$/),
  /** Cost of one unit, e.g. "1.20"; a movement without it is valued at the last cost known. */
  unitCost: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .optional(),
  reason: z.enum(STOCK_MOVEMENT_REASONS),
  time: z.iso.datetime({ offset: true }),
});

/**
 * One stock movement, see {@link stockMovementSchema}.
 *
 * @public
 */
export type StockMovement = z.input<typeof stockMovementSchema>;

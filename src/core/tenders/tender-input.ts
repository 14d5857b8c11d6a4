import { z } from "zod";
import { cardSafeTextSchema } from "../payments/card-number-guard";
import { moneyInputSchema } from "../payments/money-input";
import { idSchema } from "../sale/value-schemas";

const tenderId = idSchema;
const reference = /* @__PURE__ */ cardSafeTextSchema.pipe(z.string().min(1).max(64));

/**
 * zod schema for a tender as a cashier enters it. Foreign cash is given in its own currency; points as a
 * whole number; everything else in the home currency. References are checked never to hold card numbers.
 *
 * @public
 */
export const tenderInputSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cash"), tenderId, amount: moneyInputSchema }),
  z.object({ kind: z.literal("foreign-cash"), tenderId, amount: moneyInputSchema }),
  z.object({ kind: z.literal("card"), tenderId, amount: moneyInputSchema }),
  z.object({ kind: z.literal("gift-card"), tenderId, amount: moneyInputSchema, accountId: reference }),
  z.object({ kind: z.literal("store-credit"), tenderId, amount: moneyInputSchema, accountId: reference }),
  z.object({ kind: z.literal("voucher"), tenderId, amount: moneyInputSchema, voucherId: reference }),
  z.object({
    kind: z.literal("loyalty-points"),
    tenderId,
    points: z.union([z.string().regex(/^[1-9]\d*$/), z.number().int().positive()]),
    accountId: reference,
  }),
]);

/**
 * A tender as entered, see {@link tenderInputSchema}.
 *
 * @public
 */
export type TenderInput = z.input<typeof tenderInputSchema>;

/**
 * A validated tender input.
 *
 * @internal
 */
export type ParsedTenderInput = z.output<typeof tenderInputSchema>;

import { z } from "zod";
import { manualDiscountSchema } from "./manual-discount";
import { saleLineSchema } from "./sale-line";
import {
  approvalRecordSchema,
  saleCashRoundingSchema,
  saleCustomerSchema,
  saleLoyaltySchema,
  saleNoteSchema,
  saleTenderSchema,
  TENDER_STATUSES,
} from "./sale-records";
import { idSchema, moneyValueSchema, quantityValueSchema, timestampSchema } from "./value-schemas";

const at = timestampSchema;
const byWhom = { by: idSchema, at, approvedBy: idSchema.optional(), reason: z.string().optional() };

/**
 * zod schema for every change the sale reducer accepts. Ids and timestamps are inside the action, so the
 * reducer stays pure: the till takes them from the id and clock ports.
 *
 * @public
 */
export const saleActionSchema = /* @__PURE__ */ z.discriminatedUnion("type", [
  z.object({ type: z.literal("addLine"), line: saleLineSchema, at }),
  z.object({
    type: z.literal("changeQuantity"),
    lineId: idSchema,
    quantity: quantityValueSchema,
    by: idSchema,
    at,
  }),
  z.object({ type: z.literal("voidLine"), lineId: idSchema, ...byWhom }),
  z.object({
    type: z.literal("overridePrice"),
    lineId: idSchema,
    unitPrice: moneyValueSchema,
    ...byWhom,
    reason: z.string().min(1),
  }),
  z.object({ type: z.literal("addManualDiscount"), discount: manualDiscountSchema, at }),
  z.object({ type: z.literal("removeManualDiscount"), discountId: idSchema, at }),
  z.object({ type: z.literal("attachCustomer"), customer: saleCustomerSchema, at }),
  z.object({ type: z.literal("detachCustomer"), at }),
  z.object({ type: z.literal("addCouponCode"), code: z.string().min(1), at }),
  z.object({ type: z.literal("removeCouponCode"), code: z.string().min(1), at }),
  z.object({ type: z.literal("addNote"), note: saleNoteSchema }),
  z.object({ type: z.literal("recordApproval"), approval: approvalRecordSchema }),
  z.object({ type: z.literal("suspend"), at }),
  z.object({ type: z.literal("resume"), at }),
  z.object({ type: z.literal("voidSale"), ...byWhom }),
  z.object({ type: z.literal("postVoid"), ...byWhom }),
  z.object({ type: z.literal("addTender"), tender: saleTenderSchema }),
  z.object({ type: z.literal("setTenderStatus"), tenderId: idSchema, status: z.enum(TENDER_STATUSES), at }),
  z.object({ type: z.literal("updateTender"), tender: saleTenderSchema }),
  z.object({ type: z.literal("removeTender"), tenderId: idSchema, at }),
  z.object({
    type: z.literal("complete"),
    receiptNumber: z.string().min(1),
    at,
    cashRounding: saleCashRoundingSchema.optional(),
    loyalty: saleLoyaltySchema.optional(),
  }),
]);

/**
 * A change to a sale (values form).
 *
 * @public
 */
export type SaleAction = z.output<typeof saleActionSchema>;

/**
 * The JSON / input form of a {@link SaleAction}.
 *
 * @public
 */
export type SaleActionInput = z.input<typeof saleActionSchema>;

/**
 * The action with a given `type`.
 *
 * @public
 */
export type SaleActionOf<T extends SaleAction["type"]> = Extract<SaleAction, { type: T }>;

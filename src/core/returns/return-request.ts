import { z } from "zod";
import { decimalStringSchema } from "../numbers/decimal-input";
import { idSchema } from "../sale/value-schemas";

/**
 * zod schema for a return against a receipt: which original lines, how much of each (a positive quantity
 * in the line's unit). An empty list means "everything still returnable".
 *
 * @public
 */
export const returnRequestSchema = /* @__PURE__ */ z.object({
  lines: z.array(z.object({ lineId: idSchema, quantity: decimalStringSchema })),
});

/**
 * A return request (output form).
 *
 * @public
 */
export type ReturnRequest = z.output<typeof returnRequestSchema>;

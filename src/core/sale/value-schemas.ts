import { z } from "zod";
import { Money } from "../money/money";
import { moneyJsonSchema } from "../money/money-conversions";
import { decimalStringSchema } from "../numbers/decimal-input";
import { parseQuantity, Quantity } from "../quantity/quantity";
import { unitOfMeasureSchema } from "../quantity/unit-of-measure";

/**
 * zod schema for an id: any non-empty string (the id port decides the shape).
 *
 * @public
 */
export const idSchema = /* @__PURE__ */ z.string().min(1);

/**
 * zod schema for an ISO 8601 timestamp as the clock port gives it ("2026-11-23T21:30:00.000Z").
 *
 * @public
 */
export const timestampSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

/**
 * zod codec for Money inside a Sale: accepts a {@link Money} value or its JSON `{ amount, currency }` and
 * yields Money. `JSON.stringify` writes the JSON form back, so a Sale round-trips through text.
 *
 * @public
 */
export const moneyValueSchema = /* @__PURE__ */ z.union([z.instanceof(Money), moneyJsonSchema]);

/**
 * zod schema for the JSON form of a Quantity, `{ value: "0.35", unit: "kg" }`, read into a Quantity.
 *
 * @public
 */
export const quantityJsonSchema = /* @__PURE__ */ z
  .object({ value: decimalStringSchema, unit: unitOfMeasureSchema })
  .transform((json, context): Quantity => {
    try {
      return parseQuantity(json.value, json.unit);
    } catch (error) {
      const code = (error as { code?: string }).code ?? "INVALID_INPUT";
      context.addIssue({
        code: "custom",
        message: (error as Error).message,
        path: ["value"],
        params: { tillCode: code },
      });
      return z.NEVER;
    }
  });

/**
 * zod codec for a Quantity inside a Sale: a {@link Quantity} value or its JSON form.
 *
 * @public
 */
export const quantityValueSchema = /* @__PURE__ */ z.union([z.instanceof(Quantity), quantityJsonSchema]);

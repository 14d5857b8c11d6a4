import { z } from "zod";
import { Money, type MoneyJson } from "../money/money";
import { moneyJsonSchema } from "../money/money-conversions";

/**
 * zod codec for a Money input: a {@link Money} value or its JSON form `{ amount, currency }`. Unlike a
 * union, it keeps the kernel's codes (MONEY_PRECISION, UNKNOWN_CURRENCY) and the `amount` path.
 *
 * @public
 */
export const moneyInputSchema = /* @__PURE__ */ z
  .custom<Money | MoneyJson>((value) => typeof value === "object" && value !== null, {
    message: "Expected money",
  })
  .transform((value, context): Money => {
    if (value instanceof Money) return value;
    const result = moneyJsonSchema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const params =
        issue.code === "custom" ? (issue as { params?: Record<string, unknown> }).params : undefined;
      context.addIssue({
        code: "custom",
        message: issue.message,
        path: issue.path,
        ...(params === undefined ? {} : { params }),
      });
    }
    return z.NEVER;
  });

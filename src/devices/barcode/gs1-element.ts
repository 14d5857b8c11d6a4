import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { getCurrencyByNumeric, isKnownCurrency } from "../../core/currency/get-currency";
import { isTillError } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import { parseQuantity, type Quantity } from "../../core/quantity/quantity";
import type { UnitOfMeasure } from "../../core/quantity/unit-of-measure";
import { hasValidGs1CheckDigit } from "./check-digit";
import type { Gs1AiMatch } from "./find-gs1-ai";
import { parseGs1Date } from "./gs1-date";
import { invalidBarcode } from "./invalid-barcode";

/**
 * zod schema for the options of the GS1 parsers.
 *
 * @public
 */
export const gs1ParseOptionsSchema = /* @__PURE__ */ z.object({
  /** Store currency: amounts of 390n/392n (which carry none) also come back as Money in it. */
  currency: currencyCodeSchema.optional(),
  /** Current year for the GS1 date century rule; without it, two-digit years are 20YY. */
  referenceYear: z.number().int().min(1900).max(9999).optional(),
});

/**
 * Options of the GS1 parsers, see {@link gs1ParseOptionsSchema}.
 *
 * @public
 */
export type Gs1ParseOptions = z.input<typeof gs1ParseOptionsSchema>;

/**
 * The interpreted value of one element. Decimals are exact text; never a float.
 *
 * @public
 */
export type Gs1Value =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "key"; readonly digits: string }
  | { readonly type: "date"; readonly date: string; readonly isEndOfMonth: boolean }
  | { readonly type: "count"; readonly count: string }
  | { readonly type: "percent"; readonly decimal: string }
  | {
      readonly type: "measure";
      readonly decimal: string;
      readonly unit?: UnitOfMeasure;
      readonly quantity?: Quantity;
    }
  | { readonly type: "amount"; readonly decimal: string; readonly currency?: string; readonly money?: Money };

/**
 * One element of a GS1 element string: AI, the data as sent, and its meaning.
 *
 * @public
 */
export interface Gs1Element {
  /** The AI, e.g. "3103". */
  readonly ai: string;
  /** The GS1 data title, e.g. "NET WEIGHT (kg)". */
  readonly title: string;
  /** The data exactly as encoded. */
  readonly data: string;
  /** What the data means. */
  readonly value: Gs1Value;
}

/** Money when the amount fits the currency exactly; a price finer than the minor unit stays a decimal. */
function moneyOrUndefined(decimal: string, currency: string): Money | undefined {
  try {
    return parseMoney(decimal, currency);
  } catch (error) {
    if (isTillError(error) && error.code === "MONEY_PRECISION") return undefined;
    throw error;
  }
}

function amountValue(decimal: string, currency: string | undefined): Gs1Value {
  if (currency === undefined || !isKnownCurrency(currency)) return { type: "amount", decimal };
  const money = moneyOrUndefined(decimal, currency);
  return money === undefined
    ? { type: "amount", decimal, currency }
    : { type: "amount", decimal, currency, money };
}

function isoAmountValue(data: string, decimals: number): Gs1Value {
  const decimal = formatScaled(BigInt(data.slice(3)), decimals);
  try {
    return amountValue(decimal, getCurrencyByNumeric(Number(data.slice(0, 3))).code);
  } catch (error) {
    if (isTillError(error) && error.code === "UNKNOWN_CURRENCY") return { type: "amount", decimal };
    throw error;
  }
}

function measureValue(match: Gs1AiMatch, data: string): Gs1Value {
  const decimal = formatScaled(BigInt(data), match.decimals ?? 0);
  const unit = match.definition.unit;
  if (unit === undefined) return { type: "measure", decimal };
  return { type: "measure", decimal, unit, quantity: parseQuantity(decimal, unit) };
}

/**
 * Interprets the data of one AI whose syntax (charset, length) already checked out.
 *
 * @param match - the AI and its table row
 * @param data - the data characters
 * @param options - store currency and reference year
 * @returns the element
 * @throws TillError INVALID_BARCODE (reason "check-digit" for keys, "invalid-date" for dates)
 * @internal
 */
export function interpretGs1Data(
  match: Gs1AiMatch,
  data: string,
  options: z.output<typeof gs1ParseOptionsSchema>,
): Gs1Element {
  const element = (value: Gs1Value): Gs1Element => ({
    ai: match.ai,
    title: match.definition.title,
    data,
    value,
  });
  switch (match.definition.meaning) {
    case "key":
      if (!hasValidGs1CheckDigit(data)) {
        throw invalidBarcode("check-digit", `AI (${match.ai}) check digit does not verify`, {
          ai: match.ai,
          data,
        });
      }
      return element({ type: "key", digits: data });
    case "date":
      return element({ type: "date", ...parseGs1Date(data, match.ai, options.referenceYear) });
    case "count":
      return element({ type: "count", count: BigInt(data).toString() });
    case "percent":
      return element({ type: "percent", decimal: formatScaled(BigInt(data), match.decimals ?? 0) });
    case "measure":
      return element(measureValue(match, data));
    case "amount":
      return element(amountValue(formatScaled(BigInt(data), match.decimals ?? 0), options.currency));
    case "amount-iso":
      return element(isoAmountValue(data, match.decimals ?? 0));
    default:
      return element({ type: "text", text: data });
  }
}

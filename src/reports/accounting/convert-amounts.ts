import type { z } from "zod";
import { parseMoney } from "../../core/money/create-money";
import { Money } from "../../core/money/money";

/**
 * Keys whose string values are amounts in a document or event (rates and ids are left alone).
 *
 * @internal
 */
export const AMOUNT_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "net",
  "amount",
  "base",
  "change",
  "cashRounding",
  "sold",
  "redeemed",
  "issued",
  "tips",
  "earned",
]);

type Issue = z.core.$RefinementCtx;

function convertValue(value: unknown, key: string, path: (string | number)[], state: Walk): unknown {
  if (typeof value === "string" && AMOUNT_KEYS.has(key)) {
    try {
      return parseMoney(value, state.currency, { path });
    } catch (error) {
      const code = (error as { code?: string }).code ?? "INVALID_INPUT";
      state.context.addIssue({
        code: "custom",
        message: (error as Error).message,
        path,
        params: { tillCode: code },
      });
      return value;
    }
  }
  if (Array.isArray(value))
    return value.map((item, index) => convertValue(item, key, [...path, index], state));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [name, inner] of Object.entries(value))
      out[name] = convertValue(inner, name, [...path, name], state);
    return out;
  }
  return value;
}

interface Walk {
  readonly currency: string;
  readonly context: Issue;
}

/**
 * Turns the decimal-string amounts of a parsed JSON document or event into Money in its currency.
 *
 * @param json - the parsed JSON object (with a `currency` field)
 * @param context - the zod refinement context that collects MONEY_PRECISION and currency issues
 * @returns the same object with Money amounts
 * @internal
 */
export function convertAmounts(json: { currency: string }, context: Issue): unknown {
  return convertValue(json, "", [], { currency: json.currency, context });
}

function checkValue(value: unknown, path: (string | number)[], currency: string, context: Issue): void {
  if (value instanceof Money) {
    if (value.currency !== currency) {
      context.addIssue({
        code: "custom",
        message: `Expected ${currency}, got ${value.currency}`,
        path,
        params: { tillCode: "CURRENCY_MISMATCH" },
      });
    }
    return;
  }
  if (Array.isArray(value))
    value.forEach((item, index) => {
      checkValue(item, [...path, index], currency, context);
    });
  else if (value !== null && typeof value === "object") {
    for (const [name, inner] of Object.entries(value)) checkValue(inner, [...path, name], currency, context);
  }
}

/**
 * A refinement asserting that every Money inside an object is in the object's own currency.
 *
 * @param currencyKey - the key holding the currency code
 * @returns the refinement
 * @internal
 */
export function moneyChecker<K extends string>(currencyKey: K) {
  return (value: Record<K, string>, context: Issue): void => {
    checkValue(value, [], value[currencyKey], context);
  };
}

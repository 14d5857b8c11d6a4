import { parseMoney } from "../../../core/money/create-money";
import type { PricedSale } from "../../../core/pipeline/priced-sale";
import { parseQuantity } from "../../../core/quantity/quantity";
import type { UnitOfMeasure } from "../../../core/quantity/unit-of-measure";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => typeof value[key] === "string");
}

/**
 * Turns the JSON form of Money (`{ amount, currency }`) and Quantity (`{ value, unit }`) back into
 * values, recursively. Only for records tillkit wrote itself (priced sales, ledger deltas), whose every
 * object of exactly those two string members is a Money or a Quantity.
 *
 * @param value - parsed JSON
 * @returns the same shape with Money and Quantity values
 * @throws TillError INVALID_DECIMAL / UNKNOWN_CURRENCY when a stored amount is corrupt
 * @internal
 */
export function reviveValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveValues);
  if (!isRecord(value)) return value;
  if (hasExactly(value, ["amount", "currency"]))
    return parseMoney(value.amount as string, value.currency as string);
  if (hasExactly(value, ["value", "unit"]))
    return parseQuantity(value.value as string, value.unit as UnitOfMeasure);
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) result[key] = reviveValues(member);
  return result;
}

/**
 * Reads a stored PricedSale back from its JSON form.
 *
 * @param json - the stored JSON
 * @returns the PricedSale with Money and Quantity values
 * @internal
 */
export function pricedSaleFromJson(json: unknown): PricedSale {
  return reviveValues(json) as PricedSale;
}

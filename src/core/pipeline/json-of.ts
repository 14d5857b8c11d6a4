import type { Money, MoneyJson } from "../money/money";
import type { Quantity, QuantityJson } from "../quantity/quantity";

/**
 * The JSON form of a value: Money becomes {@link MoneyJson}, Quantity {@link QuantityJson}, recursively.
 *
 * @public
 */
export type JsonOf<T> = T extends Money
  ? MoneyJson
  : T extends Quantity
    ? QuantityJson
    : T extends readonly (infer Item)[]
      ? JsonOf<Item>[]
      : T extends object
        ? { [Key in keyof T]: JsonOf<T[Key]> }
        : T;

/**
 * Writes a value as plain JSON data (what `JSON.stringify` would write, as objects).
 *
 * @param value - a PricedSale, Sale or any value of Money/Quantity/plain data
 * @returns its JSON form
 * @public
 */
export function toJsonValue<T>(value: T): JsonOf<T> {
  return JSON.parse(JSON.stringify(value)) as JsonOf<T>;
}

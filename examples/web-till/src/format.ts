import { formatMoney, type Money } from "tillkit";

/** Amounts on screen: "€12.99". Intl formats the exact decimal text, never a float. */
export function money(amount: Money): string {
  return formatMoney(amount, "en-IE");
}

/** A quantity as the basket shows it: "2", "1.235 kg". */
export function quantityText(quantity: { toString(): string; unit: string }): string {
  return quantity.unit === "each" ? quantity.toString() : `${quantity.toString()} ${quantity.unit}`;
}

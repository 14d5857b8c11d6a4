import { add } from "../money/add";
import type { Money } from "../money/money";
import type { SaleLine } from "./sale-line";

/**
 * The unit price with its modifiers: "burger 8.50 + extra cheese 0.50" is 9.00.
 *
 * @param line - a sale line
 * @returns the effective unit price
 * @public
 */
export function effectiveUnitPrice(line: Pick<SaleLine, "unitPrice" | "modifiers">): Money {
  return line.modifiers.reduce((price, modifier) => add(price, modifier.unitPrice), line.unitPrice);
}

import { TillError } from "../errors/till-error";
import type { Money } from "../money/money";
import { powerOfTen } from "../numbers/scaled-decimal";
import { QUANTITY_SCALE, type Quantity } from "../quantity/quantity";
import type { UnitOfMeasure } from "../quantity/unit-of-measure";
import type { Sale, SaleStatus } from "./sale";
import type { SaleLine } from "./sale-line";

const STATUS_ERRORS = {
  completed: "SALE_ALREADY_COMPLETED",
  voided: "SALE_VOIDED",
  open: "SALE_NOT_OPEN",
  tendering: "SALE_NOT_OPEN",
  suspended: "SALE_NOT_OPEN",
} as const;

/**
 * Throws unless the sale is in one of the allowed states, with the code that names why.
 *
 * @param sale - the sale
 * @param allowed - states the operation accepts
 * @throws TillError SALE_ALREADY_COMPLETED, SALE_VOIDED or SALE_NOT_OPEN
 * @internal
 */
export function assertStatus(sale: Pick<Sale, "status" | "saleId">, allowed: readonly SaleStatus[]): void {
  if (allowed.includes(sale.status)) return;
  throw new TillError(STATUS_ERRORS[sale.status], {
    path: ["status"],
    details: { saleId: sale.saleId, status: sale.status, allowed: [...allowed] },
  });
}

/**
 * Decimals a unit allows: whole pieces for "each", the quantity scale (six) for measured units.
 *
 * @param unit - unit of measure
 * @returns the number of decimals
 * @public
 */
export function decimalsForUnit(unit: UnitOfMeasure): number {
  return unit === "each" ? 0 : QUANTITY_SCALE;
}

/**
 * Checks a line quantity: not zero, negative only on return lines, no finer than the unit allows.
 *
 * @param quantity - the quantity
 * @param isReturn - whether the line returns goods (negative quantity expected)
 * @param path - path for errors
 * @throws TillError INVALID_QUANTITY (zero, wrong sign), QUANTITY_PRECISION (1.5 of an "each" item)
 * @internal
 */
export function assertLineQuantity(
  quantity: Quantity,
  isReturn: boolean,
  path: readonly (string | number)[],
): void {
  if (quantity.millionths === 0n)
    throw new TillError("INVALID_QUANTITY", { message: "Quantity is zero", path });
  if (quantity.millionths < 0n !== isReturn) {
    throw new TillError("INVALID_QUANTITY", {
      message: isReturn ? "A return line needs a negative quantity" : "A sale line needs a positive quantity",
      path,
    });
  }
  const step = powerOfTen(QUANTITY_SCALE - decimalsForUnit(quantity.unit));
  if (quantity.millionths % step !== 0n) {
    throw new TillError("QUANTITY_PRECISION", {
      message: `Too many decimals for unit ${quantity.unit}: ${quantity.toString()}`,
      path,
      details: { unit: quantity.unit, decimals: decimalsForUnit(quantity.unit) },
    });
  }
}

/**
 * Whether a line returns goods (against a receipt, without one, or claws back a deal).
 *
 * @param line - a sale line
 * @returns true for return and clawback lines
 * @public
 */
export function isReturnLine(line: Pick<SaleLine, "returnOf" | "priceSource">): boolean {
  return (
    line.returnOf !== undefined ||
    line.priceSource.kind === "receiptless-return" ||
    line.priceSource.kind === "return"
  );
}

/**
 * Finds a line that is not voided.
 *
 * @param sale - the sale
 * @param lineId - the line id
 * @param path - path for errors
 * @returns the line and its index
 * @throws TillError UNKNOWN_LINE when absent or voided
 * @internal
 */
export function findLiveLine(
  sale: Pick<Sale, "lines">,
  lineId: string,
  path: readonly (string | number)[] = ["lineId"],
): { line: SaleLine; index: number } {
  const index = sale.lines.findIndex((line) => line.lineId === lineId && line.voided === undefined);
  const line = sale.lines[index];
  if (line === undefined) throw new TillError("UNKNOWN_LINE", { path, details: { lineId } });
  return { line, index };
}

/**
 * Throws unless an amount is in the sale currency.
 *
 * @param sale - the sale
 * @param amount - the amount
 * @param path - path for errors
 * @throws TillError CURRENCY_MISMATCH
 * @internal
 */
export function assertSaleCurrency(
  sale: Pick<Sale, "currency">,
  amount: Money,
  path: readonly (string | number)[],
): void {
  if (amount.currency !== sale.currency) {
    throw new TillError("CURRENCY_MISMATCH", {
      path,
      details: { expected: sale.currency, actual: amount.currency },
    });
  }
}

import type { Sale } from "../sale/sale";

/**
 * How much of each line of an original sale has been returned, in millionths of its unit, counting the
 * return lines (not voided) of completed return sales plus any extra sales given (the open return).
 *
 * @param originalSaleId - the original sale
 * @param sales - return sales that may refer to it
 * @returns returned millionths per original line id
 * @public
 */
export function returnedQuantities(originalSaleId: string, sales: readonly Sale[]): Record<string, bigint> {
  const returned: Record<string, bigint> = {};
  for (const sale of sales) {
    if (sale.status === "voided") continue;
    for (const line of sale.lines) {
      if (line.voided !== undefined || line.priceSource.kind !== "return") continue;
      if (line.returnOf?.saleId !== originalSaleId) continue;
      returned[line.returnOf.lineId] = (returned[line.returnOf.lineId] ?? 0n) - line.quantity.millionths;
    }
  }
  return returned;
}

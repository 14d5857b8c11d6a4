import { TillError } from "../errors/till-error";
import { negate } from "../money/negate";
import type { PricedLine, PricedSale } from "../pipeline/priced-sale";
import { parseQuantity, Quantity } from "../quantity/quantity";
import type { LockedPricing } from "../sale/ledger-entry";
import type { Sale } from "../sale/sale";
import { assertLineQuantity, isReturnLine } from "../sale/sale-guards";
import type { SaleLine } from "../sale/sale-line";
import type { ReturnRequest } from "./return-request";
import { shareBetween } from "./unit-share";

/**
 * A completed sale and the PricedSale it was charged at: what returns refund from.
 *
 * @public
 */
export interface OriginalSale {
  readonly sale: Sale;
  readonly priced: PricedSale;
}

/**
 * Ids, operator and time for the lines a return adds.
 *
 * @public
 */
export interface ReturnLineMeta {
  readonly nextLineId: () => string;
  readonly by: string;
  readonly at: string;
}

/**
 * Throws unless a sale can be returned against.
 *
 * @param sale - the original sale
 * @throws TillError SALE_VOIDED for a voided sale, RETURN_NOT_ALLOWED when not completed
 * @internal
 */
export function assertReturnable(sale: Sale): void {
  if (sale.status === "voided") throw new TillError("SALE_VOIDED", { details: { saleId: sale.saleId } });
  if (sale.status !== "completed") {
    throw new TillError("RETURN_NOT_ALLOWED", { message: "Only a completed sale can be returned against" });
  }
}

/** The refund of `from`..`to` units of a priced line: every figure is its share, negated. */
function lockedShare(line: PricedLine, from: bigint, to: bigint): LockedPricing {
  const sold = line.quantity.millionths;
  const share = (amount: PricedLine["gross"]) => negate(shareBetween(amount, sold, from, to));
  return {
    gross: share(line.gross),
    adjustments: line.adjustments.map((entry) => ({ source: entry.source, amount: share(entry.amount) })),
    taxes: line.taxes.map((tax) => ({ ...tax, base: share(tax.base), amount: share(tax.amount) })),
  };
}

function returnLine(
  saleLine: SaleLine,
  locked: LockedPricing,
  units: bigint,
  saleId: string,
  meta: ReturnLineMeta,
) {
  const { lineId, voided, override, seat, locked: _old, returnOf: _none, ...rest } = saleLine;
  const line: SaleLine = {
    ...rest,
    lineId: meta.nextLineId(),
    quantity: new Quantity(-units, saleLine.quantity.unit),
    priceSource: { kind: "return", ref: saleId },
    returnOf: { saleId, lineId },
    locked,
    addedBy: meta.by,
    addedAt: meta.at,
  };
  return line;
}

function requestedLines(original: OriginalSale, request: ReturnRequest, returned: Record<string, bigint>) {
  if (request.lines.length > 0) return request.lines.map((entry, index) => ({ ...entry, index }));
  return original.priced.lines
    .filter((line) => !line.isLocked && line.quantity.millionths > (returned[line.lineId] ?? 0n))
    .map((line, index) => ({
      lineId: line.lineId,
      quantity: new Quantity(
        line.quantity.millionths - (returned[line.lineId] ?? 0n),
        line.quantity.unit,
      ).toString(),
      index,
    }));
}

/**
 * Builds the return lines for a return against a receipt. Each returned unit refunds what was charged for
 * it at sale time: its share of the gross, of every allocation ledger entry and of every tax, never
 * re-prorated over the kept goods.
 *
 * @param original - the completed sale and its PricedSale
 * @param request - lines and quantities (empty: everything still returnable)
 * @param alreadyReturned - millionths returned so far per original line, see `returnedQuantities`
 * @param meta - ids, operator, time
 * @returns locked return lines (negative quantities)
 * @throws TillError SALE_VOIDED, RETURN_NOT_ALLOWED, UNKNOWN_LINE, INVALID_QUANTITY, QUANTITY_PRECISION,
 *   RETURN_EXCEEDS_SOLD
 * @public
 */
export function buildReturnLines(
  original: OriginalSale,
  request: ReturnRequest,
  alreadyReturned: Readonly<Record<string, bigint>>,
  meta: ReturnLineMeta,
): SaleLine[] {
  assertReturnable(original.sale);
  const returned: Record<string, bigint> = { ...alreadyReturned };
  return requestedLines(original, request, returned).map((entry) => {
    const path = ["lines", entry.index];
    const priced = original.priced.lines.find((line) => line.lineId === entry.lineId);
    const saleLine = original.sale.lines.find((line) => line.lineId === entry.lineId);
    if (priced === undefined || saleLine === undefined || saleLine.voided !== undefined) {
      throw new TillError("UNKNOWN_LINE", { path: [...path, "lineId"], details: { lineId: entry.lineId } });
    }
    if (isReturnLine(saleLine)) throw new TillError("RETURN_NOT_ALLOWED", { path: [...path, "lineId"] });
    const quantity = parseQuantity(entry.quantity, priced.quantity.unit, [...path, "quantity"]);
    assertLineQuantity(quantity, false, [...path, "quantity"]);
    const from = returned[entry.lineId] ?? 0n;
    const to = from + quantity.millionths;
    if (to > priced.quantity.millionths) {
      throw new TillError("RETURN_EXCEEDS_SOLD", {
        path: [...path, "quantity"],
        details: { lineId: entry.lineId, sold: priced.quantity.toString(), alreadyReturned: from.toString() },
      });
    }
    returned[entry.lineId] = to;
    return returnLine(
      saleLine,
      lockedShare(priced, from, to),
      quantity.millionths,
      original.sale.saleId,
      meta,
    );
  });
}

import { parseWith } from "../errors/from-zod";
import type { Sale } from "../sale/sale";
import type { SaleLine } from "../sale/sale-line";
import { buildReturnLines, type OriginalSale, type ReturnLineMeta } from "./build-return-lines";
import { computeClawback, type RepriceKept } from "./compute-clawback";
import { type ReturnRequest, returnRequestSchema } from "./return-request";
import { returnedQuantities } from "./returned-quantities";

/**
 * Input of {@link planReturn}.
 *
 * @public
 */
export interface PlanReturnInput {
  /** The completed sale and the PricedSale it was charged at. */
  readonly original: OriginalSale;
  /** Lines and quantities to return, see {@link returnRequestSchema}. */
  readonly request: ReturnRequest;
  /** Earlier return sales against the original, and the open return sale itself. */
  readonly priorReturns: readonly Sale[];
  /** Prices kept goods the way the original was priced; omit to skip deal clawbacks. */
  readonly reprice?: RepriceKept;
  readonly meta: ReturnLineMeta;
}

/**
 * Plans a return against a receipt: the locked return lines (each unit's share of price, discounts and
 * tax) plus any clawback lines for deals the kept goods no longer qualify for. Pure; the till adds the
 * lines to the open sale, which then nets to a refund (or, in an exchange, to a balance due).
 *
 * @param input - original, request, prior returns, optional reprice hook, ids
 * @returns the lines to add
 * @throws TillError INVALID_INPUT, SALE_VOIDED, RETURN_NOT_ALLOWED, UNKNOWN_LINE, INVALID_QUANTITY,
 *   QUANTITY_PRECISION, RETURN_EXCEEDS_SOLD
 * @public
 */
export function planReturn(input: PlanReturnInput): SaleLine[] {
  const request = parseWith(returnRequestSchema, input.request, ["request"]);
  const saleId = input.original.sale.saleId;
  const returned = returnedQuantities(saleId, input.priorReturns);
  const lines = buildReturnLines(input.original, request, returned, input.meta);
  if (input.reprice === undefined) return lines;
  const returnedAfter = returnedQuantities(saleId, [
    ...input.priorReturns,
    { ...input.original.sale, lines },
  ]);
  const previous = input.priorReturns
    .filter((sale) => sale.status !== "voided")
    .flatMap((sale) => sale.lines)
    .filter(
      (line) =>
        line.priceSource.kind === "clawback" && line.voided === undefined && line.returnOf?.saleId === saleId,
    );
  return [...lines, ...computeClawback(input.original, returnedAfter, previous, input.reprice, input.meta)];
}

import { allocateMinor } from "../../core/allocation/allocate-minor";

/**
 * Spreads a document-level fixed charge over the lines it applies to, pro rata to their net, with the one
 * allocation primitive (largest remainder). The caller passes the lines in id order, so ties never depend
 * on the order lines were entered; the charge takes the sign of the lines' total net, so a refund document
 * mirrors its sale. When the nets sum to zero (0.01 × 0.35 rounds to 0.00) the sign comes from the
 * quantities instead, so a refund of such a line still mirrors its sale.
 *
 * @param amountMinor - the charge for the document
 * @param netsMinor - each line's net (any sign)
 * @param isReturn - whether the lines are returned goods (their quantities are negative)
 * @returns each line's share, summing to ± amountMinor
 * @internal
 */
export function allocateDocumentCharge(
  amountMinor: bigint,
  netsMinor: readonly bigint[],
  isReturn: boolean,
): bigint[] {
  let total = 0n;
  for (const net of netsMinor) total += net;
  const isNegative = total === 0n ? isReturn : total < 0n;
  const signed = isNegative ? -amountMinor : amountMinor;
  const weights = netsMinor.map((net) => (net < 0n ? -net : net));
  const allZero = weights.every((weight) => weight === 0n);
  return allocateMinor(signed, allZero ? weights.map(() => 1n) : weights);
}

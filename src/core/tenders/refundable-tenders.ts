import type { z } from "zod";
import type { refundPlanInputSchema } from "./plan-refund";
import { CASH_TENDER_KINDS, type TenderKind } from "./tender";

/**
 * The smaller of two minor-unit counts (Math.min does not take bigint).
 *
 * @internal
 */
export function smaller(a: bigint, b: bigint): bigint {
  return b < a ? b : a;
}

/**
 * What each original tender can still pay back, in refund order.
 *
 * @internal
 */
export type Refundable = { tenderId: string; kind: TenderKind; minor: bigint; reference?: string };

/**
 * The original tenders with what each can still pay back: change comes off the cash tenders (last
 * tendered first), earlier refunds off their tenders; electronic tenders first (back to the card they
 * came from), cash last.
 *
 * @param input - the validated refund request
 * @returns the refundable rows in refund order
 * @internal
 */
export function refundableTenders(input: z.output<typeof refundPlanInputSchema>): Refundable[] {
  let change = input.original.change.minor;
  const rows = input.original.tenders.map((tender) => ({
    tenderId: tender.tenderId,
    kind: CASH_TENDER_KINDS.includes(tender.kind) ? ("cash" as const) : tender.kind,
    minor: tender.amount.minor,
    ...(tender.reference === undefined ? {} : { reference: tender.reference }),
  }));
  // Change came out of the cash tenders: take it off them, last tendered first.
  for (const row of [...rows].reverse()) {
    if (row.kind !== "cash") continue;
    const taken = smaller(row.minor, change);
    row.minor -= taken;
    change -= taken;
  }
  for (const refunded of input.alreadyRefunded) {
    const row = rows.find((candidate) => candidate.tenderId === refunded.tenderId);
    if (row !== undefined) row.minor -= refunded.amount.minor;
  }
  // Electronic tenders first (back to the card they came from), cash last.
  return [...rows.filter((row) => row.kind !== "cash"), ...rows.filter((row) => row.kind === "cash")];
}

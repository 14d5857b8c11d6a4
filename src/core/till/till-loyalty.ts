import type { PricedSale } from "../pipeline/priced-sale";
import type { LoyaltyLedgerEntry } from "../ports/loyalty-ledger-port";
import { type PointsLineRecord, pointsForReturn } from "../returns/return-points";
import { returnedQuantities } from "../returns/returned-quantities";
import type { Sale } from "../sale/sale";
import type { SaleLoyalty } from "../sale/sale-records";
import type { TillCore } from "./till-core";

/**
 * Works out what a sale earns and redeems in points, per line, from its pricing: the loyalty program is
 * pricing data, so `createTill` in the package builds this from `rules.loyalty` (see
 * `makeLoyaltyAccrual` in `tillkit/pricing`) and core only books the result. Undefined: no points move
 * (no program, no customer).
 *
 * @public
 */
export type LoyaltyAccrual = (sale: Sale, priced: PricedSale) => SaleLoyalty | undefined;

const total = (lines: SaleLoyalty["earned"]) => lines.reduce((sum, line) => sum + line.points, 0);

/**
 * The earn (+) and redeem (−) entries of a completed sale. Ids derive from the sale id, so a retried
 * completion books nothing twice.
 *
 * @internal
 */
export function saleLedgerEntries(saleId: string, loyalty: SaleLoyalty, at: string): LoyaltyLedgerEntry[] {
  const base = { customerId: loyalty.customerId, programId: loyalty.programId, at, saleId };
  const redeemed = total(loyalty.redeemed);
  const earned = total(loyalty.earned);
  const expiry = loyalty.expiresAt === undefined ? {} : { expiresAt: loyalty.expiresAt };
  return [
    ...(redeemed > 0
      ? [{ ...base, entryId: `${saleId}:redeem`, kind: "redeem" as const, points: -redeemed }]
      : []),
    ...(earned > 0
      ? [{ ...base, entryId: `${saleId}:earn`, kind: "earn" as const, points: earned, ...expiry }]
      : []),
  ];
}

function records(lines: SaleLoyalty["earned"], original: Sale, before: Record<string, bigint>) {
  return lines.flatMap((entry): PointsLineRecord[] => {
    const line = original.lines.find((candidate) => candidate.lineId === entry.lineId);
    if (line === undefined) return [];
    const soldMillionths = line.quantity.millionths;
    return [
      {
        lineId: entry.lineId,
        points: entry.points,
        soldMillionths,
        returnedMillionths: before[entry.lineId] ?? 0n,
      },
    ];
  });
}

/**
 * The reverse (−) and restore (+) entries of a return: for each original sale the return refers to, the
 * points earned on the returned units are reversed and the points redeemed on them restored, in
 * proportion to the quantity, cumulatively (floor(points × returned so far / sold) minus what earlier
 * returns moved), so partial returns that end in a full return move exactly the sale's points: 25 points
 * on 3 units, returned 1 then 2, reverse 8 then 17.
 *
 * @internal
 */
export async function returnLedgerEntries(
  core: TillCore,
  sale: Sale,
  at: string,
): Promise<LoyaltyLedgerEntry[]> {
  const store = core.config.ports.saleStore;
  const originalIds = [
    ...new Set(
      sale.lines.flatMap((line) => (line.voided === undefined ? (line.returnOf?.saleId ?? []) : [])),
    ),
  ];
  const entries: LoyaltyLedgerEntry[] = [];
  for (const originalId of originalIds) {
    const original = (await store.load(originalId))?.sale;
    const loyalty = original?.loyalty;
    if (original === undefined || loyalty === undefined) continue;
    const prior = (await store.findReturnsOf(originalId))
      .map((record) => record.sale)
      .filter((candidate) => candidate.saleId !== sale.saleId && candidate.status === "completed");
    const before = returnedQuantities(originalId, prior);
    const now = new Map(Object.entries(returnedQuantities(originalId, [sale])));
    const reverse = pointsForReturn(records(loyalty.earned, original, before), now);
    const restore = pointsForReturn(records(loyalty.redeemed, original, before), now);
    const base = { customerId: loyalty.customerId, programId: loyalty.programId, at, saleId: sale.saleId };
    if (reverse > 0)
      entries.push({
        ...base,
        entryId: `${sale.saleId}:reverse:${originalId}`,
        kind: "reverse",
        points: -reverse,
      });
    if (restore > 0)
      entries.push({
        ...base,
        entryId: `${sale.saleId}:restore:${originalId}`,
        kind: "restore",
        points: restore,
      });
  }
  return entries;
}

import type { LoyaltyLedgerEntry } from "./loyalty-ledger-entry";
import type { LoyaltyProgram } from "./loyalty-program";

const DAY_MS = 86_400_000;

/**
 * What a completed sale did with points.
 *
 * @public
 */
export interface SaleLoyaltyFacts {
  readonly customerId: string;
  readonly saleId: string;
  /** The completion instant, ISO 8601. */
  readonly at: string;
  readonly earnedPoints: number;
  readonly redeemedPoints: number;
}

/**
 * The ledger entries a completed sale books: a redeem entry (negative) and an earn entry (positive, with
 * its expiry when the program has one: 365 days after 2026-11-23 is 2027-11-23). Ids derive from the sale
 * id, so a retried commit books nothing twice.
 *
 * @param program - the program
 * @param facts - customer, sale, instant and the points earned and redeemed
 * @returns zero, one or two entries
 * @public
 */
export function saleLoyaltyEntries(program: LoyaltyProgram, facts: SaleLoyaltyFacts): LoyaltyLedgerEntry[] {
  const base = { customerId: facts.customerId, programId: program.id, at: facts.at, saleId: facts.saleId };
  const entries: LoyaltyLedgerEntry[] = [];
  if (facts.redeemedPoints > 0)
    entries.push({
      ...base,
      entryId: `${facts.saleId}:redeem`,
      kind: "redeem",
      points: -facts.redeemedPoints,
    });
  if (facts.earnedPoints > 0) {
    const expiry = program.expiry;
    entries.push({
      ...base,
      entryId: `${facts.saleId}:earn`,
      kind: "earn",
      points: facts.earnedPoints,
      ...(expiry === undefined
        ? {}
        : { expiresAt: new Date(Date.parse(facts.at) + expiry.days * DAY_MS).toISOString() }),
    });
  }
  return entries;
}

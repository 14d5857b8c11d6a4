import type { LoyaltyLedgerEntry } from "./loyalty-ledger-entry";

/**
 * The points that expire at an instant: credits are consumed oldest first by every debit on the ledger
 * (redeem, reverse, earlier expiries, negative adjustments); whatever is left of credits whose `expiresAt`
 * has passed expires now.
 *
 * @param entries - the customer's ledger
 * @param atMs - now, milliseconds since the epoch
 * @returns points to expire (0 or more); book them as an "expire" entry with the negated value
 * @public
 */
export function pointsToExpire(entries: readonly LoyaltyLedgerEntry[], atMs: number): number {
  let debits = 0;
  for (const entry of entries) if (entry.points < 0) debits -= entry.points;
  const credits = entries
    .filter((entry) => entry.points > 0)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.entryId < b.entryId ? -1 : 1));
  let expiring = 0;
  for (const credit of credits) {
    const consumed = Math.min(debits, credit.points);
    debits -= consumed;
    const left = credit.points - consumed;
    if (left > 0 && credit.expiresAt !== undefined && Date.parse(credit.expiresAt) <= atMs) expiring += left;
  }
  return expiring;
}

import { TillError } from "../errors/till-error";

/**
 * What a points ledger does with a debit that would take a balance below zero: "forbid" refuses it,
 * "clamp" debits only down to zero, "allow" lets the balance go negative (the customer owes points).
 *
 * @public
 */
export const NEGATIVE_BALANCE_POLICIES = ["forbid", "clamp", "allow"] as const;

/**
 * One negative-balance policy, see {@link NEGATIVE_BALANCE_POLICIES}.
 *
 * @public
 */
export type NegativeBalancePolicy = (typeof NEGATIVE_BALANCE_POLICIES)[number];

/**
 * Applies a negative-balance policy to a debit (a reverse after the points were spent, an expiry, a
 * negative adjustment): with 30 points left, a −50 reverse is refused ("forbid"), books −30 ("clamp") or
 * books −50 ("allow").
 *
 * @param program - anything carrying the policy (a loyalty program)
 * @param balance - the balance before the entry
 * @param points - the signed points of the entry
 * @returns the points actually booked
 * @throws TillError INSUFFICIENT_BALANCE under "forbid" when the balance would go below zero
 * @public
 */
export function applyNegativeBalancePolicy(
  program: { readonly negativeBalance: NegativeBalancePolicy },
  balance: number,
  points: number,
): number {
  if (points >= 0 || balance + points >= 0) return points;
  switch (program.negativeBalance) {
    case "allow":
      return points;
    case "clamp":
      return balance > 0 ? -balance : 0;
    case "forbid":
      throw new TillError("INSUFFICIENT_BALANCE", { path: ["points"], details: { balance, points } });
  }
}

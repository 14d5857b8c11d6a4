import { TillError } from "../../core/errors/till-error";
import type { LoyaltyProgram } from "./loyalty-program";

/**
 * Applies the program's negative-balance policy to a debit (a reverse after the points were spent, an
 * expiry, a negative adjustment): "forbid" refuses it, "clamp" debits only down to zero, "allow" lets the
 * balance go negative (the customer owes points).
 *
 * @param program - the program
 * @param balance - the balance before the entry
 * @param points - the signed points of the entry
 * @returns the points actually booked
 * @throws TillError INSUFFICIENT_BALANCE under "forbid" when the balance would go below zero
 * @public
 */
export function applyNegativeBalancePolicy(
  program: Pick<LoyaltyProgram, "negativeBalance">,
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

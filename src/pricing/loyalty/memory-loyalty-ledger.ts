import { TillError } from "../../core/errors/till-error";
import { applyNegativeBalancePolicy } from "./apply-negative-balance-policy";
import { balanceOf, type LoyaltyLedgerEntry } from "./loyalty-ledger-entry";
import type { LoyaltyLedger } from "./loyalty-ledger-port";
import type { LoyaltyProgram } from "./loyalty-program";

/**
 * An in-memory {@link LoyaltyLedger} for tests and demos. The whole batch is checked before anything is
 * booked, so a rejected batch leaves no trace.
 *
 * @param policy - the negative-balance policy to enforce (default "forbid")
 * @returns the ledger
 * @public
 */
export function createMemoryLoyaltyLedger(
  policy: Pick<LoyaltyProgram, "negativeBalance"> = { negativeBalance: "forbid" },
): LoyaltyLedger {
  const booked: LoyaltyLedgerEntry[] = [];
  const byId = new Map<string, string>();
  const of = (customerId: string) => booked.filter((entry) => entry.customerId === customerId);
  return {
    async append(entries) {
      const balances = new Map<string, number>();
      const fresh: { entry: LoyaltyLedgerEntry; key: string }[] = [];
      for (const [index, entry] of entries.entries()) {
        const seen = byId.get(entry.entryId);
        if (seen !== undefined) {
          if (seen !== JSON.stringify(entry))
            throw new TillError("IDEMPOTENCY_CONFLICT", { path: ["entries", index, "entryId"] });
          continue;
        }
        const balance = balances.get(entry.customerId) ?? balanceOf(of(entry.customerId));
        const points = applyNegativeBalancePolicy(policy, balance, entry.points);
        balances.set(entry.customerId, balance + points);
        // The id remembers the entry as asked, so a retry of a clamped entry is recognised.
        fresh.push({
          entry: points === entry.points ? entry : { ...entry, points },
          key: JSON.stringify(entry),
        });
      }
      for (const { entry, key } of fresh) {
        booked.push(entry);
        byId.set(entry.entryId, key);
      }
      const result = new Map<string, number>();
      for (const entry of entries) result.set(entry.customerId, balanceOf(of(entry.customerId)));
      return result;
    },
    balance: (customerId) => Promise.resolve(balanceOf(of(customerId))),
    entries: (customerId) => Promise.resolve(of(customerId)),
  };
}

import { TillError } from "../errors/till-error";
import { balanceOf, type LoyaltyLedger, type LoyaltyLedgerEntry } from "./loyalty-ledger-port";
import { applyNegativeBalancePolicy, type NegativeBalancePolicy } from "./negative-balance-policy";

/**
 * An in-memory {@link LoyaltyLedger} for tests and demos. The whole batch is checked before anything is
 * booked, so a rejected batch leaves no trace.
 *
 * @param policy - the negative-balance policy to enforce (default "forbid")
 * @returns the ledger
 * @public
 */
export function createMemoryLoyaltyLedger(
  policy: { readonly negativeBalance: NegativeBalancePolicy } = { negativeBalance: "forbid" },
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

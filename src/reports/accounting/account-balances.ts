import { moneyFromMinor } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import type { Journal } from "./journal";

/**
 * Net balance per account over a whole journal (debit positive), sorted by account code: the trial
 * balance the exports and the session/receipt granularities must agree on.
 *
 * @param journal - a journal
 * @returns account code → signed net balance (zero balances kept, so two journals compare key for key)
 * @public
 */
export function accountBalances(journal: Journal): Record<string, Money> {
  const totals = new Map<string, bigint>();
  for (const entry of journal.entries) {
    for (const line of entry.lines) {
      totals.set(line.account, (totals.get(line.account) ?? 0n) + line.debit.minor - line.credit.minor);
    }
  }
  const result: Record<string, Money> = {};
  for (const account of [...totals.keys()].sort()) {
    result[account] = moneyFromMinor(totals.get(account) ?? 0n, journal.currency);
  }
  return result;
}

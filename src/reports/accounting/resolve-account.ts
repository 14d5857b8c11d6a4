import type { ChartOfAccounts, KeyedAccounts } from "./chart-of-accounts";
import type { Posting } from "./posting";

/**
 * Where a posting's account was looked for: `account` when found, otherwise the mapping entry that is
 * missing ("revenue.byKey.food", "taxes[DE@0.07]", "cashRounding").
 *
 * @internal
 */
export type AccountLookup = { readonly account: string } | { readonly missing: string };

function keyed(accounts: KeyedAccounts | undefined, name: string, key: string): AccountLookup {
  const account = accounts?.byKey[key] ?? accounts?.default;
  return account === undefined ? { missing: `${name}.byKey.${key || "(none)"}` } : { account };
}

function single(account: string | undefined, name: string): AccountLookup {
  return account === undefined ? { missing: name } : { account };
}

function taxAccount(key: string, taxKeys: ReadonlyMap<string, string>): AccountLookup {
  const account = taxKeys.get(key);
  return account === undefined ? { missing: `taxes[${key}]` } : { account };
}

/**
 * Finds the ledger account of a posting in the mapping.
 *
 * @param chart - the mapping
 * @param posting - the posting
 * @param taxKeys - the mapping's tax rows indexed by tax key (built once per journal)
 * @returns the account, or the name of the missing mapping entry
 * @internal
 */
export function resolveAccount(
  chart: ChartOfAccounts,
  posting: Posting,
  taxKeys: ReadonlyMap<string, string>,
): AccountLookup {
  const { role, key } = posting;
  switch (role) {
    case "tender":
      return single(chart.tenders[key], `tenders.${key}`);
    case "revenue":
      return keyed(chart.revenue, "revenue", key);
    case "discount":
      return keyed(chart.discounts.accounts, "discounts.accounts", key);
    case "tax":
      return taxAccount(key, taxKeys);
    case "cash-rounding":
      return single(chart.cashRounding, "cashRounding");
    case "over-short":
      return single(chart.overShort, "overShort");
    case "gift-card-liability":
      return single(chart.giftCardLiability, "giftCardLiability");
    case "store-credit-liability":
      return single(chart.storeCreditLiability, "storeCreditLiability");
    case "tips-payable":
      return single(chart.tipsPayable, "tipsPayable");
    case "loyalty-deferral":
      return single(chart.loyalty?.deferral, "loyalty.deferral");
    case "loyalty-liability":
      return single(chart.loyalty?.liability, "loyalty.liability");
    case "loyalty-expense":
      return single(chart.loyalty?.expense, "loyalty.expense");
    case "cost-of-goods":
      return keyed(chart.costOfGoods?.cogs, "costOfGoods.cogs", key);
    case "inventory":
      return keyed(chart.costOfGoods?.inventory, "costOfGoods.inventory", key);
    case "paid-in":
      return keyed(chart.paidIn, "paidIn", key);
    case "paid-out":
      return keyed(chart.paidOut, "paidOut", key);
  }
}

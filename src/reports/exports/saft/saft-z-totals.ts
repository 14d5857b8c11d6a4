import type { SaftSummary } from "./saft-summary";

type Counted = { count: bigint; amount: bigint };
type VatRow = { percent: string; code: string | undefined; base: bigint; amount: bigint };

/**
 * A session's totals for its Z report, summed from the summaries of the transactions written for it.
 *
 * @internal
 */
export interface ZTotals {
  readonly salesCount: number;
  readonly returnsCount: number;
  readonly sales: bigint;
  readonly returns: bigint;
  readonly artGroups: Map<string, { count: bigint; amountIn: bigint }>;
  readonly payments: Map<string, Counted>;
  readonly vat: Map<string, VatRow>;
  readonly discountCount: bigint;
  readonly discountAmount: bigint;
  readonly tipCount: bigint;
  readonly tipAmount: bigint;
  readonly payIns: Map<string, Counted>;
  readonly payOuts: Map<string, Counted>;
}

function sumMaps<V>(
  summaries: readonly SaftSummary[],
  pick: (summary: SaftSummary) => Map<string, V>,
  merge: (a: V, b: V) => V,
): Map<string, V> {
  const total = new Map<string, V>();
  for (const summary of summaries) {
    for (const [key, value] of pick(summary)) {
      const found = total.get(key);
      total.set(key, found === undefined ? value : merge(found, value));
    }
  }
  return total;
}

const addCounts = (a: Counted, b: Counted): Counted => ({
  count: a.count + b.count,
  amount: a.amount + b.amount,
});

function sumOf(summaries: readonly SaftSummary[], pick: (summary: SaftSummary) => bigint): bigint {
  return summaries.reduce((total, summary) => total + pick(summary), 0n);
}

/**
 * Sums transaction summaries into Z-report totals: receipts (sales and returns) feed the sales figures,
 * paid-ins and paid-outs their own lists.
 *
 * @param summaries - the session's transaction summaries
 * @returns the totals
 * @internal
 */
export function zTotals(summaries: readonly SaftSummary[]): ZTotals {
  const receipts = summaries.filter((s) => s.kind === "sale" || s.kind === "return");
  const sales = receipts.filter((s) => s.kind === "sale");
  const returns = receipts.filter((s) => s.kind === "return");
  return {
    salesCount: sales.length,
    returnsCount: returns.length,
    sales: sumOf(sales, (s) => s.amountIn),
    returns: sumOf(returns, (s) => s.amountIn),
    artGroups: sumMaps(
      receipts,
      (s) => s.artGroups,
      (a, b) => ({ count: a.count + b.count, amountIn: a.amountIn + b.amountIn }),
    ),
    payments: sumMaps(receipts, (s) => s.payments, addCounts),
    vat: sumMaps(
      receipts,
      (s) => s.vat,
      (a, b) => ({ ...a, base: a.base + b.base, amount: a.amount + b.amount }),
    ),
    discountCount: sumOf(receipts, (s) => s.discountCount),
    discountAmount: sumOf(receipts, (s) => s.discountAmount),
    tipCount: sumOf(receipts, (s) => s.tipCount),
    tipAmount: sumOf(receipts, (s) => s.tipAmount),
    payIns: sumMaps(
      summaries.filter((s) => s.kind === "paid-in"),
      (s) => s.payments,
      addCounts,
    ),
    payOuts: sumMaps(
      summaries.filter((s) => s.kind === "paid-out"),
      (s) => s.payments,
      addCounts,
    ),
  };
}

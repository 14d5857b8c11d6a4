import { Money } from "../../core/money/money";
import { divideRounded } from "../../core/rounding/divide-rounded";
import type { SaleFact, SaleFacts } from "../projections/sale-fact";

/**
 * One promotion (or coupon, manual discount, points burn) in the promotion report.
 *
 * @public
 */
export interface PromotionRow {
  readonly id: string;
  readonly kind: string;
  readonly name?: string;
  /** What it took off, net of what returns gave back. */
  readonly cost: Money;
  /** Sales receipts it applied to, less returns that carried it back. */
  readonly redemptions: number;
  /** Average total of the sales receipts with it (half-up to the minor unit; zero when none). */
  readonly averageBasketWith: Money;
  /** Average total of the sales receipts (with line detail) without it. */
  readonly averageBasketWithout: Money;
}

function average(total: bigint, count: number): bigint {
  return count === 0 ? 0n : divideRounded(total, BigInt(count), "half-up");
}

function promotionsOf(fact: SaleFact): Map<string, { kind: string; name?: string; amount: bigint }> {
  const found = new Map<string, { kind: string; name?: string; amount: bigint }>();
  for (const line of fact.lines) {
    for (const entry of line.adjustments) {
      const row = found.get(entry.id) ?? {
        kind: entry.kind,
        ...(entry.name === undefined ? {} : { name: entry.name }),
        amount: 0n,
      };
      row.amount += entry.amount.minor;
      found.set(entry.id, row);
    }
  }
  return found;
}

/**
 * The promotion report from the allocation ledgers of the receipts' lines: cost and redemptions of
 * every promotion, and the average basket of sales with and without it. Only receipts with line detail
 * count (see `SaleFact.hasLines`).
 *
 * @param facts - from `readSaleFacts`
 * @returns rows sorted by promotion id
 * @public
 */
export function promotionReport(facts: SaleFacts): PromotionRow[] {
  const rows = new Map<
    string,
    { kind: string; name?: string; cost: bigint; redemptions: number; basket: bigint; baskets: number }
  >();
  let allTotal = 0n;
  let allCount = 0;
  for (const fact of facts.sales) {
    if (!fact.hasLines) continue;
    const isSale = fact.kind === "sale";
    if (isSale) {
      allTotal += fact.total.minor;
      allCount += 1;
    }
    for (const [id, found] of promotionsOf(fact)) {
      const row = rows.get(id) ?? {
        kind: found.kind,
        ...(found.name === undefined ? {} : { name: found.name }),
        cost: 0n,
        redemptions: 0,
        basket: 0n,
        baskets: 0,
      };
      row.cost += found.amount;
      row.redemptions += isSale ? 1 : -1;
      if (isSale) {
        row.basket += fact.total.minor;
        row.baskets += 1;
      }
      rows.set(id, row);
    }
  }
  const money = (minor: bigint) => new Money(minor, facts.currency);
  return [...rows]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, row]) => ({
      id,
      kind: row.kind,
      ...(row.name === undefined ? {} : { name: row.name }),
      cost: money(row.cost),
      redemptions: row.redemptions,
      averageBasketWith: money(average(row.basket, row.baskets)),
      averageBasketWithout: money(average(allTotal - row.basket, allCount - row.baskets)),
    }));
}

/**
 * The CSV rows of the promotion report (header first).
 *
 * @param rows - from {@link promotionReport}
 * @returns rows for `writeCsv`
 * @public
 */
export function promotionReportCsv(rows: readonly PromotionRow[]): string[][] {
  return [
    ["promotion", "kind", "name", "cost", "redemptions", "average_basket_with", "average_basket_without"],
    ...rows.map((row) => [
      row.id,
      row.kind,
      row.name ?? "",
      row.cost.toString(),
      String(row.redemptions),
      row.averageBasketWith.toString(),
      row.averageBasketWithout.toString(),
    ]),
  ];
}

import { allocateMinor } from "../../../core/allocation/allocate-minor";
import type { AccountingDocument } from "../../accounting/accounting-document";

/**
 * A receipt's revenue of one category with the discounts that reduce it.
 *
 * @internal
 */
export interface CategoryLine {
  category: string;
  net: bigint;
  discounts: { promotion: string; amount: bigint }[];
}

/**
 * Groups a receipt's revenue and discounts by category, in order of first appearance.
 *
 * @param document - the receipt
 * @returns one line per category
 * @internal
 */
export function categoryLines(document: AccountingDocument): CategoryLine[] {
  const lines = new Map<string, CategoryLine>();
  const lineOf = (category: string) => {
    const line = lines.get(category) ?? { category, net: 0n, discounts: [] };
    lines.set(category, line);
    return line;
  };
  for (const row of document.revenue) lineOf(row.category).net += row.net.minor;
  for (const row of document.discounts)
    lineOf(row.category).discounts.push({ promotion: row.promotion, amount: row.amount.minor });
  return [...lines.values()];
}

/**
 * Tax per category line: rows that name their category go to it; the rest (rows kept per rate only) are
 * allocated over the lines by their net after discounts, largest remainder.
 *
 * @param document - the receipt
 * @param lines - its category lines
 * @param exclusive - each line's net after discounts (the allocation weights, by magnitude)
 * @returns tax per line, summing to the receipt's tax
 * @internal
 */
export function taxShares(
  document: AccountingDocument,
  lines: readonly CategoryLine[],
  exclusive: readonly bigint[],
): bigint[] {
  const direct = lines.map((line) =>
    document.taxes.reduce(
      (total, tax) => (tax.category === line.category ? total + tax.amount.minor : total),
      0n,
    ),
  );
  const known = new Set(lines.map((line) => line.category));
  const loose = document.taxes.reduce(
    (total, tax) =>
      tax.category !== undefined && known.has(tax.category) ? total : total + tax.amount.minor,
    0n,
  );
  const weights = exclusive.map((amount) => (amount < 0n ? -amount : amount));
  const spread = weights.some((weight) => weight > 0n)
    ? allocateMinor(loose, weights)
    : weights.map(() => 0n);
  return direct.map((amount, index) => amount + (spread[index] ?? 0n));
}

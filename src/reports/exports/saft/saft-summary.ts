/**
 * What one SAF-T transaction contributes to its Z report, in signed minor units (sales direction).
 *
 * @internal
 */
export interface SaftSummary {
  readonly kind: "sale" | "return" | "paid-in" | "paid-out" | "over-short";
  readonly amountIn: bigint;
  /** Article group → line count and amount including tax. */
  readonly artGroups: Map<string, { count: bigint; amountIn: bigint }>;
  /** Payment type (basicID) → count and amount paid. */
  readonly payments: Map<string, { count: bigint; amount: bigint }>;
  /** Tax key → percent text, VAT code, base and amount. */
  readonly vat: Map<string, { percent: string; code: string | undefined; base: bigint; amount: bigint }>;
  readonly discountCount: bigint;
  readonly discountAmount: bigint;
  readonly tipCount: bigint;
  readonly tipAmount: bigint;
}

/**
 * An empty summary of a kind.
 *
 * @param kind - the transaction kind
 * @param amountIn - its total including tax
 * @returns a summary with empty maps
 * @internal
 */
export function emptySummary(kind: SaftSummary["kind"], amountIn: bigint): SaftSummary {
  return {
    kind,
    amountIn,
    artGroups: new Map(),
    payments: new Map(),
    vat: new Map(),
    discountCount: 0n,
    discountAmount: 0n,
    tipCount: 0n,
    tipAmount: 0n,
  };
}

/**
 * Adds to a counted total in a map.
 *
 * @param map - the totals
 * @param key - the key
 * @param amount - amount to add (count grows by one)
 * @internal
 */
export function addCounted(
  map: Map<string, { count: bigint; amount: bigint }>,
  key: string,
  amount: bigint,
): void {
  const found = map.get(key) ?? { count: 0n, amount: 0n };
  map.set(key, { count: found.count + 1n, amount: found.amount + amount });
}

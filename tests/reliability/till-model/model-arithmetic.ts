import type { ModelSale } from "./till-model-state";

/** The single tax of the model's world: 8% added on top of the line net, rounded per line half-up. */
export const TAX_PERCENT = 8n;

/** Half away from zero of `numerator / denominator` for a non-negative numerator. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Largest remainder over non-negative weights; ties to the larger weight, then the lower index. */
export function splitByLargestRemainder(amount: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) return weights.map(() => 0n);
  const shares = weights.map((weight) => (amount * weight) / total);
  let left = amount - shares.reduce((sum, share) => sum + share, 0n);
  const order = weights
    .map((weight, index) => ({ index, weight, rest: (amount * weight) % total }))
    .sort((a, b) => {
      if (a.rest !== b.rest) return a.rest > b.rest ? -1 : 1;
      if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1;
      return a.index - b.index;
    });
  for (const { index } of order) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares;
}

/** What the model says a sale in progress must show. */
export interface ModelFigures {
  readonly subtotal: bigint;
  readonly discountTotal: bigint;
  readonly taxTotal: bigint;
  readonly total: bigint;
  readonly paid: bigint;
  /** Net and tax of every sale line, by line id (what a later return refunds). */
  readonly lines: ReadonlyMap<string, { readonly gross: bigint; readonly net: bigint; readonly tax: bigint }>;
}

/** A wanted discount, at most the base it applies to. */
function capped(wanted: bigint, base: bigint): bigint {
  if (wanted > base) return base;
  return wanted;
}

/** Line nets after the line discounts (entry order), then the basket discounts (entry order). */
function netsOf(sale: ModelSale): bigint[] {
  const nets = sale.lines.map((line) => line.unitMinor * line.quantity);
  for (const discount of sale.lineDiscounts) {
    const index = sale.lines.findIndex((line) => line.lineId === discount.lineId);
    const net = nets[index];
    if (net === undefined || net <= 0n) continue;
    const wanted = roundHalfUp(net * discount.percent, 100n);
    // A discount never takes a line below zero: 100% of 0.35 is 0.35, whatever the rounding.
    nets[index] = wanted > net ? 0n : net - wanted;
  }
  for (const wanted of sale.basketDiscounts) {
    const weights = nets.map((net) => (net > 0n ? net : 0n));
    const base = weights.reduce((sum, weight) => sum + weight, 0n);
    if (base === 0n) continue;
    const shares = splitByLargestRemainder(capped(wanted, base), weights);
    nets.forEach((net, index) => {
      nets[index] = net - (shares[index] ?? 0n);
    });
  }
  return nets;
}

/** The figures of a sale, from plain bigint arithmetic (no engine code). */
export function figuresOf(sale: ModelSale): ModelFigures {
  const nets = netsOf(sale);
  const lines = new Map<string, { gross: bigint; net: bigint; tax: bigint }>();
  sale.lines.forEach((line, index) => {
    const net = nets[index] ?? 0n;
    const gross = line.unitMinor * line.quantity;
    lines.set(line.lineId, { gross, net, tax: roundHalfUp(net * TAX_PERCENT, 100n) });
  });
  const sold = [...lines.values()];
  const back = sale.returnLines;
  const sumOf = (values: readonly bigint[]) => values.reduce((sum, value) => sum + value, 0n);
  const subtotal = sumOf(sold.map((line) => line.gross)) - sumOf(back.map((line) => line.gross));
  const net = sumOf(sold.map((line) => line.net)) - sumOf(back.map((line) => line.net));
  const taxTotal = sumOf(sold.map((line) => line.tax)) - sumOf(back.map((line) => line.tax));
  const paid = sumOf(sale.tenders.filter((tender) => tender.isCounted).map((tender) => tender.amountMinor));
  return { subtotal, discountTotal: subtotal - net, taxTotal, total: net + taxTotal, paid, lines };
}

/** What is still due on a sale (zero on a refund: it is paid out at completion). */
export function remainingOf(figures: ModelFigures): bigint {
  const remaining = figures.total - figures.paid;
  return remaining > 0n ? remaining : 0n;
}

/** Minor units (≥ 0) as the decimal string the till takes: 1234n → "12.34". */
export function amountText(minor: bigint): string {
  const cents = minor % 100n;
  return `${minor / 100n}.${cents < 10n ? "0" : ""}${cents}`;
}

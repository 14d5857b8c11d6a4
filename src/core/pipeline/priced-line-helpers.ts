import { add } from "../money/add";
import { assertSameCurrency } from "../money/assert-same-currency";
import { Money } from "../money/money";
import { subtract } from "../money/subtract";
import { sum } from "../money/sum";
import type { Adjustment } from "../sale/ledger-entry";
import type { PricedLine, PricedSale } from "./priced-sale";

/** The figures of a priced line that stages change. */
export type LineFigures = Pick<
  PricedLine,
  "unitPrice" | "priceSource" | "gross" | "adjustments" | "net" | "taxes" | "total"
>;

/**
 * A priced line with some of its figures changed. Stages build every changed line through here rather
 * than with a spread (`{ ...line, net }`): a spread gives the copy a new hidden class in V8, so after a few
 * stages the lines of one sale had four, every later spread took the slow generic path, and the tax
 * stage spent half its time copying lines. Built field by field, in the order the seed (`seedPricedSale`)
 * writes them, every line has the one shape.
 * A line carries exactly the fields of {@link PricedLine}.
 *
 * @param line - the priced line
 * @param changes - the figures to replace
 * @returns a new line with those figures
 * @public
 */
export function withLineFigures(line: PricedLine, changes: Partial<LineFigures>): PricedLine {
  return {
    lineId: line.lineId,
    sku: line.sku,
    quantity: line.quantity,
    unitPrice: changes.unitPrice ?? line.unitPrice,
    priceSource: changes.priceSource ?? line.priceSource,
    taxCategory: line.taxCategory,
    gross: changes.gross ?? line.gross,
    adjustments: changes.adjustments ?? line.adjustments,
    net: changes.net ?? line.net,
    taxes: changes.taxes ?? line.taxes,
    total: changes.total ?? line.total,
    isLocked: line.isLocked,
  };
}

/**
 * Appends an allocation ledger entry to a line and keeps `net = gross − Σ adjustments`. A zero amount adds
 * nothing, so ledgers stay free of empty entries.
 *
 * @param line - the priced line
 * @param adjustment - the entry to append (positive = discount)
 * @returns a new line (the same line for a zero amount)
 * @throws TillError CURRENCY_MISMATCH
 * @public
 */
export function addAdjustment(line: PricedLine, adjustment: Adjustment): PricedLine {
  if (adjustment.amount.minor === 0n) return line;
  return withLineFigures(line, {
    adjustments: [...line.adjustments, adjustment],
    net: subtract(line.net, adjustment.amount),
  });
}

/**
 * Applies a function to every line a stage may change (not locked), keeping the others as they are.
 *
 * @param priced - the priced sale
 * @param change - returns the new line (or the same line)
 * @returns a new PricedSale with the changed lines
 * @public
 */
export function mapUnlockedLines(
  priced: PricedSale,
  change: (line: PricedLine, index: number) => PricedLine,
): PricedSale {
  return {
    ...priced,
    lines: priced.lines.map((line, index) => (line.isLocked ? line : change(line, index))),
  };
}

/**
 * Net plus the taxes not included in the price: the line total `computeTotals` writes.
 *
 * @param line - the priced line
 * @returns the line total
 * @public
 */
export function lineTotalOf(line: Pick<PricedLine, "net" | "taxes">): Money {
  const excluded = line.taxes.filter((tax) => !tax.included).map((tax) => tax.amount);
  return add(line.net, sum(excluded, line.net.currency));
}

/**
 * The sum of a line's adjustments.
 *
 * @param line - the priced line
 * @returns Σ adjustments.amount
 * @public
 */
export function adjustmentTotalOf(line: Pick<PricedLine, "adjustments" | "gross">): Money {
  // A loop rather than sum(map(...)), which built a list: stages ask this of every line on every pricing.
  let minor = 0n;
  for (const entry of line.adjustments) {
    assertSameCurrency(line.gross, entry.amount);
    minor += entry.amount.minor;
  }
  return new Money(minor, line.gross.currency);
}

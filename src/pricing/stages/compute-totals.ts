import { moneyFromMinor, zeroMoney } from "../../core/money/create-money";
import { Money } from "../../core/money/money";
import { adjustmentTotalOf, withLineFigures } from "../../core/pipeline/priced-line-helpers";
import type { PricedLine, PricedSale } from "../../core/pipeline/priced-sale";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import type { Sale } from "../../core/sale/sale";

function sumMinor(amounts: readonly Money[]): bigint {
  return amounts.reduce((total, amount) => total + amount.minor, 0n);
}

/** Net plus the taxes not inside the price; the line object is rebuilt only when its total moves. */
function withTotal(line: PricedLine): PricedLine {
  let totalMinor = line.net.minor;
  for (const tax of line.taxes) if (!tax.included) totalMinor += tax.amount.minor;
  if (totalMinor === line.total.minor) return line;
  return withLineFigures(line, { total: new Money(totalMinor, line.net.currency) });
}

function tenderedMinor(sale: Sale): bigint {
  return sumMinor(
    // Entered tenders (cash, vouchers) count as soon as they are keyed in; card tenders once approved.
    sale.tenders
      .filter((tender) => tender.status === "entered" || tender.status === "approved")
      .map((tender) => tender.amount),
  );
}

/**
 * Balance due and change: a sale (total ≥ 0) owes `max(total − tendered, 0)` and gives back the excess as
 * change; a refund (total < 0) still owes the customer `total − tendered` (≤ 0) and never gives change.
 */
function balanceOf(totalMinor: bigint, paidMinor: bigint): { dueMinor: bigint; changeMinor: bigint } {
  const remaining = totalMinor - paidMinor;
  if (totalMinor < 0n) return { dueMinor: remaining < 0n ? remaining : 0n, changeMinor: 0n };
  return { dueMinor: remaining > 0n ? remaining : 0n, changeMinor: remaining < 0n ? -remaining : 0n };
}

/**
 * The last stage: writes each line total (net plus taxes not in the price) and the document totals, once.
 * `subtotal = Σ gross`, `discountTotal = Σ adjustments`, `taxTotal = Σ taxes`, `total = Σ line totals`,
 * `tendered = Σ entered and approved tenders`, then balance due and change.
 *
 * @public
 */
export const computeTotals: PricingStage = {
  name: "computeTotals",
  run(priced, context): PricedSale {
    const currency = priced.currency;
    // One pass for the four sums rather than a list per sum: this stage runs on every pricing.
    const lines = new Array<PricedLine>(priced.lines.length);
    let grossMinor = 0n;
    let discountMinor = 0n;
    let taxMinor = 0n;
    let totalMinor = 0n;
    priced.lines.forEach((priorLine, index) => {
      const line = withTotal(priorLine);
      lines[index] = line;
      grossMinor += line.gross.minor;
      discountMinor += adjustmentTotalOf(line).minor;
      for (const tax of line.taxes) taxMinor += tax.amount.minor;
      totalMinor += line.total.minor;
    });
    const paidMinor = tenderedMinor(context.sale);
    // A completed sale carries its cash-rounding difference: what was due in cash is the rounded amount.
    const roundingMinor = context.sale.cashRounding?.difference.minor ?? 0n;
    const { dueMinor, changeMinor } = balanceOf(totalMinor + roundingMinor, paidMinor);
    return {
      ...priced,
      lines,
      subtotal: moneyFromMinor(grossMinor, currency),
      discountTotal: moneyFromMinor(discountMinor, currency),
      taxTotal: moneyFromMinor(taxMinor, currency),
      total: moneyFromMinor(totalMinor, currency),
      tendered: paidMinor === 0n ? zeroMoney(currency) : moneyFromMinor(paidMinor, currency),
      balanceDue: moneyFromMinor(dueMinor, currency),
      change: moneyFromMinor(changeMinor, currency),
    };
  },
};

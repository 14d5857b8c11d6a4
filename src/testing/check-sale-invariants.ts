import { moneyFromMinor } from "../core/money/create-money";
import type { Money } from "../core/money/money";
import type { PricedLine, PricedSale } from "../core/pipeline/priced-sale";
import { assertNoViolations, compareText, type InvariantViolation } from "./invariant-violation";

const sumMinor = (amounts: readonly Money[]): bigint =>
  amounts.reduce((total, money) => total + money.minor, 0n);

function amountText(minor: bigint, currency: string): string {
  return moneyFromMinor(minor, currency).toString();
}

function checkLine(line: PricedLine, index: number, currency: string): InvariantViolation[] {
  const path = ["lines", index];
  const text = (minor: bigint) => amountText(minor, currency);
  const figures = [line.gross, line.net, line.total, ...line.adjustments.map((entry) => entry.amount)];
  const excluded = line.taxes.filter((tax) => !tax.included).map((tax) => tax.amount);
  const isSaleLine = line.quantity.millionths > 0n;
  return [
    ...figures.flatMap((money) => compareText("line.currency", path, currency, money.currency)),
    ...compareText(
      "line.net",
      [...path, "net"],
      text(line.gross.minor - sumMinor(line.adjustments.map((entry) => entry.amount))),
      text(line.net.minor),
    ),
    ...(isSaleLine && line.net.minor < 0n
      ? [
          {
            rule: "line.net-not-negative",
            path: [...path, "net"],
            expected: "≥ 0",
            actual: text(line.net.minor),
          },
        ]
      : []),
    ...compareText(
      "line.total",
      [...path, "total"],
      text(line.net.minor + sumMinor(excluded)),
      text(line.total.minor),
    ),
  ];
}

function checkBalance(priced: PricedSale): InvariantViolation[] {
  const text = (minor: bigint) => amountText(minor, priced.currency);
  const remaining = priced.total.minor - priced.tendered.minor;
  const isRefund = priced.total.minor < 0n;
  const due = isRefund ? (remaining < 0n ? remaining : 0n) : remaining > 0n ? remaining : 0n;
  const change = !isRefund && remaining < 0n ? -remaining : 0n;
  return [
    ...compareText("sale.balance-due", ["balanceDue"], text(due), text(priced.balanceDue.minor)),
    ...compareText("sale.change", ["change"], text(change), text(priced.change.minor)),
  ];
}

/**
 * Checks the arithmetic of a priced sale: per line net = gross − Σ adjustments, no negative net on a sale
 * line, total = net + Σ price-excluded taxes; per sale subtotal = Σ gross, discountTotal = Σ adjustments,
 * taxTotal = Σ line taxes, total = Σ line totals, and balanceDue / change consistent with `tendered`
 * (a refund's balance is negative and gives no change). Every amount is in the sale currency.
 *
 * @param priced - a PricedSale from the pipeline (values, not JSON)
 * @returns the violations, empty when the sale adds up
 * @example
 * ```ts
 * const priced = priceSale(sale, context, stages);
 * expect(checkSaleInvariants(priced)).toEqual([]);
 * ```
 * @public
 */
export function checkSaleInvariants(priced: PricedSale): InvariantViolation[] {
  const text = (minor: bigint) => amountText(minor, priced.currency);
  const { lines } = priced;
  const adjustments = lines.flatMap((line) => line.adjustments.map((entry) => entry.amount));
  return [
    ...lines.flatMap((line, index) => checkLine(line, index, priced.currency)),
    ...compareText(
      "sale.subtotal",
      ["subtotal"],
      text(sumMinor(lines.map((line) => line.gross))),
      text(priced.subtotal.minor),
    ),
    ...compareText(
      "sale.discount-total",
      ["discountTotal"],
      text(sumMinor(adjustments)),
      text(priced.discountTotal.minor),
    ),
    ...compareText(
      "sale.tax-total",
      ["taxTotal"],
      text(sumMinor(lines.flatMap((line) => line.taxes.map((tax) => tax.amount)))),
      text(priced.taxTotal.minor),
    ),
    ...compareText(
      "sale.total",
      ["total"],
      text(sumMinor(lines.map((line) => line.total))),
      text(priced.total.minor),
    ),
    ...checkBalance(priced),
  ];
}

/**
 * Throws unless {@link checkSaleInvariants} finds nothing.
 *
 * @param priced - a PricedSale
 * @throws TillError INTERNAL with `details.violations`
 * @example
 * ```ts
 * assertSaleInvariants(priceSale(sale, context, stages));
 * ```
 * @public
 */
export function assertSaleInvariants(priced: PricedSale): void {
  assertNoViolations(checkSaleInvariants(priced), "sale");
}

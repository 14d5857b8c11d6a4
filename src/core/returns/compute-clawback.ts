import { Money } from "../money/money";
import { negate } from "../money/negate";
import type { PricedLine, PricedSale } from "../pipeline/priced-sale";
import { pieces, Quantity } from "../quantity/quantity";
import type { LineTax } from "../sale/ledger-entry";
import type { Sale } from "../sale/sale";
import type { SaleLine } from "../sale/sale-line";
import type { OriginalSale, ReturnLineMeta } from "./build-return-lines";
import { cumulativeShare } from "./unit-share";

/**
 * Prices the goods a customer keeps, the way the original sale was priced (same stages, rules and
 * clock value). The till passes its pipeline; a host without deals may omit it, and nothing is clawed back.
 *
 * @public
 */
export type RepriceKept = (kept: Sale) => PricedSale;

/** The original sale reduced to the kept quantities: fully returned lines are dropped, tenders ignored. */
export function keptSaleOf(original: Sale, returned: Readonly<Record<string, bigint>>): Sale {
  const lines = original.lines.flatMap((line): SaleLine[] => {
    if (line.voided !== undefined) return [line];
    const kept = line.quantity.millionths - (returned[line.lineId] ?? 0n);
    if (kept <= 0n) return [];
    return [{ ...line, quantity: new Quantity(kept, line.quantity.unit) }];
  });
  return { ...original, status: "open", lines, tenders: [] };
}

/** What the kept units of a line were charged at sale time: the line minus the returned units' share. */
function keptFigure(amount: Money, line: PricedLine, returned: bigint): bigint {
  return amount.minor - cumulativeShare(amount, line.quantity.millionths, returned).minor;
}

/** The clawback taxes due now: the target difference per tax (zero when nothing is clawed back) minus what was taken. */
function taxDeltas(
  original: PricedLine,
  repriced: PricedLine | undefined,
  returned: bigint,
  isClawedBack: boolean,
  previous: readonly LineTax[],
): LineTax[] {
  const all = [...original.taxes, ...(repriced?.taxes ?? []), ...previous];
  const taxIds = [...new Set(all.map((tax) => tax.taxId))];
  return taxIds.flatMap((taxId): LineTax[] => {
    const template = all.find((tax) => tax.taxId === taxId);
    if (template === undefined) return [];
    const figure = (pick: (tax: LineTax) => Money) => {
      const before = original.taxes.find((tax) => tax.taxId === taxId);
      const after = repriced?.taxes.find((tax) => tax.taxId === taxId);
      const kept = before === undefined ? 0n : keptFigure(pick(before), original, returned);
      const target = isClawedBack ? (after === undefined ? 0n : pick(after).minor) - kept : 0n;
      const taken = previous
        .filter((tax) => tax.taxId === taxId)
        .reduce((total, tax) => total + pick(tax).minor, 0n);
      return target - taken;
    };
    const amount = figure((tax) => tax.amount);
    const base = figure((tax) => tax.base);
    if (amount === 0n && base === 0n) return [];
    const currency = template.amount.currency;
    return [{ ...template, amount: new Money(amount, currency), base: new Money(base, currency) }];
  });
}

/**
 * Clawback lines for deals the kept goods no longer qualify for. For each line, the kept units are
 * repriced; when they now cost more net than their share of the original charge, that difference and its
 * tax are owed, and a locked `clawback` line takes whatever part of it was not taken by earlier returns
 * (or gives back what was taken, once the kept goods are returned too). Buy one
 * get one at 10.00: return the paid unit, keep the free one, and the 5.00 refunded for the returned unit
 * is met by a 5.00 clawback, so the refund is the difference, zero. Never pays out more than the receipt.
 *
 * @param original - the completed sale and its PricedSale
 * @param returnedAfter - millionths returned per line once this return is included
 * @param previousClawbacks - clawback lines already taken against this sale
 * @param reprice - prices the kept goods as the original was priced
 * @param meta - ids, operator, time
 * @returns clawback lines (possibly none)
 * @public
 */
export function computeClawback(
  original: OriginalSale,
  returnedAfter: Readonly<Record<string, bigint>>,
  previousClawbacks: readonly SaleLine[],
  reprice: RepriceKept,
  meta: ReturnLineMeta,
): SaleLine[] {
  if (!hasAnyReturn(returnedAfter)) return [];
  const repriced = reprice(keptSaleOf(original.sale, returnedAfter));
  return original.priced.lines.flatMap((line): SaleLine[] => {
    if (line.isLocked) return [];
    const returned = returnedAfter[line.lineId] ?? 0n;
    const after = repriced.lines.find((candidate) => candidate.lineId === line.lineId);
    const previous = previousClawbacks.filter((taken) => taken.returnOf?.lineId === line.lineId);
    const takenNet = previous.reduce((total, taken) => total - sumAdjustments(taken), 0n);
    // The clawback owed in total: what the kept units cost now beyond their share of the receipt, never
    // below zero. Once kept goods come back too, what was taken is released again.
    const difference =
      after === undefined
        ? 0n
        : dealNetOf(after) - keptFigure(new Money(dealNetOf(line), currencyOf(line)), line, returned);
    const target = difference > 0n ? difference : 0n;
    const previousTaxes = previous.flatMap((taken) => taken.locked?.taxes ?? []);
    const taxes = taxDeltas(line, after, returned, target > 0n, previousTaxes);
    if (target === takenNet && taxes.length === 0) return [];
    return [clawbackLine(original, line, target - takenNet, taxes, meta)];
  });
}

/**
 * Net before points and manual discounts: a points burn pays for goods like a tender, and a manual
 * discount is the cashier's, not a deal the kept goods can stop qualifying for. Repricing the kept goods
 * spreads a manual amount off over fewer lines, so counting it would turn a cent of allocation rounding on
 * one kept line into a clawback (0.50 off four lines, one returned: a kept line's share moved by 0.01).
 */
function dealNetOf(line: PricedLine): bigint {
  let net = line.net.minor;
  for (const entry of line.adjustments)
    if (entry.source.kind === "points" || entry.source.kind === "manual") net += entry.amount.minor;
  return net;
}

function currencyOf(line: PricedLine): string {
  return line.net.currency;
}

function hasAnyReturn(returned: Readonly<Record<string, bigint>>): boolean {
  return Object.values(returned).some((units) => units > 0n);
}

function sumAdjustments(line: SaleLine): bigint {
  return (line.locked?.adjustments ?? []).reduce((total, entry) => total + entry.amount.minor, 0n);
}

function clawbackLine(
  original: OriginalSale,
  line: PricedLine,
  differenceMinor: bigint,
  taxes: LineTax[],
  meta: ReturnLineMeta,
): SaleLine {
  const saleLine = original.sale.lines.find((candidate) => candidate.lineId === line.lineId);
  const currency = line.net.currency;
  const zero = new Money(0n, currency);
  const source = { kind: "clawback" as const, id: original.sale.saleId, name: "Deal no longer met" };
  return {
    lineId: meta.nextLineId(),
    sku: line.sku,
    description: `Clawback: ${saleLine?.description ?? line.sku}`,
    quantity: pieces(1),
    unitPrice: zero,
    priceSource: { kind: "clawback", ref: original.sale.saleId },
    taxCategory: line.taxCategory,
    tags: [],
    modifiers: [],
    addedBy: meta.by,
    addedAt: meta.at,
    returnOf: { saleId: original.sale.saleId, lineId: line.lineId },
    // Gross 0 minus an adjustment of −difference leaves a net of +difference: the refund shrinks by it.
    locked: {
      gross: zero,
      adjustments: [{ source, amount: negate(new Money(differenceMinor, currency)) }],
      taxes,
    },
  };
}

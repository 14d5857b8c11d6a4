import { z } from "zod";
import { moneyFromMinor } from "../money/create-money";
import { negate } from "../money/negate";
import { moneyInputSchema } from "../payments/money-input";
import type { PricedSale } from "../pipeline/priced-sale";
import type { Sale } from "../sale/sale";
import { idSchema } from "../sale/value-schemas";

const signedDecimalText = /* @__PURE__ */ z.string().regex(/^-?\d+(\.\d+)?$/);

/**
 * zod schema of one line in a completion entry: what reports need to project sales by item,
 * department, partner and promotion without the sale store (signed: a return's lines are negative).
 *
 * @public
 */
export const saleSummaryLineSchema = /* @__PURE__ */ z.object({
  lineId: idSchema,
  sku: idSchema,
  /** Signed quantity as decimal text ("2", "-1", "0.35"). */
  quantity: signedDecimalText,
  unitPrice: moneyInputSchema,
  gross: moneyInputSchema,
  /** Gross minus the line's adjustments (tax-included when the price includes tax). */
  net: moneyInputSchema,
  /** Taxes included in `net` (price-included VAT); zero when prices exclude tax. */
  includedTax: moneyInputSchema,
  taxCategory: z.string(),
  department: z.string().optional(),
  category: z.string().optional(),
  partnerId: idSchema.optional(),
  adjustments: z.array(
    z.object({
      kind: z.string(),
      id: z.string().min(1),
      name: z.string().optional(),
      amount: moneyInputSchema,
    }),
  ),
});

/**
 * One line of a completion entry (output form), see {@link saleSummaryLineSchema}.
 *
 * @public
 */
export type SaleSummaryLine = z.output<typeof saleSummaryLineSchema>;

/**
 * What a completion entry tells reports about the sale beside its totals.
 *
 * @public
 */
export type SaleSummarySource = Pick<Sale, "saleId" | "cashierId"> &
  Partial<Pick<Sale, "storeId" | "customer" | "lines" | "loyalty">>;

function includedTaxOf(line: PricedSale["lines"][number]): bigint {
  return line.taxes.reduce((total, tax) => (tax.included ? total + tax.amount.minor : total), 0n);
}

/**
 * The lines of a completion entry: the priced lines with the sale line's department, category and
 * partner (voided lines are not priced, so they are not listed).
 *
 * @param priced - the PricedSale
 * @param saleLines - the sale's lines, for the catalog facts of each priced line (none: no facts)
 * @returns the lines
 * @public
 */
export function saleSummaryLines(priced: PricedSale, saleLines: Sale["lines"] = []): SaleSummaryLine[] {
  const byId = new Map(saleLines.map((line) => [line.lineId, line]));
  return priced.lines.map((line) => {
    const source = byId.get(line.lineId);
    return {
      lineId: line.lineId,
      sku: line.sku,
      quantity: line.quantity.toString(),
      unitPrice: line.unitPrice,
      gross: line.gross,
      net: line.net,
      includedTax: moneyFromMinor(includedTaxOf(line), priced.currency),
      taxCategory: line.taxCategory,
      ...(source?.department === undefined ? {} : { department: source.department }),
      ...(source?.category === undefined ? {} : { category: source.category }),
      ...(source?.partnerId === undefined ? {} : { partnerId: source.partnerId }),
      adjustments: line.adjustments.map((entry) => ({
        kind: entry.source.kind,
        id: entry.source.id,
        ...(entry.source.name === undefined ? {} : { name: entry.source.name }),
        amount: entry.amount,
      })),
    };
  });
}

function negateDecimalText(text: string): string {
  if (text.startsWith("-")) return text.slice(1);
  return /^0(\.0+)?$/.test(text) ? text : `-${text}`;
}

/**
 * The lines of a completion entry reversed (a post-void's entry mirrors the sale it cancels).
 *
 * @param lines - the lines to reverse
 * @returns the lines with quantity and every amount negated
 * @public
 */
export function negateSaleSummaryLines(lines: readonly SaleSummaryLine[]): SaleSummaryLine[] {
  return lines.map((line) => ({
    ...line,
    quantity: negateDecimalText(line.quantity),
    gross: negate(line.gross),
    net: negate(line.net),
    includedTax: negate(line.includedTax),
    adjustments: line.adjustments.map((entry) => ({ ...entry, amount: negate(entry.amount) })),
  }));
}

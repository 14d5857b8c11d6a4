import { z } from "zod";
import { saleSummaryLines } from "../../core/cash-session/sale-summary-lines";
import { type JsonValue, toJournalJson } from "../../core/journal/canonical-json";
import type { Money } from "../../core/money/money";
import type { PricedSale } from "../../core/pipeline/priced-sale";

const moneyJson = /* @__PURE__ */ z.object({ amount: z.string(), currency: z.string() });
const decimalText = /* @__PURE__ */ z.string().regex(/^-?\d+(\.\d+)?$/);

/**
 * zod schema of one line in the report detail a sale entry may carry beside its summary. Every member
 * is read only when present, so entries written before the detail existed still project.
 *
 * @public
 */
export const saleDetailLineSchema = /* @__PURE__ */ z.object({
  lineId: z.string().min(1),
  sku: z.string().min(1),
  /** Signed quantity as decimal text ("2", "-1", "0.35"). */
  quantity: decimalText,
  unitPrice: moneyJson,
  gross: moneyJson,
  /** Gross minus the line's adjustments (tax-included when the price includes tax). */
  net: moneyJson,
  /** Taxes included in `net` (price-included VAT); zero when prices exclude tax. */
  includedTax: moneyJson.optional(),
  taxCategory: z.string().optional(),
  department: z.string().optional(),
  /** The channel partner this line is attributed to (overrides the receipt's `partnerId`). */
  partnerId: z.string().min(1).optional(),
  category: z.string().optional(),
  /** Cost of one unit, when the catalog knows it. */
  unitCost: moneyJson.optional(),
  adjustments: z
    .array(
      z.object({ kind: z.string(), id: z.string().min(1), name: z.string().optional(), amount: moneyJson }),
    )
    .default([]),
});

/**
 * zod schema of the optional report detail on a sale-type journal payload (`lines`, `customerId`,
 * `partnerId`, `referralCode`, `storeId`, `pointsEarned`, `pointsRedeemed`).
 *
 * @public
 */
export const saleDetailSchema = /* @__PURE__ */ z.object({
  storeId: z.string().min(1).optional(),
  customerId: z.string().min(1).optional(),
  partnerId: z.string().min(1).optional(),
  referralCode: z.string().min(1).optional(),
  pointsEarned: decimalText.optional(),
  pointsRedeemed: decimalText.optional(),
  lines: z.array(saleDetailLineSchema).optional(),
});

/**
 * The report detail of a sale entry (JSON form), see {@link saleDetailSchema}.
 *
 * @public
 */
export type SaleDetailJson = z.input<typeof saleDetailSchema>;

/**
 * What the catalog adds to a line for reports.
 *
 * @public
 */
export interface SaleDetailItem {
  readonly department?: string;
  readonly category?: string;
  readonly unitCost?: Money;
}

/**
 * Options of {@link saleDetailFromPriced}.
 *
 * @public
 */
export interface SaleDetailOptions {
  readonly storeId?: string;
  readonly customerId?: string;
  readonly partnerId?: string;
  readonly referralCode?: string;
  /** Department, category and unit cost by SKU. */
  readonly items?: Readonly<Record<string, SaleDetailItem>>;
}

/**
 * Builds the report detail of a priced sale, to merge into the payload of its completion entry
 * (`{ ...draft, payload: { ...summary, ...detail } }`) until the sale summary carries lines itself.
 *
 * @param priced - the priced sale
 * @param options - store, customer, partner and catalog facts
 * @returns the detail in JSON form
 * @public
 */
export function saleDetailFromPriced(priced: PricedSale, options: SaleDetailOptions = {}): JsonValue {
  const lines = saleSummaryLines(priced).map((line) => {
    const item = options.items?.[line.sku];
    return {
      ...line,
      ...(item?.department === undefined ? {} : { department: item.department }),
      ...(item?.category === undefined ? {} : { category: item.category }),
      ...(item?.unitCost === undefined ? {} : { unitCost: item.unitCost }),
    };
  });
  const { items: _items, ...identity } = options;
  return toJournalJson({ ...identity, lines });
}

import fc from "fast-check";
import { completionDraft, saleSummaryFromPriced } from "../../../src/core/cash-session";
import {
  applySaleAction,
  type CatalogSnapshot,
  catalogItemSchema,
  catalogSnapshotSchema,
  createSale,
  lineFromCatalogItem,
  priceSale,
} from "../../../src/core/checkout";
import { appendEntries, genesisHead, type JournalDraft, type JournalEntry } from "../../../src/core/journal";
import { parseMoney, zeroMoney } from "../../../src/core/money";
import type { PricedSale } from "../../../src/core/pipeline";
import type { TenderSettlement } from "../../../src/core/tenders";
import { applyManualDiscounts } from "../../../src/pricing/stages/apply-manual-discounts";
import { computeTotals } from "../../../src/pricing/stages/compute-totals";
import { resolvePrices } from "../../../src/pricing/stages/resolve-prices";
import { type SaleDetailItem, saleDetailFromPriced } from "../../../src/reports";
import { testTaxStage } from "../../core/pipeline/test-stages";

const eur = (amount: string) => ({ amount, currency: "EUR" });

/** Catalog: price, tax category ("standard" 10 %, "reduced" 5 % under the test tax stage), category. */
export const snapshot: CatalogSnapshot = catalogSnapshotSchema.parse({
  items: {
    COFFEE: { sku: "COFFEE", description: "Coffee", unitPrice: eur("12.99"), category: "coffee" },
    MILK: {
      sku: "MILK",
      description: "Milk",
      unitPrice: eur("7.49"),
      taxCategory: "reduced",
      category: "dairy",
    },
    BREAD: {
      sku: "BREAD",
      description: "Bread",
      unitPrice: eur("3.50"),
      taxCategory: "reduced",
      category: "bakery",
    },
    PEN: { sku: "PEN", description: "Pen", unitPrice: eur("0.99"), category: "stationery" },
  },
});

/** Unit costs the reports see through the sale detail (BREAD has none: no margin for it). */
export const items: Record<string, SaleDetailItem> = {
  COFFEE: { category: "coffee", department: "grocery", unitCost: parseMoney("6.00", "EUR") },
  MILK: { category: "dairy", department: "grocery", unitCost: parseMoney("4.00", "EUR") },
  BREAD: { category: "bakery", department: "grocery" },
  PEN: { category: "stationery", department: "office", unitCost: parseMoney("0.30", "EUR") },
};

export const SKUS = Object.keys(items);

/** One sale (or receiptless return) to ring up. */
export interface SaleSpec {
  readonly saleId: string;
  readonly at: string;
  readonly lines: readonly (readonly [string, string])[];
  readonly isReturn?: boolean;
  readonly employeeId?: string;
  readonly customerId?: string;
  readonly partnerId?: string;
  /** A manual percent discount on the first line. */
  readonly discountPercent?: string;
  readonly isTraining?: boolean;
}

const STAGES = [resolvePrices, applyManualDiscounts, testTaxStage, computeTotals];

/** Rings a sale up through the sale reducer and the pricing pipeline. */
export function priceSpec(spec: SaleSpec): PricedSale {
  const by = spec.employeeId ?? "E1";
  let sale = createSale({
    saleId: spec.saleId,
    storeId: "S1",
    registerId: "R1",
    cashierId: by,
    currency: "EUR",
    at: spec.at,
  });
  spec.lines.forEach(([sku, quantity], index) => {
    const item = catalogItemSchema.parse(snapshot.items[sku]);
    const meta = {
      lineId: `l${index + 1}`,
      by,
      at: spec.at,
      ...(spec.isReturn === true ? { isReceiptlessReturn: true } : {}),
    };
    sale = applySaleAction(sale, {
      type: "addLine",
      line: lineFromCatalogItem(item, { quantity }, meta),
      at: spec.at,
    });
  });
  if (spec.discountPercent !== undefined) {
    const discount = {
      discountId: `D-${spec.discountPercent}`,
      scope: { kind: "line" as const, lineId: "l1" },
      value: { kind: "percent" as const, percent: spec.discountPercent },
      reason: "damaged",
      addedBy: by,
      at: spec.at,
    };
    sale = applySaleAction(sale, { type: "addManualDiscount", discount, at: spec.at });
  }
  const context = {
    sale,
    catalog: snapshot,
    rules: { testTax: { standard: "0.10", reduced: "0.05" } },
    now: spec.at,
    policies: { roundingMode: "half-up" as const, refs: [] },
  };
  return priceSale(sale, context, STAGES);
}

/** The completion draft of a spec: the core's sale summary plus the report detail. */
export function draftOf(spec: SaleSpec, registerId = "R1"): { draft: JournalDraft; priced: PricedSale } {
  const priced = priceSpec(spec);
  // Paid exactly in cash (refunded in cash for a return): the summary reads tenders, change and rounding.
  const settlement = {
    tenders: [{ kind: "cash", amount: priced.total }],
    change: zeroMoney("EUR"),
  } as unknown as TenderSettlement;
  const summary = saleSummaryFromPriced(
    { saleId: spec.saleId, cashierId: spec.employeeId ?? "E1" },
    priced,
    settlement,
    "SES-1",
  );
  const draft = completionDraft(registerId, summary, {
    timestamp: spec.at,
    isTraining: spec.isTraining === true,
  });
  const detail = saleDetailFromPriced(priced, {
    storeId: "S1",
    items,
    ...(spec.customerId === undefined ? {} : { customerId: spec.customerId }),
    ...(spec.partnerId === undefined ? {} : { partnerId: spec.partnerId }),
  }) as Record<string, unknown>;
  return {
    draft: {
      ...draft,
      payload: { ...(draft.payload as Record<string, unknown>), ...detail } as JournalDraft["payload"],
    },
    priced,
  };
}

/** Journals the specs in order on one register, hash chain and receipt numbers included. */
export async function journalOf(
  specs: readonly SaleSpec[],
  registerId = "R1",
): Promise<{ entries: JournalEntry[]; priced: PricedSale[] }> {
  const built = specs.map((spec) => draftOf(spec, registerId));
  const { entries } = await appendEntries(
    genesisHead(registerId),
    built.map((item) => item.draft),
  );
  return { entries, priced: built.map((item) => item.priced) };
}

/** The worked example: two sales on Monday 2026-11-23 and a return on Tuesday (Berlin time). */
export const WORKED: readonly SaleSpec[] = [
  {
    saleId: "A",
    at: "2026-11-23T09:15:00.000Z",
    lines: [
      ["COFFEE", "2"],
      ["MILK", "1"],
    ],
    employeeId: "E1",
    customerId: "C1",
    partnerId: "P1",
  },
  {
    saleId: "B",
    at: "2026-11-23T15:40:00.000Z",
    lines: [
      ["BREAD", "1"],
      ["PEN", "1"],
    ],
    employeeId: "E2",
    discountPercent: "10",
  },
  { saleId: "T", at: "2026-11-23T16:00:00.000Z", lines: [["PEN", "3"]], employeeId: "E2", isTraining: true },
  {
    saleId: "C",
    at: "2026-11-24T08:05:00.000Z",
    lines: [["COFFEE", "1"]],
    isReturn: true,
    employeeId: "E1",
    customerId: "C1",
    partnerId: "P1",
  },
];

/** Generated sales and returns over a week, several employees, customers and partners. */
export const specsArbitrary = /* @__PURE__ */ fc
  .array(
    fc.record({
      lines: fc.array(fc.tuple(fc.constantFrom(...SKUS), fc.integer({ min: 1, max: 5 }).map(String)), {
        minLength: 1,
        maxLength: 4,
      }),
      isReturn: fc.boolean(),
      discountPercent: fc.option(fc.constantFrom("5", "10", "50"), { nil: undefined }),
      minute: fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }),
      employeeId: fc.constantFrom("E1", "E2", "E3"),
      customerId: fc.option(fc.constantFrom("C1", "C2"), { nil: undefined }),
      partnerId: fc.option(fc.constantFrom("P1", "P2"), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((drafts): SaleSpec[] =>
    drafts.map((draft, index) => ({
      saleId: `G${index}`,
      at: new Date(Date.UTC(2026, 10, 23) + draft.minute * 60_000).toISOString(),
      lines: draft.lines,
      employeeId: draft.employeeId,
      ...(draft.isReturn ? { isReturn: true } : {}),
      ...(draft.discountPercent === undefined || draft.isReturn
        ? {}
        : { discountPercent: draft.discountPercent }),
      ...(draft.customerId === undefined ? {} : { customerId: draft.customerId }),
      ...(draft.partnerId === undefined ? {} : { partnerId: draft.partnerId }),
    })),
  );

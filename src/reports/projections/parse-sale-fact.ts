import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import type { TillErrorPath } from "../../core/errors/till-error";
import type { JournalEntry } from "../../core/journal/journal-entry";
import { Money } from "../../core/money/money";
import { divideRounded } from "../../core/rounding/divide-rounded";
import type { MoneyReader } from "./payload-money";
import { saleDetailSchema } from "./sale-detail";
import type { AdjustmentFact, SaleFact, SaleLineFact } from "./sale-fact";

const moneyJson = /* @__PURE__ */ z.object({ amount: z.string(), currency: z.string() });

/**
 * zod schema of what a report reads from a sale-type payload: the sale summary (see the core's
 * `saleSummaryPayloadSchema`) plus the optional report detail. Money stays JSON here; the reader converts
 * it in the report currency.
 *
 * @public
 */
export const reportSalePayloadSchema = /* @__PURE__ */ saleDetailSchema.extend({
  saleId: z.string().min(1),
  employeeId: z.string().min(1),
  sessionId: z.string().min(1).optional(),
  total: moneyJson,
  discountTotal: moneyJson,
  taxes: z.array(z.object({ jurisdiction: z.string(), rate: z.string(), base: moneyJson, tax: moneyJson })),
  tenders: z.array(z.object({ kind: z.string(), amount: moneyJson, reference: z.string().optional() })),
  change: moneyJson,
  cashRounding: moneyJson,
});

type Payload = z.output<typeof reportSalePayloadSchema>;
type DetailLine = NonNullable<Payload["lines"]>[number];

const NO_ADJUSTMENTS: readonly AdjustmentFact[] = [];

const KIND_OF: Readonly<Record<string, SaleFact["kind"]>> = {
  "sale.completed": "sale",
  "return.completed": "return",
  "sale.postVoided": "post-void",
};

function adjustmentFacts(line: DetailLine, read: MoneyReader, path: TillErrorPath): AdjustmentFact[] {
  const facts: AdjustmentFact[] = [];
  for (let index = 0; index < line.adjustments.length; index += 1) {
    const entry = line.adjustments[index] as DetailLine["adjustments"][number];
    const amount = read(entry.amount, path, "adjustments", index, "amount");
    facts.push(
      entry.name === undefined
        ? { kind: entry.kind, id: entry.id, amount }
        : { kind: entry.kind, id: entry.id, name: entry.name, amount },
    );
  }
  return facts;
}

// Written without per-line closures or spreads: a million lines make this the hot loop of every report.
function lineFact(line: DetailLine, read: MoneyReader, path: TillErrorPath): SaleLineFact {
  const currency = read.currency;
  const quantity = read.quantity(line.quantity, path, "quantity");
  const net = read(line.net, path, "net");
  const included = line.includedTax === undefined ? 0n : read(line.includedTax, path, "includedTax").minor;
  const fact: SaleLineFact & { department?: string; partnerId?: string; cost?: Money } = {
    lineId: line.lineId,
    sku: line.sku,
    quantityMillionths: quantity,
    unitPrice: read(line.unitPrice, path, "unitPrice"),
    gross: read(line.gross, path, "gross"),
    net,
    netExTax: included === 0n ? net : new Money(net.minor - included, currency),
    category: line.category ?? line.department ?? line.taxCategory ?? "uncategorised",
    adjustments: line.adjustments.length === 0 ? NO_ADJUSTMENTS : adjustmentFacts(line, read, path),
  };
  if (line.department !== undefined) fact.department = line.department;
  if (line.partnerId !== undefined) fact.partnerId = line.partnerId;
  if (line.unitCost !== undefined) {
    // Cost of a weighed line: unit cost × quantity in millionths, rounded half-up once per line.
    const unitCost = read(line.unitCost, path, "unitCost").minor;
    fact.cost = new Money(divideRounded(unitCost * quantity, 1_000_000n, "half-up"), currency);
  }
  return fact;
}

function optionalIds(payload: Payload): Partial<SaleFact> {
  const keys = [
    "sessionId",
    "storeId",
    "customerId",
    "partnerId",
    "referralCode",
    "pointsEarned",
    "pointsRedeemed",
  ] as const;
  const ids: Record<string, string> = {};
  for (const key of keys) {
    const value = payload[key];
    if (value !== undefined) ids[key] = value;
  }
  return ids as Partial<SaleFact>;
}

/**
 * Normalises one sale-type journal entry (`sale.completed`, `return.completed`, `sale.postVoided`).
 *
 * @param entry - a verified journal entry of a sale type
 * @param read - reads Money in the report currency
 * @param path - where the entry sits, for errors
 * @returns the sale fact
 * @throws TillError CURRENCY_MISMATCH for an amount in another currency; INVALID_INPUT for a payload
 *   that is not a sale summary
 * @internal
 */
export function parseSaleFact(entry: JournalEntry, read: MoneyReader, path: TillErrorPath): SaleFact {
  const payload = parseWith(reportSalePayloadSchema, entry.payload, [...path, "payload"]);
  const at = [...path, "payload"];
  const money = (value: unknown, ...keys: (string | number)[]) => read(value, at, ...keys);
  return {
    kind: KIND_OF[entry.type] ?? "sale",
    registerId: entry.registerId,
    seq: entry.seq,
    eventId: entry.eventId,
    ...(entry.receiptNumber === undefined ? {} : { receiptNumber: entry.receiptNumber }),
    timestamp: entry.timestamp,
    time: Date.parse(entry.timestamp),
    saleId: payload.saleId,
    employeeId: payload.employeeId,
    ...optionalIds(payload),
    total: money(payload.total, "total"),
    discountTotal: money(payload.discountTotal, "discountTotal"),
    taxes: payload.taxes.map((row, index) => ({
      jurisdiction: row.jurisdiction,
      rate: row.rate,
      base: money(row.base, "taxes", index, "base"),
      tax: money(row.tax, "taxes", index, "tax"),
    })),
    tenders: payload.tenders.map((row, index) => ({
      kind: row.kind,
      amount: money(row.amount, "tenders", index, "amount"),
      ...(row.reference === undefined ? {} : { reference: row.reference }),
    })),
    change: money(payload.change, "change"),
    cashRounding: money(payload.cashRounding, "cashRounding"),
    lines: (payload.lines ?? []).map((line, index) => lineFact(line, read, [...at, "lines", index])),
    hasLines: payload.lines !== undefined,
  };
}

import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import type { JournalEntry } from "../../../core/journal/journal-entry";
import { parseMoney } from "../../../core/money/create-money";
import { parseQuantity } from "../../../core/quantity/quantity";
import { snapshotVersionsSchema } from "./sync-protocol";

const moneyJson = /* @__PURE__ */ z.object({ amount: z.string(), currency: z.string() });

/**
 * zod schema of what the hub reads from a sale-type payload (`sale.completed`, `return.completed`,
 * `sale.postVoided`): the sale summary, the optional report detail (customer, points, lines) and the
 * snapshot versions the receipt was priced with. Unknown members are kept out of the projection but stay
 * in the journal.
 *
 * @public
 */
export const hubSalePayloadSchema = /* @__PURE__ */ z.object({
  saleId: z.string().min(1),
  total: moneyJson,
  discountTotal: moneyJson,
  taxes: z.array(z.object({ tax: moneyJson })),
  tenders: z.array(z.object({ kind: z.string(), amount: moneyJson, reference: z.string().optional() })),
  customerId: z.string().min(1).optional(),
  pointsEarned: z.string().regex(/^\d+$/).optional(),
  pointsRedeemed: z.string().regex(/^\d+$/).optional(),
  lines: z.array(z.object({ sku: z.string().min(1), quantity: z.string() })).optional(),
  snapshotVersions: snapshotVersionsSchema.optional(),
});

/**
 * A signed change of a balance the hub keeps: a gift card or store credit in minor units, or a loyalty
 * account in points (currency "points"). Negative = redeemed.
 *
 * @internal
 */
export interface BalanceDelta {
  readonly accountKind: "stored-value" | "points";
  readonly accountId: string;
  readonly reason: string;
  readonly amountMinor: bigint;
  readonly currency: string;
}

/**
 * What one sale-type entry adds to the hub's projections.
 *
 * @internal
 */
export interface SaleProjection {
  readonly entry: JournalEntry;
  readonly saleId: string;
  readonly kind: string;
  /** UTC calendar day of the entry's timestamp. */
  readonly businessDate: string;
  readonly currency: string;
  readonly totalMinor: bigint;
  readonly taxMinor: bigint;
  readonly discountMinor: bigint;
  readonly customerId: string | undefined;
  readonly snapshotVersions: Readonly<Record<string, number>> | undefined;
  readonly stock: readonly { readonly sku: string; readonly deltaMillionths: bigint }[];
  readonly balances: readonly BalanceDelta[];
}

const SALE_TYPES: ReadonlySet<string> = new Set(["sale.completed", "return.completed", "sale.postVoided"]);
const STORED_VALUE_TENDERS: ReadonlySet<string> = new Set(["gift-card", "store-credit"]);

function balanceDeltas(payload: z.output<typeof hubSalePayloadSchema>): BalanceDelta[] {
  const deltas: BalanceDelta[] = [];
  for (const tender of payload.tenders) {
    if (!STORED_VALUE_TENDERS.has(tender.kind) || tender.reference === undefined) continue;
    // A positive tender spends the card; a refund to the card (negative tender) loads it back.
    const amount = parseMoney(tender.amount.amount, tender.amount.currency).minor;
    deltas.push({
      accountKind: "stored-value",
      accountId: tender.reference,
      reason: "redeemed",
      amountMinor: -amount,
      currency: tender.amount.currency,
    });
  }
  const customer = payload.customerId;
  if (customer !== undefined && payload.pointsRedeemed !== undefined && payload.pointsRedeemed !== "0")
    deltas.push({
      accountKind: "points",
      accountId: customer,
      reason: "redeemed",
      amountMinor: -BigInt(payload.pointsRedeemed),
      currency: "points",
    });
  if (customer !== undefined && payload.pointsEarned !== undefined && payload.pointsEarned !== "0")
    deltas.push({
      accountKind: "points",
      accountId: customer,
      reason: "earned",
      amountMinor: BigInt(payload.pointsEarned),
      currency: "points",
    });
  return deltas;
}

/**
 * Reads what a journal entry adds to the hub's sales, daily sales, stock and balances. Entries of other
 * types project nothing (they are still stored in the hub journal).
 *
 * @param entry - a journal entry that continues its chain
 * @returns the projection, or undefined for a non-sale entry
 * @throws TillError INVALID_INPUT (with the payload path) for a sale payload the hub cannot read
 * @internal
 */
export function projectEntry(entry: JournalEntry): SaleProjection | undefined {
  if (!SALE_TYPES.has(entry.type)) return undefined;
  const payload = parseWith(hubSalePayloadSchema, entry.payload, ["payload"]);
  const currency = payload.total.currency;
  const minor = (value: { amount: string; currency: string }) =>
    parseMoney(value.amount, value.currency).minor;
  return {
    entry,
    saleId: payload.saleId,
    kind: entry.type,
    businessDate: entry.timestamp.slice(0, 10),
    currency,
    totalMinor: minor(payload.total),
    taxMinor: payload.taxes.reduce((total, row) => total + minor(row.tax), 0n),
    discountMinor: minor(payload.discountTotal),
    customerId: payload.customerId,
    snapshotVersions: payload.snapshotVersions,
    // Goods leave the store on a sale line; a return line's negative quantity brings them back.
    stock: (payload.lines ?? []).map((line, index) => ({
      sku: line.sku,
      deltaMillionths: -parseQuantity(line.quantity, "each", ["payload", "lines", index, "quantity"])
        .millionths,
    })),
    balances: balanceDeltas(payload),
  };
}

import { Money } from "../../core/money/money";
import type { AccountingDocument, SessionEvent } from "../accounting/accounting-document";
import type { SaleFact, SaleFacts, SessionFact } from "./sale-fact";

/** Tender kinds that move a liability rather than a clearing account. */
const LIABILITY_TENDERS = new Set(["gift-card", "store-credit", "loyalty-points"]);

function addTo(map: Map<string, bigint>, key: string, minor: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + minor);
}

function rows<T>(map: Map<string, bigint>, make: (key: string, minor: bigint) => T): T[] {
  return [...map].filter(([, minor]) => minor !== 0n).map(([key, minor]) => make(key, minor));
}

function lineAmounts(fact: SaleFact) {
  const revenue = new Map<string, bigint>();
  const discounts = new Map<string, bigint>();
  const costs = new Map<string, bigint>();
  const taxes = fact.taxes.reduce((total, row) => total + row.tax.minor, 0n);
  if (!fact.hasLines) {
    // Without line detail the receipt is one uncategorised revenue line: total less its taxes.
    addTo(revenue, "uncategorised", fact.total.minor - taxes);
  }
  for (const line of fact.lines) {
    let discount = 0n;
    for (const entry of line.adjustments) {
      addTo(discounts, `${entry.id}\u0000${line.category}`, entry.amount.minor);
      discount += entry.amount.minor;
    }
    // Revenue before discounts: what the line earns plus what was taken off it (see docs/reports.md).
    addTo(revenue, line.category, line.netExTax.minor + discount);
    if (line.cost !== undefined) addTo(costs, line.category, line.cost.minor);
  }
  return { revenue, discounts, costs };
}

function tendersOf(fact: SaleFact, currency: string) {
  const money = (minor: bigint) => new Money(minor, currency);
  let changeLeft = fact.change.minor;
  const clearing: AccountingDocument["tenders"] = [];
  const liability = new Map<string, bigint>();
  for (const tender of fact.tenders) {
    if (LIABILITY_TENDERS.has(tender.kind)) {
      addTo(liability, tender.kind, tender.amount.minor);
      continue;
    }
    const change = tender.kind === "cash" && changeLeft !== 0n ? changeLeft : undefined;
    if (change !== undefined) changeLeft = 0n;
    clearing.push({
      type: tender.kind,
      amount: tender.amount,
      ...(change === undefined ? {} : { change: money(change) }),
    });
  }
  // Change with no cash tender (an overpaid card refunded in cash) comes out of the drawer.
  if (changeLeft !== 0n) clearing.push({ type: "cash", amount: money(0n), change: money(changeLeft) });
  return { clearing, liability };
}

/**
 * Maps one sale fact to the {@link AccountingDocument} the double-entry journal posts: revenue before
 * discounts by category, discounts by promotion and category, taxes by jurisdiction and rate, clearing
 * tenders with change on the cash tender, gift-card / store-credit / points tenders as liabilities
 * redeemed, cash rounding, and cost of goods where the lines carry a unit cost. A return or post-void is
 * `kind: "return"` with negative amounts.
 *
 * @param fact - the sale fact
 * @param currency - the report currency
 * @returns the accounting document
 * @public
 */
export function accountingDocumentOf(fact: SaleFact, currency: string): AccountingDocument {
  const money = (minor: bigint) => new Money(minor, currency);
  const { revenue, discounts, costs } = lineAmounts(fact);
  const { clearing, liability } = tendersOf(fact, currency);
  const giftCard = liability.get("gift-card");
  const storeCredit = liability.get("store-credit");
  const points = liability.get("loyalty-points");
  return {
    id: fact.eventId,
    receiptNumber: String(fact.receiptNumber ?? fact.seq),
    register: fact.registerId,
    sessionId: fact.sessionId ?? "no-session",
    date: fact.timestamp,
    currency,
    kind: fact.kind === "sale" ? "sale" : "return",
    revenue: rows(revenue, (category, minor) => ({ category, net: money(minor) })),
    discounts: rows(discounts, (key, minor) => {
      const [promotion = key, category = "uncategorised"] = key.split("\u0000");
      return { promotion, category, amount: money(minor) };
    }),
    taxes: fact.taxes.map((row) => ({
      jurisdiction: row.jurisdiction,
      rate: row.rate,
      base: row.base,
      amount: row.tax,
    })),
    tenders: clearing,
    ...(fact.cashRounding.minor === 0n ? {} : { cashRounding: fact.cashRounding }),
    ...(giftCard === undefined ? {} : { giftCards: { redeemed: money(giftCard) } }),
    ...(storeCredit === undefined ? {} : { storeCredit: { redeemed: money(storeCredit) } }),
    ...(points === undefined ? {} : { loyalty: { redeemed: money(points) } }),
    costs: rows(costs, (category, minor) => ({ category, amount: money(minor) })),
    employee: fact.employeeId,
  };
}

const EVENT_KIND: Readonly<Record<string, SessionEvent["kind"]>> = {
  "cash.paidIn": "paid-in",
  "cash.paidOut": "paid-out",
  "session.closed": "over-short",
};

function sessionEventOf(fact: SessionFact, currency: string): SessionEvent | undefined {
  const kind = EVENT_KIND[fact.type];
  if (kind === undefined || fact.amount === undefined || fact.amount.minor === 0n) return undefined;
  return {
    id: fact.eventId,
    register: fact.registerId,
    sessionId: fact.sessionId ?? "no-session",
    date: fact.timestamp,
    currency,
    kind,
    amount: fact.amount,
    ...(fact.reason === undefined ? {} : { reason: fact.reason }),
    ...(fact.employeeId === undefined ? {} : { employee: fact.employeeId }),
  };
}

/**
 * Maps a fact stream to the input of `makeJournalBuilder`: one document per receipt and one session
 * event per paid-in, paid-out and non-zero over/short. Drops and pickups move cash inside the business
 * and post nothing.
 *
 * @param facts - from `readSaleFacts`
 * @returns `{ documents, events }`
 * @example
 * ```ts
 * const journal = makeJournalBuilder({ currency: "EUR", granularity: "session", chart })(accountingSourceOf(facts));
 * ```
 * @public
 */
export function accountingSourceOf(facts: SaleFacts): {
  documents: AccountingDocument[];
  events: SessionEvent[];
} {
  const documents = facts.sales.map((fact) => accountingDocumentOf(fact, facts.currency));
  const events = facts.sessions.flatMap((fact) => sessionEventOf(fact, facts.currency) ?? []);
  return { documents, events };
}

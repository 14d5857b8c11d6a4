import fc from "fast-check";
import { moneyFromMinor, multiply, parseRate, roundMoney } from "../../../src/core";
import type { AccountingDocumentJson, SessionEventJson } from "../../../src/reports";
import { SLOVAK_CASH_ROUNDING } from "./fixtures";

const CATEGORIES = ["food", "non-food", "drinks"] as const;
const RATES = ["0.07", "0.19", "0"] as const;
const text = (minor: bigint) => moneyFromMinor(minor, "EUR").toString();
const amount = (max: number) => fc.bigInt({ min: 0n, max: BigInt(max) });

const lineArbitrary = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  rate: fc.constantFrom(...RATES),
  net: amount(50_000),
  discountPercent: fc.bigInt({ min: 0n, max: 100n }),
  cost: fc.option(amount(30_000), { nil: undefined }),
});

const documentArbitrary = fc.record({
  index: fc.nat(),
  kind: fc.constantFrom("sale", "return"),
  register: fc.constantFrom("REG-1", "REG-2"),
  sessionId: fc.constantFrom("S-1", "S-2"),
  minute: fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }),
  lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 4 }),
  giftSold: amount(5_000),
  giftRedeemed: amount(2_000),
  creditIssued: amount(2_000),
  creditRedeemed: amount(2_000),
  tips: amount(1_000),
  earned: amount(300),
  pointsRedeemed: amount(500),
  cardShare: fc.bigInt({ min: 0n, max: 100n }),
  change: amount(1_000),
});

function isoDate(minute: number): string {
  const day = 16 + Math.floor(minute / 1440);
  const hour = Math.floor((minute % 1440) / 60);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `2026-11-${pad(day)}T${pad(hour)}:${pad(minute % 60)}:00+01:00`;
}

type Generated = typeof documentArbitrary extends fc.Arbitrary<infer T> ? T : never;

function buildDocument(generated: Generated): AccountingDocumentJson {
  const sign = generated.kind === "sale" ? 1n : -1n;
  const taxes = new Map<string, { base: bigint; amount: bigint }>();
  let due = 0n;
  const revenue = generated.lines.map((line) => ({ category: line.category, net: text(sign * line.net) }));
  const discounts = generated.lines.map((line, position) => {
    const discount = (line.net * line.discountPercent) / 100n;
    const base = line.net - discount;
    const tax = multiply(moneyFromMinor(base, "EUR"), parseRate(line.rate), "half-up").minor;
    const row = taxes.get(line.rate) ?? { base: 0n, amount: 0n };
    taxes.set(line.rate, { base: row.base + base, amount: row.amount + tax });
    due += base + tax;
    return { promotion: `P${position % 2}`, category: line.category, amount: text(sign * discount) };
  });
  const g = generated;
  due =
    sign * due + g.giftSold + g.creditIssued + g.tips - g.giftRedeemed - g.creditRedeemed - g.pointsRedeemed;
  const card = (due * g.cardShare) / 100n;
  const cashDue = moneyFromMinor(due - card, "EUR");
  const cashPaid = roundMoney(cashDue, SLOVAK_CASH_ROUNDING);
  const change = cashPaid.minor > 0n ? g.change : 0n;
  return {
    id: `D-${g.index}`,
    receiptNumber: String(g.index),
    register: g.register,
    sessionId: g.sessionId,
    date: isoDate(g.minute),
    currency: "EUR",
    kind: g.kind,
    revenue,
    discounts,
    taxes: [...taxes].map(([rate, row]) => ({
      jurisdiction: "DE",
      rate,
      base: text(sign * row.base),
      amount: text(sign * row.amount),
    })),
    tenders: [
      { type: "card", amount: text(card) },
      { type: "cash", amount: text(cashPaid.minor + change), change: text(change) },
    ],
    cashRounding: text(cashPaid.minor - cashDue.minor),
    giftCards: { sold: text(g.giftSold), redeemed: text(g.giftRedeemed) },
    storeCredit: { issued: text(g.creditIssued), redeemed: text(g.creditRedeemed) },
    tips: text(g.tips),
    loyalty: { earned: text(g.earned), redeemed: text(g.pointsRedeemed) },
    costs: g.lines.flatMap((line) =>
      line.cost === undefined ? [] : [{ category: line.category, amount: text(sign * line.cost) }],
    ),
  };
}

/** Receipts that balance by construction: taxes on the discounted net, Slovak cash rounding, liabilities. */
export const documentsArbitrary: fc.Arbitrary<AccountingDocumentJson[]> = fc
  .array(documentArbitrary, { minLength: 0, maxLength: 12 })
  .map((list) => list.map((generated, position) => buildDocument({ ...generated, index: position + 1 })));

/** Paid-ins, paid-outs and over/shorts on the same registers and sessions. */
export const eventsArbitrary: fc.Arbitrary<SessionEventJson[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom("paid-in", "paid-out", "over-short"),
      register: fc.constantFrom("REG-1", "REG-2"),
      sessionId: fc.constantFrom("S-1", "S-2"),
      amount: fc.bigInt({ min: -5_000n, max: 5_000n }),
      reason: fc.constantFrom(undefined, "petty-cash", "float"),
    }),
    { maxLength: 4 },
  )
  .map((list) =>
    list.map((event, position) => ({
      id: `E-${position + 1}`,
      register: event.register,
      sessionId: event.sessionId,
      date: "2026-11-22T21:00:00+01:00",
      currency: "EUR",
      kind: event.kind,
      amount: text(
        event.kind === "over-short" ? event.amount : event.amount < 0n ? -event.amount : event.amount,
      ),
      ...(event.reason === undefined ? {} : { reason: event.reason }),
    })),
  );

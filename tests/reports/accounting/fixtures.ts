import { add, multiply, parseMoney, parseRate, roundMoney, subtract, sum } from "../../../src/core";
import type { AccountingDocumentJson, ChartOfAccountsInput } from "../../../src/reports";

/** A chart covering every posting role, with names for the exports that want them. */
export const CHART: ChartOfAccountsInput = {
  accounts: {
    "1910": { name: "Card clearing" },
    "1000": { name: "Cash" },
    "6990": { name: "Cash rounding" },
    "4950": { name: "Discounts" },
    "4001": { name: "Revenue food" },
    "4002": { name: "Revenue non-food" },
    "2607": { name: "VAT 7%" },
    "2619": { name: "VAT 19%" },
    "2400": { name: "Gift-card liability" },
  },
  revenue: { byKey: { food: "4001", "non-food": "4002" }, default: "4000" },
  discounts: { treatment: "contra-revenue", accounts: { byKey: {}, default: "4950" } },
  taxes: [
    { jurisdiction: "DE", rate: "0.07", account: "2607" },
    { jurisdiction: "DE", rate: "0.19", account: "2619" },
    { jurisdiction: "DE", rate: "0", account: "2600" },
  ],
  tenders: { card: "1910", cash: "1000", voucher: "1920" },
  cashRounding: "6990",
  overShort: "6991",
  giftCardLiability: "2400",
  storeCreditLiability: "2410",
  tipsPayable: "2420",
  loyalty: { treatment: "defer", liability: "2430", deferral: "4960", expense: "6800" },
  costOfGoods: { cogs: { byKey: {}, default: "5000" }, inventory: { byKey: {}, default: "1400" } },
  paidIn: { byKey: {}, default: "1050" },
  paidOut: { byKey: { "petty-cash": "6100" }, default: "6199" },
};

/** The Slovak cash-part rule: the cash part of a payment rounds to the nearest 0.05 (…1, …2 down; …3, …4 up). */
export const SLOVAK_CASH_ROUNDING = { mode: "half-up", increment: "0.05" } as const;

/**
 * The worked example, derived rather than typed in: food 10.00 at 7%, non-food 20.00 at 19% with a
 * 2.00 discount on the non-food line (tax on the discounted net, prices exclude tax), a 25.00 gift card (no
 * VAT), 30.00 by card and the rest in cash rounded by the Slovak rule.
 */
export function workedExample(): AccountingDocumentJson {
  const eur = (text: string) => parseMoney(text, "EUR");
  const foodTax = multiply(eur("10.00"), parseRate("0.07"), "half-up");
  const nonFoodBase = subtract(eur("20.00"), eur("2.00"));
  const nonFoodTax = multiply(nonFoodBase, parseRate("0.19"), "half-up");
  const due = sum([eur("10.00"), nonFoodBase, foodTax, nonFoodTax, eur("25.00")]);
  const cashDue = subtract(due, eur("30.00"));
  const cashPaid = roundMoney(cashDue, SLOVAK_CASH_ROUNDING);
  return {
    id: "R-1001",
    receiptNumber: "1001",
    register: "REG-1",
    sessionId: "S-1",
    date: "2026-11-23T10:15:00+01:00",
    currency: "EUR",
    kind: "sale",
    revenue: [
      { category: "food", net: "10.00" },
      { category: "non-food", net: "20.00" },
    ],
    discounts: [{ promotion: "TWO-OFF", category: "non-food", amount: "2.00" }],
    taxes: [
      { jurisdiction: "DE", rate: "0.07", base: "10.00", amount: foodTax.toString(), category: "food" },
      {
        jurisdiction: "DE",
        rate: "0.19",
        base: nonFoodBase.toString(),
        amount: nonFoodTax.toString(),
        category: "non-food",
      },
    ],
    giftCards: { sold: "25.00" },
    tenders: [
      { type: "card", amount: "30.00" },
      { type: "cash", amount: add(cashPaid, eur("2.90")).toString(), change: "2.90" },
    ],
    cashRounding: subtract(cashPaid, cashDue).toString(),
  };
}

import { describe, expect, it } from "vitest";
import { assertRefundApproved, planRefund, planRefundAcross, settleTenders } from "../../../src/core/tenders";
import { eur, skPolicy, tendered } from "./tender-fixtures";

// The original sale: 48.32 under the SK rule, card 40.00 (intent pi-t1) + cash 10.00 → change 1.70,
// so the card paid 40.00 and the cash 8.30 net.
const original = () => {
  const settlement = settleTenders(tendered("48.32", ["card:40.00", "cash:10.00"], skPolicy), skPolicy);
  return { tenders: [...settlement.tenders], change: settlement.change };
};

const linesOf = (plan: ReturnType<typeof planRefund>) =>
  plan.lines.map(
    (line) =>
      `${line.kind} ${line.amount.toString()}${line.reference === undefined ? "" : ` ${line.reference}`}`,
  );

describe("planRefund", () => {
  it.each([
    ["20.00 goes back to the card, referenced to its payment", "20.00", ["card 20.00 pi-t1"], "0.00", []],
    [
      "44.98 → card 40.00 + cash 4.98 rounded to 5.00",
      "44.98",
      ["card 40.00 pi-t1", "cash 5.00"],
      "0.02",
      [],
    ],
    [
      "48.30 → card 40.00 + cash 8.30 above the 5.00 cash limit",
      "48.30",
      ["card 40.00 pi-t1", "cash 8.30"],
      "0.00",
      ["refund.cash.aboveLimit"],
    ],
  ])("%s", (_title, amount, lines, rounding, approvals) => {
    const plan = planRefund({ original: original(), amount: eur(amount) }, skPolicy);
    expect(linesOf(plan)).toEqual(lines);
    expect(plan.cashRoundingDifference.toString()).toBe(rounding);
    expect(plan.approvalsRequired.map((required) => required.permission)).toEqual(approvals);
  });

  it.each([
    ["more than was paid", "48.31", [], "REFUND_EXCEEDS_PAID"],
    [
      "more than is left after an earlier refund of 30.00",
      "18.31",
      [{ tenderId: "t1", amount: eur("30.00") }],
      "REFUND_EXCEEDS_PAID",
    ],
    ["a negative amount", "-1.00", [], "INVALID_INPUT"],
  ])("refuses a refund of %s", (_title, amount, alreadyRefunded, code) => {
    expect(() =>
      planRefund({ original: original(), alreadyRefunded, amount: eur(amount) }, skPolicy),
    ).toThrowError(expect.objectContaining({ code, path: ["amount"] }));
  });

  it.each([
    ["without the approval", [], "PERMISSION_DENIED"],
    ["with it", ["refund.cash.aboveLimit"], null],
  ])("a cash refund above the limit %s", (_title, granted, code) => {
    const plan = planRefund({ original: original(), amount: eur("48.30") }, skPolicy);
    if (code === null) expect(() => assertRefundApproved(plan, granted)).not.toThrow();
    else expect(() => assertRefundApproved(plan, granted)).toThrowError(expect.objectContaining({ code }));
  });
});

describe("planRefundAcross (a return against several receipts)", () => {
  // Two such sales: card 40.00 + cash 8.30 each.
  const twoSales = (first: string, second: string) => [
    { original: original(), amount: eur(first) },
    { original: original(), amount: eur(second) },
  ];

  it.each([
    // 2.02 + 2.02 of cash: rounded once 4.04 → 4.05 (each alone would round 2.02 → 2.00).
    [
      "cash parts 2.02 + 2.02 round once: 4.04 → 4.05, the step on the first of the equal lines",
      "42.02",
      "42.02",
      ["card 40.00 pi-t1", "cash 2.03", "card 40.00 pi-t1", "cash 2.02"],
      "0.01",
      [],
    ],
    [
      "card parts only: nothing to round",
      "10.00",
      "25.00",
      ["card 10.00 pi-t1", "card 25.00 pi-t1"],
      "0.00",
      [],
    ],
  ])("%s", (_title, first, second, lines, rounding, approvals) => {
    const plan = planRefundAcross(twoSales(first, second), skPolicy);
    expect(linesOf(plan)).toEqual(lines);
    expect(plan.cashRoundingDifference.toString()).toBe(rounding);
    expect(plan.approvalsRequired.map((required) => required.permission)).toEqual(approvals);
  });

  it("reports the request at fault by its index: the second asks for more than its sale took", () => {
    expect(() => planRefundAcross(twoSales("10.00", "60.00"), skPolicy)).toThrow(
      expect.objectContaining({ code: "REFUND_EXCEEDS_PAID", path: [1, "amount"] }),
    );
  });

  it("one request plans exactly as planRefund", () => {
    for (const amount of ["0.02", "20.00", "44.98", "48.30"]) {
      const request = { original: original(), amount: eur(amount) };
      expect(planRefundAcross([request], skPolicy)).toEqual(planRefund(request, skPolicy));
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError, moneyFromMinor, parseMoney } from "../../../src/core";
import {
  checkManualDiscount,
  type ManualDiscountDecision,
  type ManualDiscountRequest,
  type ManualDiscountRulesInput,
  parseManualDiscountRules,
} from "../../../src/pricing";

const RULES: ManualDiscountRulesInput = {
  currency: "EUR",
  roles: [
    { role: "cashier", maxPercent: "10", maxAmount: "5.00", approvedMaxPercent: "50" },
    // No approved ceiling: with approval up to the whole base (100%).
    { role: "supervisor", maxPercent: "20", maxAmount: "50.00" },
    { role: "clerk", maxPercent: "100", maxAmount: "10.00", approvedMaxAmount: "20.00" },
    { role: "manager", maxPercent: "100", maxAmount: "1000.00" },
  ],
  reasonCodes: [{ code: "damaged", label: "Damaged goods" }],
};

const eur = (amount: string) => parseMoney(amount, "EUR");
const outcome = (decision: ManualDiscountDecision): string =>
  decision.status === "allowed" ? "allowed" : `${decision.status}:${decision.reason}`;

function check(role: string, value: string, base: string, isApproved: boolean): string {
  const request: ManualDiscountRequest = {
    role,
    reasonCode: "damaged",
    value: value.endsWith("%")
      ? { kind: "percent", percent: value.slice(0, -1) }
      : { kind: "amount", amount: eur(value) },
    base: eur(base),
    isApproved,
  };
  return outcome(checkManualDiscount(parseManualDiscountRules(RULES), request));
}

describe("manual discount limits at their edges", () => {
  it.each([
    { role: "manager", value: "40.00", base: "40.00", approved: false, expected: "allowed" },
    { role: "manager", value: "100%", base: "40.00", approved: false, expected: "allowed" },
    { role: "manager", value: "40.01", base: "40.00", approved: true, expected: "refused:exceeds_base" },
    { role: "cashier", value: "5.00", base: "100.00", approved: false, expected: "allowed" },
    {
      role: "cashier",
      value: "5.01",
      base: "100.00",
      approved: false,
      expected: "needs_approval:above_role_limit",
    },
    { role: "cashier", value: "4.00", base: "40.00", approved: false, expected: "allowed" },
    {
      role: "cashier",
      value: "4.01",
      base: "40.00",
      approved: false,
      expected: "needs_approval:above_role_limit",
    },
    { role: "cashier", value: "50%", base: "8.00", approved: true, expected: "allowed" },
    {
      role: "cashier",
      value: "4.01",
      base: "8.00",
      approved: true,
      expected: "refused:above_approved_limit",
    },
    {
      role: "supervisor",
      value: "30%",
      base: "40.00",
      approved: false,
      expected: "needs_approval:above_role_limit",
    },
    { role: "supervisor", value: "30%", base: "40.00", approved: true, expected: "allowed" },
    { role: "supervisor", value: "40.00", base: "40.00", approved: true, expected: "allowed" },
    { role: "clerk", value: "10.00", base: "40.00", approved: false, expected: "allowed" },
    {
      role: "clerk",
      value: "20.00",
      base: "40.00",
      approved: false,
      expected: "needs_approval:above_role_limit",
    },
    { role: "clerk", value: "20.00", base: "40.00", approved: true, expected: "allowed" },
    {
      role: "clerk",
      value: "20.01",
      base: "40.00",
      approved: true,
      expected: "refused:above_approved_limit",
    },
  ])(
    "$role: $value of $base (approved: $approved) → $expected",
    ({ role, value, base, approved, expected }) => {
      expect(check(role, value, base, approved)).toBe(expected);
    },
  );

  it("cashier: allowed alone up to 10% and 5.00, with approval up to 50%, refused above", () => {
    const pair = fc
      .tuple(fc.bigInt({ min: 1n, max: 20_000n }), fc.bigInt({ min: 0n, max: 20_000n }))
      .map(([a, b]) => (a >= b ? { base: a, amount: b } : { base: b, amount: a }));
    fc.assert(
      fc.property(pair, ({ base, amount }) => {
        const request: ManualDiscountRequest = {
          role: "cashier",
          reasonCode: "damaged",
          value: { kind: "amount", amount: moneyFromMinor(amount, "EUR") },
          base: moneyFromMinor(base, "EUR"),
          isApproved: false,
        };
        const expected =
          amount * 10n <= base && amount <= 500n
            ? "allowed"
            : amount * 2n <= base
              ? "needs_approval:above_role_limit"
              : "refused:above_approved_limit";
        expect(outcome(checkManualDiscount(parseManualDiscountRules(RULES), request))).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("manual discount rules: one entry per role", () => {
  const ruleError = (input: unknown): unknown => {
    try {
      parseManualDiscountRules(input);
      return "parsed";
    } catch (error) {
      return isTillError(error) ? [error.code, error.path] : error;
    }
  };
  const role = (name: string) => ({ role: name, maxPercent: "10", maxAmount: "5.00" });

  it.each([
    { roles: ["cashier", "manager", "supervisor"], expected: "parsed" },
    { roles: ["cashier", "cashier"], expected: ["INVALID_RULE", ["roles", 1, "role"]] },
    { roles: ["cashier", "manager", "cashier"], expected: ["INVALID_RULE", ["roles", 2, "role"]] },
    { roles: ["cashier", "manager", "manager"], expected: ["INVALID_RULE", ["roles", 2, "role"]] },
  ])("roles $roles → $expected", ({ roles, expected }) => {
    expect(ruleError({ ...RULES, roles: roles.map(role) })).toEqual(expected);
  });

  it("a reason code needs no approval unless it says so", () => {
    const rules = parseManualDiscountRules(RULES);
    expect(rules.reasonCodes.map((reason) => reason.requiresApproval)).toEqual([false]);
  });
});

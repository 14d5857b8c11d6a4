import { describe, expect, it } from "vitest";
import { isTillError, parseMoney } from "../../../src/core";
import {
  checkManualDiscount,
  type ManualDiscountRequest,
  parseManualDiscountRules,
} from "../../../src/pricing";

const rules = parseManualDiscountRules({
  currency: "EUR",
  roles: [
    { role: "cashier", maxPercent: "10", maxAmount: "5.00", approvedMaxPercent: "50" },
    { role: "manager", maxPercent: "100", maxAmount: "1000.00" },
  ],
  reasonCodes: [
    { code: "damaged", label: "Damaged goods" },
    { code: "goodwill", label: "Goodwill", requiresApproval: true },
  ],
});

const eur = (amount: string) => parseMoney(amount, "EUR");
const request = (overrides: Partial<ManualDiscountRequest>): ManualDiscountRequest => ({
  role: "cashier",
  reasonCode: "damaged",
  value: { kind: "percent", percent: "10" },
  base: eur("40.00"),
  isApproved: false,
  ...overrides,
});

describe("manual discount rules", () => {
  it.each([
    { title: "cashier 10% of 40.00 (4.00) is within both limits", overrides: {}, expected: "allowed" },
    {
      title: "cashier 15% of 40.00 (6.00) exceeds the limits",
      overrides: { value: { kind: "percent" as const, percent: "15" } },
      expected: "needs_approval:above_role_limit",
    },
    {
      title: "…and is allowed with approval",
      overrides: { value: { kind: "percent" as const, percent: "15" }, isApproved: true },
      expected: "allowed",
    },
    {
      title: "cashier 5.01 off is above the amount limit",
      overrides: { value: { kind: "amount" as const, amount: eur("5.01") }, base: eur("100.00") },
      expected: "needs_approval:above_role_limit",
    },
    {
      title: "cashier 60% is above even the approved ceiling",
      overrides: { value: { kind: "percent" as const, percent: "60" }, isApproved: true },
      expected: "refused:above_approved_limit",
    },
    {
      title: "goodwill needs approval even when small",
      overrides: { reasonCode: "goodwill" },
      expected: "needs_approval:reason_requires_approval",
    },
    {
      title: "unknown reason code",
      overrides: { reasonCode: "because" },
      expected: "refused:unknown_reason_code",
    },
    { title: "unknown role", overrides: { role: "intern" }, expected: "refused:unknown_role" },
    {
      title: "an amount above the base",
      overrides: { role: "manager", value: { kind: "amount" as const, amount: eur("50.00") } },
      expected: "refused:exceeds_base",
    },
  ])("$title → $expected", ({ overrides, expected }) => {
    const decision = checkManualDiscount(rules, request(overrides));
    expect(decision.status === "allowed" ? "allowed" : `${decision.status}:${decision.reason}`).toBe(
      expected,
    );
  });

  it("a malformed role limit is INVALID_RULE at its path", () => {
    let caught: unknown;
    try {
      parseManualDiscountRules({
        currency: "EUR",
        roles: [{ role: "x", maxPercent: "120", maxAmount: "1" }],
        reasonCodes: [{ code: "a", label: "a" }],
      });
    } catch (error) {
      caught = error;
    }
    expect(isTillError(caught) ? [caught.code, caught.path] : caught).toEqual([
      "INVALID_RULE",
      ["roles", 0, "maxPercent"],
    ]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultPermissionPolicy,
  hasPermission,
  isAmountWithinDiscountLimit,
  isWithinDiscountLimit,
  PERMISSIONS,
} from "../../../src/core/checkout";

const policy = defaultPermissionPolicy();
const as = (role: string) => ({ employeeId: "e", role });

describe("roles map to permissions", () => {
  it.each([
    ["cashier", "line.void", true],
    ["cashier", "sale.void", false],
    ["cashier", "price.override", false],
    ["cashier", "refund.without-receipt", false],
    ["supervisor", "price.override", true],
    ["supervisor", "sale.post-void", false],
    ["manager", "sale.post-void", true],
    ["manager", "training.mode", true],
    ["intern", "line.void", false],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(hasPermission(policy, as(role), permission)).toBe(expected);
  });

  it.each([
    ["cashier", "10", true],
    ["cashier", "10.01", false],
    ["supervisor", "25", true],
    ["supervisor", "30", false],
    ["manager", "100", true],
  ] as const)("%s may give %s%% alone: %s", (role, percent, expected) => {
    expect(isWithinDiscountLimit(policy, as(role), percent)).toBe(expected);
  });

  it.each([
    ["5.00 off 40.00 is 12.5%, above a cashier's 10%", "cashier", 500n, 4000n, false],
    ["4.00 off 40.00 is exactly 10%", "cashier", 400n, 4000n, true],
    ["4.01 off 40.00 is above 10%", "cashier", 401n, 4000n, false],
  ] as const)("%s", (_title, role, amount, base, expected) => {
    expect(isAmountWithinDiscountLimit(policy, as(role), amount, base)).toBe(expected);
  });

  it("a manager holds every permission and an unknown role none", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERMISSIONS), (permission) => {
        expect(hasPermission(policy, as("manager"), permission)).toBe(true);
        expect(hasPermission(policy, as("nobody"), permission)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it("amount and percent limits agree: amount within ⇔ amount × 100 / base within", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (amount, base) => {
          const within = isAmountWithinDiscountLimit(policy, as("cashier"), BigInt(amount), BigInt(base));
          expect(within).toBe(BigInt(amount) * 10n <= BigInt(base));
        },
      ),
      { numRuns: 300 },
    );
  });
});

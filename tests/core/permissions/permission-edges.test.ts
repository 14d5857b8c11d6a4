import { describe, expect, it } from "vitest";
import {
  defaultPermissionPolicy,
  hasPermission,
  isAmountWithinDiscountLimit,
  isWithinDiscountLimit,
  PERMISSIONS,
  type PermissionPolicy,
} from "../../../src/core/checkout";

const as = (role: string) => ({ employeeId: "e", role });

// The policy is built inside each test (not once per file), so each test is what reaches its code.
describe("the default policy, role by role", () => {
  const granted = (role: string, policy = defaultPermissionPolicy()) =>
    PERMISSIONS.filter((permission) => hasPermission(policy, as(role), permission));

  it("a cashier voids lines and refunds with a receipt, nothing else", () => {
    expect(granted("cashier")).toEqual(["line.void", "refund.with-receipt"]);
  });

  it("a supervisor adds sale voids, price overrides and no-sale drawer openings", () => {
    expect(granted("supervisor")).toEqual([
      "line.void",
      "sale.void",
      "refund.with-receipt",
      "price.override",
      "drawer.no-sale",
    ]);
  });

  it("a manager holds every permission; an unknown role none", () => {
    expect(granted("manager")).toEqual([...PERMISSIONS]);
    expect(granted("intern")).toEqual([]);
  });

  it.each([
    ["cashier", "10"],
    ["supervisor", "25"],
    ["manager", "100"],
  ])("%s may give up to %s%%", (role, limit) => {
    expect(defaultPermissionPolicy().roles[role]?.maxDiscountPercent).toBe(limit);
  });

  it("each call gives a fresh policy", () => {
    const first = defaultPermissionPolicy();
    first.roles.cashier?.permissions.push("sale.void");
    expect(hasPermission(defaultPermissionPolicy(), as("cashier"), "sale.void")).toBe(false);
  });
});

describe("discount limits at their edges", () => {
  const policy: PermissionPolicy = {
    roles: {
      clerk: { permissions: [], maxDiscountPercent: "12.5" },
      trainee: { permissions: [], maxDiscountPercent: "0" },
    },
  };

  it.each([
    ["clerk", "12.5", true],
    ["clerk", "12.50", true],
    ["clerk", "12.500001", false],
    ["clerk", "12.49", true],
    ["clerk", "13", false],
    ["clerk", "12", true],
    ["trainee", "0", true],
    ["trainee", "0.01", false],
    ["nobody", "0", true],
    ["nobody", "0.1", false],
  ])("%s giving %s%% alone: %s", (role, percent, expected) => {
    expect(isWithinDiscountLimit(policy, as(role), percent)).toBe(expected);
  });

  it.each([
    ["12.5% of 8.00 is exactly 1.00", "clerk", 100n, 800n, true],
    ["1.01 off 8.00 is above 12.5%", "clerk", 101n, 800n, false],
    ["0.99 off 8.00 is within", "clerk", 99n, 800n, true],
    ["a trainee may give nothing", "trainee", 1n, 800n, false],
    ["a trainee may give zero", "trainee", 0n, 800n, true],
    ["an unknown role may give nothing", "nobody", 1n, 100_000n, false],
  ] as const)("%s", (_title, role, amount, base, expected) => {
    expect(isAmountWithinDiscountLimit(policy, as(role), amount, base)).toBe(expected);
  });
});

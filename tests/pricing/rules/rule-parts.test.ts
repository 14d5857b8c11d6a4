import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type ItemSelector,
  isWithinTimeWindows,
  localWallTime,
  matchesSelector,
  ruleAmountSchema,
  rulePercentSchema,
  scheduleSchema,
  scheduleStatus,
  type TimeWindow,
  timeWindowSchema,
} from "../../../src/pricing";
import { convertRuleField, parseRule } from "../../../src/pricing/rules/parse-rule";
import { percentToMillionths } from "../../../src/pricing/rules/rule-primitives";
import { tillErrorOf } from "../../support/till-error-of";

// Monday 2026-11-23, 12:00 UTC.
const MONDAY_NOON = Date.parse("2026-11-23T12:00:00Z");

describe("matchesSelector", () => {
  const pen = { sku: "PEN", category: "office", tags: ["sale", "small"], brand: "Acme" };
  const bare = { sku: "CUP" };

  it.each([
    ["no selector", undefined, pen, true],
    ["an empty selector", {}, pen, true],
    ["only exclusions that do not name it", { excludeSkus: ["CUP"] }, pen, true],
    ["an excluded sku, even when listed", { skus: ["PEN"], excludeSkus: ["PEN"] }, pen, false],
    ["its sku", { skus: ["PEN"] }, pen, true],
    ["another sku", { skus: ["CUP"] }, pen, false],
    ["its category", { categories: ["office"] }, pen, true],
    ["another category", { categories: ["food"] }, pen, false],
    ["a category, for an item without one", { categories: ["office"] }, bare, false],
    ["its brand", { brands: ["Acme"] }, pen, true],
    ["another brand", { brands: ["Other"] }, pen, false],
    ["a brand, for an item without one", { brands: ["Acme"] }, bare, false],
    ["one of its tags", { tags: ["small"] }, pen, true],
    ["other tags", { tags: ["big"] }, pen, false],
    ["a tag, for an item without tags", { tags: ["small"] }, bare, false],
    ["a sku list that misses, for an item with tags", { skus: ["CUP"], brands: ["Other"] }, pen, false],
    ["any one of several criteria", { skus: ["CUP"], tags: ["sale"] }, pen, true],
  ] as const)("%s → %s", (_title, selector, item, expected) => {
    expect(matchesSelector(item, selector as ItemSelector | undefined)).toBe(expected);
  });
});

describe("parseRule and convertRuleField", () => {
  const schema = z.object({
    amount: ruleAmountSchema,
    code: z.string().refine((text) => text === "ok", { params: { tillCode: "INVALID_DECIMAL" } }),
  });

  it("returns the parsed rule", () => {
    expect(parseRule(schema, { amount: "1.50", code: "ok" })).toEqual({ amount: "1.50", code: "ok" });
  });

  it("reports a field error as INVALID_RULE under the base path", () => {
    const error = tillErrorOf(() => parseRule(schema, { amount: "-1", code: "ok" }, ["rules", 2]));
    expect(error.code).toBe("INVALID_RULE");
    expect(error.path).toEqual(["rules", 2, "amount"]);
  });

  it("reports a refinement that names another code as INVALID_RULE, keeping its path and issues", () => {
    const error = tillErrorOf(() => parseRule(schema, { amount: "1", code: "no" }, ["rules", 0]));
    expect(error.code).toBe("INVALID_RULE");
    expect(error.path).toEqual(["rules", 0, "code"]);
    expect((error.details as { issues: { path: unknown }[] }).issues.map((issue) => issue.path)).toEqual([
      ["rules", 0, "code"],
    ]);
  });

  it("turns a failing conversion into INVALID_RULE at the field, keeping the cause", () => {
    const cause = new RangeError("bad field");
    const error = tillErrorOf(() =>
      convertRuleField(["rules", 1, "percent"], () => {
        throw cause;
      }),
    );
    expect(error.code).toBe("INVALID_RULE");
    expect(error.path).toEqual(["rules", 1, "percent"]);
    expect(error.message).toContain("bad field");
    expect(error.cause).toBe(cause);
    expect(convertRuleField(["x"], () => 42)).toBe(42);
  });

  it("a conversion that throws something other than an Error still gives INVALID_RULE", () => {
    const error = tillErrorOf(() =>
      convertRuleField(["rules", 0], () => {
        throw "not an error";
      }),
    );
    expect(error.code).toBe("INVALID_RULE");
    expect(error.message.length).toBeGreaterThan(0);
  });
});

describe("rule amounts and percentages", () => {
  it.each([
    ["10.00", true],
    ["0", true],
    ["-1.00", false],
    ["ten", false],
  ])("amount %s valid: %s", (text, valid) => {
    expect(ruleAmountSchema.safeParse(text).success).toBe(valid);
  });

  it.each([
    ["0", true],
    ["12.5", true],
    ["100", true],
    ["100.0000", true],
    ["100.0001", false],
    ["101", false],
    ["12.3456", true],
    ["12.34567", false],
    ["-5", false],
    ["five", false],
  ])("percentage %s valid: %s", (text, valid) => {
    expect(rulePercentSchema.safeParse(text).success).toBe(valid);
  });

  it.each([
    ["12.5", 125_000n],
    ["0.0001", 1n],
    ["100", 1_000_000n],
    ["7", 70_000n],
  ])("%s%% is %s millionths", (text, millionths) => {
    expect(percentToMillionths(text)).toBe(millionths);
  });
});

describe("schedules", () => {
  it.each([
    [{ validFrom: "2026-11-01T00:00:00Z", validTo: "2026-11-01T00:00:00Z" }, false],
    [{ validFrom: "2026-11-01T00:00:00Z", validTo: "2026-11-01T00:00:01Z" }, true],
    [{ validFrom: "2026-11-02T00:00:00Z", validTo: "2026-11-01T00:00:00Z" }, false],
    [{ validFrom: "2026-11-02T00:00:00Z" }, true],
    [{ validTo: "2026-11-01T00:00:00Z" }, true],
  ])("%j valid: %s", (schedule, valid) => {
    const result = scheduleSchema.safeParse(schedule);
    expect(result.success).toBe(valid);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["validTo"]);
  });

  const schedule = {
    validFrom: "2026-11-23T12:00:00Z",
    validTo: "2026-11-30T12:00:00Z",
    timeWindows: [{ days: ["mon" as const], from: "09:00", to: "17:00" }],
  };
  it.each([
    ["no schedule", undefined, MONDAY_NOON, "active"],
    ["a millisecond before the start", schedule, MONDAY_NOON - 1, "not_started"],
    ["at the start", schedule, MONDAY_NOON, "active"],
    ["outside the window", schedule, MONDAY_NOON + 6 * 3_600_000, "outside_time_window"],
    [
      "a millisecond before the end (Monday 11:59)",
      schedule,
      Date.parse("2026-11-30T11:59:59.999Z"),
      "active",
    ],
    ["at the end", schedule, Date.parse("2026-11-30T12:00:00Z"), "expired"],
    ["open-ended, long after", { validFrom: schedule.validFrom }, MONDAY_NOON + 1e12, "active"],
    ["end only, long before", { validTo: schedule.validTo }, 0, "active"],
  ] as const)("%s → %s", (_title, value, instant, status) => {
    expect(scheduleStatus(value, instant, "UTC")).toBe(status);
  });
});

describe("time windows", () => {
  it.each([
    [{ days: ["mon"], from: "09:00", to: "24:00" }, true],
    [{ days: ["mon"], from: "00:00", to: "23:59" }, true],
    [{ days: ["mon"], from: "09:00", to: "09:00" }, false],
    [{ days: ["mon"], from: "10:00", to: "09:00" }, false],
    [{ days: ["mon"], from: "9:00", to: "10:00" }, false],
    [{ days: ["mon"], from: "09:00", to: "24:01" }, false],
    [{ days: [], from: "09:00", to: "10:00" }, false],
  ])("%j valid: %s", (window, valid) => {
    const result = timeWindowSchema.safeParse(window);
    expect(result.success).toBe(valid);
  });

  it("refuses a window that does not end after it starts at its end", () => {
    const result = timeWindowSchema.safeParse({ days: ["mon"], from: "10:00", to: "10:00" });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([["to"]]);
  });

  it.each([
    ["UTC", { day: "mon", time: "12:00" }],
    ["America/New_York", { day: "mon", time: "07:00" }],
    ["Asia/Tokyo", { day: "mon", time: "21:00" }],
    ["Pacific/Kiritimati", { day: "tue", time: "02:00" }],
    ["Pacific/Pago_Pago", { day: "mon", time: "01:00" }],
  ])("Monday 12:00 UTC in %s is %j", (timeZone, wall) => {
    expect(localWallTime(MONDAY_NOON, timeZone)).toEqual(wall);
  });

  it.each([
    ["2026-11-24T00:00:00Z", { day: "tue", time: "00:00" }],
    ["2026-11-25T13:05:00Z", { day: "wed", time: "13:05" }],
    ["2026-11-26T23:59:00Z", { day: "thu", time: "23:59" }],
    ["2026-11-27T08:00:00Z", { day: "fri", time: "08:00" }],
    ["2026-11-28T08:00:00Z", { day: "sat", time: "08:00" }],
    ["2026-11-29T08:00:00Z", { day: "sun", time: "08:00" }],
  ])("%s is %j in UTC", (instant, wall) => {
    expect(localWallTime(Date.parse(instant), "UTC")).toEqual(wall);
  });

  const lunch = [{ days: ["mon" as const, "tue" as const], from: "11:00", to: "12:00" }];
  it.each([
    ["no windows", undefined, MONDAY_NOON, true],
    ["an empty list", [], MONDAY_NOON, true],
    ["at the start", lunch, MONDAY_NOON - 3_600_000, true],
    ["a minute before the end", lunch, MONDAY_NOON - 60_000, true],
    ["at the end (exclusive)", lunch, MONDAY_NOON, false],
    ["a minute before the start", lunch, MONDAY_NOON - 3_660_000, false],
    ["another day at the same hour", lunch, MONDAY_NOON - 3_600_000 + 2 * 86_400_000, false],
    [
      "either of two windows",
      [...lunch, { days: ["mon" as const], from: "12:00", to: "13:00" }],
      MONDAY_NOON,
      true,
    ],
  ] as const)("%s → %s", (_title, windows, instant, expected) => {
    expect(isWithinTimeWindows(instant, "UTC", windows as TimeWindow[] | undefined)).toBe(expected);
  });
});

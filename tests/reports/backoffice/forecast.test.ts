import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dailyUnitSales,
  daysOfSupply,
  forecastDemand,
  readSaleFacts,
  suggestReorders,
} from "../../../src/reports";
import { tillErrorOf } from "../../support/till-error-of";
import { journalOf, WORKED } from "../analytics/report-fixtures";

/** Monday 5 October 2026 onwards, one value a day. */
function history(values: readonly number[]) {
  const start = Date.parse("2026-10-05T00:00:00Z");
  return {
    days: values.map((units, day) => ({
      date: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      units: String(units),
    })),
  };
}

const WEEK = [10, 12, 14, 16, 18, 30, 40];
/** `weeks` weeks of the weekly pattern, each week `step` units a day above the one before. */
const seasonal = (weeks: number, step: number) =>
  Array.from({ length: weeks * 7 }, (_, day) => (WEEK[day % 7] ?? 0) + step * Math.trunc(day / 7));

describe("forecastDemand: a synthetic seasonal series", () => {
  it.each([
    // The pattern repeats exactly: the forecast is the pattern, MAPE 0, and the naive error is 0 (no MASE).
    ["a flat weekly pattern", 5, 0, ["10", "12", "14", "16", "18", "30", "40"], "20", "0.00", null],
    // +7 a day each week. Held out: week 5 (p + 28) against the mean of weeks 1–4 (p + 10.5): error 17.5 a
    // day; naive error 7 a day → MASE 2.5; MAPE = mean(17.5 ÷ (p + 28)) = 37.88 %. Forecast: weeks 2–5,
    // p + 17.5, mean 20 + 17.5 = 37.5.
    [
      "a weekly pattern with a rising level",
      5,
      7,
      ["27.5", "29.5", "31.5", "33.5", "35.5", "47.5", "57.5"],
      "37.5",
      "37.88",
      "2.5000",
    ],
  ] as const)("%s over %s weeks (+%s a week)", (_title, weeks, step, firstWeek, dailyMean, mape, mase) => {
    const forecast = forecastDemand(history(seasonal(weeks, step)), {
      horizonDays: 7,
      holdoutDays: 7,
      seasons: 4,
    });
    if (forecast.status !== "ok") throw new Error("expected a forecast");
    expect(forecast.days.map((day) => day.units)).toEqual(firstWeek);
    expect(forecast.days[0]?.date).toBe("2026-11-09");
    expect(forecast.dailyMean).toBe(dailyMean);
    expect(forecast.accuracy).toEqual({ holdoutDays: 7, mape, mase });
  });

  it.each([
    [20, { holdoutDays: 7 }, 21],
    [13, { holdoutDays: 1, minimumSeasons: 2 }, 15],
    [0, {}, 21],
  ] as const)("calls %s days insufficient history with %j (needs %s)", (days, options, requiredDays) => {
    expect(forecastDemand(history(seasonal(3, 0).slice(0, days)), options)).toEqual({
      status: "insufficient-history",
      historyDays: days,
      requiredDays,
    });
  });

  it("feeds days of supply and the reorder suggestion", () => {
    const forecast = forecastDemand(history(seasonal(5, 0)));
    if (forecast.status !== "ok") throw new Error("expected a forecast");
    const result = suggestReorders({
      currency: "EUR",
      items: [{ sku: "X", storeId: "S1", onHand: "50", reorderPoint: "10", dailyDemand: forecast.dailyMean }],
      suppliers: [
        {
          sku: "X",
          supplierId: "P",
          supplierSku: "PX",
          packSize: "24",
          minimumOrderQuantity: "24",
          leadTimeDays: 3,
          unitCost: { amount: "1.00", currency: "EUR" },
        },
      ],
    });
    // 20 a day: level 10 + 60 = 70 ≥ 50 on hand; up to 70 + 140 = 210; need 160 → 7 packs of 24 = 168.
    expect(result.suppliers[0]?.suggestions[0]).toMatchObject({
      daysOfSupply: "2.5",
      need: "160",
      quantity: "168",
    });
  });
});

describe("daysOfSupply", () => {
  it.each([
    ["50", "20", "2.5"],
    // 4.96 days reads 4.9: rounded down to the tenth.
    ["124", "25", "4.9"],
    ["10", "3", "3.3"],
    ["-4", "1.5", "0.0"],
    ["10", "0", null],
  ] as const)("%s on hand at %s a day lasts %s days", (onHand, dailyDemand, days) => {
    expect(daysOfSupply({ onHand, dailyDemand })).toBe(days);
  });

  it("refuses a negative demand", () => {
    expect(() => daysOfSupply({ onHand: "1", dailyDemand: "-1" })).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["input", "dailyDemand"] }),
    );
  });
});

describe("dailyUnitSales", () => {
  it("zero-fills the days and counts a return on its own day", async () => {
    const { entries } = await journalOf(WORKED);
    const facts = await readSaleFacts(entries, { currency: "EUR" });
    const series = dailyUnitSales(facts, {
      sku: "COFFEE",
      from: "2026-11-22",
      to: "2026-11-26",
      timeZone: "Europe/Berlin",
    });
    expect(series.days).toEqual([
      { date: "2026-11-22", units: "0" },
      { date: "2026-11-23", units: "2" },
      { date: "2026-11-24", units: "-1" },
      { date: "2026-11-25", units: "0" },
    ]);
  });
});

describe("forecastDemand: properties", () => {
  it("reproduces any exactly repeating week with a MAPE of 0", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 3, max: 8 }),
        (week, weeks) => {
          // Arrange
          const values = Array.from({ length: weeks * 7 }, (_, day) => week[day % 7] ?? 0);
          // Act
          const forecast = forecastDemand(history(values), { horizonDays: 14 });
          // Assert
          if (forecast.status !== "ok") throw new Error("expected a forecast");
          expect(forecast.days.map((day) => Number(day.units))).toEqual([...week, ...week]);
          expect(forecast.accuracy.mape).toBe("0.00");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("forecastDemand: bad input", () => {
  const gap = history(seasonal(3, 0));
  const withGap = { days: gap.days.filter((_, index) => index !== 5) };
  it.each([
    ["a missing day", () => forecastDemand(withGap), ["history", "days", 5, "date"]],
    [
      "a fractional JS-number-like unit text",
      () => forecastDemand({ days: [{ date: "2026-10-05", units: "1e2" }] }),
      ["history", "days", 0, "units"],
    ],
    [
      "a bad date",
      () => forecastDemand({ days: [{ date: "2026-13-01", units: "1" }] }),
      ["history", "days", 0, "date"],
    ],
    ["a zero horizon", () => forecastDemand(gap, { horizonDays: 0 }), ["options", "horizonDays"]],
  ] as const)("refuses %s", (_title, run, path) => {
    const error = tillErrorOf(run);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.path).toEqual(path);
  });
});

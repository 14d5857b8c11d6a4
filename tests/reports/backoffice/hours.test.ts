import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hoursWorked, readSaleFacts, salesPerLabourHour } from "../../../src/reports";
import { tillErrorOf } from "../../support/till-error-of";
import { journalOf, WORKED } from "../analytics/report-fixtures";

let seq = 0;
/** A punch or correction entry (the chain members a store adds are not read by the projection). */
function entry(type: string, at: string, payload: Record<string, unknown>, eventId = `ev-${++seq}`) {
  seq += 1;
  return { registerId: "R1", seq, eventId, type, timestamp: at, payload };
}
const punch = (type: string, employeeId: string, at: string, eventId?: string) =>
  entry(`employee.${type}`, at, { employeeId }, eventId);

// Monday 23 and Tuesday 24 November 2026 in Berlin (UTC+1): 07:00Z is 08:00 local.
const entries = [
  punch("clocked-in", "E1", "2026-11-23T07:00:00Z"),
  punch("break-started", "E1", "2026-11-23T11:00:00Z"),
  punch("break-ended", "E1", "2026-11-23T11:30:00Z"),
  punch("clocked-out", "E1", "2026-11-23T15:30:00Z"),
  punch("clocked-in", "E1", "2026-11-24T07:00:00Z"),
  punch("clocked-out", "E1", "2026-11-24T14:20:00Z"),
  // E2 forgot to clock out on Monday (clocking in again on Tuesday shows it); E3 clocked out without clocking in.
  punch("clocked-in", "E2", "2026-11-23T08:00:00Z", "E2-in"),
  punch("clocked-out", "E3", "2026-11-23T16:00:00Z", "E3-out"),
  // E2 clocked in at 09:00Z on Tuesday but the clock read 10:00Z: an approved correction moves it.
  punch("clocked-in", "E2", "2026-11-24T10:00:00Z", "E2-in-2"),
  punch("clocked-out", "E2", "2026-11-24T17:00:00Z"),
  // E4 is still clocked in when the period ends.
  punch("clocked-in", "E4", "2026-11-24T20:00:00Z", "E4-in"),
  entry("employee.punch-corrected", "2026-11-24T17:05:00Z", {
    employeeId: "E2",
    punchEventId: "E2-in-2",
    correctedAt: "2026-11-24T09:00:00Z",
    reason: "clock was wrong",
    approvedBy: "M1",
  }),
  // A correction with no approver is flagged and ignored.
  entry(
    "employee.punch-corrected",
    "2026-11-24T17:06:00Z",
    {
      employeeId: "E3",
      punch: "clock-in",
      correctedAt: "2026-11-23T08:00:00Z",
      reason: "forgot",
      approvedBy: "",
    },
    "E3-fix",
  ),
];
const options = {
  from: "2026-11-23T00:00:00+01:00",
  to: "2026-11-25T00:00:00+01:00",
  timeZone: "Europe/Berlin",
};
const report = hoursWorked(entries, options);

describe("hoursWorked: a worked week with a missing punch", () => {
  it.each([
    // 8 h 30 min less a 30-minute break = 8.00 on Monday; 7 h 20 min = 7.33 on Tuesday.
    [
      "E1",
      55_200_000n,
      "15.33",
      [
        ["2026-11-23", "8.00"],
        ["2026-11-24", "7.33"],
      ],
    ],
    // Monday's shift never closed: no time; Tuesday 09:00Z–17:00Z after the correction = 8.00.
    ["E2", 28_800_000n, "8.00", [["2026-11-24", "8.00"]]],
  ] as const)("%s worked %s ms = %s h by day %j", (employeeId, workedMs, hours, days) => {
    const employee = report.employees.find((e) => e.employeeId === employeeId);
    expect(employee?.workedMs).toBe(workedMs);
    expect(employee?.hours).toBe(hours);
    expect(employee?.days.map((day) => [day.date, day.hours])).toEqual(days);
  });

  it.each([
    ["overlapping-clock-in", "E2-in", "E2"],
    ["clock-out-without-clock-in", "E3-out", "E3"],
    ["correction-rejected", "E3-fix", "E3"],
    ["clock-in-without-clock-out", "E4-in", "E4"],
  ] as const)("flags %s on %s", (kind, eventId, employeeId) => {
    expect(report.flags).toContainEqual(expect.objectContaining({ kind, eventId, employeeId }));
  });

  it("totals the period exactly: 15.33 + 8.00 h", () => {
    expect(report.workedMs).toBe(84_000_000n);
    expect(report.hours).toBe("23.33");
    expect(report.flags).toHaveLength(4);
  });

  it("gives sales per labour hour from the same period's receipts", async () => {
    const { entries: sales } = await journalOf(WORKED);
    const facts = await readSaleFacts(sales, { currency: "EUR" });
    const productivity = salesPerLabourHour(facts, report);
    const byEmployee = (id: string) =>
      facts.sales.filter((sale) => sale.employeeId === id).reduce((sum, sale) => sum + sale.total.minor, 0n);
    // E1 rang up sale A and return C; E2 sale B. Per hour: minor × 3 600 000 ÷ ms, half-up.
    expect(productivity.employees.map((e) => e.sales.minor)).toEqual([
      byEmployee("E1"),
      byEmployee("E2"),
      0n,
      0n,
    ]);
    expect(productivity.employees[2]?.salesPerHour).toBeNull();
    // 22.15 + 4.40 = 26.55 over 23 h 20 min = 1.13785… → 1.14 half-up.
    expect([byEmployee("E1"), byEmployee("E2")]).toEqual([2215n, 440n]);
    expect(productivity.sales.toString()).toBe("26.55");
    expect(productivity.salesPerHour?.toString()).toBe("1.14");
  });
});

describe("hoursWorked: punches out of place", () => {
  const kinds = {
    in: "clocked-in",
    out: "clocked-out",
    brk: "break-started",
    end: "break-ended",
  } as const;
  it.each([
    // Minutes after 06:00Z on Monday; each run is one employee's punches.
    ["in 0, brk 60, brk 90, end 120, out 240", 180, ["overlapping-break"]],
    ["in 0, brk 60, out 240", 60, ["break-without-end"]],
    ["brk 0, in 10, end 20, out 70", 60, ["break-outside-shift", "break-end-without-start"]],
    ["in 0, in 60, out 120", 60, ["overlapping-clock-in"]],
    ["out 0, in 10, out 70", 60, ["clock-out-without-clock-in"]],
    ["in 0, out 60, in 120", 60, ["clock-in-without-clock-out"]],
  ] as const)("%s → %s minutes, flags %j", (run, minutes, flagKinds) => {
    const start = Date.parse("2026-11-23T06:00:00Z");
    const list = run.split(", ").map((item) => {
      const [kind = "in", at = "0"] = item.split(" ");
      return punch(
        kinds[kind as keyof typeof kinds],
        "E",
        new Date(start + Number(at) * 60_000).toISOString(),
      );
    });
    const result = hoursWorked(list, options);
    expect(result.workedMs).toBe(BigInt(minutes) * 60_000n);
    expect(result.flags.map((flag) => flag.kind)).toEqual(flagKinds);
  });
});

describe("hoursWorked: properties", () => {
  it("a closed shift of m minutes with a break of b minutes is m − b minutes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 960 }),
        fc.integer({ min: 0, max: 100 }),
        (minutes, breakPercent) => {
          // Arrange
          const breakMinutes = Math.trunc((minutes * breakPercent) / 100);
          const start = Date.parse("2026-11-23T06:00:00Z");
          const at = (offset: number) => new Date(start + offset * 60_000).toISOString();
          const list = [
            punch("clocked-in", "E", at(0)),
            punch("break-started", "E", at(0)),
            punch("break-ended", "E", at(breakMinutes)),
            punch("clocked-out", "E", at(minutes)),
          ];
          // Act
          const result = hoursWorked(list, options);
          // Assert
          expect(result.workedMs).toBe(BigInt(minutes - breakMinutes) * 60_000n);
          expect(result.flags).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("hoursWorked: bad input", () => {
  it.each([
    [
      "a punch without employee",
      () => hoursWorked([entry("employee.clocked-in", "2026-11-23T07:00:00Z", {})], options),
      ["entries", 0, "payload", "employeeId"],
    ],
    [
      "a period that ends before it starts",
      () => hoursWorked([], { ...options, to: options.from }),
      ["options", "to"],
    ],
    [
      "an unknown time zone",
      () => hoursWorked([], { ...options, timeZone: "Mars/Olympus" }),
      ["options", "timeZone"],
    ],
    [
      "a punch with a bad timestamp",
      () =>
        hoursWorked(
          [{ ...punch("clocked-in", "E", "2026-11-23T07:00:00Z"), timestamp: "yesterday" }],
          options,
        ),
      ["entries", 0, "timestamp"],
    ],
  ] as const)("refuses %s", (_title, run, path) => {
    const error = tillErrorOf(run);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.path).toEqual(path);
  });
});

import { parseWith } from "../../../core/errors/from-zod";
import { formatScaled } from "../../../core/numbers/scaled-decimal";
import { divideRounded } from "../../../core/rounding/divide-rounded";
import { makeLocalClock } from "../../analytics/local-time";
import { type HoursWorkedOptions, hoursWorkedOptionsSchema } from "./hours-options";
import type { PunchFlag } from "./punch-flag";
import { type Punch, readPunches } from "./read-punches";
import { shiftRuns, type WorkedShift } from "./shift-runs";

/** Milliseconds in an hour. */
const HOUR_MS = 3_600_000n;

/**
 * Hours as decimal text to the hundredth, half-up (7 h 20 min = 7.33; 7 h 21 min = 7.35). The exact
 * figure is the `workedMs` beside it; the text is for people and payroll imports.
 *
 * @param workedMs - exact milliseconds worked
 * @returns hours with two decimals
 * @public
 */
export function hoursText(workedMs: bigint): string {
  return formatScaled(divideRounded(workedMs * 100n, HOUR_MS, "half-up"), 2);
}

/**
 * Hours of one employee on one local day (the day each shift started).
 *
 * @public
 */
export interface DayHours {
  readonly date: string;
  readonly workedMs: bigint;
  readonly hours: string;
  readonly shifts: number;
}

/**
 * Hours of one employee over the period.
 *
 * @public
 */
export interface EmployeeHours {
  readonly employeeId: string;
  readonly workedMs: bigint;
  readonly hours: string;
  readonly days: readonly DayHours[];
  readonly shifts: readonly WorkedShift[];
}

/**
 * The result of {@link hoursWorked}.
 *
 * @public
 */
export interface HoursReport {
  readonly from: string;
  readonly to: string;
  readonly employees: readonly EmployeeHours[];
  readonly workedMs: bigint;
  readonly hours: string;
  /** Punches and corrections to review, in time order. */
  readonly flags: readonly PunchFlag[];
}

function daysOf(shifts: readonly WorkedShift[], dateOf: (time: number) => string): DayHours[] {
  const days = new Map<string, { workedMs: bigint; shifts: number }>();
  for (const shift of shifts) {
    const date = dateOf(Date.parse(shift.clockIn));
    const day = days.get(date) ?? { workedMs: 0n, shifts: 0 };
    day.workedMs += shift.workedMs;
    day.shifts += 1;
    days.set(date, day);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => ({
      date,
      workedMs: day.workedMs,
      hours: hoursText(day.workedMs),
      shifts: day.shifts,
    }));
}

function byEmployee(punches: readonly Punch[]): Map<string, Punch[]> {
  const groups = new Map<string, Punch[]>();
  for (const punch of punches) {
    const list = groups.get(punch.employeeId) ?? [];
    list.push(punch);
    groups.set(punch.employeeId, list);
  }
  return groups;
}

/**
 * Hours worked per employee, per day and over a period, from clock-in, clock-out and break punches with
 * their approved corrections. A shift belongs to the local date its clock-in falls on, and to the period
 * when its clock-in does. Unpaired punches add no time and are flagged; so is a shift still open at the
 * period end.
 *
 * @param entries - journal entries of any types (punch and correction entries are read)
 * @param options - period and time zone
 * @returns hours per employee and day, totals and flags
 * @throws TillError INVALID_INPUT with the path of bad options, a malformed entry or punch payload
 * @public
 */
export function hoursWorked(entries: readonly unknown[], options: HoursWorkedOptions): HoursReport {
  const { from, to, timeZone } = parseWith(hoursWorkedOptionsSchema, options, ["options"]);
  const [start, end] = [Date.parse(from), Date.parse(to)];
  const clock = makeLocalClock(timeZone);
  const read = readPunches(entries);
  const inPeriod = (at: string) => Date.parse(at) >= start && Date.parse(at) < end;
  const flags = read.flags.filter((flag) => inPeriod(flag.at));
  const employees: EmployeeHours[] = [];
  const groups = byEmployee(read.punches.filter((punch) => punch.time < end));
  for (const [employeeId, punches] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const runs = shiftRuns(punches);
    flags.push(...runs.flags.filter((flag) => inPeriod(flag.at)));
    const shifts = runs.shifts.filter((shift) => inPeriod(shift.clockIn));
    const workedMs = shifts.reduce((total, shift) => total + shift.workedMs, 0n);
    const days = daysOf(shifts, (time) => clock(time).date);
    employees.push({ employeeId, workedMs, hours: hoursText(workedMs), days, shifts });
  }
  const workedMs = employees.reduce((total, employee) => total + employee.workedMs, 0n);
  flags.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.eventId.localeCompare(b.eventId));
  return { from, to, employees, workedMs, hours: hoursText(workedMs), flags };
}

import type { PunchFlag } from "./punch-flag";
import type { Punch } from "./read-punches";

/**
 * One worked shift: from clock-in to clock-out, less its breaks. Durations are exact milliseconds.
 *
 * @public
 */
export interface WorkedShift {
  readonly employeeId: string;
  readonly clockIn: string;
  readonly clockOut: string;
  readonly breakMs: bigint;
  readonly workedMs: bigint;
}

interface Open {
  readonly punch: Punch;
  breakStart?: Punch;
  breakMs: bigint;
}

const iso = (time: number) => new Date(time).toISOString();

function flag(kind: PunchFlag["kind"], punch: Punch): PunchFlag {
  return { kind, employeeId: punch.employeeId, eventId: punch.eventId, at: iso(punch.time) };
}

function closeShift(open: Open, punch: Punch, flags: PunchFlag[]): WorkedShift {
  if (open.breakStart !== undefined) {
    // Clocked out on a break: the break ends at the clock-out, so it is never paid.
    flags.push(flag("break-without-end", open.breakStart));
    open.breakMs += BigInt(punch.time - open.breakStart.time);
  }
  const spanMs = BigInt(punch.time - open.punch.time);
  return {
    employeeId: punch.employeeId,
    clockIn: iso(open.punch.time),
    clockOut: iso(punch.time),
    breakMs: open.breakMs,
    workedMs: spanMs - open.breakMs,
  };
}

function step(
  open: Open | undefined,
  punch: Punch,
  flags: PunchFlag[],
  shifts: WorkedShift[],
): Open | undefined {
  switch (punch.kind) {
    case "clock-in":
      // Clocked in again before clocking out: the earlier clock-in lacks its clock-out and adds no time.
      if (open !== undefined)
        flags.push({ ...flag("overlapping-clock-in", open.punch), detail: punch.eventId });
      return { punch, breakMs: 0n };
    case "clock-out":
      if (open === undefined) flags.push(flag("clock-out-without-clock-in", punch));
      else shifts.push(closeShift(open, punch, flags));
      return undefined;
    case "break-start":
      if (open === undefined) flags.push(flag("break-outside-shift", punch));
      else if (open.breakStart !== undefined) flags.push(flag("overlapping-break", punch));
      else open.breakStart = punch;
      return open;
    case "break-end":
      if (open?.breakStart === undefined) flags.push(flag("break-end-without-start", punch));
      else {
        open.breakMs += BigInt(punch.time - open.breakStart.time);
        delete open.breakStart;
      }
      return open;
  }
}

/**
 * Pairs one employee's punches (sorted by time, all before the period end) into shifts. A shift still
 * open at the end is flagged `clock-in-without-clock-out` and adds no time.
 *
 * @param punches - one employee's punches in time order
 * @returns the closed shifts and the flags
 * @internal
 */
export function shiftRuns(punches: readonly Punch[]): { shifts: WorkedShift[]; flags: PunchFlag[] } {
  const shifts: WorkedShift[] = [];
  const flags: PunchFlag[] = [];
  let open: Open | undefined;
  for (const punch of punches) open = step(open, punch, flags, shifts);
  if (open !== undefined) flags.push(flag("clock-in-without-clock-out", open.punch));
  return { shifts, flags };
}

/**
 * What is wrong with a run of punches. Flagged punches add no time until a correction mends them:
 * - `clock-out-without-clock-in`: nobody was clocked in;
 * - `clock-in-without-clock-out`: still clocked in at the end of the period;
 * - `overlapping-clock-in`: clocked in again before clocking out; the earlier clock-in (flagged, the
 *   later one in `detail`) adds no time and the later one starts the shift;
 * - `break-outside-shift`, `break-end-without-start`, `overlapping-break`: a break punch out of place;
 * - `break-without-end`: clocked out on a break (the break ends at the clock-out);
 * - `correction-rejected`: a correction without reason or approval, or approved by the employee;
 * - `correction-target-missing`: a correction of a punch that is not in the entries.
 *
 * @public
 */
export type PunchFlagKind =
  | "clock-out-without-clock-in"
  | "clock-in-without-clock-out"
  | "overlapping-clock-in"
  | "break-outside-shift"
  | "break-end-without-start"
  | "overlapping-break"
  | "break-without-end"
  | "correction-rejected"
  | "correction-target-missing";

/**
 * One flagged punch or correction, for a manager to review.
 *
 * @public
 */
export interface PunchFlag {
  readonly kind: PunchFlagKind;
  /** Absent only for a correction too malformed to name one. */
  readonly employeeId?: string;
  /** The punch or correction entry. */
  readonly eventId: string;
  /** When (ISO, UTC). */
  readonly at: string;
  /** Why, for a rejected correction; the later clock-in's event id, for an overlapping one. */
  readonly detail?: string;
}

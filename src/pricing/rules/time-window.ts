import { z } from "zod";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * A day of the week as rules name it.
 *
 * @public
 */
export type Weekday = (typeof DAYS)[number];

const clockTimeSchema = /* @__PURE__ */ z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  message: "Expected a wall-clock time HH:MM (00:00–24:00)",
});

/**
 * zod schema for a recurring time window in the store's time zone: days of the week and a time range
 * [from, to). "17:00"–"19:00" on fri is a Friday happy hour. A window must end after it starts; one that
 * crosses midnight is written as two windows.
 *
 * @public
 */
export const timeWindowSchema = /* @__PURE__ */ z
  .strictObject({
    days: z.array(z.enum(DAYS)).min(1),
    from: clockTimeSchema,
    to: clockTimeSchema,
  })
  .refine((window) => window.to > window.from, {
    message: "The time window must end after it starts",
    path: ["to"],
  });

/**
 * A recurring time window.
 *
 * @public
 */
export type TimeWindow = z.infer<typeof timeWindowSchema>;

/**
 * The store's local wall time at an instant.
 *
 * @public
 */
export interface LocalWallTime {
  readonly day: Weekday;
  /** "HH:MM", 24-hour. */
  readonly time: string;
}

const SHORT_DAYS: Readonly<Record<string, Weekday>> = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
};

/**
 * Local weekday and wall time at an instant in an IANA time zone, read with Intl.DateTimeFormat so
 * daylight-saving changes follow the host's time-zone data.
 *
 * @param instantMs - milliseconds since the epoch (an exact integer)
 * @param timeZone - IANA zone such as "Europe/Amsterdam"
 * @returns the weekday and "HH:MM"
 * @public
 */
export function localWallTime(instantMs: number, timeZone: string): LocalWallTime {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instantMs);
  const part = (type: string): string => parts.find((entry) => entry.type === type)?.value ?? "";
  return { day: SHORT_DAYS[part("weekday")] ?? "mon", time: `${part("hour")}:${part("minute")}` };
}

/**
 * True when the instant falls in any of the windows (no windows means always).
 *
 * @param instantMs - milliseconds since the epoch
 * @param timeZone - the store's IANA time zone
 * @param windows - the recurring windows
 * @returns whether the instant is inside a window
 * @public
 */
export function isWithinTimeWindows(
  instantMs: number,
  timeZone: string,
  windows: readonly TimeWindow[] | undefined,
): boolean {
  if (windows === undefined || windows.length === 0) return true;
  const local = localWallTime(instantMs, timeZone);
  return windows.some(
    (window) => window.days.includes(local.day) && local.time >= window.from && local.time < window.to,
  );
}

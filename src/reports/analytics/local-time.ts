import { z } from "zod";
import { TillError } from "../../core/errors/till-error";

/**
 * zod schema of an IANA time zone ("Europe/Berlin"); one `Intl.DateTimeFormat` cannot read is refused.
 *
 * @public
 */
export const timeZoneSchema = /* @__PURE__ */ z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: "Unknown time zone" },
);

/**
 * A local wall-clock reading: calendar date, month, hour and ISO weekday (1 = Monday … 7 = Sunday).
 *
 * @public
 */
export interface LocalTime {
  readonly date: string;
  readonly month: string;
  readonly hour: number;
  readonly weekday: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
/** Every offset in use since 1972 is a multiple of 15 minutes, so one reading serves a 15-minute slot. */
const SLOT_MS = 900_000;

/**
 * Makes a reader of store-local time for instants, caching one `formatToParts` call per 15-minute slot
 * (a day of receipts needs 96 calls, not one per receipt).
 *
 * @param timeZone - IANA time zone of the store
 * @returns a function from epoch milliseconds to {@link LocalTime}
 * @throws TillError INVALID_INPUT for an unknown time zone
 * @public
 */
export function makeLocalClock(timeZone: string): (time: number) => LocalTime {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
      weekday: "short",
    });
  } catch {
    throw new TillError("INVALID_INPUT", {
      message: `Unknown time zone ${timeZone}`,
      path: ["options", "timeZone"],
    });
  }
  const cache = new Map<number, LocalTime>();
  return (time) => {
    const slot = Math.floor(time / SLOT_MS);
    const hit = cache.get(slot);
    if (hit !== undefined) return hit;
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(time)) parts[part.type] = part.value;
    const month = `${parts.year}-${parts.month}`;
    const local = {
      date: `${month}-${parts.day}`,
      month,
      hour: Number(parts.hour),
      weekday: WEEKDAYS[parts.weekday ?? ""] ?? 0,
    };
    cache.set(slot, local);
    return local;
  };
}

import { TillError } from "../errors/till-error";

/**
 * The clock port: the current time as an ISO 8601 UTC timestamp. Pricing never calls it; the till reads
 * it once per operation and passes the value in.
 *
 * @public
 */
export interface ClockPort {
  /** @returns the current time, e.g. "2026-11-23T21:30:00.000Z" */
  now(): string;
}

/**
 * The system clock.
 *
 * @returns a clock port reading `Date`
 * @public
 */
export function createSystemClock(): ClockPort {
  return { now: () => new Date().toISOString() };
}

/**
 * A clock for tests: starts at `start` and moves `stepSeconds` forward on every reading.
 *
 * @param start - ISO 8601 timestamp
 * @param stepSeconds - whole seconds added after each reading (default 1; 0 freezes time)
 * @returns a deterministic clock port
 * @throws TillError INVALID_INPUT for an unreadable start
 * @public
 */
export function createFixedClock(start: string, stepSeconds = 1): ClockPort {
  let millis = Date.parse(start);
  if (Number.isNaN(millis)) throw new TillError("INVALID_INPUT", { message: `Not a timestamp: ${start}` });
  return {
    now() {
      const value = new Date(millis).toISOString();
      millis += stepSeconds * 1000;
      return value;
    },
  };
}

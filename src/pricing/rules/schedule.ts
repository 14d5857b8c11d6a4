import { z } from "zod";
import { ruleInstantSchema } from "./rule-primitives";
import { isWithinTimeWindows, timeWindowSchema } from "./time-window";

/**
 * zod schema for when a rule is live: an optional dated range [validFrom, validTo) and optional
 * recurring time windows in the store's time zone.
 *
 * @public
 */
export const scheduleSchema = /* @__PURE__ */ z
  .strictObject({
    validFrom: ruleInstantSchema.optional(),
    validTo: ruleInstantSchema.optional(),
    timeWindows: z.array(timeWindowSchema).optional(),
  })
  .refine(
    (schedule) =>
      schedule.validFrom === undefined ||
      schedule.validTo === undefined ||
      Date.parse(schedule.validTo) > Date.parse(schedule.validFrom),
    { message: "validTo must be after validFrom", path: ["validTo"] },
  );

/**
 * When a rule is live.
 *
 * @public
 */
export type Schedule = z.infer<typeof scheduleSchema>;

/**
 * Where an instant sits relative to a schedule.
 *
 * @public
 */
export type ScheduleStatus = "active" | "not_started" | "expired" | "outside_time_window";

/**
 * Checks a schedule at an instant.
 *
 * @param schedule - the rule's schedule (undefined: always live)
 * @param instantMs - milliseconds since the epoch
 * @param timeZone - the store's IANA time zone
 * @returns "active", or why not
 * @public
 */
export function scheduleStatus(
  schedule: Schedule | undefined,
  instantMs: number,
  timeZone: string,
): ScheduleStatus {
  if (schedule === undefined) return "active";
  if (schedule.validFrom !== undefined && instantMs < Date.parse(schedule.validFrom)) return "not_started";
  if (schedule.validTo !== undefined && instantMs >= Date.parse(schedule.validTo)) return "expired";
  return isWithinTimeWindows(instantMs, timeZone, schedule.timeWindows) ? "active" : "outside_time_window";
}

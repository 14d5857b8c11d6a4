import { z } from "zod";
import { timeZoneSchema } from "../../analytics/local-time";

/**
 * zod schema of the options of `hoursWorked`: the half-open period `[from, to)` and the store's time
 * zone, which decides the day a shift belongs to (the local date it started on).
 *
 * @public
 */
export const hoursWorkedOptionsSchema = /* @__PURE__ */ z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    timeZone: timeZoneSchema,
  })
  .refine((options) => Date.parse(options.from) < Date.parse(options.to), {
    message: "The period must end after it starts",
    path: ["to"],
  });

/**
 * Options of `hoursWorked`, see {@link hoursWorkedOptionsSchema}.
 *
 * @public
 */
export type HoursWorkedOptions = z.input<typeof hoursWorkedOptionsSchema>;

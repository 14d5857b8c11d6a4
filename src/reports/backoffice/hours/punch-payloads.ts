import { z } from "zod";

/**
 * Journal entry types of time punches, by the punch they record. `shift.clockIn` and `shift.clockOut`
 * (what a register session journals) read as clock-in and clock-out too.
 *
 * @public
 */
export const PUNCH_ENTRY_TYPES = /* @__PURE__ */ Object.freeze({
  "employee.clocked-in": "clock-in",
  "shift.clockIn": "clock-in",
  "employee.clocked-out": "clock-out",
  "shift.clockOut": "clock-out",
  "employee.break-started": "break-start",
  "employee.break-ended": "break-end",
} as const);

/**
 * The journal entry type of a punch correction.
 *
 * @public
 */
export const PUNCH_CORRECTED = "employee.punch-corrected";

/**
 * The four kinds of time punch.
 *
 * @public
 */
export const PUNCH_KINDS = ["clock-in", "clock-out", "break-start", "break-end"] as const;

/**
 * A kind of time punch, see {@link PUNCH_KINDS}.
 *
 * @public
 */
export type PunchKind = (typeof PUNCH_KINDS)[number];

/**
 * zod schema of the payload of `employee.clocked-in`, `employee.clocked-out`, `employee.break-started`
 * and `employee.break-ended`: who punched (the entry's timestamp is when).
 *
 * @public
 */
export const employeePunchPayloadSchema = /* @__PURE__ */ z.object({
  employeeId: z.string().min(1).max(128),
});

/**
 * Payload of a punch entry, see {@link employeePunchPayloadSchema}.
 *
 * @public
 */
export type EmployeePunchPayload = z.infer<typeof employeePunchPayloadSchema>;

/**
 * zod schema of the payload of `employee.punch-corrected`. With `punchEventId` it moves that punch to
 * `correctedAt`; without it, it adds the missing punch of kind `punch` at `correctedAt`. A correction
 * needs a reason and the id of whoever approved it, and nobody approves their own.
 *
 * @public
 */
export const punchCorrectionPayloadSchema = /* @__PURE__ */ z
  .object({
    employeeId: z.string().min(1).max(128),
    punchEventId: z.string().min(1).max(128).optional(),
    punch: z.enum(PUNCH_KINDS).optional(),
    correctedAt: z.iso.datetime({ offset: true }),
    reason: z.string().trim().min(1, { message: "A correction needs a reason" }),
    approvedBy: z.string().min(1, { message: "A correction needs an approver" }).max(128),
  })
  .refine((payload) => payload.punchEventId !== undefined || payload.punch !== undefined, {
    message: "Name the punch to move (punchEventId) or the kind of punch to add (punch)",
    path: ["punch"],
  })
  .refine((payload) => payload.approvedBy !== payload.employeeId, {
    message: "An employee cannot approve their own correction",
    path: ["approvedBy"],
  });

/**
 * Payload of a punch correction, see {@link punchCorrectionPayloadSchema}.
 *
 * @public
 */
export type PunchCorrectionPayload = z.infer<typeof punchCorrectionPayloadSchema>;

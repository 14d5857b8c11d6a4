import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import type { JournalDraft } from "../journal/journal-entry";
import { cardSafeTextSchema } from "../payments/card-number-guard";
import { hasPermission } from "../permissions/check-permission";
import { operatorSchema, type PermissionPolicy } from "../permissions/permission";
import { idSchema } from "../sale/value-schemas";
import type { CashSessionState } from "./project-cash-session";
import { assertSessionOpen, draftFor, type SessionContext } from "./session-commands";

/**
 * zod schema for a no-sale drawer opening.
 *
 * @public
 */
export const openDrawerInputSchema = /* @__PURE__ */ z.object({
  operator: operatorSchema,
  reason: cardSafeTextSchema.pipe(z.string().min(1).max(200)),
  /** A manager override when the operator's role lacks "drawer.no-sale". */
  approvalId: idSchema.optional(),
});

/**
 * The `drawer.opened` draft for a no-sale opening. Needs the "drawer.no-sale" permission or an approval.
 *
 * @param state - the projected session
 * @param input - operator, reason, optional approval
 * @param permissions - the permission policy
 * @param context - register, clock, ids
 * @returns the draft to journal
 * @throws TillError PERMISSION_DENIED; SESSION_NOT_OPEN; SESSION_CLOSED; INVALID_INPUT
 * @public
 */
export function openDrawer(
  state: CashSessionState,
  input: z.input<typeof openDrawerInputSchema>,
  permissions: PermissionPolicy,
  context: SessionContext,
): JournalDraft {
  const request = parseWith(openDrawerInputSchema, input);
  const sessionId = assertSessionOpen(state);
  if (request.approvalId === undefined && !hasPermission(permissions, request.operator, "drawer.no-sale")) {
    throw new TillError("PERMISSION_DENIED", {
      details: { permission: "drawer.no-sale", role: request.operator.role },
    });
  }
  const approval = request.approvalId === undefined ? {} : { approvalId: request.approvalId };
  return draftFor(context, "drawer.opened", {
    sessionId,
    employeeId: request.operator.employeeId,
    reason: request.reason,
    ...approval,
  });
}

/**
 * The `shift.clockIn` or `shift.clockOut` draft.
 *
 * @param type - clock in or out
 * @param employeeId - the employee
 * @param context - register, clock, ids
 * @returns the draft to journal
 * @throws TillError INVALID_INPUT
 * @public
 */
export function clockShift(
  type: "shift.clockIn" | "shift.clockOut",
  employeeId: string,
  context: SessionContext,
): JournalDraft {
  return draftFor(context, type, { employeeId: parseWith(idSchema, employeeId, ["employeeId"]) });
}

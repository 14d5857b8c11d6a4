import { z } from "zod";
import type { CashCount } from "../cash-session/count-cash";
import type { RegisterReport } from "../cash-session/register-report";
import { parseWith } from "../errors/from-zod";
import type { JournalEntry } from "../journal/journal-entry";
import { hasPermission } from "../permissions/check-permission";
import { createSale } from "../sale/create-sale";
import { requestApproval, requireOperator, type TillCore } from "./till-core";

/**
 * zod schema for a cash movement at the till: the amount in the home currency and a reason.
 *
 * @public
 */
export const tillCashMovementInputSchema = /* @__PURE__ */ z.object({
  amount: z.string().min(1),
  reason: z.string().min(1).max(200),
});

/**
 * Input of `till.paidIn`, `paidOut`, `drop` and `pickup`.
 *
 * @public
 */
export type TillCashMovementInput = z.input<typeof tillCashMovementInputSchema>;

/** @internal Opens the register session with a float counted by denomination (session.open-close). */
export async function openSession(core: TillCore, float: CashCount): Promise<JournalEntry> {
  const operator = requireOperator(core);
  return core.ledger.session.open({ employeeId: operator.employeeId, float });
}

/** @internal Journals a paid-in, paid-out, drop or pickup. */
export async function moveCash(
  core: TillCore,
  type: "cash.paidIn" | "cash.paidOut" | "cash.drop" | "cash.pickup",
  input: TillCashMovementInput,
): Promise<JournalEntry> {
  const valid = parseWith(tillCashMovementInputSchema, input);
  const operator = requireOperator(core);
  return core.ledger.session.moveCash({
    type,
    employeeId: operator.employeeId,
    amount: { amount: valid.amount, currency: core.config.currency },
    reason: valid.reason,
  });
}

/**
 * @internal Opens the drawer with no sale: the operator needs drawer.no-sale, else a manager approves
 * (the approval is journaled, then the drawer opening names it).
 */
export async function noSale(core: TillCore, reason: string): Promise<JournalEntry> {
  const operator = requireOperator(core);
  if (hasPermission(core.permissions, operator, "drawer.no-sale"))
    return core.ledger.session.openDrawer({ operator, reason });
  const probe = createSale({
    saleId: core.ids.next("sale"),
    storeId: core.config.storeId,
    registerId: core.config.registerId,
    cashierId: operator.employeeId,
    currency: core.config.currency,
    at: core.clock.now(),
  });
  const { sale } = await requestApproval(core, probe, "drawer.no-sale");
  const approvalId = sale.approvals.at(-1)?.approvalId;
  return core.ledger.session.openDrawer({
    operator,
    reason,
    ...(approvalId === undefined ? {} : { approvalId }),
  });
}

/** @internal Closes the session with the counted cash; the entry carries expected and over/short. */
export async function closeSession(core: TillCore, counted: CashCount): Promise<JournalEntry> {
  const operator = requireOperator(core);
  return core.ledger.session.close({ employeeId: operator.employeeId, counted });
}

/** @internal X (resets nothing) or Z (closes the period) report, journaled. */
export function report(core: TillCore, kind: "x" | "z"): Promise<RegisterReport> {
  return kind === "x" ? core.ledger.session.xReport() : core.ledger.session.zReport();
}

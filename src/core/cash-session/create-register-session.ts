import type { z } from "zod";
import type { Journal } from "../journal/create-journal";
import type { JournalDraft, JournalEntry } from "../journal/journal-entry";
import type { PermissionPolicy } from "../permissions/permission";
import { clockShift, openDrawer, type openDrawerInputSchema } from "./drawer-and-shift";
import { type CashSessionState, projectCashSession } from "./project-cash-session";
import { computeRegisterReport, type RegisterReport, reportDraft } from "./register-report";
import { closeSession, openSession, recordCashMovement, type SessionContext } from "./session-commands";
import type {
  cashMovementInputSchema,
  closeSessionInputSchema,
  openSessionInputSchema,
} from "./session-inputs";

/**
 * A register's cash session over its journal: every command projects the journal, validates, and
 * appends one entry. A refused command appends nothing.
 *
 * @public
 */
export interface RegisterSession {
  state(): Promise<CashSessionState>;
  open(input: z.input<typeof openSessionInputSchema>): Promise<JournalEntry>;
  moveCash(input: z.input<typeof cashMovementInputSchema>): Promise<JournalEntry>;
  openDrawer(input: z.input<typeof openDrawerInputSchema>): Promise<JournalEntry>;
  close(input: z.input<typeof closeSessionInputSchema>): Promise<JournalEntry>;
  clockIn(employeeId: string): Promise<JournalEntry>;
  clockOut(employeeId: string): Promise<JournalEntry>;
  /** Computes and journals an X report. */
  xReport(): Promise<RegisterReport>;
  /** Computes and journals a Z report, closing the period. */
  zReport(): Promise<RegisterReport>;
}

/**
 * Makes a {@link RegisterSession}.
 *
 * @param options - journal, home currency, permission policy, and the register/clock/ids context
 * @returns the session service
 * @public
 */
export function createRegisterSession(
  options: SessionContext & {
    readonly journal: Journal;
    readonly currency: string;
    readonly permissions: PermissionPolicy;
  },
): RegisterSession {
  const entries = () => options.journal.read(options.registerId);
  const state = async () => projectCashSession(await entries(), options.registerId, options.currency);
  const append = async (draft: JournalDraft): Promise<JournalEntry> => {
    const [entry] = await options.journal.append([draft]);
    return entry as JournalEntry;
  };
  const report = async (kind: "x" | "z") => {
    const computed = computeRegisterReport(await entries(), {
      kind,
      registerId: options.registerId,
      currency: options.currency,
    });
    await append(reportDraft(computed, options));
    return computed;
  };
  return {
    state,
    open: async (input) => append(openSession(await state(), input, options)),
    moveCash: async (input) => append(recordCashMovement(await state(), input, options)),
    openDrawer: async (input) => append(openDrawer(await state(), input, options.permissions, options)),
    close: async (input) => append(closeSession(await state(), input, options)),
    clockIn: (employeeId) => append(clockShift("shift.clockIn", employeeId, options)),
    clockOut: (employeeId) => append(clockShift("shift.clockOut", employeeId, options)),
    xReport: () => report("x"),
    zReport: () => report("z"),
  };
}

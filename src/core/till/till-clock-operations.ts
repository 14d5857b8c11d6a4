import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import type { JournalEntry } from "../journal/journal-entry";
import type { JournalEntryType } from "../journal/journal-entry-type";
import { idSchema } from "../sale/value-schemas";
import type { TillCore } from "./till-core";
import { journalFact } from "./till-ledger-ports";

/**
 * Where an employee stands in their shift.
 *
 * @internal
 */
export type ClockState = "clocked-out" | "clocked-in" | "on-break";

/** What each punch leads to; the register session's `shift.*` entries count as clock-in and clock-out. */
const STATE_AFTER: Readonly<Partial<Record<JournalEntryType, ClockState>>> = {
  "shift.clockIn": "clocked-in",
  "employee.clocked-in": "clocked-in",
  "shift.clockOut": "clocked-out",
  "employee.clocked-out": "clocked-out",
  "employee.break-started": "on-break",
  "employee.break-ended": "clocked-in",
};

/**
 * The punches of the till: the state each needs and the entry it journals.
 *
 * @internal
 */
export const PUNCHES = {
  clockIn: { from: "clocked-out", type: "employee.clocked-in" },
  clockOut: { from: "clocked-in", type: "employee.clocked-out" },
  startBreak: { from: "clocked-in", type: "employee.break-started" },
  endBreak: { from: "on-break", type: "employee.break-ended" },
} as const satisfies Record<string, { from: ClockState; type: JournalEntryType }>;

/**
 * An employee's shift state at this register, projected from the journal: the last punch naming them
 * decides. Reading the journal (not memory) keeps the answer right across a restart of the till.
 *
 * @internal
 */
export function clockStateOf(entries: readonly JournalEntry[], employeeId: string): ClockState {
  let state: ClockState = "clocked-out";
  for (const entry of entries) {
    const after = STATE_AFTER[entry.type];
    if (after === undefined) continue;
    const payload = entry.payload as { employeeId?: unknown } | null;
    if (payload?.employeeId === employeeId) state = after;
  }
  return state;
}

/**
 * @internal Journals a punch (`employee.clocked-in`, `employee.clocked-out`, `employee.break-started`,
 * `employee.break-ended`, payload `{ employeeId }`). A punch the employee's state does not allow (out
 * without in, in twice, a break while clocked out, clocking out on a break) is CLOCK_STATE_INVALID and
 * journals nothing.
 */
export async function punch(
  core: TillCore,
  kind: keyof typeof PUNCHES,
  employeeId: string,
): Promise<JournalEntry> {
  const id = parseWith(idSchema, employeeId, ["employeeId"]);
  const { from, type } = PUNCHES[kind];
  const state = clockStateOf(await core.ledger.journal.read(core.config.registerId), id);
  if (state !== from) {
    throw new TillError("CLOCK_STATE_INVALID", {
      path: ["employeeId"],
      message: `${kind} needs ${id} to be ${from}, not ${state}`,
      details: { employeeId: id, state, punch: kind },
    });
  }
  const context = { registerId: core.config.registerId, clock: core.clock };
  const eventId = `punch:${core.ids.next("event")}`;
  return journalFact(core.ledger, context, { type, eventId, payload: { employeeId: id } });
}

import { parseWith } from "../../../core/errors/from-zod";
import { entriesOfTypes } from "../journal-fact";
import type { PunchFlag } from "./punch-flag";
import {
  employeePunchPayloadSchema,
  PUNCH_CORRECTED,
  PUNCH_ENTRY_TYPES,
  type PunchCorrectionPayload,
  type PunchKind,
  punchCorrectionPayloadSchema,
} from "./punch-payloads";

/**
 * One punch after corrections.
 *
 * @internal
 */
export interface Punch {
  readonly employeeId: string;
  readonly kind: PunchKind;
  readonly eventId: string;
  readonly time: number;
}

const TYPES: ReadonlySet<string> = new Set([...Object.keys(PUNCH_ENTRY_TYPES), PUNCH_CORRECTED]);

function employeeOf(payload: unknown): { employeeId?: string } {
  const id =
    typeof payload === "object" && payload !== null
      ? (payload as { employeeId?: unknown }).employeeId
      : undefined;
  return typeof id === "string" ? { employeeId: id } : {};
}

interface Correction {
  readonly entry: { readonly eventId: string; readonly timestamp: string };
  readonly payload: PunchCorrectionPayload;
}

function applyCorrections(
  byEvent: Map<string, Punch>,
  corrections: readonly Correction[],
  flags: PunchFlag[],
): void {
  for (const { entry, payload } of corrections) {
    const time = Date.parse(payload.correctedAt);
    const target = payload.punchEventId === undefined ? undefined : byEvent.get(payload.punchEventId);
    if (target !== undefined && target.employeeId === payload.employeeId)
      byEvent.set(target.eventId, { ...target, time });
    else if (payload.punchEventId === undefined && payload.punch !== undefined)
      byEvent.set(entry.eventId, {
        employeeId: payload.employeeId,
        kind: payload.punch,
        eventId: entry.eventId,
        time,
      });
    else
      flags.push({
        kind: "correction-target-missing",
        employeeId: payload.employeeId,
        eventId: entry.eventId,
        at: entry.timestamp,
      });
  }
}

/**
 * Reads punches and applies approved corrections: a correction naming a punch moves it, one without adds
 * the missing punch. Rejected corrections and corrections of unknown punches are flagged, not applied.
 *
 * @param entries - journal entries of any types
 * @returns punches sorted by time, and the correction flags
 * @throws TillError INVALID_INPUT with the path of a malformed entry or punch payload
 * @internal
 */
export function readPunches(entries: readonly unknown[]): { punches: Punch[]; flags: PunchFlag[] } {
  const byEvent = new Map<string, Punch>();
  const flags: PunchFlag[] = [];
  const corrections: Correction[] = [];
  for (const entry of entriesOfTypes(entries, TYPES)) {
    if (entry.type !== PUNCH_CORRECTED) {
      const { employeeId } = parseWith(employeePunchPayloadSchema, entry.payload, [
        "entries",
        entry.index,
        "payload",
      ]);
      const kind = PUNCH_ENTRY_TYPES[entry.type as keyof typeof PUNCH_ENTRY_TYPES];
      byEvent.set(entry.eventId, { employeeId, kind, eventId: entry.eventId, time: entry.time });
      continue;
    }
    const result = punchCorrectionPayloadSchema.safeParse(entry.payload);
    if (result.success) corrections.push({ entry, payload: result.data });
    else
      flags.push({
        kind: "correction-rejected",
        ...employeeOf(entry.payload),
        eventId: entry.eventId,
        at: entry.timestamp,
        detail: result.error.issues[0]?.message ?? "invalid correction",
      });
  }
  applyCorrections(byEvent, corrections, flags);
  return { punches: [...byEvent.values()].sort((a, b) => a.time - b.time), flags };
}

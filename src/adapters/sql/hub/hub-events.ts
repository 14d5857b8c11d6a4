import { z } from "zod";
import { canonicalJson, type JsonValue } from "../../../core/journal/canonical-json";
import { GENESIS_HASH } from "../../../core/journal/journal-entry";
import { sha256Hex } from "../../../core/journal/sha256-hex";
import type { SqlTransaction } from "../sql-client";
import { toBigint } from "./sql-values";

/**
 * The facts the hub itself records, in its own hash chain (`hub_events`): balance loads and adjustments
 * made at the hub, and compensations for redemptions a balance could not cover.
 *
 * @public
 */
export const HUB_EVENT_TYPES = ["stored-value.loaded", "points.adjusted", "redemption.compensated"] as const;

/**
 * zod schema of a hub event type.
 *
 * @public
 */
export const hubEventTypeSchema = /* @__PURE__ */ z.enum(HUB_EVENT_TYPES);

/**
 * A hub event type, see {@link HUB_EVENT_TYPES}.
 *
 * @public
 */
export type HubEventType = z.infer<typeof hubEventTypeSchema>;

/**
 * One hub event as stored: chained like a register journal (`prevHash` → `hash`).
 *
 * @public
 */
export interface HubEvent {
  readonly seq: number;
  readonly eventId: string;
  readonly type: HubEventType;
  readonly timestamp: string;
  readonly payload: JsonValue;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * SHA-256 of a hub event's canonical members (everything except `hash`).
 *
 * @param event - the event without its hash
 * @returns 64 hex digits
 * @internal
 */
export function hashHubEvent(event: Omit<HubEvent, "hash">): Promise<string> {
  const { seq, eventId, type, timestamp, payload, prevHash } = event;
  return sha256Hex(canonicalJson({ seq, eventId, type, timestamp, payload, prevHash }));
}

/**
 * Appends events to the hub chain inside the caller's transaction. The chain's last row is locked first
 * (`for update` on the head), so concurrent ingestions of different registers queue here and never fork
 * the chain; compensations are rare, so the lock is rarely taken.
 *
 * @param transaction - the open transaction
 * @param drafts - the events to add
 * @param timestamp - ISO time of the events
 * @returns the stored events
 * @internal
 */
export async function appendHubEvents(
  transaction: SqlTransaction,
  drafts: readonly { eventId: string; type: HubEventType; payload: JsonValue }[],
  timestamp: string,
): Promise<HubEvent[]> {
  if (drafts.length === 0) return [];
  await transaction.query("select pg_advisory_xact_lock(7337001)");
  const { rows } = await transaction.query<{ seq: unknown; hash: string }>(
    "select seq, hash from hub_events order by seq desc limit 1",
  );
  let seq = rows[0] === undefined ? 0 : Number(toBigint(rows[0].seq));
  let prevHash = rows[0]?.hash ?? GENESIS_HASH;
  const events: HubEvent[] = [];
  for (const draft of drafts) {
    seq += 1;
    const unhashed = {
      seq,
      eventId: draft.eventId,
      type: draft.type,
      timestamp,
      payload: draft.payload,
      prevHash,
    };
    const event = { ...unhashed, hash: await hashHubEvent(unhashed) };
    await transaction.query(
      "insert into hub_events (seq, event_id, type, occurred_at, payload, prev_hash, hash) values ($1, $2, $3, $4, $5, $6, $7)",
      [seq, event.eventId, event.type, timestamp, JSON.stringify(event.payload), prevHash, event.hash],
    );
    events.push(event);
    prevHash = event.hash;
  }
  return events;
}

import { TillError } from "../../../core/errors/till-error";
import type { AccountingDocument, SessionEvent } from "../../accounting/accounting-document";
import type { JournalEntry } from "../../accounting/journal";
import { localDateParts } from "../signed-amount";
import type { SaftBasics } from "./saft-basics";
import { SAFT_BASIC_TYPES, SAFT_PREDEFINED_CODES } from "./saft-codes";
import type { SaftSettings } from "./saft-options";
import { saftSessionEvent } from "./saft-session-event";
import type { SaftSummary } from "./saft-summary";
import { type AccountOf, saftTransaction } from "./saft-transaction";
import { saftZReport } from "./saft-z-report";
import { parentElement, textElement, type XmlElement } from "./xml-element";

/**
 * A receipt or a session event, in the order they are written.
 *
 * @internal
 */
export type Item = { kind: "document"; value: AccountingDocument } | { kind: "event"; value: SessionEvent };

function accountLookup(
  entries: ReadonlyMap<string, JournalEntry>,
  id: string,
  path: (string | number)[],
): AccountOf {
  const entry = entries.get(id);
  if (entry === undefined) {
    throw new TillError("INVALID_INPUT", { message: `${id} has no entry in the journal`, path });
  }
  return (role, key) => entry.lines.find((line) => line.role === role && line.key === key)?.account;
}

function checkId(id: string, path: (string | number)[]): void {
  if (id.length > 35)
    throw new TillError("INVALID_INPUT", { message: `SAF-T ids have at most 35 characters: ${id}`, path });
}

interface RegisterParts {
  events: XmlElement[];
  transactions: XmlElement[];
  sessions: Map<string, { summaries: SaftSummary[]; latest: string }>;
}

function receiptEvent(document: AccountingDocument, eventId: number, basics: SaftBasics): XmlElement {
  const isSale = document.kind === "sale";
  const codes = SAFT_PREDEFINED_CODES.event;
  const type = basics.use(
    SAFT_BASIC_TYPES.event,
    isSale ? "SALREC" : "RETREC",
    isSale ? codes.salesReceipt : codes.returnReceipt,
    isSale ? "Sales receipt" : "Return receipt",
  );
  const { year, month, day, time } = localDateParts(document.date);
  return parentElement("event", [
    textElement("eventID", String(eventId)),
    textElement("eventType", type),
    textElement("transID", document.id),
    textElement("eventDate", `${year}-${month}-${day}`),
    textElement("eventTime", time),
  ]);
}

interface SessionParts {
  readonly register: string;
  readonly sessionId: string;
  readonly summaries: SaftSummary[];
  readonly latest: string;
}

/**
 * The Z-report event of one session, dated at its latest receipt or event. The report id is
 * "register/session" (unique across the file, as the schema's key requires), or "Z-<event id>" when that
 * would exceed 35 characters.
 */
function zReportEvent(
  session: SessionParts,
  eventId: number,
  settings: SaftSettings & { currency: string },
  basics: SaftBasics,
): XmlElement {
  const { year, month, day, time } = localDateParts(session.latest);
  const type = basics.use(SAFT_BASIC_TYPES.event, "ZREP", SAFT_PREDEFINED_CODES.event.zReport, "Z report");
  const natural = `${session.register}/${session.sessionId}`;
  const header = {
    reportId: natural.length <= 35 ? natural : `Z-${eventId}`,
    register: session.register,
    date: `${year}-${month}-${day}`,
    time,
    currency: settings.currency,
  };
  return parentElement("event", [
    textElement("eventID", String(eventId)),
    textElement("eventType", type),
    textElement("eventDate", header.date),
    textElement("eventTime", time),
    textElement("eventText", `Z report ${session.sessionId}`),
    saftZReport(header, session.summaries, settings),
  ]);
}

interface ItemContext {
  readonly entries: ReadonlyMap<string, JournalEntry>;
  readonly settings: SaftSettings & { currency: string };
  readonly basics: SaftBasics;
  readonly nextEventId: () => number;
}

/** Writes one receipt (event + transaction) or session event (transaction) into its register's parts. */
function addItem(parts: RegisterParts, item: Item, index: number, context: ItemContext): void {
  const { settings, basics } = context;
  const path = [item.kind === "document" ? "documents" : "events", index];
  checkId(item.value.id, [...path, "id"]);
  const accountOf = accountLookup(context.entries, item.value.id, path);
  const built =
    item.kind === "document"
      ? saftTransaction(item.value, accountOf, settings, basics)
      : saftSessionEvent(item.value, index + 1, accountOf, settings, basics);
  if (item.kind === "document") parts.events.push(receiptEvent(item.value, context.nextEventId(), basics));
  parts.transactions.push(built.element);
  const session = parts.sessions.get(item.value.sessionId) ?? { summaries: [], latest: item.value.date };
  session.summaries.push(built.summary);
  if (Date.parse(item.value.date) > Date.parse(session.latest)) session.latest = item.value.date;
  parts.sessions.set(item.value.sessionId, session);
}

/**
 * One `cashregister` element per register: receipt events, then a Z report per session, then the cash
 * transactions of receipts and session events.
 *
 * @param items - receipts then session events
 * @param entries - the receipt-level journal entries by id
 * @param settings - export options with the journal currency
 * @param basics - the registry of codes used
 * @returns the cashregister elements
 * @throws TillError INVALID_INPUT for an id over 35 characters or a receipt missing from the journal
 * @internal
 */
export function registerElements(
  items: readonly Item[],
  entries: ReadonlyMap<string, JournalEntry>,
  settings: SaftSettings & { currency: string },
  basics: SaftBasics,
): XmlElement[] {
  const registers = new Map<string, RegisterParts>();
  let eventId = 0;
  items.forEach((item, index) => {
    const parts: RegisterParts = registers.get(item.value.register) ?? {
      events: [],
      transactions: [],
      sessions: new Map(),
    };
    registers.set(item.value.register, parts);
    addItem(parts, item, index, { entries, settings, basics, nextEventId: () => ++eventId });
  });
  return [...registers].map(([register, parts]) => {
    const zReports = [...parts.sessions].map(([sessionId, session]) =>
      zReportEvent({ register, sessionId, ...session }, ++eventId, settings, basics),
    );
    return parentElement("cashregister", [
      textElement("registerID", register),
      ...parts.events,
      ...zReports,
      ...parts.transactions,
    ]);
  });
}

import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import type { JournalEntry } from "../../core/journal/journal-entry";
import { verifyJournal } from "../../core/journal/verify-journal";
import { parseSaleFact } from "./parse-sale-fact";
import { parseSessionFact } from "./parse-session-fact";
import { makeMoneyReader } from "./payload-money";
import type { SaleFact, SaleFacts, SessionFact } from "./sale-fact";

/**
 * zod schema of the options of {@link readSaleFacts}: the report currency and an optional half-open
 * period `[from, to)` of ISO timestamps.
 *
 * @public
 */
export const readSaleFactsOptionsSchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/**
 * Options of {@link readSaleFacts}.
 *
 * @public
 */
export type ReadSaleFactsOptions = z.input<typeof readSaleFactsOptionsSchema>;

const SALE_TYPES = new Set(["sale.completed", "return.completed", "sale.postVoided"]);

/**
 * Projects verified journal entries into sale facts, without checking the chain (for entries the caller
 * has verified, or a store that verified them on write). Training receipts are counted and left out.
 *
 * @param entries - journal entries of any registers
 * @param options - currency and period
 * @returns the facts, in the order given
 * @throws TillError CURRENCY_MISMATCH naming the amount's path; INVALID_INPUT for bad options or payloads
 * @public
 */
export function projectSaleFacts(entries: readonly JournalEntry[], options: ReadSaleFactsOptions): SaleFacts {
  const { currency, from, to } = parseWith(readSaleFactsOptionsSchema, options, ["options"]);
  const start = from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(from);
  const end = to === undefined ? Number.POSITIVE_INFINITY : Date.parse(to);
  const sales: SaleFact[] = [];
  const sessions: SessionFact[] = [];
  const read = makeMoneyReader(currency);
  let voids = 0;
  let trainingReceipts = 0;
  entries.forEach((entry, index) => {
    const time = Date.parse(entry.timestamp);
    if (time < start || time >= end) return;
    const path = ["entries", index];
    if (SALE_TYPES.has(entry.type)) sales.push(parseSaleFact(entry, read, path));
    else if (entry.type === "training.receipt") trainingReceipts += 1;
    else if (entry.type === "sale.voided") voids += 1;
    else sessions.push(parseSessionFact(entry, read, path));
  });
  return { currency, sales, sessions, voids, trainingReceipts };
}

function byRegister(entries: readonly unknown[]): Map<string, { entry: unknown; index: number }[]> {
  const groups = new Map<string, { entry: unknown; index: number }[]>();
  entries.forEach((entry, index) => {
    const id =
      typeof entry === "object" && entry !== null
        ? (entry as { registerId?: unknown }).registerId
        : undefined;
    const key = typeof id === "string" ? id : "";
    const group = groups.get(key) ?? [];
    group.push({ entry, index });
    groups.set(key, group);
  });
  return groups;
}

/**
 * Verifies each register's hash chain, then projects the entries into sale facts. Entries of several
 * registers may be interleaved; each register's entries must form its whole chain from genesis.
 *
 * @param entries - journal entries as read from storage (untrusted)
 * @param options - currency and period; a period without entries gives empty facts
 * @returns the facts
 * @throws TillError JOURNAL_BROKEN naming the register, seq, index and reason of the first broken entry;
 *   CURRENCY_MISMATCH for an amount in another currency
 * @example
 * ```ts
 * const facts = await readSaleFacts(await store.read("R1"), { currency: "EUR" });
 * ```
 * @public
 */
export async function readSaleFacts(
  entries: readonly unknown[],
  options: ReadSaleFactsOptions,
): Promise<SaleFacts> {
  parseWith(readSaleFactsOptionsSchema, options, ["options"]);
  for (const [registerId, group] of byRegister(entries)) {
    const verdict = await verifyJournal(group.map((item) => item.entry));
    if (!verdict.ok) {
      const index = group[verdict.index]?.index ?? entries.length;
      throw new TillError("JOURNAL_BROKEN", {
        message: `Journal of register ${registerId} breaks at seq ${verdict.seq} (${verdict.reason})`,
        path: ["entries", index],
        details: { registerId, seq: verdict.seq, index, reason: verdict.reason },
      });
    }
  }
  return projectSaleFacts(entries as readonly JournalEntry[], options);
}

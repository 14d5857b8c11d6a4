import type { z } from "zod";
import { createRegisterSession, type RegisterSession } from "../cash-session/create-register-session";
import type { ClockPort } from "../clock/clock-port";
import type { CommitPort } from "../commit/commit-port";
import { createMemoryCommitStore } from "../commit/memory-commit-store";
import type { IdPort } from "../ids/id-port";
import { toJournalJson } from "../journal/canonical-json";
import { createJournal, type Journal } from "../journal/create-journal";
import type { JournalEntry } from "../journal/journal-entry";
import type { JournalEntryType } from "../journal/journal-entry-type";
import type { JournalStore } from "../journal/journal-store";
import { createMemoryJournalStore } from "../journal/memory-journal-store";
import { createPaymentFlow, type PaymentFlow } from "../payments/create-payment-flow";
import type { PermissionPolicy } from "../permissions/permission";
import { makeTenderPolicy } from "../tenders/make-tender-policy";
import type { TenderPolicy } from "../tenders/tender-policy";
import type { tillConfigSchema } from "./till-config";

type ParsedConfig = z.output<typeof tillConfigSchema>;

/**
 * The journal-side ports of a till: journal store and journal, atomic commit, tender policy, payment
 * flow (when a terminal is configured) and the register session over the journal.
 *
 * @internal
 */
export interface TillLedger {
  readonly journalStore: JournalStore;
  readonly journal: Journal;
  readonly commits: CommitPort;
  readonly tenderPolicy: TenderPolicy;
  readonly payments: PaymentFlow | undefined;
  readonly session: RegisterSession;
}

/**
 * Builds the journal-side ports from the configuration, defaulting storage to memory.
 *
 * @throws TillError from `makeTenderPolicy` for a bad tender policy
 * @internal
 */
export function createTillLedger(
  config: ParsedConfig,
  base: { clock: ClockPort; ids: IdPort; permissions: PermissionPolicy },
): TillLedger {
  const { ports, registerId, currency } = config;
  const journalStore = ports.journal ?? createMemoryJournalStore();
  const journal = createJournal(journalStore, ports.signer === undefined ? {} : { signer: ports.signer });
  const commits =
    ports.commit ??
    createMemoryCommitStore({
      journal: journalStore,
      saleStore: ports.saleStore,
      ...(ports.loyaltyLedger === undefined ? {} : { loyaltyLedger: ports.loyaltyLedger }),
      ...(ports.storedValue === undefined ? {} : { storedValue: ports.storedValue }),
    });
  const tenderPolicy = makeTenderPolicy({ currency, ...config.tenderPolicy });
  const payments =
    ports.paymentTerminal === undefined
      ? undefined
      : createPaymentFlow({
          terminal: ports.paymentTerminal,
          journal,
          registerId,
          clock: base.clock,
          ids: base.ids,
          ...(ports.timer === undefined ? {} : { timer: ports.timer }),
          ...(config.watchdogMilliseconds === undefined
            ? {}
            : { watchdogMilliseconds: config.watchdogMilliseconds }),
        });
  const session = createRegisterSession({ registerId, journal, currency, ...base });
  return { journalStore, journal, commits, tenderPolicy, payments, session };
}

/**
 * Journals one fact of the till (an approval, a void) outside a sale commit.
 *
 * @internal
 */
export async function journalFact(
  ledger: TillLedger,
  context: { registerId: string; clock: ClockPort },
  fact: { type: JournalEntryType; eventId: string; payload: unknown },
): Promise<JournalEntry> {
  const draft = {
    registerId: context.registerId,
    eventId: fact.eventId,
    type: fact.type,
    timestamp: context.clock.now(),
    payload: toJournalJson(fact.payload),
  };
  const [entry] = await ledger.journal.append([draft]);
  return entry as JournalEntry;
}

import { createRegisterSession, type SaleSummaryPayloadJson } from "../../../src/core/cash-session";
import { createFixedClock } from "../../../src/core/clock";
import { createSequentialIds } from "../../../src/core/ids";
import { createJournal, createMemoryJournalStore, type JournalEntryType } from "../../../src/core/journal";
import { defaultPermissionPolicy } from "../../../src/core/permissions";

export const REGISTER = "R1";
const m = (amount: string) => ({ amount, currency: "EUR" });

export function setup() {
  const store = createMemoryJournalStore();
  const journal = createJournal(store);
  const clock = createFixedClock("2026-11-23T08:00:00.000Z");
  const ids = createSequentialIds("e-");
  const session = createRegisterSession({
    journal,
    registerId: REGISTER,
    currency: "EUR",
    clock,
    ids,
    permissions: defaultPermissionPolicy(),
  });
  let saleCount = 0;
  /** Journals a sale-type entry the way the checkout core's completion does. */
  async function recordSale(
    type: JournalEntryType,
    summary: Omit<Partial<SaleSummaryPayloadJson>, "total"> & { total: string },
  ) {
    saleCount += 1;
    const payload: SaleSummaryPayloadJson = {
      saleId: `S${saleCount}`,
      employeeId: "E1",
      discountTotal: m("0.00"),
      taxes: [],
      tenders: [{ kind: "card", amount: m(summary.total) }],
      change: m("0.00"),
      cashRounding: m("0.00"),
      ...summary,
      total: m(summary.total),
    };
    const [entry] = await journal.append([
      {
        registerId: REGISTER,
        eventId: `sale-${saleCount}`,
        type,
        timestamp: clock.now(),
        payload: JSON.parse(JSON.stringify(payload)),
      },
    ]);
    return entry;
  }
  return { store, journal, session, recordSale, m };
}

/** A float or count: "20x4 10x2" is four 20s and two 10s. */
export function count(text: string) {
  return {
    currency: "EUR",
    counts: text
      .split(" ")
      .filter(Boolean)
      .map((part) => {
        const [denomination = "", times = "0"] = part.split("x");
        return { denomination, count: Number(times) };
      }),
  };
}

import { describe, expect, it } from "vitest";
import { appendEntries, genesisHead, type JournalDraft } from "../../../src/core/journal";
import { accountingSourceOf, readSaleFacts } from "../../../src/reports";

const eur = (amount: string) => ({ amount, currency: "EUR" });
const draft = (
  type: JournalDraft["type"],
  minute: number,
  payload: Record<string, unknown>,
): JournalDraft => ({
  registerId: "R1",
  eventId: `${type}:${minute}`,
  type,
  timestamp: `2026-11-23T08:${String(minute).padStart(2, "0")}:00.000Z`,
  payload: { sessionId: "SES-1", employeeId: "E1", ...payload } as JournalDraft["payload"],
});

describe("session facts into the books", () => {
  it.each([
    ["a paid-in keeps its reason", 0, ["paid-in", "20.00", "float"]],
    ["a paid-out", 1, ["paid-out", "5.00", "petty-cash"]],
    ["the over/short of the closing", 2, ["over-short", "-0.50", undefined]],
  ] as const)("%s", async (_title, index, expected) => {
    const { entries } = await appendEntries(genesisHead("R1"), [
      draft("session.opened", 0, { floatTotal: eur("100.00") }),
      draft("cash.paidIn", 1, { amount: eur("20.00"), reason: "float" }),
      draft("cash.drop", 2, { amount: eur("50.00"), reason: "safe" }),
      draft("cash.paidOut", 3, { amount: eur("5.00"), reason: "petty-cash" }),
      draft("session.closed", 4, {
        countedTotal: eur("64.50"),
        expected: eur("65.00"),
        overShort: eur("-0.50"),
      }),
    ]);
    const { events } = accountingSourceOf(await readSaleFacts(entries, { currency: "EUR" }));
    const event = events[index];
    expect([events.length, event?.kind, event?.amount.toString(), event?.reason]).toEqual([3, ...expected]);
  });
});

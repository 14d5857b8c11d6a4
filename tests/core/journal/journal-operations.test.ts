import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFixedClock } from "../../../src/core/clock";
import { isTillError } from "../../../src/core/errors";
import { createSequentialIds } from "../../../src/core/ids";
import { verifyJournal } from "../../../src/core/journal";
import { parseMoney } from "../../../src/core/money";
import {
  createManualTimer,
  createPaymentFlow,
  createPaymentTerminalSimulator,
} from "../../../src/core/payments";
import { count, REGISTER, setup } from "../cash-session/session-fixtures";

const OPERATIONS = [
  "open",
  "paidIn",
  "drop",
  "sale",
  "return",
  "card",
  "declined",
  "drawer",
  "close",
  "x",
  "z",
  "clockIn",
] as const;

describe("journal over real operations", () => {
  it("verifies, with gap-free receipt numbers, after any sequence of till operations", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...OPERATIONS), { maxLength: 12 }), async (operations) => {
        // Arrange
        const { journal, store, session, recordSale, m } = setup();
        const terminal = createPaymentTerminalSimulator("T1");
        const flow = createPaymentFlow({
          terminal,
          journal,
          registerId: REGISTER,
          clock: createFixedClock("2026-11-23T09:00:00.000Z"),
          ids: createSequentialIds("pi-"),
          timer: createManualTimer(),
        });
        const run: Record<(typeof OPERATIONS)[number], () => Promise<unknown>> = {
          open: () => session.open({ employeeId: "E1", float: count("20x5") }),
          paidIn: () =>
            session.moveCash({
              type: "cash.paidIn",
              employeeId: "E1",
              amount: m("10.00"),
              reason: "float top-up",
            }),
          drop: () =>
            session.moveCash({ type: "cash.drop", employeeId: "E1", amount: m("20.00"), reason: "safe" }),
          sale: () =>
            recordSale("sale.completed", { total: "12.30", tenders: [{ kind: "cash", amount: m("12.30") }] }),
          return: () =>
            recordSale("return.completed", {
              total: "-2.00",
              tenders: [{ kind: "cash", amount: m("-2.00") }],
            }),
          card: () => flow.authorize({ saleId: "S", amount: parseMoney("9.99", "EUR") }),
          declined: async () => {
            terminal.script({ outcome: "decline" });
            return flow.authorize({ saleId: "S", amount: parseMoney("5.00", "EUR") });
          },
          drawer: () =>
            session.openDrawer({ operator: { employeeId: "M1", role: "manager" }, reason: "change" }),
          close: () => session.close({ employeeId: "E1", counted: count("20x5") }),
          x: () => session.xReport(),
          z: () => session.zReport(),
          clockIn: () => session.clockIn("E1"),
        };
        // Act
        for (const operation of operations) {
          try {
            await run[operation]();
          } catch (error) {
            if (!isTillError(error)) throw error;
          }
        }
        // Assert
        const entries = await store.read(REGISTER);
        expect(await verifyJournal(entries, { expectedHead: await store.head(REGISTER) })).toMatchObject({
          ok: true,
        });
        const receipts = entries.flatMap((entry) =>
          entry.receiptNumber === undefined ? [] : [entry.receiptNumber],
        );
        expect(receipts).toEqual(receipts.map((_number, index) => index + 1));
      }),
      { numRuns: 100 },
    );
  });
});

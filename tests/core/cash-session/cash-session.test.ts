import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCash, DENOMINATION_TABLES } from "../../../src/core/cash-session";
import { isTillError } from "../../../src/core/errors";
import { parseMoney } from "../../../src/core/money";
import { count, REGISTER, setup } from "./session-fixtures";

describe("countCash", () => {
  it.each([
    [
      "EUR 3×20 + 4×0.50",
      "EUR",
      [
        ["20", 3],
        ["0.50", 4],
      ],
      "62.00",
    ],
    [
      "USD 4×0.25 + 1×100",
      "USD",
      [
        ["0.25", 4],
        ["100", 1],
      ],
      "101.00",
    ],
    [
      "GBP 2×50 + 3×0.02",
      "GBP",
      [
        ["50", 2],
        ["0.02", 3],
      ],
      "100.06",
    ],
    [
      "CHF 1×1000 + 2×0.05",
      "CHF",
      [
        ["1000", 1],
        ["0.05", 2],
      ],
      "1000.10",
    ],
    [
      "SEK 3×20 + 1×10",
      "SEK",
      [
        ["20", 3],
        ["10", 1],
      ],
      "70.00",
    ],
    [
      "DKK 1×0.50 + 1×200",
      "DKK",
      [
        ["0.50", 1],
        ["200", 1],
      ],
      "200.50",
    ],
    [
      "JPY 2×10000 + 3×500",
      "JPY",
      [
        ["10000", 2],
        ["500", 3],
      ],
      "21500",
    ],
    [
      "CNY 5×0.10 + 1×100",
      "CNY",
      [
        ["0.10", 5],
        ["100", 1],
      ],
      "100.50",
    ],
    [
      "CAD 4×0.25 + 2×2",
      "CAD",
      [
        ["0.25", 4],
        ["2", 2],
      ],
      "5.00",
    ],
  ] as const)("%s = %s", (_title, currency, rows, total) => {
    const counts = rows.map(([denomination, times]) => ({ denomination, count: times }));
    expect(countCash({ currency, counts }).toString()).toBe(total);
  });

  it.each([
    ["a EUR 0.25 coin", "EUR", "0.25", "INVALID_INPUT", ["counts", 0, "denomination"]],
    ["a CHF 0.01 coin (withdrawn)", "CHF", "0.01", "INVALID_INPUT", ["counts", 0, "denomination"]],
    ["a currency without a table", "KWD", "1", "UNKNOWN_CURRENCY", []],
  ])("rejects %s", (_title, currency, denomination, code, path) => {
    expect(() => countCash({ currency, counts: [{ denomination, count: 1 }] })).toThrowError(
      expect.objectContaining({ code, path }),
    );
  });

  it("ships tables for EUR, USD, GBP, CHF, SEK, DKK, JPY, CNY and CAD", () => {
    expect(DENOMINATION_TABLES.map((table) => table.currency)).toEqual([
      "EUR",
      "USD",
      "GBP",
      "CHF",
      "SEK",
      "DKK",
      "JPY",
      "CNY",
      "CAD",
    ]);
  });
});

describe("register session", () => {
  it.each([
    ["counted as expected → 0.00", "20x3 10x1 2x1 0.50x1 0.20x1 0.10x1", "72.80", "0.00"],
    ["2.80 short", "20x3 10x1", "70.00", "-2.80"],
    ["0.20 over", "20x3 10x1 2x1 0.50x1 0.50x1", "73.00", "0.20"],
  ])(
    "float 100.00, cash sale net 8.30, paid in 20.00, paid out 5.50, drop 50.00, closed %s",
    async (_t, counted, total, overShort) => {
      const { session, recordSale, m } = setup();
      await session.open({ employeeId: "E1", float: count("20x4 10x2") });
      await recordSale("sale.completed", {
        total: "48.32",
        tenders: [
          { kind: "card", amount: m("40.00") },
          { kind: "cash", amount: m("10.00") },
        ],
        change: m("1.70"),
        cashRounding: m("-0.02"),
      });
      await session.moveCash({
        type: "cash.paidIn",
        employeeId: "E1",
        amount: m("20.00"),
        reason: "change from bank",
      });
      await session.moveCash({
        type: "cash.paidOut",
        employeeId: "E1",
        amount: m("5.50"),
        reason: "window cleaner",
      });
      await session.moveCash({
        type: "cash.drop",
        employeeId: "E1",
        amount: m("50.00"),
        reason: "safe drop",
      });
      expect((await session.state()).expectedCash.toString()).toBe("72.80");
      const closed = await session.close({ employeeId: "E1", counted: count(counted) });
      expect(closed.payload).toMatchObject({
        expected: m("72.80"),
        countedTotal: m(total),
        overShort: m(overShort),
      });
    },
  );

  it.each([
    ["closing twice", "close-twice", "SESSION_CLOSED"],
    ["opening twice", "open-twice", "SESSION_ALREADY_OPEN"],
    ["a paid-out before any session", "no-session", "SESSION_NOT_OPEN"],
    ["a paid-out above the expected cash", "too-much", "INSUFFICIENT_BALANCE"],
    ["a negative paid-in", "negative", "INVALID_INPUT"],
    ["a too-precise paid-in", "precise", "MONEY_PRECISION"],
    ["a card number as a reason", "card-reason", "CARD_DATA_REJECTED"],
    ["a no-sale opening by a cashier", "drawer", "PERMISSION_DENIED"],
  ])("%s → %s, journal unchanged", async (_title, scenario, code) => {
    const { session, store, m } = setup();
    if (scenario !== "no-session") await session.open({ employeeId: "E1", float: count("20x5") });
    if (scenario === "close-twice") await session.close({ employeeId: "E1", counted: count("20x5") });
    const before = await store.read(REGISTER);
    const attempt = {
      "close-twice": () => session.close({ employeeId: "E1", counted: count("20x5") }),
      "open-twice": () => session.open({ employeeId: "E1", float: count("20x5") }),
      "no-session": () =>
        session.moveCash({ type: "cash.paidOut", employeeId: "E1", amount: m("1.00"), reason: "x" }),
      "too-much": () =>
        session.moveCash({ type: "cash.paidOut", employeeId: "E1", amount: m("100.01"), reason: "x" }),
      negative: () =>
        session.moveCash({ type: "cash.paidIn", employeeId: "E1", amount: m("-1.00"), reason: "x" }),
      precise: () =>
        session.moveCash({ type: "cash.paidIn", employeeId: "E1", amount: m("1.001"), reason: "x" }),
      "card-reason": () =>
        session.moveCash({
          type: "cash.paidIn",
          employeeId: "E1",
          amount: m("1.00"),
          reason: "card 4111111111111111",
        }),
      drawer: () => session.openDrawer({ operator: { employeeId: "E1", role: "cashier" }, reason: "change" }),
    }[scenario];
    await expect(attempt?.()).rejects.toMatchObject({ code });
    expect(await store.read(REGISTER)).toEqual(before);
  });

  it.each([
    ["a supervisor", { employeeId: "E2", role: "supervisor" }, {}],
    ["a cashier with a manager override", { employeeId: "E1", role: "cashier" }, { approvalId: "AP-7" }],
  ])("a no-sale drawer opening by %s is journaled", async (_title, operator, approval) => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    const entry = await session.openDrawer({ operator, reason: "customer needs change", ...approval });
    expect([entry.type, (entry.payload as { employeeId: string }).employeeId]).toEqual([
      "drawer.opened",
      operator.employeeId,
    ]);
  });

  it("journals clock-in and clock-out", async () => {
    const { session } = setup();
    const entries = [await session.clockIn("E1"), await session.clockOut("E1")];
    expect(entries.map((entry) => [entry.type, entry.payload])).toEqual([
      ["shift.clockIn", { employeeId: "E1" }],
      ["shift.clockOut", { employeeId: "E1" }],
    ]);
  });

  it("property: over/short = counted − expected for any sequence of cash movements", async () => {
    const movement = fc.record({
      type: fc.constantFrom("cash.paidIn", "cash.paidOut", "cash.drop", "cash.pickup", "sale"),
      euros: fc.integer({ min: -5, max: 200 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(movement, { maxLength: 8 }),
        fc.integer({ min: 0, max: 400 }),
        async (moves, twenties) => {
          // Arrange
          const { session, recordSale } = setup();
          await session.open({ employeeId: "E1", float: count("20x5") });
          let expected = 10_000n;
          // Act: movements the session refuses (negative, more than the drawer holds) change nothing
          for (const move of moves) {
            const amount = { amount: `${move.euros}.00`, currency: "EUR" };
            const cents = BigInt(move.euros) * 100n;
            try {
              if (move.type === "sale") {
                if (move.euros < 0) continue;
                await recordSale("sale.completed", {
                  total: amount.amount,
                  tenders: [{ kind: "cash", amount }],
                });
                expected += cents;
              } else {
                await session.moveCash({ type: move.type, employeeId: "E1", amount, reason: "r" });
                expected += move.type === "cash.paidIn" ? cents : -cents;
              }
            } catch (error) {
              if (!isTillError(error)) throw error;
            }
          }
          const closed = await session.close({ employeeId: "E1", counted: count(`20x${twenties}`) });
          // Assert
          const payload = closed.payload as { expected: { amount: string }; overShort: { amount: string } };
          expect(parseMoney(payload.expected.amount, "EUR").minor).toBe(expected);
          expect(parseMoney(payload.overShort.amount, "EUR").minor).toBe(BigInt(twenties) * 2000n - expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

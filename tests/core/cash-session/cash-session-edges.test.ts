import { describe, expect, it } from "vitest";
import {
  clockShift,
  completionDraft,
  computeRegisterReport,
  countCash,
  getDenominationTable,
  negateSaleSummaryLines,
  projectCashSession,
  reduceCashSession,
  type SaleSummaryLine,
  saleSummaryFromPriced,
  saleSummaryLines,
} from "../../../src/core/cash-session";
import { createFixedClock } from "../../../src/core/clock";
import { createSequentialIds } from "../../../src/core/ids";
import type { JournalEntry } from "../../../src/core/journal";
import { parseMoney } from "../../../src/core/money";
import type { PricedSale } from "../../../src/core/pipeline";
import { parseQuantity } from "../../../src/core/quantity";
import type { Sale } from "../../../src/core/sale";
import { settleTenders } from "../../../src/core/tenders";
import { failureOf, rejectionOf, tillErrorOf } from "../../support/till-error-of";
import { eur, plainPolicy, skPolicy, tendered } from "../tenders/tender-fixtures";
import { count, REGISTER, setup } from "./session-fixtures";

const json = (amount: string) => ({ amount, currency: "EUR" });

/** Raw journal entries for the projections; only type, seq, receipt number and payload are read. */
function entry(
  seq: number,
  type: JournalEntry["type"],
  payload: object,
  receiptNumber?: number,
): JournalEntry {
  return {
    registerId: REGISTER,
    eventId: `e${seq}`,
    type,
    timestamp: `2026-11-23T08:00:${String(seq).padStart(2, "0")}.000Z`,
    payload: JSON.parse(JSON.stringify(payload)),
    seq,
    prevHash: "0".repeat(64),
    hash: "0".repeat(64),
    ...(receiptNumber === undefined ? {} : { receiptNumber }),
  };
}

const opened = (seq: number, float: string) =>
  entry(seq, "session.opened", {
    sessionId: `S-${seq}`,
    employeeId: "E1",
    float: count(""),
    floatTotal: json(float),
  });

const sale = (
  total: string,
  tenders: { kind: string; amount: string }[],
  change = "0.00",
  employeeId = "E1",
) => ({
  saleId: "X",
  employeeId,
  total: json(total),
  discountTotal: json("0.00"),
  taxes: [],
  tenders: tenders.map((tender) => ({ kind: tender.kind, amount: json(tender.amount) })),
  change: json(change),
  cashRounding: json("0.00"),
});

const movement = (amount: string) => ({
  sessionId: "S-1",
  employeeId: "E1",
  amount: json(amount),
  reason: "r",
});

describe("countCash edges", () => {
  it.each([
    ["no rows", "EUR", [], "0.00"],
    ["a zero count", "EUR", [{ denomination: "500", count: 0 }], "0.00"],
    // "20.00" and "20" are the same note: the check compares values, not texts.
    ["20.00 written with decimals × 2", "EUR", [{ denomination: "20.00", count: 2 }], "40.00"],
    // USD 1 is both a coin and a note; 3 × 1 + 2 × 0.10 = 3.20.
    [
      "USD 3 × 1 + 2 × 0.10",
      "USD",
      [
        { denomination: "1", count: 3 },
        { denomination: "0.10", count: 2 },
      ],
      "3.20",
    ],
    // 1 000 000 × 500 = 500 000 000.00: bigint, no float drift.
    ["a million 500 notes", "EUR", [{ denomination: "500", count: 1_000_000 }], "500000000.00"],
  ])("%s = %s", (_title, currency, counts, total) => {
    expect(countCash({ currency, counts }).toString()).toBe(total);
  });

  it.each([
    ["a lower-case currency", { currency: "eur", counts: [] }, "INVALID_INPUT", ["currency"]],
    [
      "a negative count",
      { currency: "EUR", counts: [{ denomination: "20", count: -1 }] },
      "INVALID_INPUT",
      ["counts", 0, "count"],
    ],
    [
      "a fractional count",
      { currency: "EUR", counts: [{ denomination: "20", count: 1.5 }] },
      "INVALID_INPUT",
      ["counts", 0, "count"],
    ],
    [
      "an unknown note in the second row",
      {
        currency: "EUR",
        counts: [
          { denomination: "20", count: 1 },
          { denomination: "25", count: 1 },
        ],
      },
      "INVALID_INPUT",
      ["counts", 1, "denomination"],
    ],
    [
      "a denomination finer than the cent",
      { currency: "EUR", counts: [{ denomination: "0.005", count: 1 }] },
      "MONEY_PRECISION",
      ["counts", 0, "denomination"],
    ],
  ])("refuses %s", (_title, input, code, path) => {
    expect(failureOf(() => countCash(input))).toMatchObject({ code, path });
  });

  it("getDenominationTable names the currency it has no table for", () => {
    expect(getDenominationTable("CAD").coins).toEqual(["0.05", "0.10", "0.25", "1", "2"]);
    expect(failureOf(() => getDenominationTable("KWD"))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: [],
      details: { currency: "KWD" },
    });
  });
});

describe("session commands", () => {
  it("journals the session's id, float and total; the count's currency must be the register's", async () => {
    const { session } = setup();
    const opened = await session.open({ employeeId: "E1", float: count("20x4 10x2") });
    expect([opened.type, opened.eventId, opened.timestamp, opened.payload]).toEqual([
      "session.opened",
      "e-event-2",
      "2026-11-23T08:00:00.000Z",
      {
        sessionId: "session-e-event-1",
        employeeId: "E1",
        float: count("20x4 10x2"),
        floatTotal: json("100.00"),
      },
    ]);
    expect(await session.state()).toEqual({
      registerId: REGISTER,
      currency: "EUR",
      status: "open",
      sessionId: "session-e-event-1",
      openedAt: "2026-11-23T08:00:00.000Z",
      expectedCash: eur("100.00"),
    });
  });

  it.each([
    ["an opening float in USD", "open", "CURRENCY_MISMATCH", ["float", "currency"]],
    ["a paid-in in USD", "move", "CURRENCY_MISMATCH", ["amount", "currency"]],
    ["a closing count in USD", "close", "CURRENCY_MISMATCH", ["counted", "currency"]],
  ])("refuses %s with %s", async (_title, command, code, path) => {
    const { session } = setup();
    if (command !== "open") await session.open({ employeeId: "E1", float: count("20x5") });
    const usd = { ...count("20x1"), currency: "USD" };
    const attempt = {
      open: () => session.open({ employeeId: "E1", float: usd }),
      move: () =>
        session.moveCash({
          type: "cash.paidIn",
          employeeId: "E1",
          amount: parseMoney("1.00", "USD"),
          reason: "r",
        }),
      close: () => session.close({ employeeId: "E1", counted: usd }),
    }[command] as () => Promise<unknown>;
    expect(await rejectionOf(attempt)).toEqual({
      code,
      path,
      details: { expected: "EUR", currency: "USD" },
    });
  });

  it.each([
    // The drawer holds the 100.00 float: all of it may leave, a cent more may not; a paid-in has no cap.
    ["a paid-out of all 100.00", "cash.paidOut", "100.00", null],
    ["a pickup of 100.01", "cash.pickup", "100.01", "INSUFFICIENT_BALANCE"],
    ["a drop of 100.01", "cash.drop", "100.01", "INSUFFICIENT_BALANCE"],
    ["a paid-in of 500.00", "cash.paidIn", "500.00", null],
    ["a paid-in of 0.00", "cash.paidIn", "0.00", "INVALID_INPUT"],
  ] as const)("%s → %s", async (_title, type, amount, code) => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    const attempt = () => session.moveCash({ type, employeeId: "E1", amount: eur(amount), reason: "r" });
    if (code === null) expect((await attempt()).type).toBe(type);
    else expect(await rejectionOf(attempt)).toMatchObject({ code, path: ["amount"] });
  });

  it("INSUFFICIENT_BALANCE names the expected cash", async () => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    expect(
      await rejectionOf(() =>
        session.moveCash({ type: "cash.drop", employeeId: "E1", amount: eur("100.01"), reason: "r" }),
      ),
    ).toMatchObject({ details: { expected: "100.00" } });
  });

  it("a movement journals its amount, reason, approval and session, not its type", async () => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    const moved = await session.moveCash({
      type: "cash.paidOut",
      employeeId: "E1",
      amount: eur("5.50"),
      reason: "window cleaner",
      approvalId: "AP-1",
    });
    expect([moved.type, moved.payload]).toEqual([
      "cash.paidOut",
      {
        employeeId: "E1",
        amount: json("5.50"),
        reason: "window cleaner",
        approvalId: "AP-1",
        sessionId: "session-e-event-1",
      },
    ]);
  });

  it("closing journals counted, expected and over/short; the next session starts from its own float", async () => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    // 100.00 expected, 90.00 counted: 10.00 short.
    const closed = await session.close({ employeeId: "E2", counted: count("20x4 10x1") });
    expect(closed.payload).toEqual({
      sessionId: "session-e-event-1",
      employeeId: "E2",
      counted: count("20x4 10x1"),
      countedTotal: json("90.00"),
      expected: json("100.00"),
      overShort: json("-10.00"),
    });
    expect(await session.state()).toMatchObject({ status: "closed", lastOverShort: eur("-10.00") });
    await session.open({ employeeId: "E1", float: count("50x1") });
    const reopened = await session.state();
    expect([reopened.status, reopened.expectedCash.toString(), "lastOverShort" in reopened]).toEqual([
      "open",
      "50.00",
      false,
    ]);
  });

  it.each([
    ["before any session", false, "SESSION_NOT_OPEN"],
    ["after the session closed", true, "SESSION_CLOSED"],
  ])("a drawer opening %s is %s", async (_title, closeFirst, code) => {
    const { session } = setup();
    if (closeFirst) {
      await session.open({ employeeId: "E1", float: count("20x5") });
      await session.close({ employeeId: "E1", counted: count("20x5") });
    }
    const attempt = () =>
      session.openDrawer({ operator: { employeeId: "M1", role: "manager" }, reason: "change" });
    expect(await rejectionOf(attempt)).toMatchObject({ code });
  });

  it("SESSION_ALREADY_OPEN names the open session", async () => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    expect(await rejectionOf(() => session.open({ employeeId: "E2", float: count("20x5") }))).toEqual({
      code: "SESSION_ALREADY_OPEN",
      path: [],
      details: { sessionId: "session-e-event-1" },
    });
  });

  it("SESSION_CLOSED names the closed session", async () => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    await session.close({ employeeId: "E1", counted: count("20x5") });
    expect(await rejectionOf(() => session.close({ employeeId: "E1", counted: count("20x5") }))).toEqual({
      code: "SESSION_CLOSED",
      path: [],
      details: { sessionId: "session-e-event-1" },
    });
  });

  it("a drawer opening journals who, why and the approval; a cashier without one is refused", async () => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    const approved = await session.openDrawer({
      operator: { employeeId: "E1", role: "cashier" },
      reason: "customer needs change",
      approvalId: "AP-7",
    });
    expect(approved.payload).toEqual({
      sessionId: "session-e-event-1",
      employeeId: "E1",
      reason: "customer needs change",
      approvalId: "AP-7",
    });
    const manager = await session.openDrawer({
      operator: { employeeId: "M1", role: "manager" },
      reason: "r",
    });
    expect("approvalId" in (manager.payload as object)).toBe(false);
    expect(
      await rejectionOf(() =>
        session.openDrawer({ operator: { employeeId: "E1", role: "cashier" }, reason: "r" }),
      ),
    ).toEqual({
      code: "PERMISSION_DENIED",
      path: [],
      details: { permission: "drawer.no-sale", role: "cashier" },
    });
  });

  it.each([
    ["an empty reason", "", "INVALID_INPUT"],
    ["a card number as the reason", "4111 1111 1111 1111", "CARD_DATA_REJECTED"],
  ])("a drawer opening with %s is %s at reason", async (_title, reason, code) => {
    const { session } = setup();
    await session.open({ employeeId: "E1", float: count("20x5") });
    expect(
      await rejectionOf(() =>
        session.openDrawer({ operator: { employeeId: "M1", role: "manager" }, reason }),
      ),
    ).toMatchObject({ code, path: ["reason"] });
  });

  it("a shift clock with an empty employee id is refused at employeeId", () => {
    const context = {
      registerId: REGISTER,
      clock: createFixedClock("2026-11-23T08:00:00.000Z"),
      ids: createSequentialIds(),
    };
    expect(failureOf(() => clockShift("shift.clockIn", "", context))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["employeeId"],
    });
    expect(clockShift("shift.clockOut", "E7", context)).toEqual({
      registerId: REGISTER,
      eventId: "event-1",
      type: "shift.clockOut",
      timestamp: "2026-11-23T08:00:00.000Z",
      payload: { employeeId: "E7" },
    });
  });
});

describe("projecting expected cash", () => {
  it.each([
    // float 100.00, cash 50.00 tendered on a 48.32 sale with 1.70 change: +48.30.
    [
      "a cash sale with change",
      [entry(2, "sale.completed", sale("48.32", [{ kind: "cash", amount: "50.00" }], "1.70"))],
      "148.30",
    ],
    [
      "a card-only sale",
      [entry(2, "sale.completed", sale("48.32", [{ kind: "card", amount: "48.32" }]))],
      "100.00",
    ],
    [
      "a cash return of 12.30",
      [entry(2, "return.completed", sale("-12.30", [{ kind: "cash", amount: "-12.30" }]))],
      "87.70",
    ],
    [
      "a post-void paid back in cash",
      [entry(2, "sale.postVoided", sale("-5.00", [{ kind: "cash", amount: "-5.00" }]))],
      "95.00",
    ],
    ["a paid-in of 20.00", [entry(2, "cash.paidIn", movement("20.00"))], "120.00"],
    ["a paid-out of 5.50", [entry(2, "cash.paidOut", movement("5.50"))], "94.50"],
    ["a drop of 50.00", [entry(2, "cash.drop", movement("50.00"))], "50.00"],
    ["a pickup of 30.00", [entry(2, "cash.pickup", movement("30.00"))], "70.00"],
    [
      "a training receipt in cash",
      [entry(2, "training.receipt", sale("9.00", [{ kind: "cash", amount: "9.00" }]))],
      "100.00",
    ],
  ])("float 100.00 + %s → %s", (_title, entries, expected) => {
    const state = projectCashSession([opened(1, "100.00"), ...entries], REGISTER, "EUR");
    expect(state.expectedCash.toString()).toBe(expected);
  });

  it("cash before the session opens and after it closes does not count", () => {
    const closed = entry(3, "session.closed", {
      sessionId: "S-1",
      employeeId: "E1",
      counted: count(""),
      countedTotal: json("100.00"),
      expected: json("100.00"),
      overShort: json("0.00"),
    });
    const state = projectCashSession(
      [
        entry(0, "cash.paidIn", movement("7.00")),
        opened(1, "100.00"),
        closed,
        entry(4, "cash.paidIn", movement("9.00")),
      ],
      REGISTER,
      "EUR",
    );
    expect([state.status, state.expectedCash.toString(), state.lastOverShort?.toString()]).toEqual([
      "closed",
      "100.00",
      "0.00",
    ]);
  });

  it("an entry that moves no cash returns the same state", () => {
    const state = projectCashSession([opened(1, "100.00")], REGISTER, "EUR");
    expect(
      reduceCashSession(
        state,
        entry(2, "drawer.opened", { sessionId: "S-1", employeeId: "E1", reason: "r" }),
      ),
    ).toBe(state);
  });

  it("no entries: no session, nothing expected", () => {
    expect(projectCashSession([], "R7", "JPY")).toEqual({
      registerId: "R7",
      currency: "JPY",
      status: "none",
      expectedCash: parseMoney("0", "JPY"),
    });
  });
});

describe("register report edges", () => {
  it("a period holds what follows the last Z, without X reports, numbered from seq to seq", () => {
    const entries = [
      entry(1, "sale.completed", sale("10.00", [{ kind: "cash", amount: "10.00" }]), 1),
      entry(2, "report.z", {}),
      entry(3, "sale.completed", sale("20.00", [{ kind: "card", amount: "20.00" }]), 2),
      entry(4, "report.x", {}),
      entry(5, "sale.postVoided", sale("-20.00", [{ kind: "card", amount: "-20.00" }]), 3),
      entry(6, "report.x", {}),
      entry(7, "drawer.opened", { sessionId: "S-1", employeeId: "E1", reason: "change" }),
      entry(8, "report.x", {}),
    ];
    const x = computeRegisterReport(entries, { kind: "x", registerId: REGISTER, currency: "EUR" });
    expect({
      fromSeq: x.fromSeq,
      toSeq: x.toSeq,
      hasZNumber: "zNumber" in x,
      sales: [x.sales.count, x.sales.total.toString()],
      postVoids: [x.postVoids.count, x.postVoids.total.toString()],
      receipts: x.receipts,
      employees: x.employees.map(
        (row) => `${row.employeeId} ${row.salesCount} ${row.salesTotal} ${row.returnsTotal}`,
      ),
      // Grand totals span every Z: sales 10.00 + 20.00, returns −20.00 (the post-void), net 10.00.
      grand: [x.grandTotals.sales, x.grandTotals.returns, x.grandTotals.net].map(String),
    }).toEqual({
      fromSeq: 3,
      // The period is seq 3, 5 and 7: it ends at its last entry, not its second nor the X report at 8.
      toSeq: 7,
      hasZNumber: false,
      sales: [1, "20.00"],
      postVoids: [1, "-20.00"],
      receipts: { count: 2, first: 2, last: 3 },
      employees: ["E1 1 20.00 -20.00"],
      grand: ["30.00", "-20.00", "10.00"],
    });
    const z = computeRegisterReport(entries, { kind: "z", registerId: REGISTER, currency: "EUR" });
    expect(z.zNumber).toBe(2);
  });

  it("an empty period reports zeros from seq 0 to 0 and no receipt range", () => {
    const report = computeRegisterReport([], { kind: "z", registerId: REGISTER, currency: "EUR" });
    expect(report.receipts).toStrictEqual({ count: 0 });
    expect({
      zNumber: report.zNumber,
      seqs: [report.fromSeq, report.toSeq],
      receipts: report.receipts,
      sales: report.sales.total.toString(),
      taxes: report.taxes,
      tenders: report.tenders,
      employees: report.employees,
    }).toEqual({
      zNumber: 1,
      seqs: [0, 0],
      receipts: { count: 0 },
      sales: "0.00",
      taxes: [],
      tenders: [],
      employees: [],
    });
  });

  it("cash movements are summed per kind", () => {
    const entries = [
      opened(1, "100.00"),
      entry(2, "cash.paidIn", movement("20.00")),
      entry(3, "cash.paidIn", movement("5.00")),
      entry(4, "cash.paidOut", movement("5.50")),
      entry(5, "cash.drop", movement("50.00")),
      entry(6, "cash.pickup", movement("10.00")),
    ];
    const report = computeRegisterReport(entries, { kind: "x", registerId: REGISTER, currency: "EUR" });
    expect(Object.values(report.cashMovements).map(String)).toEqual(["25.00", "5.50", "50.00", "10.00"]);
  });

  it("employees, taxes and tenders are listed in key order, whatever order they came in", () => {
    const tax = (rate: string, base: string, amount: string) => ({
      jurisdiction: "SK",
      rate,
      base: json(base),
      tax: json(amount),
    });
    const entries = [
      entry(1, "sale.completed", {
        ...sale("2.00", [{ kind: "voucher", amount: "2.00" }], "0.00", "E9"),
        taxes: [tax("0.23", "1.63", "0.37")],
      }),
      entry(2, "sale.completed", {
        ...sale("3.00", [{ kind: "card", amount: "3.00" }], "0.00", "E1"),
        taxes: [tax("0.10", "2.73", "0.27")],
      }),
      entry(3, "sale.completed", {
        ...sale("4.00", [{ kind: "cash", amount: "4.00" }], "0.00", "E5"),
        taxes: [tax("0.23", "3.25", "0.75")],
      }),
    ];
    const report = computeRegisterReport(entries, { kind: "x", registerId: REGISTER, currency: "EUR" });
    expect(report.employees.map((row) => row.employeeId)).toEqual(["E1", "E5", "E9"]);
    expect(report.tenders.map((row) => row.kind)).toEqual(["card", "cash", "voucher"]);
    // SK 23%: bases 1.63 + 3.25 = 4.88, tax 0.37 + 0.75 = 1.12.
    expect(report.taxes.map((row) => `${row.rate} ${row.base} ${row.tax}`)).toEqual([
      "0.10 2.73 0.27",
      "0.23 4.88 1.12",
    ]);
  });

  it("a sale payload that does not match its schema is INVALID_INPUT", () => {
    const entries = [entry(1, "sale.completed", { saleId: "S1" })];
    expect(
      failureOf(() => computeRegisterReport(entries, { kind: "x", registerId: REGISTER, currency: "EUR" })),
    ).toMatchObject({
      code: "INVALID_INPUT",
    });
    // The schema's own error stays attached for whoever investigates the journal.
    const error = tillErrorOf(() =>
      computeRegisterReport(entries, { kind: "x", registerId: REGISTER, currency: "EUR" }),
    );
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("X and Z reports are journaled as report.x and report.z", async () => {
    const { session, store } = setup();
    const reports = [await session.xReport(), await session.zReport()];
    expect(reports.map((report) => [report.kind, report.zNumber])).toEqual([
      ["x", undefined],
      ["z", 1],
    ]);
    expect((await store.read(REGISTER)).map((row) => row.type)).toEqual(["report.x", "report.z"]);
  });
});

describe("sale summaries", () => {
  const tax = (rate: string, amount: string, included: boolean) => ({
    taxId: `t-${rate}`,
    name: "VAT",
    jurisdiction: "SK",
    rate,
    base: eur("10.00"),
    amount: eur(amount),
    included,
  });

  const line = (
    lineId: string,
    quantity: string,
    taxes: ReturnType<typeof tax>[],
    adjustments: object[] = [],
  ) => ({
    lineId,
    sku: `SKU-${lineId}`,
    quantity: parseQuantity(quantity),
    unitPrice: eur("5.00"),
    gross: eur("10.00"),
    net: eur("9.00"),
    taxCategory: "standard",
    taxes,
    adjustments,
    total: eur("10.00"),
  });

  const priced = {
    saleId: "S1",
    currency: "EUR",
    lines: [
      line(
        "l1",
        "2",
        [tax("0.23", "1.68", true), tax("0.10", "0.50", false)],
        [{ source: { kind: "promotion", id: "P1", name: "10% off" }, amount: eur("1.00") }],
      ),
      line("l2", "0.5", [tax("0.10", "0.82", true)]),
    ],
    total: eur("20.00"),
    discountTotal: eur("1.00"),
  } as unknown as PricedSale;

  it("lines carry quantity, prices, only the price-included tax, and the sale line's department, category and partner", () => {
    const saleLines = [
      { lineId: "l1", department: "D1", category: "C1", partnerId: "PA1" },
      { lineId: "l9", department: "D9" },
    ] as unknown as Sale["lines"];
    expect(saleSummaryLines(priced, saleLines)).toEqual([
      {
        lineId: "l1",
        sku: "SKU-l1",
        quantity: "2",
        unitPrice: eur("5.00"),
        gross: eur("10.00"),
        net: eur("9.00"),
        // 1.68 included, 0.50 added on top: only 1.68 is inside the price.
        includedTax: eur("1.68"),
        taxCategory: "standard",
        department: "D1",
        category: "C1",
        partnerId: "PA1",
        adjustments: [{ kind: "promotion", id: "P1", name: "10% off", amount: eur("1.00") }],
      },
      {
        lineId: "l2",
        sku: "SKU-l2",
        quantity: "0.5",
        unitPrice: eur("5.00"),
        gross: eur("10.00"),
        net: eur("9.00"),
        includedTax: eur("0.82"),
        taxCategory: "standard",
        adjustments: [],
      },
    ]);
  });

  it("lines without sale lines carry no department", () => {
    expect(saleSummaryLines(priced).map((row) => "department" in row)).toEqual([false, false]);
  });

  it.each([
    ["2", "-2"],
    ["-2", "2"],
    ["0.5", "-0.5"],
    // Zero stays unsigned: "-0" would not be a quantity a report can add up.
    ["0", "0"],
    ["0.000", "0.000"],
    ["10", "-10"],
  ])("negating quantity %s gives %s, and every amount changes sign", (quantity, negated) => {
    const [summary] = saleSummaryLines(priced) as [SaleSummaryLine, ...SaleSummaryLine[]];
    const [line] = negateSaleSummaryLines([{ ...summary, quantity }]) as [SaleSummaryLine];
    expect({
      quantity: line.quantity,
      gross: line.gross.toString(),
      net: line.net.toString(),
      includedTax: line.includedTax.toString(),
      adjustments: line.adjustments.map((row) => row.amount.toString()),
      unitPrice: line.unitPrice.toString(),
    }).toEqual({
      quantity: negated,
      gross: "-10.00",
      net: "-9.00",
      includedTax: "-1.68",
      adjustments: ["-1.00"],
      unitPrice: "5.00",
    });
  });

  it("the summary adds taxes by jurisdiction and rate across lines", () => {
    const settlement = settleTenders(tendered("20.00", ["card:20.00"], plainPolicy), plainPolicy);
    const summary = saleSummaryFromPriced({ saleId: "S1", cashierId: "E1" }, priced, settlement);
    // 10% on l1 (0.50) and l2 (0.82) = 1.32 on bases 10.00 + 10.00; 23% only on l1.
    expect(summary.taxes).toEqual([
      { jurisdiction: "SK", rate: "0.23", base: eur("10.00"), tax: eur("1.68") },
      { jurisdiction: "SK", rate: "0.10", base: eur("20.00"), tax: eur("1.32") },
    ]);
    expect(summary).toMatchObject({
      saleId: "S1",
      employeeId: "E1",
      total: eur("20.00"),
      discountTotal: eur("1.00"),
      change: eur("0.00"),
      // Without a cash-rounding rule the difference is 0.00.
      cashRounding: eur("0.00"),
    });
    for (const key of ["sessionId", "lines", "storeId", "customerId", "pointsEarned", "snapshotVersions"]) {
      expect(key in summary, key).toBe(false);
    }
  });

  it("the summary carries the sale's store, customer, points, lines, session and snapshot versions", () => {
    const settlement = settleTenders(tendered("20.00", ["card:20.00"], plainPolicy), plainPolicy);
    const versions = { catalog: 7 };
    const summary = saleSummaryFromPriced(
      {
        saleId: "S1",
        cashierId: "E1",
        storeId: "ST1",
        customer: { customerId: "C1" },
        loyalty: { earned: [{ points: 120 }, { points: 30 }], redeemed: [] },
        lines: [],
      } as never,
      priced,
      settlement,
      "session-1",
      versions,
    );
    expect(summary).toMatchObject({
      sessionId: "session-1",
      storeId: "ST1",
      customerId: "C1",
      // 120 + 30 points earned.
      pointsEarned: "150",
      pointsRedeemed: "0",
      snapshotVersions: { catalog: 7 },
    });
    expect(summary.lines?.map((row) => row.lineId)).toEqual(["l1", "l2"]);
    expect(summary.snapshotVersions).not.toBe(versions);
  });

  it("tenders carry their foreign amount, rate, rate table and reference when they have them", () => {
    // 48.32 under the SK rule is paid as 48.30: USD 60.00 × 0.92 = 55.20 EUR, change 6.90, rounding −0.02.
    const foreign = settleTenders(tendered("48.32", ["usd:60.00"], skPolicy), skPolicy);
    const summary = saleSummaryFromPriced({ saleId: "S1", cashierId: "E1" }, priced, foreign);
    expect([summary.tenders, summary.change, summary.cashRounding]).toStrictEqual([
      [
        {
          kind: "foreign-cash",
          amount: eur("55.20"),
          foreignAmount: parseMoney("60.00", "USD"),
          rate: "0.9200",
          rateTableId: "rates-2026-11-23",
        },
      ],
      eur("6.90"),
      eur("-0.02"),
    ]);
    const card = settleTenders(tendered("20.00", ["card:20.00"], plainPolicy), plainPolicy);
    // Strict: a tender without a foreign amount or rate carries no such member at all.
    expect(saleSummaryFromPriced({ saleId: "S1", cashierId: "E1" }, priced, card).tenders).toStrictEqual([
      { kind: "card", amount: eur("20.00"), reference: "pi-t1" },
    ]);
  });

  it.each([
    ["a JSON total of −0.01 is a return", json("-0.01"), false, "return.completed"],
    ["a JSON total of 0.00 is a sale", json("0.00"), false, "sale.completed"],
    ["a Money total of −0.01 is a return", eur("-0.01"), false, "return.completed"],
    ["a Money total of 0.00 is a sale", eur("0.00"), false, "sale.completed"],
    ["a training return stays training", eur("-5.00"), true, "training.receipt"],
  ])("%s", (_title, total, isTraining, type) => {
    const summary = {
      saleId: "S7",
      employeeId: "E1",
      total,
      discountTotal: json("0.00"),
      taxes: [],
      tenders: [],
      change: json("0.00"),
      cashRounding: json("0.00"),
    };
    const draft = completionDraft("R1", summary, { timestamp: "2026-11-23T09:00:00.000Z", isTraining });
    expect([draft.type, draft.eventId, draft.registerId, draft.timestamp]).toEqual([
      type,
      "sale:S7",
      "R1",
      "2026-11-23T09:00:00.000Z",
    ]);
    expect((draft.payload as { total: unknown }).total).toEqual(
      json(typeof total === "object" && "minor" in total ? total.toString() : total.amount),
    );
  });
});

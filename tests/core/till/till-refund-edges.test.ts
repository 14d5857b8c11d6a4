import { describe, expect, it } from "vitest";
import {
  createMemoryJournalStore,
  createTill,
  getCashRoundingPreset,
  isTillError,
  type Sale,
  type SaleStorePort,
  type TillConfig,
  type TillError,
} from "../../../src/core";
import { setup as setupTill } from "./till-world";

// COFFEE 12.99 + 1.30 = 14.29; PEN 0.99 + 0.10 = 1.09.

const SK = getCashRoundingPreset("SK"); // cash to the nearest 0.05

/** The till of till-world.ts, taking store credit as well. */
function setup(tenderPolicy: TillConfig["tenderPolicy"] = {}) {
  return setupTill({
    tenderPolicy: { acceptedKinds: ["cash", "card", "gift-card", "store-credit"], ...tenderPolicy },
  });
}

type World = ReturnType<typeof setup>;
type Till = World["till"];
type TenderInput = Parameters<Till["addTender"]>[0];

/** A second till over the same stores (as after a restart), with some ports replaced. */
function restarted(world: World, ports: Partial<TillConfig["ports"]> = {}, without?: "paymentTerminal") {
  const { paymentTerminal, ...rest } = { ...world.config.ports, ...ports };
  const kept = without === "paymentTerminal" ? rest : { ...rest, paymentTerminal };
  const till = createTill({ ...world.config, ports: kept as TillConfig["ports"] });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  return till;
}

async function sell(till: Till, items: readonly [string, string][], tenders: readonly TenderInput[]) {
  await till.startSale();
  for (const [sku, quantity] of items) await till.addItem({ sku, quantity });
  for (const tender of tenders) await till.addTender(tender);
  return (await till.complete()).sale;
}

/** Starts a sale returning `quantity` of line-1 (or the line given) of each original. */
async function returnFrom(till: Till, ...originals: [Sale, string, string?][]) {
  await till.startSale();
  for (const [sale, quantity, lineId] of originals)
    await till.returnItems({ saleId: sale.saleId, lines: [{ lineId: lineId ?? "line-1", quantity }] });
}

async function rejection(promise: Promise<unknown>): Promise<TillError> {
  try {
    await promise;
  } catch (error) {
    if (isTillError(error)) return error;
    throw error;
  }
  throw new Error("expected a TillError");
}

const tenderRows = (sale: Sale) =>
  sale.tenders.map((tender) => [tender.kind, tender.status, tender.amount.toString(), tender.refundOf]);

describe("which sales a return is paid back to", () => {
  it("an exchange nets the new goods off the refund: 14.29 back − 1.09 bought = 13.20 to the card", async () => {
    const world = setup();
    const sale = await sell(world.till, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    await returnFrom(world.till, [sale, "1"]);
    // The pen is a sold line with no original sale: it must not count as one.
    await world.till.addItem({ sku: "PEN" });
    const done = await world.till.complete();
    expect([done.priced.total.toString(), tenderRows(done.sale)]).toEqual([
      "-13.20",
      [["card", "approved", "-13.20", sale.tenders[0]?.tenderId]],
    ]);
  });

  it("an exchange netting to a payment is paid by the cashier's tenders: 14.29 − 1.09 = 13.20, 6.80 change", async () => {
    const world = setup();
    const sale = await sell(world.till, [["PEN", "1"]], [{ kind: "cash", amount: "1.09" }]);
    await returnFrom(world.till, [sale, "1"]);
    await world.till.addItem({ sku: "COFFEE" });
    await world.till.addTender({ kind: "cash", amount: "20.00" });
    const done = await world.till.complete();
    expect([done.priced.total.toString(), done.priced.change.toString(), tenderRows(done.sale)]).toEqual([
      "13.20",
      "6.80",
      [["cash", "entered", "20.00", undefined]],
    ]);
  });

  it("an original the store no longer knows leaves the refund to the cashier: nothing paid to a tender", async () => {
    const world = setup();
    let forget = false;
    const saleStore: SaleStorePort = {
      ...world.saleStore,
      load: async (saleId) => (forget ? undefined : world.saleStore.load(saleId)),
    };
    const till = restarted(world, { saleStore });
    const sale = await sell(till, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    await returnFrom(till, [sale, "1"]);
    forget = true;
    const done = await till.complete();
    expect([done.priced.total.toString(), done.sale.tenders]).toEqual(["-14.29", []]);
  });
});

describe("what each refund tender records", () => {
  // 2 pens 2.18: 1.00 on store credit, 1.18 in cash; both back, electronic first.
  it("store credit comes back approved with its account; cash comes back entered with no reference", async () => {
    const world = setup();
    const sale = await sell(
      world.till,
      [["PEN", "2"]],
      [
        { kind: "store-credit", amount: "1.00", accountId: "SC-1" },
        { kind: "cash", amount: "1.18" },
      ],
    );
    await returnFrom(world.till, [sale, "2"]);
    const done = await world.till.complete();
    expect(tenderRows(done.sale)).toEqual([
      ["store-credit", "approved", "-1.00", sale.tenders[0]?.tenderId],
      ["cash", "entered", "-1.18", sale.tenders[1]?.tenderId],
    ]);
    expect(done.sale.tenders.map((tender) => tender.reference)).toEqual(["SC-1", undefined]);
    expect("reference" in (done.sale.tenders[1] ?? {})).toBe(false);
  });
});

describe("cash rounding shortfall on a refund (0.05 rule)", () => {
  // 3 coffee 38.97 + 3.90 = 42.87, paid in cash as 42.85 (50.00 tendered, 7.15 change): a full refund owes
  // 42.87 but the drawer took 42.85, so 42.85 goes back and the 0.02 is the refund's rounding line.
  it("a shortfall under one step is rounding: −42.85 back, difference +0.02", async () => {
    const world = setup({ cashRounding: SK });
    const sale = await sell(world.till, [["COFFEE", "3"]], [{ kind: "cash", amount: "50.00" }]);
    expect(sale.cashRounding?.difference.toString()).toBe("-0.02");
    await returnFrom(world.till, [sale, "3"]);
    const done = await world.till.complete();
    expect([
      done.priced.total.toString(),
      tenderRows(done.sale),
      done.sale.cashRounding?.difference.toString(),
    ]).toEqual(["-42.87", [["cash", "entered", "-42.85", sale.tenders[0]?.tenderId]], "0.02"]);
  });

  it("a partial card refund owes less than was paid: −14.29 of 28.58 exactly, no rounding line", async () => {
    const world = setup({ cashRounding: SK });
    const sale = await sell(world.till, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    await returnFrom(world.till, [sale, "1"]);
    const done = await world.till.complete();
    expect([tenderRows(done.sale), done.sale.cashRounding]).toEqual([
      [["card", "approved", "-14.29", sale.tenders[0]?.tenderId]],
      undefined,
    ]);
  });

  // 10 pens 9.90 + 0.99 = 10.89, paid 10.90 in cash. Each single pen (1.09) goes back as 1.10 in cash, so
  // after nine returns 9.90 is back and 1.00 is left for a pen owing 1.09: 0.09 short is more than a step.
  it("a shortfall of a step or more is not rounding: REFUND_EXCEEDS_PAID, 1.00 refundable of 1.09", async () => {
    const world = setup({ cashRounding: SK });
    const sale = await sell(world.till, [["PEN", "10"]], [{ kind: "cash", amount: "10.90" }]);
    const paid: string[] = [];
    for (let index = 0; index < 9; index += 1) {
      await returnFrom(world.till, [sale, "1"]);
      paid.push(...(await world.till.complete()).sale.tenders.map((tender) => tender.amount.toString()));
    }
    expect(paid).toEqual(Array(9).fill("-1.10"));
    await returnFrom(world.till, [sale, "1"]);
    const error = await rejection(world.till.complete());
    expect([error.code, error.path, error.details]).toEqual([
      "REFUND_EXCEEDS_PAID",
      [0, "amount"],
      { refundable: "1.00", requested: "1.09" },
    ]);
  });
});

describe("card refunds and what they are checked against", () => {
  it("a declined card refund is PAYMENT_INVALID_STATE with the refund's intent and status; nothing kept", async () => {
    const world = setup();
    const sale = await sell(world.till, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    await returnFrom(world.till, [sale, "1"]);
    world.terminal.script({ outcome: "decline" });
    const error = await rejection(world.till.complete());
    expect([error.code, error.path, error.details]).toEqual([
      "PAYMENT_INVALID_STATE",
      [],
      { intentId: "tender-4", status: "declined" },
    ]);
    expect(world.till.current()?.sale.tenders).toEqual([]);
  });

  it("an original card payment found in neither the flow nor the journal is NOT_FOUND at reference", async () => {
    const world = setup();
    const sale = await sell(world.till, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    const till = restarted(world, { journal: createMemoryJournalStore() });
    await returnFrom(till, [sale, "1"]);
    const error = await rejection(till.complete());
    expect([error.code, error.path, error.details]).toEqual([
      "NOT_FOUND",
      ["reference"],
      { intentId: sale.tenders[0]?.reference },
    ]);
  });

  it("with no payment terminal configured a card refund is TENDER_NOT_ALLOWED for kind card", async () => {
    const world = setup();
    const sale = await sell(world.till, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    const till = restarted(world, {}, "paymentTerminal");
    await returnFrom(till, [sale, "1"]);
    const error = await rejection(till.complete());
    expect([error.code, error.details]).toEqual(["TENDER_NOT_ALLOWED", { kind: "card" }]);
  });

  // After a restart the payment comes from the journal, where a later 1.09 pen payment is the last one:
  // refunding 14.29 against that would exceed it.
  it("after a restart the refund goes against the original's own journaled payment, not the latest", async () => {
    const world = setup();
    const sale = await sell(world.till, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    await sell(world.till, [["PEN", "1"]], [{ kind: "card", amount: "1.09" }]);
    const till = restarted(world);
    await returnFrom(till, [sale, "1"]);
    const done = await till.complete();
    expect(tenderRows(done.sale)).toEqual([["card", "approved", "-14.29", sale.tenders[0]?.tenderId]]);
  });

  // 3 coffee 42.87 on two cards, 20.00 and 22.87. Returning 2 (28.58) takes 20.00 + 8.58; returning the
  // third (14.29) goes to the second card, which has 22.87 − 8.58 = 14.29 left: only its own earlier
  // refund counts against it, not the first card's 20.00.
  it("each card refund is checked against what that card alone paid back before", async () => {
    const world = setup();
    const sale = await sell(
      world.till,
      [["COFFEE", "3"]],
      [
        { kind: "card", amount: "20.00" },
        { kind: "card", amount: "22.87" },
      ],
    );
    await returnFrom(world.till, [sale, "2"]);
    const first = await world.till.complete();
    await returnFrom(world.till, [sale, "1"]);
    const second = await world.till.complete();
    const [card1, card2] = sale.tenders.map((tender) => tender.tenderId);
    expect([tenderRows(first.sale), tenderRows(second.sale)]).toEqual([
      [
        ["card", "approved", "-20.00", card1],
        ["card", "approved", "-8.58", card2],
      ],
      [["card", "approved", "-14.29", card2]],
    ]);
  });

  // Coffee 14.29 paid in cash, 2 pens 2.18 on a card; both come back in one return. The cash is paid, the
  // card declined; the retry owes 16.47 − 14.29 = 2.18, all of it to the card sale: the cash sale has
  // nothing left to pay back (split by weight the 2.18 would ask it for 1.89).
  it("a retry after a declined card refund asks only the original still owed", async () => {
    const world = setup();
    const coffee = await sell(world.till, [["COFFEE", "1"]], [{ kind: "cash", amount: "14.29" }]);
    const pens = await sell(world.till, [["PEN", "2"]], [{ kind: "card", amount: "2.18" }]);
    await returnFrom(world.till, [coffee, "1"], [pens, "2", "line-2"]);
    world.terminal.script({ outcome: "decline" });
    expect((await rejection(world.till.complete())).code).toBe("PAYMENT_INVALID_STATE");
    expect(tenderRows(world.till.current()?.sale as Sale)).toEqual([
      ["cash", "entered", "-14.29", coffee.tenders[0]?.tenderId],
    ]);
    const done = await world.till.complete();
    expect(tenderRows(done.sale)).toEqual([
      ["cash", "entered", "-14.29", coffee.tenders[0]?.tenderId],
      ["card", "approved", "-2.18", pens.tenders[0]?.tenderId],
    ]);
  });
});

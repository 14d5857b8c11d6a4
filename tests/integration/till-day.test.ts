import { describe, expect, it } from "vitest";
import { type Till, verifyJournal } from "../../src/index";
import { setUpDay } from "./day-fixtures";

async function cardTimingOut(day: ReturnType<typeof setUpDay>, amount: string) {
  day.terminal.script({ outcome: "timeout", actually: "approved" });
  const pending = day.till.addTender({ kind: "card", amount });
  await day.timer.whenArmed();
  day.timer.advance(120_000);
  return pending;
}

const figures = (till: Till) => {
  const priced = till.current()?.priced;
  return [priced?.total, priced?.taxTotal, priced?.discountTotal].map(String);
};

describe("a day at one till (createTill from the package, memory ports, NL VAT, SK cash rounding)", () => {
  it("opens, sells, returns, voids, opens the drawer, reports and closes with the journal intact", async () => {
    const day = setUpDay({ failCommits: "before-write" });
    const { till } = day;
    await till.openSession({ currency: "EUR", counts: [{ denomination: "20.00", count: 5 }] });

    // Sale A: 2 coffee + milk = 33.47 incl. VAT; 5.00 off (14.9% > the cashier's 10%: approved).
    await till.startSale();
    await till.addItem({ sku: "COFFEE", quantity: "2" });
    await till.addItem({ sku: "MILK", quantity: "1" });
    await till.addDiscount({
      scope: { kind: "basket" },
      value: { kind: "amount", amount: "5.00" },
      reason: "regular",
    });
    expect(figures(till)).toEqual(["28.47", "4.37", "5.00"]);
    // Card 20.00: the terminal goes silent, the watchdog makes it unknown, the status query approves it.
    const silent = await cardTimingOut(day, "20.00");
    const card = silent.sale.tenders[0];
    expect([card?.status, card?.amount.toString()]).toEqual(["unknown", "20.00"]);
    await expect(till.complete()).rejects.toMatchObject({ code: "PAYMENT_UNKNOWN" });
    await till.resolvePayment(card?.reference ?? "");
    // Cash part 8.47 rounds to 8.45 under the SK rule: 10.00 in cash gives 1.55 change.
    await till.addTender({ kind: "cash", amount: "10.00" });
    const saleA = await till.complete().catch(() => till.complete());
    expect([saleA.sale.receiptNumber, saleA.sale.cashRounding?.difference.toString()]).toEqual([
      "reg-1-1",
      "-0.02",
    ]);
    // The change shown is the settled one (after cash rounding), not total − tendered.
    expect([saleA.priced.change.toString(), saleA.priced.balanceDue.toString()]).toEqual(["1.55", "0.00"]);
    expect(day.commits.commitCount()).toBe(1);

    // Sale B: 1 coffee 12.99, cash 13.00 (12.99 → 13.00, +0.01, no change).
    await till.startSale();
    await till.addItem({ sku: "COFFEE", quantity: "1" });
    await expect(till.complete()).rejects.toMatchObject({ code: "NOT_FULLY_PAID" });
    await till.addTender({ kind: "cash", amount: "13.00" });
    const saleB = await till.complete();
    expect([saleB.sale.receiptNumber, saleB.sale.cashRounding?.difference.toString()]).toEqual([
      "reg-1-2",
      "0.01",
    ]);

    // Return one coffee of sale A: 11.05 back (its 25.98 − 3.88 share, VAT inside), paid back to the
    // original tenders: the card paid 20.00, so all 11.05 goes back to the card, referenced to it.
    await till.startSale();
    const lineId = saleA.sale.lines[0]?.lineId ?? "";
    await till.returnItems({ receiptNumber: "reg-1-1", lines: [{ lineId, quantity: "1" }] });
    expect(figures(till)).toEqual(["-11.05", "-1.92", "-1.94"]);
    const back = await till.complete();
    const refund = back.sale.tenders[0];
    expect([back.sale.receiptNumber, refund?.kind, refund?.amount.toString(), refund?.refundOf]).toEqual([
      "reg-1-3",
      "card",
      "-11.05",
      card?.tenderId,
    ]);

    // A voided sale, a no-sale drawer opening (both approved for the cashier) and a paid-out.
    await till.startSale();
    await till.addItem({ sku: "MILK", quantity: "1" });
    await till.voidSale("customer left");
    await till.noSale("change for the float");
    await till.paidOut({ amount: "5.00", reason: "window cleaner" });

    const x = await till.xReport();
    expect(
      [x.sales.count, x.sales.total, x.returns.total, x.voidedSales, x.drawerOpenings].map(String),
    ).toEqual(["2", "41.46", "-11.05", "1", "1"]);
    // Expected cash: 100.00 float + 8.45 + 13.00 − 5.00 = 116.45 (the refund went to the card);
    // counted 116.50 → over 0.05.
    const closed = await till.closeSession({
      currency: "EUR",
      counts: [
        { denomination: "50.00", count: 2 },
        { denomination: "10.00", count: 1 },
        { denomination: "5.00", count: 1 },
        { denomination: "1.00", count: 1 },
        { denomination: "0.50", count: 1 },
      ],
    });
    const payload = closed.payload as { expected: { amount: string }; overShort: { amount: string } };
    expect([payload.expected.amount, payload.overShort.amount]).toEqual(["116.45", "0.05"]);
    const z = await till.zReport();
    expect([z.zNumber, z.grandTotals.sales.toString(), z.grandTotals.net.toString()]).toEqual([
      1,
      "41.46",
      "30.41",
    ]);
    // Z grand total equals the sum of the completed sales.
    expect(z.grandTotals.sales.minor).toBe(saleA.priced.total.minor + saleB.priced.total.minor);

    const entries = await till.journal();
    expect((await verifyJournal(entries)).ok).toBe(true);
    expect(entries.map((entry) => entry.type)).toContain("approval.granted");
    expect(day.commits.stockDeltas.map((row) => `${row.sku} ${row.delta.toString()}`)).toEqual([
      "COFFEE -2",
      "MILK -1",
      "COFFEE -1",
      "COFFEE 1",
    ]);
  });

  it("a failed commit writes nothing and the sale stays completable; the retry writes once", async () => {
    const day = setUpDay({ failCommits: "before-write" });
    await day.till.startSale();
    await day.till.addItem({ sku: "MILK", quantity: "1" });
    await day.till.addTender({ kind: "cash", amount: "7.50" });
    await expect(day.till.complete()).rejects.toMatchObject({ code: "INTERNAL" });
    expect([(await day.journal.read("reg-1")).length, day.commits.commitCount()]).toEqual([0, 0]);
    expect(day.till.current()?.sale.status).toBe("tendering");
    const done = await day.till.complete();
    expect([done.sale.receiptNumber, day.commits.commitCount(), day.commits.outbox.length]).toEqual([
      "reg-1-1",
      1,
      1,
    ]);
  });

  it("a retry after a commit that did land returns the stored result", async () => {
    const day = setUpDay({ failCommits: "after-write" });
    await day.till.startSale();
    await day.till.addItem({ sku: "MILK", quantity: "1" });
    await day.till.addTender({ kind: "cash", amount: "7.50" });
    await expect(day.till.complete()).rejects.toMatchObject({ code: "INTERNAL" });
    const done = await day.till.complete();
    expect([
      done.sale.receiptNumber,
      day.commits.commitCount(),
      (await day.journal.read("reg-1")).length,
    ]).toEqual(["reg-1-1", 1, 1]);
  });
});

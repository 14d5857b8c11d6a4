import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type PurchaseOrderReceivedDraft,
  projectReceivedStock,
  type ReceivePurchaseOrderInput,
  receivePurchaseOrder,
} from "../../../src/reports";
import { tillErrorOf } from "../../support/till-error-of";

const eur = (amount: string) => ({ amount, currency: "EUR" });

/** The drafts as journal entries of one register (the chain members a store adds are not read). */
function entriesOf(drafts: readonly PurchaseOrderReceivedDraft[]) {
  return drafts.map((draft, index) => ({ ...draft, seq: index + 1 }));
}

const receipt = (
  receiptId: string,
  quantity: string,
  cost: string,
  sku = "MILK",
): ReceivePurchaseOrderInput => ({
  registerId: "BACKOFFICE",
  receiptId,
  purchaseOrderId: "PO-1",
  storeId: "S1",
  receivedAt: "2026-11-23T08:00:00.000Z",
  lines: [{ sku, quantity, unitCost: eur(cost) }],
});

const opening = [{ sku: "MILK", storeId: "S1", onHand: "10", averageCost: eur("2.00") }];

describe("receivePurchaseOrder and projectReceivedStock", () => {
  it.each([
    // (10 × 2.00 + 30 × 3.00) ÷ 40 = 2.75.
    ["10 at 2.00 plus 30 at 3.00", "10", "2.00", [["R1", "30", "3.00"]], "40", "2.75", []],
    // The same receipt id twice: stock changes once.
    [
      "the same receipt posted twice",
      "10",
      "2.00",
      [
        ["R1", "30", "3.00"],
        ["R1", "30", "3.00"],
      ],
      "40",
      "2.75",
      ["R1"],
    ],
    // Two partial receipts: (10 × 2 + 5 × 3 + 5 × 4) ÷ 20 = 2.75.
    [
      "two partial receipts",
      "10",
      "2.00",
      [
        ["R1", "5", "3.00"],
        ["R2", "5", "4.00"],
      ],
      "20",
      "2.75",
      [],
    ],
    // Negative stock: the 5 owed units sold at their own cost, so the average is the receipt's 3.00.
    ["negative stock −5 plus 10 at 3.00", "-5", "9.99", [["R1", "10", "3.00"]], "5", "3.00", []],
    // 1 at 1.00 plus 2 at 1.01 = 3.02 ÷ 3 = 1.00666… → 1.01 half-up.
    ["a cost rounded half-up", "1", "1.00", [["R1", "2", "1.01"]], "3", "1.01", []],
  ] as const)(
    "%s (opening %s at %s)",
    (_title, onHand, openingCost, receipts, expectedOnHand, average, duplicates) => {
      const drafts = receipts.map(
        ([id, quantity, cost]) => receivePurchaseOrder(receipt(id, quantity, cost)).draft,
      );
      const stock = projectReceivedStock(entriesOf(drafts), {
        currency: "EUR",
        opening: [{ sku: "MILK", storeId: "S1", onHand, averageCost: eur(openingCost) }],
      });
      expect(stock.positions[0]?.onHand).toBe(expectedOnHand);
      expect(stock.positions[0]?.averageCost.toString()).toBe(average);
      expect(stock.duplicateReceipts.map((d) => d.receiptId)).toEqual(duplicates);
    },
  );

  it("drafts a journal fact keyed by the receipt id, and stock movements", () => {
    const posted = receivePurchaseOrder({
      ...receipt("R7", "4", "3.00"),
      outstanding: [
        { sku: "MILK", quantity: "10" },
        { sku: "BREAD", quantity: "2" },
      ],
    });
    expect(posted.draft).toMatchObject({
      eventId: "purchase-order.received:R7",
      type: "purchase-order.received",
    });
    expect(posted.draft.payload.lines).toEqual([{ sku: "MILK", quantity: "4", unitCost: eur("3.00") }]);
    expect(posted.stockMovements).toEqual([
      {
        sku: "MILK",
        store: "S1",
        delta: "4",
        unitCost: "3.00",
        reason: "received",
        time: "2026-11-23T08:00:00.000Z",
      },
    ]);
    expect(posted.remaining).toEqual([
      { sku: "MILK", quantity: "6" },
      { sku: "BREAD", quantity: "2" },
    ]);
    expect(posted.isComplete).toBe(false);
  });

  it("receiving a purchase order twice with the same id changes stock once (property)", () => {
    const receiptArb = fc.record({
      id: fc.constantFrom("R1", "R2", "R3", "R4"),
      sku: fc.constantFrom("MILK", "BREAD"),
      quantity: fc.integer({ min: 1, max: 500 }),
      cents: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(fc.array(receiptArb, { maxLength: 12 }), (list) => {
        // Arrange: the first receipt of each id is the one that counts; repeats are retries.
        const posted = list.map(
          (r) =>
            receivePurchaseOrder(
              receipt(
                r.id,
                String(r.quantity),
                `${Math.trunc(r.cents / 100)}.${String(r.cents % 100).padStart(2, "0")}`,
                r.sku,
              ),
            ).draft,
        );
        const firstOfEach = posted.filter(
          (d, i) => posted.findIndex((o) => o.payload.receiptId === d.payload.receiptId) === i,
        );
        // Act
        const withRepeats = projectReceivedStock(entriesOf(posted), { currency: "EUR", opening });
        const once = projectReceivedStock(entriesOf(firstOfEach), { currency: "EUR", opening });
        const twice = projectReceivedStock(entriesOf([...firstOfEach, ...firstOfEach]), {
          currency: "EUR",
          opening,
        });
        // Assert
        expect(withRepeats.positions).toEqual(once.positions);
        expect(twice.positions).toEqual(once.positions);
        expect(twice.duplicateReceipts).toHaveLength(firstOfEach.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe("receiving: bad input", () => {
  it.each([
    [
      "a receipt of more than the order awaits",
      () =>
        receivePurchaseOrder({
          ...receipt("R1", "11", "1.00"),
          outstanding: [{ sku: "MILK", quantity: "10" }],
        }),
      "INVALID_QUANTITY",
      ["input", "lines", 0, "quantity"],
    ],
    [
      "a SKU not on the order",
      () =>
        receivePurchaseOrder({
          ...receipt("R1", "1", "1.00", "TEA"),
          outstanding: [{ sku: "MILK", quantity: "10" }],
        }),
      "UNKNOWN_SKU",
      ["input", "lines", 0, "sku"],
    ],
    [
      "a zero quantity",
      () => receivePurchaseOrder(receipt("R1", "0", "1.00")),
      "INVALID_INPUT",
      ["input", "lines", 0, "quantity"],
    ],
    [
      "a cost with too many decimals",
      () => receivePurchaseOrder(receipt("R1", "1", "1.001")),
      "MONEY_PRECISION",
      ["input", "lines", 0, "unitCost", "amount"],
    ],
    [
      "a journalled cost in another currency",
      () =>
        projectReceivedStock(
          [
            {
              ...receivePurchaseOrder({
                ...receipt("R1", "1", "1.00"),
                lines: [{ sku: "MILK", quantity: "1", unitCost: { amount: "1.00", currency: "USD" } }],
              }).draft,
              seq: 1,
            },
          ],
          { currency: "EUR" },
        ),
      "CURRENCY_MISMATCH",
      ["entries", 0, "payload", "lines", 0, "unitCost", "currency"],
    ],
    [
      "a malformed journalled payload",
      () =>
        projectReceivedStock(
          [
            {
              registerId: "B",
              seq: 1,
              eventId: "e",
              type: "purchase-order.received",
              timestamp: "2026-11-23T08:00:00Z",
              payload: { receiptId: "R1" },
            },
          ],
          { currency: "EUR" },
        ),
      "INVALID_INPUT",
      ["entries", 0, "payload", "purchaseOrderId"],
    ],
  ] as const)("refuses %s", (_title, run, code, path) => {
    const error = tillErrorOf(run);
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });
});

describe("a received purchase order in the journal", () => {
  it("chains like every other fact, verifies, and projects the stock and cost it states", async () => {
    const { createMemoryJournalStore, genesisHead, appendEntries, verifyJournal } = await import(
      "../../../src/core"
    );
    const store = createMemoryJournalStore();
    const drafts = [receivePurchaseOrder(receipt("R1", "30", "3.00")).draft];
    const { entries } = await appendEntries(genesisHead("BACKOFFICE"), drafts);
    await store.append(entries);
    // The same receipt again is the same event id: the store keeps the first and writes nothing.
    await expect(store.append(entries)).resolves.toHaveLength(1);
    const stored = await store.read("BACKOFFICE");
    expect((await verifyJournal(stored)).ok).toBe(true);
    const stock = projectReceivedStock(stored, { currency: "EUR", opening });
    expect(stock.positions.map((row) => [row.onHand, row.averageCost.toString()])).toEqual([["40", "2.75"]]);
  });
});

import { describe, expect, it } from "vitest";
import { isTillError, parseMoney, parseQuantity, pieces } from "../../../src/core";
import { applySaleAction, type Sale, type SaleActionInput, saleFromJson } from "../../../src/core/checkout";
import { NOW, price, saleWith } from "./sale-fixtures";

const eur = (amount: string) => ({ amount, currency: "EUR" });
const by = { by: "emp-1", at: NOW };

function run(sale: Sale, actions: readonly SaleActionInput[]): Sale {
  return actions.reduce(applySaleAction, sale);
}

const discount = (discountId: string, scope: object, value: object) => ({
  type: "addManualDiscount" as const,
  discount: { discountId, scope, value, reason: "goodwill", addedBy: "emp-1", at: NOW },
  at: NOW,
});

describe("sale operations, priced with the default stages (10% / 5% test tax)", () => {
  it.each([
    ["2 coffee 25.98 + 2.60 tax, 1 milk 7.49 + 0.37 tax", "36.44", []],
    [
      "change coffee to 3 → 38.97 + 3.90 + 7.86",
      "50.73",
      [{ type: "changeQuantity", lineId: "line-1", quantity: pieces(3), ...by }],
    ],
    ["void the milk → 25.98 + 2.60", "28.58", [{ type: "voidLine", lineId: "line-2", ...by }]],
    [
      "override coffee to 10.00 → 20.00 + 2.00 + 7.86",
      "29.86",
      [{ type: "overridePrice", lineId: "line-1", unitPrice: eur("10.00"), reason: "damaged box", ...by }],
    ],
    [
      "10% off the coffee line → 2.60 off, 23.38 + 2.34 + 7.86",
      "33.58",
      [discount("d-1", { kind: "line", lineId: "line-1" }, { kind: "percent", percent: "10" })],
    ],
    [
      "5.00 off the basket → 3.88 / 1.12, 22.10 + 2.21 + 6.37 + 0.32",
      "31.00",
      [discount("d-1", { kind: "basket" }, { kind: "amount", amount: eur("5.00") })],
    ],
    [
      "attach and detach a customer",
      "36.44",
      [
        { type: "attachCustomer", customer: { customerId: "c-1" }, at: NOW },
        { type: "detachCustomer", at: NOW },
      ],
    ],
    [
      "suspend and resume",
      "36.44",
      [
        { type: "suspend", at: NOW },
        { type: "resume", at: NOW },
      ],
    ],
  ] as const)("%s → total %s", (_title, total, actions) => {
    const sale = run(
      saleWith([
        ["COFFEE", "2"],
        ["MILK", "1"],
      ]),
      actions as unknown as SaleActionInput[],
    );
    expect(price(sale).total.toString()).toBe(total);
    expect(saleFromJson(JSON.parse(JSON.stringify(sale)))).toEqual(sale);
  });

  it.each([
    [
      "voiding keeps the line with who and when",
      { type: "voidLine", lineId: "line-1", ...by, reason: "mis-scan" },
      (s: Sale) => s.lines[0]?.voided,
      { by: "emp-1", at: NOW, reason: "mis-scan" },
    ],
    [
      "an override keeps the previous price",
      {
        type: "overridePrice",
        lineId: "line-1",
        unitPrice: eur("1.00"),
        reason: "r",
        ...by,
        approvedBy: "mgr-1",
      },
      (s: Sale) => s.lines[0]?.override?.previousPrice.toString(),
      "12.99",
    ],
    [
      "a note is kept",
      { type: "addNote", note: { text: "gift wrap", by: "emp-1", at: NOW } },
      (s: Sale) => s.notes[0]?.text,
      "gift wrap",
    ],
    [
      "a void of the sale records why",
      { type: "voidSale", ...by, reason: "customer left" },
      (s: Sale) => [s.status, s.voided?.reason],
      ["voided", "customer left"],
    ],
  ] as const)("%s", (_title, action, read, expected) => {
    expect(read(applySaleAction(saleWith([["COFFEE", "1"]]), action as SaleActionInput))).toEqual(expected);
  });
});

const completed = run(saleWith([["COFFEE", "1"]]), [{ type: "complete", receiptNumber: "R-1", at: NOW }]);
const voided = run(saleWith([["COFFEE", "1"]]), [{ type: "voidSale", ...by }]);

describe("bad input leaves the sale exactly as it was", () => {
  it.each([
    [
      "zero quantity",
      saleWith([["COFFEE", "1"]]),
      { type: "changeQuantity", lineId: "line-1", quantity: pieces(0), ...by },
      "INVALID_QUANTITY",
      ["quantity"],
    ],
    [
      "negative quantity",
      saleWith([["COFFEE", "1"]]),
      { type: "changeQuantity", lineId: "line-1", quantity: pieces(-1), ...by },
      "INVALID_QUANTITY",
      ["quantity"],
    ],
    [
      "1.5 of an each item",
      saleWith([["COFFEE", "1"]]),
      { type: "changeQuantity", lineId: "line-1", quantity: parseQuantity("1.5"), ...by },
      "QUANTITY_PRECISION",
      ["quantity"],
    ],
    [
      "kg on an each line",
      saleWith([["COFFEE", "1"]]),
      { type: "changeQuantity", lineId: "line-1", quantity: parseQuantity("1", "kg"), ...by },
      "UNIT_MISMATCH",
      ["quantity", "unit"],
    ],
    [
      "an unknown line",
      saleWith([["COFFEE", "1"]]),
      { type: "voidLine", lineId: "line-9", ...by },
      "UNKNOWN_LINE",
      ["lineId"],
    ],
    [
      "a 101% discount",
      saleWith([["COFFEE", "1"]]),
      discount("d", { kind: "basket" }, { kind: "percent", percent: "101" }),
      "INVALID_DISCOUNT",
      ["discount", "value", "percent"],
    ],
    [
      "a 0% discount",
      saleWith([["COFFEE", "1"]]),
      discount("d", { kind: "basket" }, { kind: "percent", percent: "0" }),
      "INVALID_DISCOUNT",
      ["discount", "value", "percent"],
    ],
    [
      "13.00 off a 12.99 line",
      saleWith([["COFFEE", "1"]]),
      discount("d", { kind: "line", lineId: "line-1" }, { kind: "amount", amount: eur("13.00") }),
      "INVALID_DISCOUNT",
      ["discount", "value", "amount"],
    ],
    [
      "a USD discount",
      saleWith([["COFFEE", "1"]]),
      discount("d", { kind: "basket" }, { kind: "amount", amount: { amount: "1.00", currency: "USD" } }),
      "CURRENCY_MISMATCH",
      ["discount", "value", "amount"],
    ],
    [
      "an add on a completed sale",
      completed,
      { type: "voidLine", lineId: "line-1", ...by },
      "SALE_ALREADY_COMPLETED",
      ["status"],
    ],
    [
      "a discount on a voided sale",
      voided,
      discount("d", { kind: "basket" }, { kind: "percent", percent: "5" }),
      "SALE_VOIDED",
      ["status"],
    ],
    [
      "a resume of an open sale",
      saleWith([["COFFEE", "1"]]),
      { type: "resume", at: NOW },
      "SALE_NOT_OPEN",
      ["status"],
    ],
    [
      "a post-void of an open sale",
      saleWith([["COFFEE", "1"]]),
      { type: "postVoid", ...by },
      "SALE_NOT_OPEN",
      ["status"],
    ],
    [
      "completing an empty sale",
      saleWith([]),
      { type: "complete", receiptNumber: "R", at: NOW },
      "EMPTY_SALE",
      ["lines"],
    ],
    [
      "a float quantity",
      saleWith([["COFFEE", "1"]]),
      { type: "changeQuantity", lineId: "line-1", quantity: { value: 1.5, unit: "each" }, ...by },
      "INVALID_INPUT",
      ["action", "quantity"],
    ],
  ] as const)("%s → %s", (_title, sale, action, code, path) => {
    const before = structuredClone(JSON.parse(JSON.stringify(sale)));
    try {
      applySaleAction(sale, action as unknown as SaleActionInput);
      expect.unreachable();
    } catch (error) {
      expect(isTillError(error) && { code: error.code, path: error.path.slice(-path.length) }).toEqual({
        code,
        path,
      });
    }
    expect(JSON.parse(JSON.stringify(sale))).toEqual(before);
  });

  it("a sale is frozen: mutation throws", () => {
    const sale = saleWith([["COFFEE", "1"]]);
    expect(() => {
      (sale.lines as unknown as unknown[]).push({});
    }).toThrow();
    expect(parseMoney("12.99", "EUR").minor).toBe(sale.lines[0]?.unitPrice.minor);
  });
});

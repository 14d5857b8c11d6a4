import { describe, expect, it } from "vitest";
import { parseMoney, parseQuantity, pieces } from "../../../src/core";
import {
  applySaleAction,
  catalogItemSchema,
  createSale,
  decimalsForUnit,
  effectiveUnitPrice,
  isReturnLine,
  lineFromCatalogItem,
  quantityJsonSchema,
  type Sale,
  type SaleActionInput,
  type SaleLine,
  saleFromJson,
} from "../../../src/core/checkout";
import { parseWith } from "../../../src/core/errors/from-zod";
import { tillErrorOf } from "../../support/till-error-of";
import { emptySale, NOW, saleWith, snapshot } from "./sale-fixtures";

const eur = (amount: string) => ({ amount, currency: "EUR" });
const LATER = "2026-11-23T12:30:00.000Z";
const by = { by: "emp-1", at: LATER };

function run(sale: Sale, actions: readonly SaleActionInput[]): Sale {
  return actions.reduce(applySaleAction, sale);
}

type DiscountInput = Extract<SaleActionInput, { type: "addManualDiscount" }>["discount"];
type TenderInput = Extract<SaleActionInput, { type: "addTender" }>["tender"];

const discount = (
  discountId: string,
  scope: DiscountInput["scope"],
  value: DiscountInput["value"],
): SaleActionInput => ({
  type: "addManualDiscount",
  discount: { discountId, scope, value, reason: "goodwill", addedBy: "emp-1", at: NOW },
  at: LATER,
});
const basketPercent = (discountId: string, percent: string) =>
  discount(discountId, { kind: "basket" }, { kind: "percent", percent });
const lineAmount = (discountId: string, lineId: string, amount: string) =>
  discount(discountId, { kind: "line", lineId }, { kind: "amount", amount: eur(amount) });

const tender = (
  tenderId: string,
  status: TenderInput["status"],
  amount = "5.00",
  at = LATER,
): TenderInput => ({ tenderId, kind: "cash", status, amount: eur(amount), at });
const addTender = (
  tenderId: string,
  status: TenderInput["status"] = "entered",
  amount = "5.00",
): SaleActionInput => ({
  type: "addTender",
  tender: tender(tenderId, status, amount),
});

const item = (sku: string) => catalogItemSchema.parse(snapshot.items[sku]);
const meta = { lineId: "line-9", by: "emp-2", at: NOW };

/** A sale line as the JSON form of a stored sale gives it, read through the schema. */
function storedLine(fields: Record<string, unknown>): SaleLine {
  const line = {
    lineId: "line-9",
    sku: "PEN",
    description: "Pen",
    quantity: { value: "1", unit: "each" },
    unitPrice: eur("0.99"),
    priceSource: { kind: "catalog" },
    taxCategory: "standard",
    tags: [],
    modifiers: [],
    addedBy: "emp-1",
    addedAt: NOW,
    ...fields,
  };
  const sale = saleFromJson({ ...JSON.parse(JSON.stringify(emptySale())), lines: [line] });
  return sale.lines[0] as SaleLine;
}

/** A sale holding `fields` as it would come back from storage. */
function storedSale(fields: Record<string, unknown>): Sale {
  return saleFromJson({ ...JSON.parse(JSON.stringify(saleWith([["COFFEE", "2"]]))), ...fields });
}

function failure(sale: Sale, action: SaleActionInput) {
  const error = tillErrorOf(() => applySaleAction(sale, action));
  return { code: error.code, path: error.path };
}

describe("createSale", () => {
  it("starts an open, empty, non-training sale stamped with its creation time", () => {
    const sale = emptySale();
    expect(sale).toEqual({
      saleId: "sale-1",
      storeId: "store-1",
      registerId: "reg-1",
      cashierId: "emp-1",
      currency: "EUR",
      status: "open",
      lines: [],
      couponCodes: [],
      manualDiscounts: [],
      tenders: [],
      isTraining: false,
      notes: [],
      approvals: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect("customer" in sale).toBe(false);
  });

  it("keeps a customer and the training flag when given", () => {
    const sale = createSale({
      saleId: "s",
      storeId: "st",
      registerId: "r",
      cashierId: "e",
      currency: "EUR",
      at: NOW,
      customer: { customerId: "c-1", tier: "gold" },
      isTraining: true,
    });
    expect([sale.customer, sale.isTraining]).toEqual([{ customerId: "c-1", tier: "gold" }, true]);
  });

  it.each([
    // A well-formed code the currency table does not know: refused before any sale exists.
    ["an unknown currency", { currency: "XYZ" }, "UNKNOWN_CURRENCY"],
    ["an empty sale id", { saleId: "" }, "INVALID_INPUT"],
  ])("refuses %s", (_title, change, code) => {
    const input = {
      saleId: "s",
      storeId: "st",
      registerId: "r",
      cashierId: "e",
      currency: "EUR",
      at: NOW,
      ...change,
    };
    expect(tillErrorOf(() => createSale(input)).code).toBe(code);
  });
});

describe("updatedAt follows the time each action carries", () => {
  const sale = saleWith([["COFFEE", "2"]]);
  it.each([
    ["an action with at", { type: "addCouponCode", code: "SAVE", at: LATER }],
    ["a note: the note's time", { type: "addNote", note: { text: "gift", by: "emp-1", at: LATER } }],
    ["a tender: the tender's time", addTender("t-1")],
    [
      "an approval: the approval's time",
      {
        type: "recordApproval",
        approval: {
          approvalId: "a-1",
          permission: "line.void",
          requestedBy: "emp-1",
          approvedBy: "mgr-1",
          at: LATER,
        },
      },
    ],
  ] as const)("%s", (_title, action) => {
    expect(applySaleAction(sale, action as SaleActionInput).updatedAt).toBe(LATER);
  });

  it("an updated tender stamps its own time", () => {
    const tendering = applySaleAction(sale, addTender("t-1"));
    const changed = applySaleAction(tendering, {
      type: "updateTender",
      tender: tender("t-1", "approved", "4.00", "2026-11-23T12:45:00.000Z"),
    });
    expect([changed.updatedAt, changed.tenders[0]?.amount.toString()]).toEqual([
      "2026-11-23T12:45:00.000Z",
      "4.00",
    ]);
  });
});

describe("manual discounts: size and target", () => {
  // COFFEE 12.99 × 2 = 25.98 gross on line-1.
  const sale = saleWith([["COFFEE", "2"]]);

  it.each([
    ["100% is the most a discount may take", "100"],
    ["100.00% written with decimals is still 100%", "100.00"],
    ["half a percent is above 0%", "0.5"],
  ])("%s", (_title, percent) => {
    expect(applySaleAction(sale, basketPercent("d-1", percent)).manualDiscounts.length).toBe(1);
  });

  it.each([
    ["100.01% would pay the customer", "100.01"],
    ["0.00% does nothing", "0.00"],
    ["a negative percentage", "-5"],
  ])("%s: INVALID_DISCOUNT", (_title, percent) => {
    expect(failure(sale, basketPercent("d-1", percent))).toEqual({
      code: "INVALID_DISCOUNT",
      path: ["discount", "value", "percent"],
    });
  });

  it("an amount equal to the line gross (25.98) is allowed, one cent more is not", () => {
    expect(applySaleAction(sale, lineAmount("d-1", "line-1", "25.98")).manualDiscounts.length).toBe(1);
    expect(failure(sale, lineAmount("d-1", "line-1", "25.99"))).toEqual({
      code: "INVALID_DISCOUNT",
      path: ["discount", "value", "amount"],
    });
  });

  it("the gross of a weighed line is rounded half-up: 3.99 × 0.350 kg = 1.3965 → 1.40 may be taken off", () => {
    const line = lineFromCatalogItem(item("APPLES"), { scaleWeight: "0.350" }, meta);
    const weighed = applySaleAction(emptySale(), { type: "addLine", line, at: NOW });
    expect(applySaleAction(weighed, lineAmount("d-1", "line-9", "1.40")).manualDiscounts.length).toBe(1);
    expect(failure(weighed, lineAmount("d-1", "line-9", "1.41")).code).toBe("INVALID_DISCOUNT");
  });

  it("the line gross includes modifiers: 12.99 + 0.50 extra = 13.49 may be taken off one unit", () => {
    const line = lineFromCatalogItem(
      item("COFFEE"),
      { modifiers: [{ modifierId: "m-1", name: "gift box", unitPrice: parseMoney("0.50", "EUR") }] },
      meta,
    );
    const withModifier = applySaleAction(emptySale(), { type: "addLine", line, at: NOW });
    expect(applySaleAction(withModifier, lineAmount("d-1", "line-9", "13.49")).manualDiscounts.length).toBe(
      1,
    );
    expect(failure(withModifier, lineAmount("d-1", "line-9", "13.50")).code).toBe("INVALID_DISCOUNT");
  });

  it.each([
    [
      "a zero amount",
      lineAmount("d-1", "line-1", "0.00"),
      "INVALID_DISCOUNT",
      ["discount", "value", "amount"],
    ],
    [
      "a negative amount",
      lineAmount("d-1", "line-1", "-1.00"),
      "INVALID_DISCOUNT",
      ["discount", "value", "amount"],
    ],
    ["an unknown line", lineAmount("d-1", "line-7", "1.00"), "UNKNOWN_LINE", ["discount", "scope", "lineId"]],
  ] as const)("%s: %s", (_title, action, code, path) => {
    expect(failure(sale, action)).toEqual({ code, path });
  });

  it("a discount id may be used once", () => {
    const once = applySaleAction(sale, basketPercent("d-1", "5"));
    expect(failure(once, basketPercent("d-1", "10"))).toEqual({
      code: "INVALID_INPUT",
      path: ["discount", "discountId"],
    });
    expect(applySaleAction(once, basketPercent("d-2", "10")).manualDiscounts.length).toBe(2);
  });

  it.each([
    [
      "a receipt-less return line",
      { priceSource: { kind: "receiptless-return" }, quantity: { value: "-1", unit: "each" } },
    ],
    ["a return line", { priceSource: { kind: "return" }, quantity: { value: "-1", unit: "each" } }],
    [
      "a line returned against a sale",
      { returnOf: { saleId: "s-0", lineId: "line-1" }, quantity: { value: "-1", unit: "each" } },
    ],
    ["a line with frozen pricing", { locked: { gross: eur("0.99"), adjustments: [], taxes: [] } }],
  ])("%s cannot be discounted", (_title, fields) => {
    const sale = { ...emptySale(), lines: [storedLine(fields)] };
    expect(
      failure(sale, discount("d-1", { kind: "line", lineId: "line-9" }, { kind: "percent", percent: "10" })),
    ).toEqual({
      code: "INVALID_DISCOUNT",
      path: ["discount", "scope", "lineId"],
    });
  });

  it("a basket discount does not look for a line", () => {
    const sale = {
      ...emptySale(),
      lines: [storedLine({ priceSource: { kind: "return" }, quantity: { value: "-1", unit: "each" } })],
    };
    expect(applySaleAction(sale, basketPercent("d-1", "10")).manualDiscounts.length).toBe(1);
  });

  it("removes the named discount only, and NOT_FOUND names the id", () => {
    const two = run(sale, [basketPercent("d-1", "5"), basketPercent("d-2", "10")]);
    const left = applySaleAction(two, { type: "removeManualDiscount", discountId: "d-1", at: LATER });
    expect(left.manualDiscounts.map((entry) => entry.discountId)).toEqual(["d-2"]);
    const error = tillErrorOf(() =>
      applySaleAction(two, { type: "removeManualDiscount", discountId: "d-9", at: LATER }),
    );
    expect([error.code, error.path, error.details]).toEqual([
      "NOT_FOUND",
      ["discountId"],
      { discountId: "d-9" },
    ]);
  });
});

describe("customer and coupon codes", () => {
  const sale = saleWith([["COFFEE", "1"]]);

  it("attaching replaces the customer, detaching removes the field", () => {
    const attached = run(sale, [
      { type: "attachCustomer", customer: { customerId: "c-1" }, at: LATER },
      { type: "attachCustomer", customer: { customerId: "c-2" }, at: LATER },
    ]);
    expect(attached.customer).toEqual({ customerId: "c-2" });
    expect("customer" in applySaleAction(attached, { type: "detachCustomer", at: LATER })).toBe(false);
  });

  it("a code entered twice is kept once; removing takes it off", () => {
    const codes = run(sale, [
      { type: "addCouponCode", code: "A", at: LATER },
      { type: "addCouponCode", code: "B", at: LATER },
      { type: "addCouponCode", code: "A", at: LATER },
    ]);
    expect(codes.couponCodes).toEqual(["A", "B"]);
    expect(applySaleAction(codes, { type: "removeCouponCode", code: "A", at: LATER }).couponCodes).toEqual([
      "B",
    ]);
    expect(failure(codes, { type: "removeCouponCode", code: "C", at: LATER })).toEqual({
      code: "NOT_FOUND",
      path: ["code"],
    });
  });

  it("a refused code comes off a sale that is already tendering, but no code goes on", () => {
    const tendering = run(sale, [{ type: "addCouponCode", code: "A", at: LATER }, addTender("t-1")]);
    expect(
      applySaleAction(tendering, { type: "removeCouponCode", code: "A", at: LATER }).couponCodes,
    ).toEqual([]);
    expect(failure(tendering, { type: "addCouponCode", code: "B", at: LATER }).code).toBe("SALE_NOT_OPEN");
  });

  it.each([
    ["attach", { type: "attachCustomer", customer: { customerId: "c-1" }, at: LATER }],
    ["detach", { type: "detachCustomer", at: LATER }],
    ["a discount", basketPercent("d-1", "5")],
    ["a discount removal", { type: "removeManualDiscount", discountId: "d-1", at: LATER }],
  ] as const)("%s needs an open sale", (_title, action) => {
    const tendering = applySaleAction(sale, addTender("t-1"));
    expect(failure(tendering, action as SaleActionInput)).toEqual({
      code: "SALE_NOT_OPEN",
      path: ["status"],
    });
  });
});

describe("lifecycle", () => {
  const sale = saleWith([["COFFEE", "2"]]);

  it("suspend stamps the time; resume reopens and drops it", () => {
    const parked = applySaleAction(sale, { type: "suspend", at: LATER });
    expect([parked.status, parked.suspendedAt]).toEqual(["suspended", LATER]);
    const resumed = applySaleAction(parked, { type: "resume", at: LATER });
    expect(resumed.status).toBe("open");
    expect("suspendedAt" in resumed).toBe(false);
  });

  it.each([
    ["approved", false],
    ["pending", false],
    ["declined", true],
    ["entered", true],
  ] as const)("an open sale holding a %s tender can be parked: %s", (status, canPark) => {
    // Only a sale read back from storage can be open with tenders on it.
    const held = storedSale({ tenders: [tender("t-1", status)] });
    if (canPark) expect(applySaleAction(held, { type: "suspend", at: LATER }).status).toBe("suspended");
    else
      expect(failure(held, { type: "suspend", at: LATER })).toEqual({
        code: "SALE_NOT_OPEN",
        path: ["tenders"],
      });
  });

  it.each([
    ["open", [] as SaleActionInput[]],
    ["tendering", [addTender("t-1")]],
    ["suspended", [{ type: "suspend", at: LATER }] as SaleActionInput[]],
  ])("a %s sale can be voided, recorded as no post-void", (_status, before) => {
    const voided = applySaleAction(run(sale, before), {
      type: "voidSale",
      ...by,
      approvedBy: "mgr-1",
      reason: "walked out",
    });
    expect([voided.status, voided.voided]).toEqual([
      "voided",
      { by: "emp-1", at: LATER, approvedBy: "mgr-1", reason: "walked out", isPostVoid: false },
    ]);
  });

  it("a completed sale is post-voided, not voided; a voided one is neither", () => {
    const done = applySaleAction(sale, { type: "complete", receiptNumber: "R-1", at: LATER });
    expect(failure(done, { type: "voidSale", ...by })).toEqual({
      code: "SALE_ALREADY_COMPLETED",
      path: ["status"],
    });
    const postVoided = applySaleAction(done, { type: "postVoid", ...by });
    expect([postVoided.status, postVoided.voided]).toEqual([
      "voided",
      { by: "emp-1", at: LATER, isPostVoid: true },
    ]);
    expect(failure(postVoided, { type: "postVoid", ...by }).code).toBe("SALE_VOIDED");
  });

  it("complete stamps receipt, time, cash rounding and loyalty", () => {
    const done = applySaleAction(sale, {
      type: "complete",
      receiptNumber: "R-7",
      at: LATER,
      cashRounding: { difference: eur("-0.02"), policyId: "ch-5", policyVersion: 1 },
      loyalty: {
        programId: "p",
        customerId: "c-1",
        earned: [{ lineId: "line-1", points: 25 }],
        redeemed: [],
      },
    });
    expect([
      done.status,
      done.receiptNumber,
      done.completedAt,
      done.cashRounding?.difference.toString(),
    ]).toEqual(["completed", "R-7", LATER, "-0.02"]);
    expect(done.loyalty?.earned).toEqual([{ lineId: "line-1", points: 25 }]);
    const plain = applySaleAction(sale, { type: "complete", receiptNumber: "R-8", at: LATER });
    expect(["cashRounding" in plain, "loyalty" in plain]).toEqual([false, false]);
  });

  it("a sale whose every line is voided is empty; one live line is enough", () => {
    const two = saleWith([
      ["COFFEE", "1"],
      ["MILK", "1"],
    ]);
    const oneLeft = applySaleAction(two, { type: "voidLine", lineId: "line-1", ...by });
    expect(applySaleAction(oneLeft, { type: "complete", receiptNumber: "R", at: LATER }).status).toBe(
      "completed",
    );
    const none = applySaleAction(oneLeft, { type: "voidLine", lineId: "line-2", ...by });
    expect(failure(none, { type: "complete", receiptNumber: "R", at: LATER })).toEqual({
      code: "EMPTY_SALE",
      path: ["lines"],
    });
  });

  it("a suspended sale cannot complete; a tendering one can", () => {
    expect(
      failure(applySaleAction(sale, { type: "suspend", at: LATER }), {
        type: "complete",
        receiptNumber: "R",
        at: LATER,
      }).code,
    ).toBe("SALE_NOT_OPEN");
    const tendering = applySaleAction(sale, addTender("t-1"));
    expect(applySaleAction(tendering, { type: "complete", receiptNumber: "R", at: LATER }).status).toBe(
      "completed",
    );
  });

  it.each([
    ["open", [], true],
    ["tendering", [addTender("t-1")], true],
    ["suspended", [{ type: "suspend", at: LATER }], true],
    ["completed", [{ type: "complete", receiptNumber: "R", at: LATER }], false],
  ] as const)("a note on a %s sale is kept: %s", (_status, before, isKept) => {
    const action = { type: "addNote", note: { text: "gift", by: "emp-1", at: LATER } } as const;
    const sale0 = run(sale, before as unknown as SaleActionInput[]);
    if (isKept) expect(applySaleAction(sale0, action).notes.map((note) => note.text)).toEqual(["gift"]);
    else expect(failure(sale0, action).code).toBe("SALE_ALREADY_COMPLETED");
  });

  it("an approval is recorded on a completed sale (for its post-void) but not on a voided one", () => {
    const approval = {
      type: "recordApproval",
      approval: {
        approvalId: "a-1",
        permission: "sale.post-void",
        requestedBy: "emp-1",
        approvedBy: "mgr-1",
        at: LATER,
      },
    } as const;
    const done = applySaleAction(sale, { type: "complete", receiptNumber: "R", at: LATER });
    expect(applySaleAction(done, approval).approvals.map((entry) => entry.approvalId)).toEqual(["a-1"]);
    const voided = applySaleAction(sale, { type: "voidSale", ...by });
    expect(failure(voided, approval).code).toBe("SALE_VOIDED");
  });
});

describe("tenders on a sale", () => {
  const sale = saleWith([["COFFEE", "2"]]);

  it("the first tender moves the sale to tendering; a tender id is used once", () => {
    const tendering = applySaleAction(sale, addTender("t-1"));
    expect(tendering.status).toBe("tendering");
    expect(failure(tendering, addTender("t-1"))).toEqual({
      code: "INVALID_INPUT",
      path: ["tender", "tenderId"],
    });
    expect(applySaleAction(tendering, addTender("t-2")).tenders.length).toBe(2);
  });

  it("a tender in another currency is refused", () => {
    const action = {
      type: "addTender",
      tender: { ...tender("t-1", "entered"), amount: { amount: "5.00", currency: "USD" } },
    } as const;
    expect(failure(sale, action)).toEqual({ code: "CURRENCY_MISMATCH", path: ["tender", "amount"] });
  });

  it("setTenderStatus changes the named tender only, and needs a tendering sale", () => {
    const tendering = run(sale, [addTender("t-1"), addTender("t-2")]);
    const approved = applySaleAction(tendering, {
      type: "setTenderStatus",
      tenderId: "t-2",
      status: "approved",
      at: LATER,
    });
    expect(approved.tenders.map((entry) => entry.status)).toEqual(["entered", "approved"]);
    expect(
      failure(tendering, { type: "setTenderStatus", tenderId: "t-9", status: "approved", at: LATER }),
    ).toEqual({
      code: "TENDER_NOT_FOUND",
      path: ["tenderId"],
    });
    expect(
      failure(sale, { type: "setTenderStatus", tenderId: "t-1", status: "approved", at: LATER }).code,
    ).toBe("SALE_NOT_OPEN");
  });

  it("updateTender replaces by id, in the sale currency", () => {
    const tendering = run(sale, [addTender("t-1"), addTender("t-2")]);
    const changed = applySaleAction(tendering, {
      type: "updateTender",
      tender: tender("t-2", "approved", "3.00"),
    });
    expect(changed.tenders.map((entry) => [entry.tenderId, entry.amount.toString()])).toEqual([
      ["t-1", "5.00"],
      ["t-2", "3.00"],
    ]);
    expect(failure(tendering, { type: "updateTender", tender: tender("t-9", "approved") })).toEqual({
      code: "TENDER_NOT_FOUND",
      path: ["tenderId"],
    });
    expect(
      failure(tendering, {
        type: "updateTender",
        tender: { ...tender("t-1", "approved"), amount: { amount: "1.00", currency: "USD" } },
      }),
    ).toEqual({ code: "CURRENCY_MISMATCH", path: ["tender", "amount"] });
    expect(failure(sale, { type: "updateTender", tender: tender("t-1", "approved") }).code).toBe(
      "SALE_NOT_OPEN",
    );
  });

  it("removing the last tender reopens the sale; removing one of two keeps it tendering", () => {
    const two = run(sale, [addTender("t-1"), addTender("t-2")]);
    const one = applySaleAction(two, { type: "removeTender", tenderId: "t-1", at: LATER });
    expect([one.status, one.tenders.map((entry) => entry.tenderId)]).toEqual(["tendering", ["t-2"]]);
    const none = applySaleAction(one, { type: "removeTender", tenderId: "t-2", at: LATER });
    expect([none.status, none.tenders]).toEqual(["open", []]);
    expect(failure(one, { type: "removeTender", tenderId: "t-1", at: LATER })).toEqual({
      code: "TENDER_NOT_FOUND",
      path: ["tenderId"],
    });
  });

  it("an approved tender is voided, not removed", () => {
    const approved = applySaleAction(sale, addTender("t-1", "approved"));
    expect(failure(approved, { type: "removeTender", tenderId: "t-1", at: LATER }).code).toBe(
      "TENDER_NOT_ALLOWED",
    );
  });
});

describe("lines: adding, changing, voiding, overriding", () => {
  const sale = saleWith([
    ["COFFEE", "2"],
    ["MILK", "1"],
  ]);

  it.each([
    [
      "a taken line id, even of a voided line",
      () =>
        applySaleAction(applySaleAction(sale, { type: "voidLine", lineId: "line-1", ...by }), {
          type: "addLine",
          line: lineFromCatalogItem(item("PEN"), {}, { ...meta, lineId: "line-1" }),
          at: NOW,
        }),
      "INVALID_INPUT",
      ["line", "lineId"],
    ],
    [
      "a line that comes voided",
      () =>
        applySaleAction(sale, {
          type: "addLine",
          line: storedLine({ voided: { by: "emp-1", at: NOW } }),
          at: NOW,
        }),
      "INVALID_INPUT",
      ["line", "voided"],
    ],
    [
      "a USD unit price",
      () =>
        applySaleAction(sale, {
          type: "addLine",
          line: storedLine({ unitPrice: { amount: "0.99", currency: "USD" } }),
          at: NOW,
        }),
      "CURRENCY_MISMATCH",
      ["line", "unitPrice"],
    ],
    [
      "a USD second modifier",
      () =>
        applySaleAction(sale, {
          type: "addLine",
          line: storedLine({
            modifiers: [
              { modifierId: "m-1", name: "a", unitPrice: eur("0.10") },
              { modifierId: "m-2", name: "b", unitPrice: { amount: "0.10", currency: "USD" } },
            ],
          }),
          at: NOW,
        }),
      "CURRENCY_MISMATCH",
      ["line", "modifiers", 1, "unitPrice"],
    ],
    [
      "a negative unit price",
      () =>
        applySaleAction(sale, { type: "addLine", line: storedLine({ unitPrice: eur("-0.01") }), at: NOW }),
      "INVALID_INPUT",
      ["line", "unitPrice"],
    ],
    [
      "a sold line with a negative quantity",
      () =>
        applySaleAction(sale, {
          type: "addLine",
          line: storedLine({ quantity: { value: "-1", unit: "each" } }),
          at: NOW,
        }),
      "INVALID_QUANTITY",
      ["line", "quantity"],
    ],
    [
      "a return line with a positive quantity",
      () =>
        applySaleAction(sale, {
          type: "addLine",
          line: storedLine({ priceSource: { kind: "return" }, quantity: { value: "1", unit: "each" } }),
          at: NOW,
        }),
      "INVALID_QUANTITY",
      ["line", "quantity"],
    ],
  ] as const)("addLine refuses %s", (_title, act, code, path) => {
    const error = tillErrorOf(act);
    expect([error.code, error.path]).toEqual([code, path]);
  });

  it("a free line (0.00) and a clawback line of either sign are accepted", () => {
    expect(
      applySaleAction(sale, { type: "addLine", line: storedLine({ unitPrice: eur("0.00") }), at: NOW }).lines
        .length,
    ).toBe(3);
    for (const value of ["1", "-1"]) {
      const clawback = storedLine({ priceSource: { kind: "clawback" }, quantity: { value, unit: "each" } });
      expect(
        applySaleAction(sale, { type: "addLine", line: clawback, at: NOW }).lines.at(-1)?.quantity.toString(),
      ).toBe(value);
    }
  });

  it("a return line with a negative quantity is accepted", () => {
    const line = storedLine({ priceSource: { kind: "return" }, quantity: { value: "-2", unit: "each" } });
    expect(applySaleAction(sale, { type: "addLine", line, at: NOW }).lines.at(-1)?.quantity.toString()).toBe(
      "-2",
    );
  });

  it("changeQuantity sets the quantity of the named live line", () => {
    const changed = applySaleAction(sale, {
      type: "changeQuantity",
      lineId: "line-2",
      quantity: pieces(3),
      ...by,
    });
    expect(changed.lines.map((line) => line.quantity.toString())).toEqual(["2", "3"]);
  });

  it("changeQuantity on a return line is refused: void and return again", () => {
    const line = storedLine({
      priceSource: { kind: "receiptless-return" },
      quantity: { value: "-1", unit: "each" },
    });
    const withReturn = applySaleAction(sale, { type: "addLine", line, at: NOW });
    expect(
      failure(withReturn, { type: "changeQuantity", lineId: "line-9", quantity: pieces(2), ...by }),
    ).toEqual({
      code: "RETURN_NOT_ALLOWED",
      path: ["lineId"],
    });
  });

  it("UNIT_MISMATCH names the line's unit", () => {
    const error = tillErrorOf(() =>
      applySaleAction(sale, {
        type: "changeQuantity",
        lineId: "line-1",
        quantity: parseQuantity("1", "kg"),
        ...by,
      }),
    );
    expect([error.code, error.details]).toEqual(["UNIT_MISMATCH", { expected: "each" }]);
  });

  it("a voided line cannot be changed, voided again or overridden", () => {
    const voided = applySaleAction(sale, { type: "voidLine", lineId: "line-1", ...by });
    for (const action of [
      { type: "changeQuantity", lineId: "line-1", quantity: pieces(3), ...by },
      { type: "voidLine", lineId: "line-1", ...by },
      { type: "overridePrice", lineId: "line-1", unitPrice: eur("1.00"), reason: "r", ...by },
    ] as const) {
      const error = tillErrorOf(() => applySaleAction(voided, action));
      expect([error.code, error.path, error.details]).toEqual([
        "UNKNOWN_LINE",
        ["lineId"],
        { lineId: "line-1" },
      ]);
    }
  });

  it("voiding a line drops its line discounts and keeps the others", () => {
    const discounted = run(sale, [
      lineAmount("d-1", "line-1", "1.00"),
      lineAmount("d-2", "line-2", "1.00"),
      basketPercent("d-3", "5"),
    ]);
    const voided = applySaleAction(discounted, {
      type: "voidLine",
      lineId: "line-1",
      ...by,
      approvedBy: "mgr-1",
    });
    expect(voided.manualDiscounts.map((entry) => entry.discountId)).toEqual(["d-2", "d-3"]);
    expect(voided.lines[0]?.voided).toEqual({ by: "emp-1", at: LATER, approvedBy: "mgr-1" });
    expect(voided.lines[1]?.voided).toBeUndefined();
  });

  it("two overrides keep the catalog price as the previous price", () => {
    const twice = run(sale, [
      { type: "overridePrice", lineId: "line-1", unitPrice: eur("10.00"), reason: "dented", ...by },
      { type: "overridePrice", lineId: "line-1", unitPrice: eur("9.00"), reason: "dented more", ...by },
    ]);
    const line = twice.lines[0];
    expect([
      line?.unitPrice.toString(),
      line?.override?.previousPrice.toString(),
      line?.override?.reason,
      line?.priceSource,
    ]).toEqual(["9.00", "12.99", "dented more", { kind: "override" }]);
    expect(twice.lines[1]?.override).toBeUndefined();
  });

  it.each([
    ["a 0.00 price is allowed", "0.00", undefined],
    ["a negative price is not", "-1.00", ["INVALID_INPUT", ["unitPrice"]]],
  ] as const)("override: %s", (_title, amount, refused) => {
    const action = {
      type: "overridePrice",
      lineId: "line-1",
      unitPrice: eur(amount),
      reason: "r",
      ...by,
    } as const;
    if (refused === undefined)
      expect(applySaleAction(sale, action).lines[0]?.unitPrice.toString()).toBe(amount);
    else expect(Object.values(failure(sale, action))).toEqual(refused);
  });

  it("override in another currency is refused with the action's path", () => {
    const action = {
      type: "overridePrice",
      lineId: "line-1",
      unitPrice: { amount: "1.00", currency: "USD" },
      reason: "r",
      ...by,
    } as const;
    const error = tillErrorOf(() => applySaleAction(sale, action));
    expect([error.code, error.path, error.details]).toEqual([
      "CURRENCY_MISMATCH",
      ["unitPrice"],
      { expected: "EUR", actual: "USD" },
    ]);
  });

  it.each([
    [
      "a line returned against a sale",
      { returnOf: { saleId: "s-0", lineId: "line-1" }, quantity: { value: "-1", unit: "each" } },
    ],
    ["a line with frozen pricing", { locked: { gross: eur("0.99"), adjustments: [], taxes: [] } }],
  ])("%s keeps its sale price", (_title, fields) => {
    const held = { ...emptySale(), lines: [storedLine(fields)] };
    expect(
      failure(held, { type: "overridePrice", lineId: "line-9", unitPrice: eur("0.50"), reason: "r", ...by }),
    ).toEqual({ code: "RETURN_NOT_ALLOWED", path: ["lineId"] });
  });
});

describe("status errors name the state and what was allowed", () => {
  it("SALE_NOT_OPEN for a suspended sale carries the sale id, its status and the allowed states", () => {
    const parked = applySaleAction(saleWith([["COFFEE", "1"]]), { type: "suspend", at: LATER });
    const error = tillErrorOf(() => applySaleAction(parked, basketPercent("d-1", "5")));
    expect([error.code, error.path, error.details]).toEqual([
      "SALE_NOT_OPEN",
      ["status"],
      { saleId: "sale-1", status: "suspended", allowed: ["open"] },
    ]);
  });
});

describe("lineFromCatalogItem", () => {
  it.each([
    // An "each" item defaults to one piece.
    ["COFFEE", {}, "1", "each"],
    ["COFFEE", { quantity: "3" }, "3", "each"],
    // The scale reading wins over a keyed quantity on a weighed item.
    ["APPLES", { scaleWeight: "0.350", quantity: "2" }, "0.35", "kg"],
    ["APPLES", { embedded: { kind: "weight", value: "1.250" } }, "1.25", "kg"],
    ["APPLES", { quantity: "2" }, "2", "kg"],
    // A price-embedded label sells one pack whatever the item's unit.
    ["APPLES", { embedded: { kind: "price", amount: "2.37" } }, "1", "each"],
  ] as const)("%s with %j sells %s %s", (sku, details, quantity, unit) => {
    const line = lineFromCatalogItem(item(sku), details, meta);
    expect([line.quantity.toString(), line.quantity.unit]).toEqual([quantity, unit]);
  });

  it("a weighed item with no weight names the item", () => {
    const error = tillErrorOf(() => lineFromCatalogItem(item("APPLES"), {}, meta));
    expect([error.code, error.path]).toEqual(["INVALID_QUANTITY", ["quantity"]]);
  });

  it("an each item ignores a scale weight for its quantity", () => {
    expect(
      lineFromCatalogItem(item("PEN"), { scaleWeight: "0.5", quantity: "2" }, meta).quantity.toString(),
    ).toBe("2");
  });

  it("a price label sets the unit price and marks the source", () => {
    const line = lineFromCatalogItem(item("APPLES"), { embedded: { kind: "price", amount: "2.37" } }, meta);
    expect([line.unitPrice.toString(), line.priceSource]).toEqual(["2.37", { kind: "label" }]);
    const error = tillErrorOf(() =>
      lineFromCatalogItem(item("APPLES"), { embedded: { kind: "price", amount: "2.375" } }, meta),
    );
    expect(error.path).toEqual(["embedded", "amount"]);
  });

  it("a receipt-less return negates the quantity and marks the source", () => {
    const line = lineFromCatalogItem(item("PEN"), { quantity: "2" }, { ...meta, isReceiptlessReturn: true });
    expect([line.quantity.toString(), line.priceSource, isReturnLine(line)]).toEqual([
      "-2",
      { kind: "receiptless-return" },
      true,
    ]);
    const sold = lineFromCatalogItem(item("PEN"), { quantity: "2" }, { ...meta, isReceiptlessReturn: false });
    expect([sold.quantity.toString(), sold.priceSource, isReturnLine(sold)]).toEqual([
      "2",
      { kind: "catalog" },
      false,
    ]);
  });

  it("an item not for sale is an unknown SKU", () => {
    const hidden = catalogItemSchema.parse({ ...snapshot.items.PEN, isSellable: false });
    const error = tillErrorOf(() => lineFromCatalogItem(hidden, {}, meta));
    expect([error.code, error.path]).toEqual(["UNKNOWN_SKU", ["sku"]]);
  });

  it("carries the item's classification and the scan's details, leaving absent ones out", () => {
    const rich = catalogItemSchema.parse({
      sku: "TEE",
      description: "T-shirt",
      unitPrice: eur("15.00"),
      department: "apparel",
      category: "tops",
      brand: "Acme",
      tags: ["cotton"],
    });
    const line = lineFromCatalogItem(
      rich,
      { seat: 2, serial: "S-1", lot: "L-1", note: "gift", partnerId: "p-1" },
      meta,
    );
    expect(line).toMatchObject({
      lineId: "line-9",
      sku: "TEE",
      description: "T-shirt",
      department: "apparel",
      category: "tops",
      brand: "Acme",
      tags: ["cotton"],
      seat: 2,
      serial: "S-1",
      lot: "L-1",
      note: "gift",
      partnerId: "p-1",
      addedBy: "emp-2",
      addedAt: NOW,
    });
    const bare = lineFromCatalogItem(item("PEN"), {}, meta);
    for (const key of ["department", "category", "brand", "seat", "serial", "lot", "note", "partnerId"])
      expect(key in bare).toBe(false);
    expect([bare.tags, bare.modifiers]).toEqual([[], []]);
  });
});

describe("small public helpers", () => {
  it.each([
    ["each", 0],
    ["kg", 6],
    ["l", 6],
  ] as const)("decimalsForUnit(%s) = %i", (unit, decimals) => {
    expect(decimalsForUnit(unit)).toBe(decimals);
  });

  it("a kilogram line takes grams, a piece line only whole pieces", () => {
    const kg = lineFromCatalogItem(item("APPLES"), { scaleWeight: "0.001" }, meta);
    expect(applySaleAction(emptySale(), { type: "addLine", line: kg, at: NOW }).lines.length).toBe(1);
    const error = tillErrorOf(() =>
      applySaleAction(saleWith([["COFFEE", "1"]]), {
        type: "changeQuantity",
        lineId: "line-1",
        quantity: parseQuantity("1.5"),
        ...by,
      }),
    );
    expect([error.code, error.details]).toEqual(["QUANTITY_PRECISION", { unit: "each", decimals: 0 }]);
  });

  it("effectiveUnitPrice adds the modifiers: 8.50 + 0.50 + 0.25 = 9.25", () => {
    const money = (amount: string) => parseMoney(amount, "EUR");
    const price = effectiveUnitPrice({
      unitPrice: money("8.50"),
      modifiers: [
        { modifierId: "m-1", name: "cheese", unitPrice: money("0.50") },
        { modifierId: "m-2", name: "bacon", unitPrice: money("0.25") },
      ],
    });
    expect(price.toString()).toBe("9.25");
  });

  it("a quantity JSON the quantity rules refuse keeps their code at the value's path", () => {
    const error = tillErrorOf(() => parseWith(quantityJsonSchema, { value: "0.0000001", unit: "kg" }));
    expect([error.code, error.path]).toEqual(["QUANTITY_PRECISION", ["value"]]);
    expect(parseWith(quantityJsonSchema, { value: "0.350", unit: "kg" }).millionths).toBe(350_000n);
  });
});

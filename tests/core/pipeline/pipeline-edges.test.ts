import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import {
  addAdjustment,
  adjustmentTotalOf,
  applySaleAction,
  createPipeline,
  insertStage,
  type LineTax,
  lineTotalOf,
  mapUnlockedLines,
  type PricedLine,
  type PricedSale,
  type PricingContext,
  type PricingStage,
  priceBasket,
  priceSale,
  type Sale,
  saleFromJson,
  seedPricedSale,
  toJsonValue,
} from "../../../src/core/checkout";
import {
  matchesSnapshot,
  rememberValue,
  type SnapshotEntry,
  snapshotOf,
  unchangedValue,
} from "../../../src/core/pipeline/input-snapshot";
import { areSimpleBasketLines } from "../../../src/core/pipeline/simple-basket-lines";
import { tillErrorOf } from "../../support/till-error-of";
import { contextFor, emptySale, NOW, saleWith } from "../sale/sale-fixtures";
import { stages } from "./test-stages";

const EUR = (amount: string) => parseMoney(amount, "EUR");
const eur = (amount: string) => ({ amount, currency: "EUR" });
const same: PricingStage["run"] = (priced) => priced;

describe("createPipeline checks every stage once", () => {
  it.each([
    ["no stage at all", [null], ["stages", 0]],
    ["a name that is not text", [{ name: 7, run: same }], ["stages", 0]],
    ["a run that is not a function", [{ name: "a", run: "go" }], ["stages", 0]],
    ["a bad second stage", [{ name: "a", run: same }, { name: "b" }], ["stages", 1]],
    [
      "a repeated name further on",
      [
        { name: "a", run: same },
        { name: "b", run: same },
        { name: "a", run: same },
      ],
      ["stages", 2, "name"],
    ],
  ])("%s: INVALID_STAGE", (_title, list, path) => {
    const error = tillErrorOf(() => createPipeline(list as never));
    expect([error.code, error.path]).toEqual(["INVALID_STAGE", path]);
  });

  it("keeps a frozen copy of the stages and runs them in order on the seeded sale", () => {
    const seen: string[] = [];
    const mark = (name: string): PricingStage => ({
      name,
      run: (priced) => {
        seen.push(name);
        return { ...priced, notes: [...priced.notes, { code: name, message: name }] };
      },
    });
    const list = [mark("one"), mark("two")];
    const pipeline = createPipeline(list);
    list.push(mark("three"));
    expect([pipeline.stages.map((stage) => stage.name), Object.isFrozen(pipeline.stages)]).toEqual([
      ["one", "two"],
      true,
    ]);
    const sale = saleWith([["PEN", "1"]]);
    const priced = pipeline.price(sale, contextFor(sale));
    expect([seen, priced.notes.map((note) => note.code), priced.lines[0]?.gross.toString()]).toEqual([
      ["one", "two"],
      ["one", "two"],
      "0.99",
    ]);
  });
});

describe("insertStage", () => {
  const named = (name: string): PricingStage => ({ name, run: same });
  const list = [named("a"), named("b"), named("c")];

  it.each([
    [{ before: "b" }, ["a", "x", "b", "c"]],
    [{ before: "a" }, ["x", "a", "b", "c"]],
    [{ after: "b" }, ["a", "b", "x", "c"]],
    [{ after: "c" }, ["a", "b", "c", "x"]],
    [{ replace: "b" }, ["a", "x", "c"]],
    [{ replace: "a" }, ["x", "b", "c"]],
  ] as const)("%j gives %j and leaves the list as it was", (where, names) => {
    expect(insertStage(list, where, named("x")).map((stage) => stage.name)).toEqual(names);
    expect(list.map((stage) => stage.name)).toEqual(["a", "b", "c"]);
  });

  it("names the stage it could not find", () => {
    const error = tillErrorOf(() => insertStage(list, { after: "z" }, named("x")));
    expect([error.code, error.details]).toEqual(["INVALID_STAGE", { name: "z" }]);
  });
});

describe("priceSale and the seed", () => {
  it("stages read the sale being priced, even when the context names another", () => {
    const other = saleWith([["COFFEE", "1"]], "sale-other");
    const sale = saleWith([["PEN", "2"]]);
    const seen: string[] = [];
    const spy: PricingStage = {
      name: "spy",
      run: (priced, context) => {
        seen.push(context.sale.saleId);
        return priced;
      },
    };
    const priced = priceSale(sale, contextFor(other), [spy]);
    expect([seen, priced.saleId, priced.lines.map((line) => line.sku)]).toEqual([
      ["sale-1"],
      "sale-1",
      ["PEN"],
    ]);
  });

  it("the context a stage gets is the caller's own when it names the sale", () => {
    const sale = saleWith([["PEN", "2"]]);
    const context = contextFor(sale);
    let given: PricingContext | undefined;
    priceSale(sale, context, [
      {
        name: "spy",
        run: (priced, seen) => {
          given = seen;
          return priced;
        },
      },
    ]);
    expect(given).toBe(context);
  });

  it("the seed leaves voided lines out, adds modifiers to the unit price and zeroes the totals", () => {
    const sale = applySaleAction(
      saleWith([
        ["COFFEE", "1"],
        ["PEN", "3"],
      ]),
      { type: "voidLine", lineId: "line-1", by: "emp-1", at: NOW },
    );
    const withModifier: Sale = {
      ...sale,
      lines: sale.lines.map((line) =>
        line.lineId === "line-2"
          ? { ...line, modifiers: [{ modifierId: "m", name: "engraving", unitPrice: EUR("0.51") }] }
          : line,
      ),
    };
    const context = {
      ...contextFor(withModifier),
      policies: { roundingMode: "half-up" as const, refs: [{ id: "p", version: "1" }] },
    };
    const seed = seedPricedSale(withModifier, context);
    // (0.99 + 0.51) × 3 = 4.50.
    expect(
      seed.lines.map((line) => [
        line.lineId,
        line.unitPrice.toString(),
        line.gross.toString(),
        line.net.toString(),
        line.total.toString(),
        line.isLocked,
      ]),
    ).toEqual([["line-2", "1.50", "4.50", "4.50", "4.50", false]]);
    expect(
      [
        seed.subtotal,
        seed.discountTotal,
        seed.taxTotal,
        seed.total,
        seed.tendered,
        seed.balanceDue,
        seed.change,
      ].map(String),
    ).toEqual(["0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]);
    expect([seed.explanation, seed.notes, seed.policies]).toEqual([
      { applied: [], rejected: [], nudges: [] },
      [],
      [{ id: "p", version: "1" }],
    ]);
  });

  it.each([
    // 0.25 × 0.050 kg = 0.0125 → half-up 0.01; 2.50 × 0.005 kg = 0.0125 also: ties decide.
    ["half-up", "0.13"],
    ["half-even", "0.12"],
    ["down", "0.12"],
  ] as const)("the gross is rounded once with the policy: 0.25 × 0.5 kg = 0.125 → %s %s", (mode, gross) => {
    const json = JSON.parse(JSON.stringify(saleWith([["APPLES", "0.5"]])));
    json.lines[0].unitPrice = eur("0.25");
    const sale = saleFromJson(json);
    const seed = seedPricedSale(sale, { ...contextFor(sale), policies: { roundingMode: mode, refs: [] } });
    expect(seed.lines[0]?.gross.toString()).toBe(gross);
  });

  it("a locked line carries its frozen figures: net = gross − adjustments, total = net + added taxes", () => {
    const tax = (amount: string, included: boolean) => ({
      taxId: included ? "vat" : "sales",
      name: "t",
      jurisdiction: "X",
      rate: "0.10",
      base: eur("-10.00"),
      amount: eur(amount),
      included,
    });
    const json = JSON.parse(JSON.stringify(saleWith([["COFFEE", "1"]])));
    json.lines[0] = {
      ...json.lines[0],
      quantity: { value: "-1", unit: "each" },
      priceSource: { kind: "return" },
      locked: {
        gross: eur("-12.99"),
        adjustments: [{ source: { kind: "manual", id: "d", name: "d" }, amount: eur("-2.99") }],
        taxes: [tax("-1.00", false), tax("-0.91", true)],
      },
    };
    const sale = saleFromJson(json);
    const line = seedPricedSale(sale, contextFor(sale)).lines[0];
    // −12.99 − (−2.99) = −10.00; −10.00 + (−1.00) = −11.00 (the included −0.91 is inside the net).
    expect([
      line?.gross.toString(),
      line?.net.toString(),
      line?.total.toString(),
      line?.isLocked,
      line?.adjustments.length,
      line?.taxes.length,
    ]).toEqual(["-12.99", "-10.00", "-11.00", true, 1, 2]);
    expect(Object.keys(line ?? {})).toEqual(
      Object.keys(seedPricedSale(saleWith([["PEN", "1"]]), contextFor(sale)).lines[0] ?? {}),
    );
  });
});

describe("line helpers", () => {
  const line: PricedLine = {
    lineId: "l1",
    sku: "A",
    quantity: saleWith([["PEN", "2"]]).lines[0]?.quantity as PricedLine["quantity"],
    unitPrice: EUR("1.50"),
    priceSource: { kind: "catalog" },
    taxCategory: "standard",
    gross: EUR("3.00"),
    adjustments: [],
    net: EUR("3.00"),
    taxes: [],
    total: EUR("3.00"),
    isLocked: false,
  };
  const source = { kind: "manual" as const, id: "d", name: "d" };

  it("a zero adjustment returns the very same line; 0.40 off takes the net to 2.60", () => {
    expect(addAdjustment(line, { source, amount: EUR("0.00") })).toBe(line);
    const changed = addAdjustment(line, { source, amount: EUR("0.40") });
    expect([changed.net.toString(), changed.adjustments.length, changed.gross.toString()]).toEqual([
      "2.60",
      1,
      "3.00",
    ]);
    // A negative entry (a surcharge) raises the net: 3.00 − (−0.25) = 3.25.
    expect(addAdjustment(line, { source, amount: EUR("-0.25") }).net.toString()).toBe("3.25");
  });

  it("adjustmentTotalOf sums the entries, and refuses another currency", () => {
    const two = {
      ...line,
      adjustments: [
        { source, amount: EUR("0.40") },
        { source, amount: EUR("0.15") },
      ],
    };
    expect(adjustmentTotalOf(two).toString()).toBe("0.55");
    expect(adjustmentTotalOf(line).toString()).toBe("0.00");
    const mixed = { ...line, adjustments: [{ source, amount: parseMoney("0.40", "USD") }] };
    expect(tillErrorOf(() => adjustmentTotalOf(mixed)).code).toBe("CURRENCY_MISMATCH");
  });

  it("lineTotalOf adds only the taxes not included: 3.00 + 0.30 = 3.30", () => {
    const tax = (amount: string, included: boolean): LineTax => ({
      taxId: "t",
      name: "t",
      jurisdiction: "X",
      rate: "0.10",
      base: EUR("3.00"),
      amount: EUR(amount),
      included,
    });
    expect(lineTotalOf({ net: EUR("3.00"), taxes: [tax("0.30", false), tax("0.27", true)] }).toString()).toBe(
      "3.30",
    );
    expect(lineTotalOf({ net: EUR("3.00"), taxes: [] }).toString()).toBe("3.00");
  });

  it("mapUnlockedLines leaves locked lines alone and passes each line's index", () => {
    const priced = {
      ...seedPricedSale(emptySale(), contextFor(emptySale())),
      lines: [line, { ...line, lineId: "l2", isLocked: true }, { ...line, lineId: "l3" }],
    } as PricedSale;
    const seen: string[] = [];
    const mapped = mapUnlockedLines(priced, (entry, index) => {
      seen.push(`${entry.lineId}@${index}`);
      return addAdjustment(entry, { source, amount: EUR("1.00") });
    });
    expect(seen).toEqual(["l1@0", "l3@2"]);
    expect(mapped.lines.map((entry) => entry.net.toString())).toEqual(["2.00", "3.00", "2.00"]);
    expect(mapped.lines[1]).toBe(priced.lines[1]);
  });
});

describe("toJsonValue: what a JSON round trip gives, case by case", () => {
  class Point {
    constructor(
      readonly x: number,
      readonly y: number,
    ) {}
  }
  it.each<[string, unknown, unknown]>([
    ["toJSON gets its key", { when: { toJSON: (key: string) => `key:${key}` } }, { when: "key:when" }],
    ["toJSON gets an array index as text", [{ toJSON: (key: string) => `key:${key}` }], ["key:0"]],
    ["the top-level toJSON gets an empty key", { toJSON: (key: string) => `key:${key}` }, "key:"],
    [
      "a toJSON returning undefined drops the field",
      { a: { toJSON: (): undefined => undefined }, b: 1 },
      { b: 1 },
    ],
    [
      "a toJSON returning an object is walked",
      { a: { toJSON: (): object => ({ n: Number.NaN, u: undefined }) } },
      { a: { n: null } },
    ],
    [
      "a Date becomes its ISO text",
      { at: new Date("2026-11-23T12:00:00.000Z") },
      { at: "2026-11-23T12:00:00.000Z" },
    ],
    ["boxed primitives unbox", [Object(1), Object("s"), Object(false)], [1, "s", false]],
    ["a class instance keeps its own fields", { p: new Point(1, 2) }, { p: { x: 1, y: 2 } }],
    ["an object without prototype is plain data", Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
    ["a symbol or function in an array is null", [Symbol("s"), () => 1], [null, null]],
    ["a symbol field is dropped", { s: Symbol("s"), n: 0 }, { n: 0 }],
    ["negative zero and infinities", [-0, Number.NEGATIVE_INFINITY, 1.5], [0, null, 1.5]],
    ["top-level text, true and null", ["x", true, null], ["x", true, null]],
  ])("%s", (_title, value, expected) => {
    expect(toJsonValue(value)).toStrictEqual(expected);
    expect(toJsonValue(value)).toStrictEqual(JSON.parse(JSON.stringify(value)));
  });

  it("a top-level undefined or function is undefined, as JSON.stringify leaves it", () => {
    expect([toJsonValue(undefined), toJsonValue(() => 1)]).toEqual([undefined, undefined]);
  });

  it("a bigint behind toJSON-less class data still throws", () => {
    expect(() => toJsonValue([new Point(1, 2), 3n])).toThrow(
      new TypeError("Do not know how to serialize a BigInt"),
    );
  });

  it("a __proto__ key stays data and does not change the prototype", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const json = toJsonValue(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(Object.keys(json)).toEqual(["__proto__", "a"]);
    expect((json as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("input snapshots", () => {
  const nested = (depth: number): unknown => (depth === 0 ? "leaf" : { next: nested(depth - 1) });

  it.each([
    [
      "the same data in another object",
      { a: [1, "x", null], b: { c: true } },
      { a: [1, "x", null], b: { c: true } },
      true,
    ],
    ["a changed leaf", { a: [1, 2] }, { a: [1, 3] }, false],
    ["a longer array", { a: [1] }, { a: [1, 1] }, false],
    ["a shorter array", { a: [1, 1] }, { a: [1] }, false],
    ["an extra key", { a: 1 }, { a: 1, b: undefined }, false],
    ["the keys in another order", { a: 1, b: 2 }, { b: 2, a: 1 }, false],
    ["a renamed key", { a: 1 }, { b: 1 }, false],
    ["an array where an object was", { a: [] }, { a: {} }, false],
    ["an object where an array was", { a: {} }, { a: [] }, false],
    ["an object where a leaf was", { a: 1 }, { a: { b: 1 } }, false],
    ["a leaf where an object was", { a: { b: 1 } }, { a: 1 }, false],
    ["NaN for NaN", { a: Number.NaN }, { a: Number.NaN }, true],
    ["0 for −0", { a: -0 }, { a: 0 }, false],
    ["a nested empty object", [{}], [{}], true],
  ])("%s: %s", (_title, before, after, isSame) => {
    const snapshot = snapshotOf(before);
    expect(snapshot).toBeDefined();
    expect(matchesSnapshot(after, snapshot ?? [])).toBe(isSame);
    expect(matchesSnapshot(before, snapshot ?? [])).toBe(true);
  });

  it("a class instance is kept by reference: an equal copy is a change", () => {
    const money = EUR("1.00");
    const snapshot = snapshotOf({ price: money }) ?? [];
    expect([
      matchesSnapshot({ price: money }, snapshot),
      matchesSnapshot({ price: EUR("1.00") }, snapshot),
    ]).toEqual([true, false]);
    expect(matchesSnapshot(money, snapshotOf(money) ?? [])).toBe(true);
  });

  it("objects down to depth 64 (65 levels) are snapshotted; one more level and cycles are not", () => {
    expect(snapshotOf(nested(65))).toBeDefined();
    expect(snapshotOf(nested(66))).toBeUndefined();
    expect(snapshotOf([nested(65)])).toBeUndefined();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(snapshotOf(cycle)).toBeUndefined();
    const deep = nested(65);
    expect(matchesSnapshot(deep, snapshotOf(deep) ?? [])).toBe(true);
  });

  it("a remembered value is returned while the input still holds the same data", () => {
    const cache = new WeakMap<object, SnapshotEntry<string>>();
    const key = { items: [1, 2] };
    expect(unchangedValue(cache, key, key)).toBeUndefined();
    rememberValue(cache, key, key, "valid");
    expect(unchangedValue(cache, key, key)).toBe("valid");
    key.items.push(3);
    expect(unchangedValue(cache, key, key)).toBeUndefined();
    key.items.pop();
    expect(unchangedValue(cache, key, key)).toBe("valid");
    const deep = nested(70) as object;
    rememberValue(cache, deep, deep, "too deep");
    expect(unchangedValue(cache, deep, deep)).toBeUndefined();
  });
});

describe("simple basket lines", () => {
  it.each([
    [
      "plain string fields",
      [
        {
          sku: "A",
          lineId: "l",
          quantity: "2",
          scaleWeight: "0.5",
          serial: "",
          lot: "x",
          note: "n",
          partnerId: "p",
        },
      ],
      true,
    ],
    ["no lines", [], true],
    ["not an array", { 0: { sku: "A" } }, false],
    ["an array subclass", Object.setPrototypeOf([{ sku: "A" }], class extends Array {}.prototype), false],
    ["a hole", Object.assign(new Array(2), { 1: { sku: "B" } }), false],
    ["a line that is an array", [["A"]], false],
    ["a line that is null", [null], false],
    ["a line with a prototype", [Object.create({ sku: "A" })], false],
    ["a line without sku", [{ quantity: "1" }], false],
    ["a numeric sku", [{ sku: 1 }], false],
    ["an empty sku", [{ sku: "" }], false],
    ["an empty line id", [{ sku: "A", lineId: "" }], false],
    ["a quantity that is not a decimal", [{ sku: "A", quantity: "two" }], false],
    ["a numeric quantity", [{ sku: "A", quantity: 2 }], false],
    ["a price override", [{ sku: "A", unitPrice: "1.00" }], false],
    ["an unknown field", [{ sku: "A", colour: "red" }], false],
    ["a good line then a bad one", [{ sku: "A" }, { sku: "B", quantity: "x" }], false],
  ])("%s: %s", (_title, lines, isSimple) => {
    expect(areSimpleBasketLines(lines)).toBe(isSimple);
  });
});

describe("priceBasket: the basket's sale, its errors and the reused catalog", () => {
  const catalog = () => ({
    items: {
      A: { sku: "A", description: "Apple", unitPrice: eur("0.50") },
      B: { sku: "B", description: "Bread", unitPrice: eur("2.40") },
    },
  });
  const basket = (fields: Record<string, unknown>, items = catalog()) =>
    ({ currency: "EUR", date: NOW, catalog: items, lines: [], ...fields }) as Parameters<
      typeof priceBasket
    >[0];
  const failure = (input: Parameters<typeof priceBasket>[0]) => {
    const error = tillErrorOf(() => priceBasket(input, stages));
    return [error.code, error.path];
  };

  it("lines get ids line-1, line-2 unless named; an override marks the line", () => {
    const priced = priceBasket(
      basket({
        lines: [
          { sku: "A", quantity: "2" },
          { sku: "B", lineId: "bread", unitPrice: eur("2.00") },
        ],
      }),
      stages,
    );
    expect(
      priced.lines.map((line) => [
        line.lineId,
        line.unitPrice.amount,
        line.priceSource.kind,
        line.total.amount,
      ]),
    ).toEqual([
      ["line-1", "0.50", "catalog", "1.00"],
      ["bread", "2.00", "override", "2.00"],
    ]);
  });

  it.each([
    [
      "a repeated line id",
      {
        lines: [
          { sku: "A", lineId: "x" },
          { sku: "B", lineId: "x" },
        ],
      },
      "INVALID_INPUT",
      ["lines", 1, "lineId"],
    ],
    [
      "a repeated default id",
      { lines: [{ sku: "A", lineId: "line-2" }, { sku: "B" }] },
      "INVALID_INPUT",
      ["lines", 1, "lineId"],
    ],
    [
      "an override in dollars",
      { lines: [{ sku: "A" }, { sku: "B", unitPrice: { amount: "1.00", currency: "USD" } }] },
      "CURRENCY_MISMATCH",
      ["lines", 1, "unitPrice"],
    ],
    [
      "a negative override",
      { lines: [{ sku: "A", unitPrice: eur("-1.00") }] },
      "INVALID_INPUT",
      ["lines", 0, "unitPrice"],
    ],
    [
      "a weighed-only quantity of 1.5 pieces",
      { lines: [{ sku: "B", quantity: "1.5" }] },
      "QUANTITY_PRECISION",
      ["lines", 0, "quantity"],
    ],
    [
      "a discount on an unknown line",
      {
        lines: [{ sku: "A" }],
        manualDiscounts: [
          {
            scope: { kind: "line", lineId: "line-9" },
            value: { kind: "percent", percent: "5" },
            reason: "r",
          },
        ],
      },
      "UNKNOWN_LINE",
      ["manualDiscounts", 0, "scope", "lineId"],
    ],
    [
      "0.51 off a 0.50 line",
      {
        lines: [{ sku: "A" }],
        manualDiscounts: [
          {
            scope: { kind: "line", lineId: "line-1" },
            value: { kind: "amount", amount: eur("0.51") },
            reason: "r",
          },
        ],
      },
      "INVALID_DISCOUNT",
      ["manualDiscounts", 0, "value", "amount"],
    ],
    [
      "a repeated discount id",
      {
        lines: [{ sku: "A" }],
        manualDiscounts: [
          { scope: { kind: "basket" }, value: { kind: "percent", percent: "5" }, reason: "r" },
          {
            discountId: "discount-1",
            scope: { kind: "basket" },
            value: { kind: "percent", percent: "5" },
            reason: "r",
          },
        ],
      },
      "INVALID_INPUT",
      ["manualDiscounts", 1, "discountId"],
    ],
    ["a currency nobody knows", { currency: "XYZ", lines: [] }, "UNKNOWN_CURRENCY", []],
  ])("%s: %s at %j", (_title, fields, code, path) => {
    expect(failure(basket(fields))).toEqual([code, path]);
  });

  it("an unknown SKU names the SKU", () => {
    const error = tillErrorOf(() => priceBasket(basket({ lines: [{ sku: "A" }, { sku: "Z" }] }), stages));
    expect([error.code, error.path, error.details]).toEqual([
      "UNKNOWN_SKU",
      ["lines", 1, "sku"],
      { sku: "Z" },
    ]);
  });

  it("an override in a basket is recorded as the basket's, with the catalog price it replaced", () => {
    const seen: Sale[] = [];
    const spy: PricingStage = {
      name: "spy",
      run: (priced, context) => {
        seen.push(context.sale);
        return priced;
      },
    };
    priceBasket(basket({ lines: [{ sku: "B", unitPrice: eur("2.00") }] }), [spy]);
    const line = seen[0]?.lines[0];
    expect([
      line?.override?.by,
      line?.override?.reason,
      line?.override?.at,
      line?.override?.previousPrice.toString(),
    ]).toEqual(["basket", "basket", NOW, "2.40"]);
    expect([line?.addedBy, line?.addedAt, seen[0]?.saleId, seen[0]?.status]).toEqual([
      "basket",
      NOW,
      "basket",
      "open",
    ]);
  });

  it("coupon codes are kept once each; the customer comes along", () => {
    const seen: Sale[] = [];
    const spy: PricingStage = {
      name: "spy",
      run: (priced, context) => {
        seen.push(context.sale);
        return priced;
      },
    };
    priceBasket(
      basket({ lines: [{ sku: "A" }], couponCodes: ["X", "Y", "X"], customer: { customerId: "c-1" } }),
      [spy],
    );
    priceBasket(basket({ lines: [{ sku: "A" }] }), [spy]);
    expect([seen[0]?.couponCodes, seen[0]?.customer, "customer" in (seen[1] ?? {})]).toEqual([
      ["X", "Y"],
      { customerId: "c-1" },
      false,
    ]);
    expect(Object.isFrozen(seen[0]?.couponCodes)).toBe(true);
  });

  it("a catalog object changed in place is validated again, and its new prices are used", () => {
    const items = catalog();
    expect(priceBasket(basket({ lines: [{ sku: "A", quantity: "2" }] }, items), stages).total.amount).toBe(
      "1.00",
    );
    items.items.A.unitPrice = eur("0.60");
    expect(priceBasket(basket({ lines: [{ sku: "A", quantity: "2" }] }, items), stages).total.amount).toBe(
      "1.20",
    );
    items.items.A.unitPrice = eur("oops");
    expect(failure(basket({ lines: [{ sku: "A" }] }, items))[0]).toBe("INVALID_INPUT");
    items.items.A.unitPrice = eur("0.60");
    expect(priceBasket(basket({ lines: [{ sku: "A" }] }, items), stages).total.amount).toBe("0.60");
  });

  it("with a known catalog, bad lines fail exactly as the full schema fails them", () => {
    const items = catalog();
    priceBasket(basket({ lines: [{ sku: "A" }] }, items), stages);
    for (const lines of [[{ sku: "A", quantity: "two" }], [{ sku: "" }], [{ sku: "A", quantity: 2 }], "A"]) {
      expect(failure(basket({ lines }, items))).toEqual(failure(basket({ lines }, catalog())));
    }
    // A line the fast check does not take still prices through the schema.
    expect(
      priceBasket(basket({ lines: [{ sku: "A", unitPrice: eur("0.45"), seat: 2 }] }, items), stages).total
        .amount,
    ).toBe("0.45");
  });
});

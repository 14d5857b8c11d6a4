import { describe, expect, it } from "vitest";
import {
  balanceTenders,
  makeTenderPolicy,
  parseDecimal,
  parseMoney,
  type Tender,
  zeroMoney,
} from "../../src/core";
import {
  decodeHidScaleReport,
  hasValidGs1CheckDigit,
  parseCasLine,
  parseMtSicsResponse,
  parseNciResponse,
} from "../../src/devices";
import { priceBasket } from "../../src/index";
import { expectOnlyTillError } from "./fuzz-harness";

// Inputs the fuzzers once found throwing something other than a TillError; each stays pinned here.
describe("fuzz counterexamples", () => {
  it.each([
    ["parseDecimal(Object.create(null))", () => parseDecimal(Object.create(null))],
    ["parseMoney('1', Object.create(null))", () => parseMoney("1", Object.create(null))],
    ["parseMoney('1', 'EUR', null)", () => parseMoney("1.005", "EUR", null)],
    [
      "parseMoney('.0', 'JPY', { rounding: Object.create(null) })",
      () => parseMoney(".05", "JPY", { rounding: Object.create(null) }),
    ],
    ["parseMtSicsResponse(1)", () => parseMtSicsResponse(1 as never)],
    ["parseMtSicsResponse('toString')", () => parseMtSicsResponse("toString")],
    ["parseNciResponse([])", () => parseNciResponse([] as never)],
    ["parseCasLine({})", () => parseCasLine({} as never)],
    ["decodeHidScaleReport({})", () => decodeHidScaleReport({} as never)],
  ])("%s throws only a TillError", (_title, run) => {
    expectOnlyTillError(run);
  });

  it("hasValidGs1CheckDigit(9007199254740992) answers false instead of throwing", () => {
    expect(hasValidGs1CheckDigit(9007199254740992 as never)).toBe(false);
  });

  it("a refund paid back in cash never shows negative change (total −0.01, cash −0.01)", () => {
    const policy = makeTenderPolicy({ currency: "EUR" });
    const tender = {
      tenderId: "t1",
      kind: "cash",
      status: "entered",
      amount: parseMoney("-0.01", "EUR"),
    } as unknown as Tender;
    const balance = balanceTenders(parseMoney("-0.01", "EUR"), [tender], policy);
    expect(balance.change).toEqual(zeroMoney("EUR"));
  });

  it("priceBasket with a catalog item whose SKU is __proto__ prices or refuses, never crashes", () => {
    const item = {
      sku: "__proto__",
      description: "Item 1",
      unitPrice: { amount: "396.83", currency: "EUR" },
      unit: "kg",
      taxCategory: "standard",
    };
    const input = {
      currency: "EUR",
      catalog: { version: "generated", items: { "SKU-0001": item } },
      lines: [{ sku: "SKU-0001", scaleWeight: "0.013" }],
      date: "2026-01-15T10:00:00Z",
    };
    expectOnlyTillError(() => priceBasket(input as never));
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyFromMinor } from "../../../src/core/money/create-money";
import { toJsonValue } from "../../../src/core/pipeline/json-of";
import { pieces } from "../../../src/core/quantity/quantity";

const viaText = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? "null");

const leaf = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.bigInt({ min: -10_000n, max: 10_000n }).map((minor) => moneyFromMinor(minor, "EUR")),
  fc.integer({ min: -50, max: 50 }).map((count) => pieces(count)),
  fc.date({ noInvalidDate: true }),
);
const values = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string(), fc.constant("__proto__")), tie("value"), { maxKeys: 4 }),
})).value;

describe("toJsonValue", () => {
  it.each([
    { title: "Money", value: moneyFromMinor(1230n, "EUR") },
    { title: "a negative zero", value: { zero: -0 } },
    { title: "undefined and functions", value: { a: undefined, b: () => 1, c: [undefined, () => 1] } },
    { title: "NaN and infinity", value: [Number.NaN, Number.POSITIVE_INFINITY] },
    { title: "a __proto__ key", value: JSON.parse('{"__proto__": {"x": 1}}') as unknown },
  ])("$title: what a JSON round trip gives", ({ value }) => {
    expect(toJsonValue(value)).toStrictEqual(viaText(value));
  });

  it("throws a TypeError on a bare bigint, like JSON.stringify", () => {
    expect(() => toJsonValue({ minor: 1n })).toThrow(TypeError);
  });

  it("equals JSON.parse(JSON.stringify(value)) for any tree of plain data, Money and Quantity", () => {
    fc.assert(
      fc.property(
        fc.oneof(values.filter((value) => value !== undefined && typeof value !== "function")),
        (value) => {
          expect(toJsonValue(value)).toStrictEqual(viaText(value));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

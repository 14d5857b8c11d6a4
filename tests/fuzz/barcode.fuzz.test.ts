import fc from "fast-check";
import { describe, it } from "vitest";
import {
  computeGs1CheckDigit,
  expandUpcE,
  hasValidGs1CheckDigit,
  interpretScan,
  makeInStoreDecoder,
  parseGs1DigitalLink,
  parseGs1ElementString,
  validateGtin,
} from "../../src/devices";
import { adversarialValue, expectOnlyTillError, FUZZ_OPTIONS, fuzzInputs, nastyString } from "./fuzz-harness";

type Parser = (input: never, options?: never) => unknown;

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((list) => list.join(""));

/** GS1-looking element strings: real AIs, group separators, symbology prefixes. */
const elementString = fc
  .array(
    fc.oneof(
      digits(14, 14).map((gtin) => `01${gtin}`),
      digits(6, 6).map((date) => `17${date}`),
      fc.string({ maxLength: 20 }).map((lot) => `10${lot}\u001d`),
      digits(1, 8).map((price) => `392${price.length % 10}${price}`),
      nastyString,
    ),
    { maxLength: 5 },
  )
  .map((parts) => fc.constantFrom("", "]C1", "]e0", "]d2", "]Q3").map((prefix) => prefix + parts.join("")))
  .chain((arbitrary) => arbitrary);

const digitalLink = fc
  .tuple(
    fc.constantFrom("https://id.gs1.org", "https://example.com/x", "http://a", "urn:x", ""),
    digits(8, 14),
    fc.array(fc.tuple(fc.constantFrom("10", "21", "17", "3103", "__proto__", "x"), nastyString), {
      maxLength: 3,
    }),
  )
  .map(
    ([host, gtin, rest]) =>
      `${host}/01/${gtin}${rest.map(([ai, value]) => `/${ai}/${encodeSafely(value)}`).join("")}`,
  );

// encodeURIComponent throws URIError on a lone surrogate; such text goes in raw, which is adversarial too.
function encodeSafely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const options = fc.oneof(
  fc.constant(undefined),
  adversarialValue,
  fc.record({ referenceYear: fc.integer() }),
);

/**
 * [name, parser, valid-looking input, takes options, accepts values of any type]. A parser marked false in
 * the last column is fuzzed with strings only: it throws a TypeError on other types (reported to the
 * devices room), and the any-type run is added back once it validates its argument.
 */
const PARSERS: readonly [string, Parser, fc.Arbitrary<unknown>, boolean, boolean][] = [
  ["parseGs1ElementString", parseGs1ElementString as Parser, elementString, true, true],
  ["parseGs1DigitalLink", parseGs1DigitalLink as Parser, digitalLink, true, true],
  ["interpretScan", interpretScan as Parser, fc.oneof(elementString, digits(6, 14)), false, true],
  ["computeGs1CheckDigit", computeGs1CheckDigit as Parser, digits(0, 20), false, true],
  ["hasValidGs1CheckDigit", hasValidGs1CheckDigit as Parser, digits(0, 20), false, false],
  ["validateGtin", validateGtin as Parser, digits(6, 16), false, true],
  ["expandUpcE", expandUpcE as Parser, digits(6, 8), false, true],
];

const textInputs = (valid: fc.Arbitrary<unknown>) => fc.oneof(valid, nastyString);

describe("barcode parser fuzz", () => {
  it.each(PARSERS)(
    "should let %s throw only TillError and never change its input",
    (_name, parse, valid, hasOptions, isTotal) => {
      const inputs = isTotal ? fuzzInputs(valid) : textInputs(valid);
      fc.assert(
        fc.property(inputs, hasOptions ? options : fc.constant(undefined), (input, option) => {
          const call = hasOptions
            ? (text: unknown, extra: unknown) => parse(text as never, extra as never)
            : (text: unknown) => parse(text as never);
          expectOnlyTillError(call, input, option);
        }),
        FUZZ_OPTIONS,
      );
    },
  );

  it("should let makeInStoreDecoder and its decoder throw only TillError", () => {
    const config = fc.record({
      currency: fc.constantFrom("EUR", "JPY", "KWD"),
      templates: fc.array(
        fc.record({
          pattern: fc.constantFrom(
            "28IIIIVPPPPPC",
            "02IIIIIPPPPPC",
            "2IIIIIWWWWWC",
            "21IIIIIPPPPC",
            "29XXXXIPPPPPC",
          ),
          priceDecimals: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fuzzInputs(config), fc.oneof(digits(12, 13), nastyString), (input, scan) => {
        expectOnlyTillError(
          (configInput, scanned) => makeInStoreDecoder(configInput as never)(scanned as string),
          input,
          scan,
        );
      }),
      FUZZ_OPTIONS,
    );
  });
});

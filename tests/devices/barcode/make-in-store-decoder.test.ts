import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeGs1CheckDigit, computePriceVerifier, makeInStoreDecoder } from "../../../src/devices/barcode";
import { tillErrorOf } from "./till-error-of";

const RUNS = 2000;

const decode = makeInStoreDecoder({
  currency: "EUR",
  templates: [{ pattern: "28IIIIVPPPPPC" }, { pattern: "21IIIIIWWWWWC" }, { pattern: "2IIIIIVPPPPC" }],
});

const decodeYen = makeInStoreDecoder({ currency: "JPY", templates: [{ pattern: "02IIIIIPPPPPC" }] });

describe("makeInStoreDecoder: worked examples", () => {
  // 28 1234 V 01234 C: verifier of 01234 is 1, check digit of 281234101234 is 9.
  // 21 12345 00350 C: check digit 4. 2 12345 V 2875 C: verifier 9, check 2 (UPC-A, scanned with or without
  // its EAN-13 leading zero).
  it.each([
    ["2812341012349", "1234", "12.34", undefined],
    ["2112345003504", "12345", undefined, "0.35"],
    ["212345928752", "12345", "28.75", undefined],
    ["0212345928752", "12345", "28.75", undefined],
  ])("%s → item %s, price %s, weight %s", (digits, itemCode, price, weight) => {
    const scan = decode(digits);
    expect(scan?.itemCode).toBe(itemCode);
    expect(scan?.price?.toString()).toBe(price);
    expect(scan?.price?.currency).toBe(price === undefined ? undefined : "EUR");
    expect(scan?.weight?.toString()).toBe(weight);
  });

  it("reads whole yen by the currency's exponent: 02 12345 00150 C is 150 JPY", () => {
    expect(decodeYen("0212345001509")?.price?.toString()).toBe("150");
  });

  it.each([["4006381333931"], ["036000291452"], ["2212345003502"], ["12345"]])(
    "leaves %s alone (no template prefix matches)",
    (digits) => {
      expect(decode(digits)).toBeUndefined();
    },
  );

  it.each([
    ["2812340012340", "price-verifier"],
    ["2812341012348", "check-digit"],
    ["212345828755", "price-verifier"],
  ])("rejects %s (%s)", (digits, reason) => {
    const error = tillErrorOf(() => decode(digits));
    expect(error.code).toBe("INVALID_BARCODE");
    expect(error.details?.reason).toBe(reason);
  });
});

describe("in-store templates are validated", () => {
  it.each([
    [{ pattern: "28IIIIVPPPPP" }, "pattern"],
    [{ pattern: "2CIIIIVPPPPPC" }, "pattern"],
    [{ pattern: "48IIIIIPPPPPC" }, "pattern"],
    [{ pattern: "28IIIIIPPWWWC" }, "pattern"],
    [{ pattern: "28IIVIIIPPPPPPC".slice(0, 13) }, "pattern"],
    [{ pattern: "28IIIIVPPPPPC", priceDecimals: 7 }, "priceDecimals"],
  ])("rejects %j at %s", (template, field) => {
    const error = tillErrorOf(() => makeInStoreDecoder({ currency: "EUR", templates: [template] }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.path).toEqual(["templates", 0, field]);
  });

  it("rejects price decimals finer than the currency", () => {
    const error = tillErrorOf(() =>
      makeInStoreDecoder({ currency: "JPY", templates: [{ pattern: "28IIIIVPPPPPC", priceDecimals: 2 }] }),
    );
    expect(error.code).toBe("MONEY_PRECISION");
    expect(error.path).toEqual(["templates", 0, "priceDecimals"]);
  });
});

describe("in-store properties", () => {
  const digits = (length: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));

  it("should read back the item and price it was built from", () => {
    fc.assert(
      fc.property(digits(4), digits(5), (item, price) => {
        // Arrange
        const body = `28${item}${computePriceVerifier(price)}${price}`;
        // Act
        const scan = decode(`${body}${computeGs1CheckDigit(body)}`);
        // Assert
        expect(scan?.itemCode).toBe(item);
        expect(scan?.price?.minor).toBe(BigInt(price));
      }),
      { numRuns: RUNS },
    );
  });

  it("should reject a price changed in one digit even when the check digit is recomputed", () => {
    fc.assert(
      fc.property(
        digits(4),
        digits(5),
        fc.nat(4),
        fc.integer({ min: 1, max: 9 }),
        (item, price, at, delta) => {
          // Arrange
          const altered = `${price.slice(0, at)}${(Number(price[at]) + delta) % 10}${price.slice(at + 1)}`;
          const body = `28${item}${computePriceVerifier(price)}${altered}`;
          // Act
          const error = tillErrorOf(() => decode(`${body}${computeGs1CheckDigit(body)}`));
          // Assert
          expect(error.details?.reason).toBe("price-verifier");
        },
      ),
      { numRuns: RUNS },
    );
  });
});

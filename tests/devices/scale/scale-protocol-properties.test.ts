import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuantity } from "../../../src/core";
import {
  casProtocol,
  hidScaleProtocol,
  mtSicsProtocol,
  nciProtocol,
  parseMtSicsResponse,
  type ScaleProtocol,
} from "../../../src/devices/scale";
import { errorCode } from "./scale-test-helpers";

const RUNS = 2000;

describe("scale protocol properties", () => {
  const protocols: [string, ScaleProtocol][] = [
    ["mt-sics", mtSicsProtocol],
    ["nci", nciProtocol],
    ["cas", casProtocol],
    ["hid", hidScaleProtocol],
  ];

  it.each(protocols)(
    "%s: should split and decode arbitrary bytes with nothing but TillErrors",
    (_name, protocol) => {
      const printable = fc.array(fc.constantFrom(..."SDIZTAC+-., 0123456789kglbKGLB?^_\r\n\u0003\u0000"), {
        maxLength: 40,
      });
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 40 }),
        printable.map((chars) => Uint8Array.from(chars.map((char) => char.charCodeAt(0)))),
      );
      fc.assert(
        fc.property(bytes, (input) => {
          const { frames, rest } = protocol.split(input);
          expect(
            frames.reduce((length, frame) => length + frame.length, 0) + rest.length,
          ).toBeLessThanOrEqual(input.length);
          for (const frame of frames)
            expect(["NOT A TILL ERROR"]).not.toContain(errorCode(() => protocol.decode(frame)));
        }),
        { numRuns: RUNS },
      );
    },
  );

  it("should read back every MT-SICS weight line as the weight written", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -99_999_999n, max: 99_999_999n }),
        fc.integer({ min: 0, max: 5 }),
        (units, decimals) => {
          // Arrange
          const negative = units < 0n;
          const digits = (negative ? -units : units).toString().padStart(decimals + 1, "0");
          const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
          const signed = negative ? `-${text}` : text;
          // Act
          const message = parseMtSicsResponse(`S S ${signed.padStart(10, " ")} kg`);
          // Assert
          expect(message.type === "reading" ? message.reading.weight?.millionths : undefined).toBe(
            parseQuantity(signed, "kg").millionths,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

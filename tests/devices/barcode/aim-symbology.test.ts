import { describe, expect, it } from "vitest";
import {
  aimForSymbology,
  isGs1Symbology,
  SYMBOLOGIES,
  splitAim,
  symbologyOfAim,
} from "../../../src/devices/barcode";

describe("AIM symbology identifiers", () => {
  it.each([
    ["]C1", "gs1-128", true],
    ["]C0", "code-128", false],
    ["]e0", "gs1-databar", true],
    ["]d2", "gs1-datamatrix", true],
    ["]d1", "datamatrix", false],
    ["]Q3", "gs1-qr", true],
    ["]Q1", "qr", false],
    ["]E0", "ean-13", false],
    ["]E4", "ean-8", false],
    ["]J1", "gs1-dotcode", true],
    ["]I1", "itf", false],
    ["]X0", "unknown", false],
  ])("%s is %s (GS1 data: %s)", (aim, symbology, isGs1) => {
    expect(symbologyOfAim(aim)).toBe(symbology);
    expect(isGs1Symbology(symbologyOfAim(aim))).toBe(isGs1);
  });

  it.each([
    ["]E04006381333931", "]E0", "4006381333931"],
    ["4006381333931", undefined, "4006381333931"],
    ["]", undefined, "]"],
  ])("splits %s into %s and %s", (scanned, aim, data) => {
    expect(splitAim(scanned)).toMatchObject({ aim, data });
  });

  it.each(SYMBOLOGIES.filter((s) => s !== "unknown" && s !== "upc-a" && s !== "upc-e").map((s) => [s]))(
    "the identifier emulators send for %s names it again",
    (symbology) => {
      expect(symbologyOfAim(aimForSymbology(symbology) ?? "")).toBe(symbology);
    },
  );
});

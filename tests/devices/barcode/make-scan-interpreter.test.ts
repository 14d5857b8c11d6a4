import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpretScan, makeScanInterpreter } from "../../../src/devices/barcode";
import { throwsOnlyTillErrors, tillErrorOf } from "./till-error-of";

const RUNS = 2000;
const GS = "\u001d";

const interpret = makeScanInterpreter({
  currency: "EUR",
  inStore: { currency: "EUR", templates: [{ pattern: "28IIIIVPPPPPC" }] },
});

describe("makeScanInterpreter: { value, symbology, aim, parsed }", () => {
  it.each([
    ["]E04006381333931", "4006381333931", "ean-13", "]E0", "04006381333931", "gtin-13"],
    ["]E00036000291452", "0036000291452", "upc-a", "]E0", "00036000291452", "gtin-12"],
    ["]E0036000291452", "036000291452", "upc-a", "]E0", "00036000291452", "gtin-12"],
    ["]E496385074", "96385074", "ean-8", "]E4", "00000096385074", "gtin-8"],
    ["]E004252614", "04252614", "upc-e", "]E0", "00042100005264", "gtin-12"],
    ["4006381333931", "4006381333931", "ean-13", undefined, "04006381333931", "gtin-13"],
    ["04252614", "04252614", "upc-e", undefined, "00042100005264", "gtin-12"],
    ["96385074", "96385074", "ean-8", undefined, "00000096385074", "gtin-8"],
    ["]I119521234543210", "19521234543210", "itf", "]I1", "19521234543210", "gtin-14"],
  ])("%s → %s %s %s → %s", (raw, value, symbology, aim, gtin14, gtinKind) => {
    const scan = interpret(raw);
    expect(scan.value).toBe(value);
    expect(scan.symbology).toBe(symbology);
    expect(scan.aim).toBe(aim);
    expect(scan.parsed).toMatchObject({ gtin14, gtinKind });
  });

  it.each([
    ["]C1", "gs1-128"],
    ["]e0", "gs1-databar"],
    ["]d2", "gs1-datamatrix"],
    ["]Q3", "gs1-qr"],
  ])("parses %s data as GS1 elements (%s)", (aim, symbology) => {
    const scan = interpret(`${aim}010952123456788210ABC123${GS}17250600`);
    expect(scan.symbology).toBe(symbology);
    expect(scan.parsed.kind === "gs1" ? scan.parsed.elements.map((e) => e.ai) : []).toEqual([
      "01",
      "10",
      "17",
    ]);
  });

  it("keeps the EAN add-on", () => {
    expect(interpret("]E34006381333931" + "12").parsed).toMatchObject({ kind: "gtin", addOn: "12" });
  });

  it("reads an in-store barcode through the store template", () => {
    const scan = interpret("]E02812341012349");
    expect(scan.parsed).toMatchObject({ kind: "in-store", itemCode: "1234" });
    expect(scan.parsed.kind === "in-store" ? scan.parsed.price?.toString() : undefined).toBe("12.34");
  });

  it("reads a Digital Link QR code", () => {
    const scan = interpret("]Q1https://id.gs1.org/01/09521234543213/10/ABC");
    expect(scan.symbology).toBe("qr");
    expect(scan.parsed.kind === "digital-link" ? scan.parsed.link.elementString : "").toBe(
      "010952123454321310ABC",
    );
  });

  it.each([
    ["]Q1https://example.com/menu", "https://example.com/menu"],
    ["]C0ABC-123", "ABC-123"],
    ["]A0CODE39", "CODE39"],
    ["hello", "hello"],
  ])("keeps %s as text", (raw, text) => {
    expect(interpret(raw).parsed).toEqual({ kind: "text", text });
  });

  it.each([
    ["]E04006381333932", "INVALID_BARCODE", "check-digit"],
    ["]E040063813339", "INVALID_BARCODE", "bad-format"],
    ["]E0400638133393", "INVALID_BARCODE", "check-digit"],
    ["]E424252615", "INVALID_BARCODE", "check-digit"],
    ["]E0", "INVALID_BARCODE", "empty"],
    ["]C10109521234567", "INVALID_BARCODE", "truncated"],
    [`]C110${"A".repeat(21)}`, "INVALID_BARCODE", "too-long"],
    ["]C12300001", "UNKNOWN_AI", undefined],
    ["]E02812340012340", "INVALID_BARCODE", "price-verifier"],
    ["12345678", "INVALID_BARCODE", "check-digit"],
  ])("rejects %j with %s %s", (raw, code, reason) => {
    const error = tillErrorOf(() => interpret(raw));
    expect(error.code).toBe(code);
    expect(error.details?.reason).toBe(reason);
  });

  it("interpretScan uses defaults (no in-store templates)", () => {
    expect(interpretScan("2812341012349").parsed).toMatchObject({ kind: "gtin", gtin14: "02812341012349" });
  });

  it("should never throw anything but a TillError on arbitrary scans", () => {
    const aim = fc.constantFrom("", "]E0", "]E4", "]E3", "]C1", "]e0", "]d2", "]Q1", "]Q3", "]I1", "]X9");
    const body = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[0-9]{0,20}$/),
      fc
        .array(fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\u001d"), { maxLength: 40 })
        .map((chars) => chars.join("")),
      fc.string().map((path) => `https://id.gs1.org/01/${path}`),
    );
    fc.assert(
      fc.property(aim, body, (prefix, data) => {
        expect(throwsOnlyTillErrors(() => interpret(`${prefix}${data}`))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import {
  buildReceiptDocument,
  type ReceiptBlock,
  receiptDocumentSchema,
  receiptQrPayload,
} from "../../../src/devices/receipt";
import { sampleReceipt } from "./sample-receipt";

function rowsOf(blocks: readonly ReceiptBlock[]): string[][] {
  return blocks.flatMap((block) => (block.type === "columns" ? block.rows : []));
}

function textsOf(blocks: readonly ReceiptBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === "text" ? [block.runs.map((run) => run.text).join("")] : [],
  );
}

describe("buildReceiptDocument", () => {
  it.each([
    [
      "en",
      ["TOTAL", "€9.11"],
      ["Change", "0.90"],
      ["  2nd half price", "-0.63"],
      ["Date", "3/14/26, 3:09 PM"],
    ],
    [
      "nl",
      ["TOTAAL", "€ 9,11"],
      ["Wisselgeld", "0,90"],
      ["  0,75 kg x 3,00", ""],
      ["Datum", "14-03-2026, 15:09"],
    ],
    ["zh", ["合计", "€9.11"], ["找零", "0.90"], ["现金抹零", "-0.01"], ["日期", "2026/3/14 15:09"]],
  ])("in %s prints %j, %j, %j and %j", (locale, ...expected) => {
    const rows = rowsOf(buildReceiptDocument(sampleReceipt, { locale }).blocks);
    for (const row of expected) expect(rows).toContainEqual(row);
  });

  it.each([
    ["en", "A 21% NL", "4.12", "0.87"],
    ["nl", "A 21% NL", "4,12", "0,87"],
  ])("summarises tax by rate and jurisdiction in %s: %s base %s tax %s", (locale, rate, base, tax) => {
    expect(rowsOf(buildReceiptDocument(sampleReceipt, { locale }).blocks)).toContainEqual([rate, base, tax]);
  });

  it.each([
    ["en", "original", "live", []],
    ["en", "copy", "live", [" COPY "]],
    ["nl", "copy", "training", [" TRAINING - GEEN BON ", " KOPIE "]],
    ["zh", "original", "training", [" 培训模式 - 非正式小票 "]],
  ] as const)("in %s a %s %s receipt is marked %j at top and bottom", (locale, copy, mode, marks) => {
    const document = buildReceiptDocument({ ...sampleReceipt, mode }, { locale, copy });
    const texts = textsOf(document.blocks);
    expect(texts.slice(0, marks.length)).toEqual(marks);
    expect(texts.slice(texts.length - marks.length)).toEqual(marks);
  });

  it("carries the journal sequence and a hash fragment in the QR code, then feeds and cuts", () => {
    const blocks = buildReceiptDocument(sampleReceipt).blocks;
    expect(blocks).toContainEqual({
      type: "qrcode",
      value: "TK1;r=R1-000042;s=1042;h=9f86d081884c",
      size: 4,
      errorLevel: "m",
    });
    expect(blocks.at(-1)).toEqual({ type: "cut", mode: "partial" });
  });

  it("produces a document its own schema accepts and that survives JSON", () => {
    const document = buildReceiptDocument(sampleReceipt, { locale: "zh" });
    expect(receiptDocumentSchema.parse(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  it.each([
    [
      "a total of 9.111",
      { ...sampleReceipt, totals: { ...sampleReceipt.totals, total: "9.111" } },
      "MONEY_PRECISION",
      ["totals", "total"],
    ],
    ["currency eur", { ...sampleReceipt, currency: "eur" }, "INVALID_INPUT", ["currency"]],
    ["issuedAt yesterday", { ...sampleReceipt, issuedAt: "yesterday" }, "INVALID_INPUT", ["issuedAt"]],
    ["change 0.9x", { ...sampleReceipt, change: "0.9x" }, "INVALID_INPUT", ["change"]],
  ])("rejects %s with %s at path %j", (_name, input, code, path) => {
    let error: unknown;
    try {
      buildReceiptDocument(input);
    } catch (caught) {
      error = caught;
    }
    expect(isTillError(error) && [error.code, error.path]).toEqual([code, path]);
  });

  it("keeps every line description and amount on the receipt (property)", () => {
    const amount = fc
      .integer({ min: 0, max: 99_999 })
      .map((cents) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ description: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}$/), lineTotal: amount }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (lines) => {
          // Arrange
          const input = {
            ...sampleReceipt,
            lines: lines.map((line) => ({ ...line, quantity: "1", unitPrice: line.lineTotal })),
          };
          // Act
          const rows = rowsOf(buildReceiptDocument(input).blocks);
          // Assert
          for (const line of lines) expect(rows).toContainEqual([line.description, line.lineTotal]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("builds the QR payload from a truncated hash", () => {
    expect(
      receiptQrPayload({ receiptNumber: "X", journal: { sequence: 7, hash: "abcdef0123456789" } }, 8),
    ).toBe("TK1;r=X;s=7;h=abcdef01");
  });
});

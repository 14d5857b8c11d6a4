import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutReceipt, textWidth } from "../../../src/devices/printer";
import type { ReceiptDocument } from "../../../src/devices/receipt";

function texts(document: ReceiptDocument, columns: number): string[] {
  return layoutReceipt(document, columns).flatMap((item) =>
    item.kind === "text" ? [item.segments.map((s) => s.text).join("")] : [],
  );
}

describe("layoutReceipt", () => {
  it.each([
    ["centres text", { type: "text", runs: [{ text: "abc" }], align: "center" }, 9, ["   abc"]],
    ["right-aligns text", { type: "text", runs: [{ text: "abc" }], align: "right" }, 9, ["      abc"]],
    ["wraps at spaces", { type: "text", runs: [{ text: "one two three" }] }, 8, ["one two", "three"]],
    [
      "breaks a word longer than the line",
      { type: "text", runs: [{ text: "abcdefghij" }] },
      4,
      ["abcd", "efgh", "ij"],
    ],
    [
      "counts CJK as two columns",
      { type: "text", runs: [{ text: "合计合计合计" }] },
      8,
      ["合计合计", "合计"],
    ],
    ["draws a double rule", { type: "rule", style: "double" }, 5, ["====="]],
    [
      "pairs label and value",
      { type: "columns", columns: [{}, { align: "right" }], rows: [["Total", "9.11"]] },
      16,
      ["Total       9.11"],
    ],
    [
      "halves the room for double width",
      { type: "columns", columns: [{}, { align: "right" }], rows: [["Total", "9.11"]], style: { width: 2 } },
      20,
      ["Total 9.11"],
    ],
  ] as const)("%s", (_name, block, columns, expected) => {
    expect(texts({ version: 1, blocks: [block as never] }, columns)).toEqual(expected);
  });

  it("never prints a line wider than the paper (property)", () => {
    const word = fc.stringMatching(/^[a-z合计€]{0,14}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 3, maxLength: 3 }), { maxLength: 6 }),
        fc.integer({ min: 16, max: 64 }),
        (rows, columns) => {
          const document: ReceiptDocument = {
            version: 1,
            blocks: [
              { type: "columns", columns: [{}, { width: 6, align: "right" }, { align: "right" }], rows },
              { type: "text", runs: rows.flat().map((text) => ({ text: `${text} ` })) },
            ],
          };
          for (const line of texts(document, columns)) expect(textWidth(line)).toBeLessThanOrEqual(columns);
        },
      ),
      { numRuns: 300 },
    );
  });
});

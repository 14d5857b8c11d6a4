import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeStarPrnt, encodeReceipt, receiptLines } from "../../../src/devices/printer";
import { buildReceiptDocument, type ReceiptBlock } from "../../../src/devices/receipt";
import { sampleReceipt } from "../receipt/sample-receipt";

function roundTrip(blocks: ReceiptBlock[]): string[] {
  return receiptLines(decodeStarPrnt(encodeReceipt({ version: 1, blocks }, "star-tsp100iv"))).filter(
    (line) => line.trim() !== "",
  );
}

describe("decodeStarPrnt", () => {
  it.each<[string, ReceiptBlock[], string[]]>([
    ["text", [{ type: "text", runs: [{ text: "Hello" }] }], ["Hello"]],
    ["CP437 letters", [{ type: "text", runs: [{ text: "Crème brûlée" }] }], ["Crème brûlée"]],
    ["a QR code", [{ type: "qrcode", value: "TK1;r=1" }], ["[QR TK1;r=1]"]],
    ["a CODE128 barcode", [{ type: "barcode", value: "ABC123", symbology: "code128" }], ["[BARCODE ABC123]"]],
    ["a partial cut", [{ type: "cut", mode: "partial" }], ["[CUT partial]"]],
    ["a pulse on pin 5", [{ type: "pulse", pin: 5, onMs: 100, offMs: 500 }], ["[PULSE pin 5 100/500 ms]"]],
  ])("round-trips %s", (_name, blocks, expected) => {
    expect(roundTrip(blocks)).toEqual(expected);
  });

  it("reads bold and double size back as styles", () => {
    const blocks: ReceiptBlock[] = [
      {
        type: "text",
        runs: [
          { text: "B", style: { bold: true } },
          { text: "W", style: { width: 2, height: 2 } },
        ],
      },
    ];
    const item = decodeStarPrnt(encodeReceipt({ version: 1, blocks }, "star-tsp100iv")).items[0];
    expect(item?.type === "text" && item.segments.map((s) => [s.text, s.bold, s.width, s.height])).toEqual([
      ["B", true, 1, 1],
      ["W", false, 2, 2],
    ]);
  });

  it("round-trips the sample receipt's lines", () => {
    const bytes = encodeReceipt(buildReceiptDocument(sampleReceipt), "star-tsp100iv");
    const receipt = decodeStarPrnt(bytes);
    const lines = receiptLines(receipt);
    expect(lines).toContain(`Change${" ".repeat(48 - 6 - 4)}0.90`);
    expect(lines).toContain("[QR TK1;r=R1-000042;s=1042;h=9f86d081884c]");
    expect(receipt.unknown).toEqual([]);
  });

  it("round-trips any printable ASCII (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~]{1,40}$/), (text) => {
        expect(roundTrip([{ type: "text", runs: [{ text }] }])).toEqual([text]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("VirtualPrinter reading StarPRNT", () => {
  it("prints a Star receipt and reads its lines", async () => {
    const { createMemoryLink } = await import("../../../src/devices/transport");
    const { makeReceiptPrinter, VirtualPrinter } = await import("../../../src/devices/printer");
    const { host, device } = createMemoryLink("star");
    const virtual = new VirtualPrinter(device, { language: "star-prnt" });
    await makeReceiptPrinter({ transport: host, profile: "star-tsp100iv" }).print(
      buildReceiptDocument(sampleReceipt),
    );
    expect(virtual.lines()).toContain("[CUT partial]");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeReceipt, VirtualPrinter } from "../../../src/devices/printer";
import {
  buildReceiptDocument,
  type ReceiptDataInput,
  type ReceiptDocument,
} from "../../../src/devices/receipt";
import { createMemoryLink } from "../../../src/devices/transport";
import { sampleReceipt } from "../receipt/sample-receipt";

async function print(
  document: ReceiptDocument,
  profile: string,
  multibyteEncoding = "gb18030",
): Promise<VirtualPrinter> {
  const { host, device } = createMemoryLink("printer");
  const printer = new VirtualPrinter(device, { multibyteEncoding });
  await host.open();
  await host.write(encodeReceipt(document, profile));
  return printer;
}

const chinese: ReceiptDataInput = {
  ...sampleReceipt,
  lines: [{ description: "咖啡 拿铁", quantity: "2", unitPrice: "1.25", lineTotal: "2.50", taxCode: "B" }],
};

describe("Chinese (and Korean) receipts without a host font: the printer's resident double-byte font", () => {
  it.each([
    ["generic-escpos-80mm-zh", 48, ["合计", "找零", "咖啡 拿铁", "现金抹零"]],
    ["generic-escpos-58mm-zh", 32, ["合计", "找零", "咖啡 拿铁"]],
  ])("on %s (%i columns) the decoded lines show %j as text", async (profile, columns, words) => {
    const printer = await print(buildReceiptDocument(chinese, { locale: "zh" }), profile);
    const receipt = printer.receipt();
    const lines = printer.lines();
    for (const word of words) expect(lines.some((line) => line.includes(word))).toBe(true);
    expect(receipt.items.filter((item) => item.type === "image")).toEqual([]);
    expect(lines.some((line) => line.includes("\uFFFD"))).toBe(false);
    expect(receipt.unknown).toEqual([]);
    expect(lines.find((line) => line.startsWith("合计"))).toHaveLength(columns - 2);
  });

  it("on a Big5 profile traditional text round-trips when the printer decodes Big5", async () => {
    const document: ReceiptDocument = {
      version: 1,
      blocks: [{ type: "text", runs: [{ text: "合計 找零 €9.11" }] }],
    };
    const printer = await print(document, "generic-escpos-80mm-zh-hant", "big5");
    expect(printer.lines()).toContain("合計 找零 €9.11");
  });

  it("on a Korean profile Hangul round-trips when the printer decodes EUC-KR", async () => {
    const document: ReceiptDocument = {
      version: 1,
      blocks: [{ type: "text", runs: [{ text: "합계 거스름돈" }] }],
    };
    const printer = await print(document, "generic-escpos-80mm-ko", "euc-kr");
    expect([printer.lines(), printer.receipt().items.some((item) => item.type === "image")]).toEqual([
      ["합계 거스름돈"],
      false,
    ]);
  });

  it("the same receipt on a printer without the font still fails loudly, never prints '?'", () => {
    const document = buildReceiptDocument(chinese, { locale: "zh" });
    expect(() => encodeReceipt(document, "generic-escpos-80mm")).toThrow(/U\+/);
  });

  it("any string of GB2312 hanzi, ASCII and € round-trips through a GB18030 printer (property)", async () => {
    const hanzi = fc.integer({ min: 0xb0, max: 0xd7 }).chain((lead) =>
      fc.integer({ min: 0xa1, max: 0xf9 }).map((trail) => {
        return new TextDecoder("gb18030").decode(new Uint8Array([lead, trail]));
      }),
    );
    const char = fc.oneof(hanzi, fc.constantFrom("A", "z", "0", ".", "€", " "));
    await fc.assert(
      fc.asyncProperty(fc.array(char, { minLength: 1, maxLength: 12 }), async (chars) => {
        const text = `X${chars.join("")}X`;
        const document: ReceiptDocument = { version: 1, blocks: [{ type: "text", runs: [{ text }] }] };
        const printer = await print(document, "generic-escpos-80mm-zh");
        return printer.lines()[0] === text;
      }),
      { numRuns: 150 },
    );
  });
});

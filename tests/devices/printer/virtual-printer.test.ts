import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeReceipt, makeReceiptPrinter, VirtualPrinter } from "../../../src/devices/printer";
import { buildReceiptDocument } from "../../../src/devices/receipt";
import { createMemoryLink } from "../../../src/devices/transport";
import { sampleReceipt } from "../receipt/sample-receipt";

async function printTo(profile: string, locale: string): Promise<VirtualPrinter> {
  const { host, device } = createMemoryLink("printer");
  const printer = new VirtualPrinter(device);
  await host.open();
  await host.write(encodeReceipt(buildReceiptDocument(sampleReceipt, { locale }), profile));
  return printer;
}

function pad(label: string, value: string, columns: number): string {
  return label + " ".repeat(columns - label.length - value.length) + value;
}

describe("VirtualPrinter round trip: document → ESC/POS bytes → decoded lines", () => {
  it.each([
    [
      "en",
      "generic-escpos-80mm",
      48,
      [pad("Coffee", "2.50 B", 48), pad("  2nd half price", "-0.63", 48), pad("Change", "0.90", 48)],
    ],
    [
      "nl",
      "epson-tm-t88vi",
      42,
      [pad("Wisselgeld", "0,90", 42), pad("Afronding", "-0,01", 42), "  0,75 kg x 3,00"],
    ],
    ["en", "generic-escpos-58mm", 32, [pad("Cash rounding", "-0.01", 32), pad("Points balance", "120", 32)]],
  ])("in %s on %s (%i columns) prints %j", async (locale, profile, _columns, expected) => {
    const lines = (await printTo(profile, locale)).lines();
    for (const line of expected) expect(lines).toContain(line);
    expect(lines).toContain("[QR TK1;r=R1-000042;s=1042;h=9f86d081884c]");
    expect(lines.filter((line) => line.trim() !== "").at(-1)).toBe("[CUT partial]");
  });

  it("in zh on a GB18030 printer prints the Chinese labels as text", async () => {
    const lines = (await printTo("xprinter-xp-n160ii-zh", "zh")).lines();
    // 合计 is two wide characters (4 columns), so the value sits 44 columns further.
    expect(lines).toContain(`合计${" ".repeat(48 - 4 - 5)}€9.11`);
    expect(lines).toContain(`找零${" ".repeat(48 - 4 - 4)}0.90`);
  });

  it("keeps the styles: the TOTAL row is bold and double height", async () => {
    const receipt = (await printTo("generic-escpos-80mm", "en")).receipt();
    const total = receipt.items.find((item) => item.type === "text" && item.text.startsWith("TOTAL"));
    expect(total?.type === "text" && total.segments.map((s) => [s.bold, s.height])).toEqual([[true, 2]]);
    expect(receipt.unknown).toEqual([]);
  });

  it("renders a valid PNG of the paper width", async () => {
    const png = (await printTo("generic-escpos-80mm", "en")).png({ width: 576 });
    const view = new DataView(png.buffer, png.byteOffset);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(String.fromCharCode(...png.slice(12, 16))).toBe("IHDR");
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    expect(width).toBe(576);
    const idatLength = view.getUint32(33);
    const pixels = inflateSync(png.slice(41, 41 + idatLength));
    expect(pixels.length).toBe((576 / 8 + 1) * height);
    // Ink: some bytes are not white (0xFF) once a filter byte per row is skipped.
    expect(pixels.some((byte, index) => index % (576 / 8 + 1) !== 0 && byte !== 0xff)).toBe(true);
  });
});

describe("VirtualPrinter status and drawer", () => {
  it.each([
    ["paper out", { paper: "out" as const }, { paper: "out", cover: "closed" }],
    ["cover open", { cover: "open" as const }, { paper: "ok", cover: "open" }],
    ["paper near end", { paper: "near-end" as const }, { paper: "near-end", cover: "closed" }],
  ])("answers DLE EOT with %s", async (_name, fault, expected) => {
    const { host, device } = createMemoryLink();
    const virtual = new VirtualPrinter(device);
    virtual.status = { ...virtual.status, ...fault };
    const printer = makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" });
    await host.open();
    const status = await printer.status();
    expect({ paper: status.paper, cover: status.cover }).toEqual(expected);
  });

  it("opens its drawer on a pulse and reports it", async () => {
    const { host, device } = createMemoryLink();
    const virtual = new VirtualPrinter(device);
    const printer = makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" });
    await printer.print({ version: 1, blocks: [{ type: "pulse", pin: 2 }] });
    expect((await printer.status()).drawer).toBe("open");
    expect(virtual.lines()).toContain("[PULSE pin 2 100/500 ms]");
  });
});

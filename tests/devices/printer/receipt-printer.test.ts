import { describe, expect, it } from "vitest";
import {
  makeReceiptPrinter,
  PRINTER_PROFILES,
  type PrinterProfile,
  queryStarStatus,
  VirtualPrinter,
} from "../../../src/devices/printer";
import { buildReceiptDocument } from "../../../src/devices/receipt";
import { createMemoryLink } from "../../../src/devices/transport";
import { sampleReceipt } from "../receipt/sample-receipt";

describe("makeReceiptPrinter", () => {
  const document = buildReceiptDocument(sampleReceipt);

  it("prints and reports the byte count", async () => {
    const { host, device } = createMemoryLink();
    const virtual = new VirtualPrinter(device);
    const result = await makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" }).print(
      document,
    );
    expect(result.status === "printed" && result.byteLength).toBe(device.received().length);
    expect(virtual.lines()).toContain("[CUT partial]");
  });

  it.each([["unplugged", "DEVICE_NOT_CONNECTED", (device: { disconnect(): void }) => device.disconnect()]])(
    "returns a failed result (never throws) when the printer is %s",
    async (_name, code, act) => {
      const { host, device } = createMemoryLink();
      await host.open();
      act(device);
      const result = await makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" }).print(
        document,
      );
      expect(result.status === "failed" && result.error.code).toBe(code);
    },
  );

  it("returns ENCODING_UNSUPPORTED as a failed result for text no font covers", async () => {
    const { host } = createMemoryLink();
    const zh = buildReceiptDocument(sampleReceipt, { locale: "zh" });
    const result = await makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" }).print(zh);
    expect(result.status === "failed" && result.error.code).toBe("ENCODING_UNSUPPORTED");
  });

  it("refuses a status read on a profile without status with DEVICE_UNSUPPORTED", async () => {
    const { host } = createMemoryLink();
    const oneWay = { ...PRINTER_PROFILES["generic-escpos-80mm"], id: "one-way", status: "none" as const };
    const error = await makeReceiptPrinter({ transport: host, profile: oneWay as PrinterProfile })
      .status()
      .catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe("DEVICE_UNSUPPORTED");
  });

  it.each([
    ["star-tsp100iv", "star-prnt" as const],
    ["star-tsp650ii", "star-line" as const],
  ])("reads a %s's status through ESC ACK SOH", async (profile, language) => {
    const { host, device } = createMemoryLink("star");
    const virtual = new VirtualPrinter(device, { language });
    virtual.setStatus({ paper: "out", drawer: "open" });
    await host.open();
    const status = await makeReceiptPrinter({ transport: host, profile }).status();
    expect([status.paper, status.drawer, status.cover]).toEqual(["out", "open", "closed"]);
  });

  it("fails a Star status read with DEVICE_FAILURE when nothing answers", async () => {
    const { host } = createMemoryLink("star");
    await host.open();
    const expireAtOnce = (fire: () => void) => {
      fire();
      return () => undefined;
    };
    const error = await queryStarStatus(host, { setTimer: expireAtOnce }).catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe("DEVICE_FAILURE");
  });
});

import { describe, expect, it } from "vitest";
import { makePrintSpooler } from "../../../src/devices/manager";
import { makeReceiptPrinter, VirtualPrinter } from "../../../src/devices/printer";
import { buildReceiptDocument, receiptDocumentSchema } from "../../../src/devices/receipt";
import { createMemoryLink } from "../../../src/devices/transport";
import { sampleReceipt } from "../receipt/sample-receipt";

describe("makePrintSpooler", () => {
  it("keeps a failed print and prints it on retry once the printer is back", async () => {
    const { host, device } = createMemoryLink("printer");
    const virtual = new VirtualPrinter(device);
    const spooler = makePrintSpooler(makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" }));
    await host.open();
    device.disconnect();
    const document = buildReceiptDocument(sampleReceipt);
    const failed = await spooler.print(document, { saleId: "S-1" });
    expect([failed.status, failed.lastError?.code, failed.attempts]).toEqual([
      "failed",
      "DEVICE_NOT_CONNECTED",
      1,
    ]);
    expect(spooler.pending().map((job) => job.id)).toEqual(["job-1"]);
    device.reconnect();
    const [retried] = await spooler.retryPending();
    expect([retried?.status, retried?.attempts, retried?.saleId]).toEqual(["printed", 2, "S-1"]);
    expect(spooler.pending()).toEqual([]);
    expect(virtual.lines()).toContain("[CUT partial]");
  });

  it("reprints a COPY from the stored JSON document", async () => {
    const { host, device } = createMemoryLink("printer");
    const virtual = new VirtualPrinter(device);
    const spooler = makePrintSpooler(makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" }));
    const stored = JSON.stringify(buildReceiptDocument(sampleReceipt, { copy: "copy" }));
    const job = await spooler.print(receiptDocumentSchema.parse(JSON.parse(stored)));
    expect(job.status).toBe("printed");
    expect(virtual.lines().filter((line) => line.trim() === "COPY")).toHaveLength(2);
  });

  it("rejects a retry of an unknown job with NOT_FOUND", async () => {
    const { host } = createMemoryLink();
    const spooler = makePrintSpooler(makeReceiptPrinter({ transport: host, profile: "generic-escpos-80mm" }));
    await expect(spooler.retry("job-9")).rejects.toMatchObject({ code: "NOT_FOUND", path: ["jobId"] });
  });
});

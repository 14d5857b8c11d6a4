import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asbEnableCommand,
  decodeStarPrnt,
  encodeReceipt,
  escPosAsbBytes,
  type PrinterStatus,
  parseEscPosAsb,
  parseStarStatus,
  receiptLines,
  STAR_STATUS_REQUEST,
  splitEscPosAsb,
  starStatusBytes,
  starStatusLength,
  VirtualPrinter,
} from "../../../src/devices/printer";
import { buildReceiptDocument } from "../../../src/devices/receipt";
import { createMemoryLink } from "../../../src/devices/transport";
import { tillErrorOf } from "../barcode/till-error-of";
import { sampleReceipt } from "../receipt/sample-receipt";

const READY: PrinterStatus = {
  isOnline: true,
  paper: "ok",
  cover: "closed",
  drawer: "closed",
  hasError: false,
};

const statusArbitrary = fc.record({
  isOnline: fc.boolean(),
  paper: fc.constantFrom("ok" as const, "near-end" as const, "out" as const),
  cover: fc.constantFrom("closed" as const, "open" as const),
  drawer: fc.constantFrom("closed" as const, "open" as const),
  hasError: fc.boolean(),
});

describe("ESC/POS Automatic Status Back (GS a)", () => {
  it.each([
    [{}, [0x1d, 0x61, 0x0f]],
    [{ drawer: false }, [0x1d, 0x61, 0x0e]],
    [{ drawer: false, online: false, error: false, paper: false }, [0x1d, 0x61, 0x00]],
    [{ online: false, error: false }, [0x1d, 0x61, 0x09]],
  ])("asbEnableCommand(%j) is %j", (conditions, bytes) => {
    expect([...asbEnableCommand(conditions)]).toEqual(bytes);
  });

  it.each([
    [[0x10, 0x00, 0x00, 0x00], READY],
    [[0x14, 0x00, 0x00, 0x00], { ...READY, drawer: "open" }],
    [[0x18, 0x00, 0x00, 0x00], { ...READY, isOnline: false }],
    [[0x30, 0x00, 0x00, 0x00], { ...READY, cover: "open" }],
    [[0x10, 0x00, 0x03, 0x00], { ...READY, paper: "near-end" }],
    [[0x10, 0x00, 0x0c, 0x00], { ...READY, paper: "out" }],
    [[0x10, 0x08, 0x00, 0x00], { ...READY, hasError: true }],
    [[0x10, 0x40, 0x00, 0x00], { ...READY, hasError: true }],
  ])("parses %j as %j", (bytes, status) => {
    expect(parseEscPosAsb(bytes)).toEqual(status);
  });

  it.each([[[0x12, 0, 0, 0]], [[0x10, 0x10, 0, 0]], [[0x10, 0, 0x80, 0]], [[0x10, 0, 0]]])(
    "refuses %j (not an ASB frame) with DEVICE_FAILURE",
    (bytes) => {
      expect(tillErrorOf(() => parseEscPosAsb(bytes))?.code).toBe("DEVICE_FAILURE");
    },
  );

  it("reads the drawer bit with the drawer's own level", () => {
    expect(parseEscPosAsb([0x10, 0, 0, 0], "low").drawer).toBe("open");
  });

  it("escPosAsbBytes and parseEscPosAsb are inverse for every status and level (property)", () => {
    fc.assert(
      fc.property(statusArbitrary, fc.constantFrom("high" as const, "low" as const), (status, level) => {
        expect(parseEscPosAsb(escPosAsbBytes(status, level), level)).toEqual(status);
      }),
      { numRuns: 500 },
    );
  });

  it("splits a stream of frames with noise and a partial tail (property)", () => {
    fc.assert(
      fc.property(fc.array(statusArbitrary, { maxLength: 6 }), (statuses) => {
        const frames = statuses.map((status) => escPosAsbBytes(status));
        const stream = [0x00, ...frames.flat(), 0x10, 0x00];
        const { frames: read, rest } = splitEscPosAsb(stream);
        expect([read.map((frame) => parseEscPosAsb(frame)), rest]).toEqual([statuses, [0x10, 0x00]]);
      }),
      { numRuns: 300 },
    );
  });

  it("the virtual printer answers GS a with a frame and reports each later change until GS a 0", async () => {
    const { host, device } = createMemoryLink("printer");
    const printer = new VirtualPrinter(device);
    const received: number[] = [];
    host.on("data", (chunk) => received.push(...chunk));
    await host.open();
    await host.write(asbEnableCommand());
    printer.setStatus({ cover: "open" });
    printer.setStatus({ cover: "closed", paper: "out" });
    await host.write(new Uint8Array([0x1d, 0x61, 0x00]));
    printer.setStatus({ paper: "ok" });
    const statuses = splitEscPosAsb(received).frames.map((frame) => parseEscPosAsb(frame));
    expect(statuses).toEqual([READY, { ...READY, cover: "open" }, { ...READY, paper: "out" }]);
  });
});

describe("Star status (Automatic Status / ESC ACK SOH)", () => {
  it.each([
    [0x23, 9],
    [0x21, 8],
    [0x25, 10],
    [0x0f, 7],
    [0x22, undefined],
    [0x33, undefined],
  ])("header 0x%s announces %s bytes", (header, length) => {
    expect(starStatusLength(header)).toBe(length);
  });

  it.each([
    [[0x23, 0x86, 0, 0, 0, 0, 0, 0, 0], READY],
    [[0x23, 0x86, 0x04, 0, 0, 0, 0, 0, 0], { ...READY, drawer: "open" }],
    [[0x23, 0x86, 0x08, 0, 0, 0, 0, 0, 0], { ...READY, isOnline: false }],
    [[0x23, 0x86, 0x20, 0, 0, 0, 0, 0, 0], { ...READY, cover: "open" }],
    [[0x23, 0x86, 0, 0x08, 0, 0, 0, 0, 0], { ...READY, hasError: true }],
    [[0x23, 0x86, 0, 0, 0, 0x04, 0, 0, 0], { ...READY, paper: "near-end" }],
    [[0x23, 0x86, 0, 0, 0, 0x08, 0, 0, 0], { ...READY, paper: "out" }],
    [[0x21, 0x86, 0x28, 0, 0, 0x08, 0, 0], { ...READY, isOnline: false, cover: "open", paper: "out" }],
  ])("parses %j as %j", (bytes, status) => {
    expect(parseStarStatus(bytes)).toEqual(status);
  });

  it.each([
    [[0x23, 0x86, 0, 0, 0, 0, 0, 0]],
    [[0x22, 0x86, 0, 0, 0, 0, 0, 0, 0]],
    [[0x23, 0x86, 0x01, 0, 0, 0, 0, 0, 0]],
    [[0x23, 0x86, 0, 0x80, 0, 0, 0, 0, 0]],
  ])("refuses %j with DEVICE_FAILURE", (bytes) => {
    expect(tillErrorOf(() => parseStarStatus(bytes))?.code).toBe("DEVICE_FAILURE");
  });

  it("starStatusBytes and parseStarStatus are inverse for every status and level (property)", () => {
    fc.assert(
      fc.property(statusArbitrary, fc.constantFrom("high" as const, "low" as const), (status, level) => {
        expect(parseStarStatus(starStatusBytes(status, level), level)).toEqual(status);
      }),
      { numRuns: 500 },
    );
  });

  it.each([["star-prnt" as const], ["star-line" as const]])(
    "a %s virtual printer answers ESC ACK SOH with its status",
    async (language) => {
      const { host, device } = createMemoryLink("star");
      const printer = new VirtualPrinter(device, { language });
      printer.setStatus({ paper: "near-end", cover: "open" });
      const received: number[] = [];
      host.on("data", (chunk) => received.push(...chunk));
      await host.open();
      await host.write(new Uint8Array(STAR_STATUS_REQUEST));
      expect(parseStarStatus(received)).toEqual({ ...READY, paper: "near-end", cover: "open" });
    },
  );
});

describe("Star Line mode", () => {
  it("the encoder's Star Line bytes decode cleanly to the receipt's lines", async () => {
    const bytes = encodeReceipt(buildReceiptDocument(sampleReceipt), "star-tsp650ii");
    const receipt = decodeStarPrnt(bytes);
    expect(receipt.unknown).toEqual([]);
    expect(receiptLines(receipt)).toContain(`Change${" ".repeat(48 - 6 - 4)}0.90`);
    const { host, device } = createMemoryLink("star-line");
    const printer = new VirtualPrinter(device, { language: "star-line" });
    await host.open();
    await host.write(bytes);
    expect(printer.lines()).toContain("[QR TK1;r=R1-000042;s=1042;h=9f86d081884c]");
  });
});

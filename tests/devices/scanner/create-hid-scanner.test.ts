import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError, type TillError } from "../../../src/core";
import type { Scan } from "../../../src/devices/barcode";
import {
  createHidScanner,
  createScannerEmulator,
  decodeHidPosReport,
  encodeScanAsHidReports,
  hidPosReportLayoutSchema,
} from "../../../src/devices/scanner";
import { createMemoryLink } from "../../../src/devices/transport/memory-transport";

const RUNS = 2000;
const LAYOUT = hidPosReportLayoutSchema.parse({});

async function rig() {
  const { host, device } = createMemoryLink("hid-scanner");
  await host.open();
  const scanner = createHidScanner(host, { interpret: { currency: "EUR" } });
  const scans: Scan[] = [];
  const errors: TillError[] = [];
  scanner.onScan((scan) => scans.push(scan));
  scanner.onError((error) => errors.push(error));
  return { device, scanner, scans, errors, emulator: createScannerEmulator(device, { mode: "hid" }) };
}

describe("HID POS reports", () => {
  it("lays out one report as report id, length, AIM, data, flag", () => {
    const [report] = encodeScanAsHidReports("]E04006381333931");
    expect(report?.length).toBe(64);
    expect([...(report ?? []).slice(0, 18)]).toEqual([
      2,
      13,
      0x5d,
      0x45,
      0x30,
      ...[..."4006381333931"].map((char) => char.charCodeAt(0)),
    ]);
    expect(report?.[63]).toBe(0);
  });

  it.each([
    ["AIM with bracket", [0x5d, 0x43, 0x31], "]C1"],
    ["code and modifier only", [0x43, 0x31, 0], "]C1"],
    ["no identifier", [0, 0, 0], undefined],
  ])("reads the symbology bytes: %s", (_title, symbology, aim) => {
    const payload = new Uint8Array(63);
    payload.set([2, ...symbology, 0x41, 0x42]);
    const report = decodeHidPosReport(payload, LAYOUT);
    expect(report.aim).toBe(aim);
    expect(new TextDecoder().decode(report.data)).toBe("AB");
  });

  it("rejects a length past the report with DEVICE_FAILURE", () => {
    const payload = new Uint8Array(63);
    payload[0] = 57;
    expect(() => decodeHidPosReport(payload, LAYOUT)).toThrowError(
      expect.objectContaining({ code: "DEVICE_FAILURE" }),
    );
  });

  it("should decode arbitrary payloads with nothing but TillErrors", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (payload) => {
        try {
          decodeHidPosReport(payload, LAYOUT);
        } catch (error) {
          expect(isTillError(error)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("createHidScanner over the scanner emulator", () => {
  it.each([
    ["]E04006381333931", "ean-13", "4006381333931"],
    ["]C1010952123456788210ABC123\u001d17250600", "gs1-128", "010952123456788210ABC123\u001d17250600"],
    [`]Q1https://example.com/${"x".repeat(150)}`, "qr", `https://example.com/${"x".repeat(150)}`],
  ])("scans %s as %s", async (raw, symbology, value) => {
    const { emulator, scans } = await rig();
    await emulator.scan(raw);
    expect(scans.map((scan) => [scan.symbology, scan.value])).toEqual([[symbology, value]]);
  });

  it("joins continued reports into one scan", () => {
    expect(encodeScanAsHidReports(`]Q1${"y".repeat(150)}`).map((report) => report[63])).toEqual([1, 1, 0]);
  });

  it("reports a bad barcode to onError and keeps scanning", async () => {
    const { emulator, scans, errors } = await rig();
    await emulator.scan("]E04006381333932");
    await emulator.scan("]E04006381333931");
    expect(errors.map((error) => error.code)).toEqual(["INVALID_BARCODE"]);
    expect(scans.map((scan) => scan.value)).toEqual(["4006381333931"]);
  });

  it("ignores other report ids and stops after detach", async () => {
    const { device, emulator, scanner, scans } = await rig();
    device.send(Uint8Array.of(0x04, 1, 2, 3));
    await emulator.scan("]E04006381333931");
    scanner.detach();
    await emulator.scan("]E096385074");
    expect(scans.map((scan) => scan.value)).toEqual(["4006381333931"]);
  });
});

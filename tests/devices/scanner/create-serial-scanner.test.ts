import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TillError } from "../../../src/core";
import type { Scan } from "../../../src/devices/barcode";
import { createScannerEmulator, createSerialScanner, encodeScanAsSerial } from "../../../src/devices/scanner";
import { createMemoryLink } from "../../../src/devices/transport/memory-transport";

async function rig(terminator?: string, maxLength?: number) {
  const { host, device } = createMemoryLink("serial-scanner");
  await host.open();
  const options = {
    ...(terminator === undefined ? {} : { terminator }),
    ...(maxLength === undefined ? {} : { maxLength }),
  };
  const scanner = createSerialScanner(host, options);
  const scans: Scan[] = [];
  const errors: TillError[] = [];
  scanner.onScan((scan) => scans.push(scan));
  scanner.onError((error) => errors.push(error));
  return { device, scanner, scans, errors };
}

describe("createSerialScanner", () => {
  it.each([
    ["CR (default)", undefined, "\r"],
    ["LF", "\n", "\n"],
    ["CR LF", "\r\n", "\r\n"],
  ])("reads lines ended by %s", async (_title, terminator, sent) => {
    const { device, scans } = await rig(terminator);
    const emulator = createScannerEmulator(device, { mode: "serial", terminator: sent });
    await emulator.scan("]E04006381333931");
    await emulator.scan("96385074");
    expect(scans.map((scan) => [scan.aim, scan.value])).toEqual([
      ["]E0", "4006381333931"],
      [undefined, "96385074"],
    ]);
  });

  it("trims the LF of a CR LF sent to a CR reader and skips empty lines", async () => {
    const { device, scans } = await rig("\r");
    device.send(new TextEncoder().encode("4006381333931\r\n\r\n96385074\r\n"));
    expect(scans.map((scan) => scan.value)).toEqual(["4006381333931", "96385074"]);
  });

  it("reports bad scans and keeps reading", async () => {
    const { device, scans, errors } = await rig();
    device.send(encodeScanAsSerial("]C10109521234567"));
    device.send(encodeScanAsSerial("]E04006381333931"));
    expect(errors.map((error) => [error.code, error.details?.reason])).toEqual([
      ["INVALID_BARCODE", "truncated"],
    ]);
    expect(scans).toHaveLength(1);
  });

  it("drops a runaway line with DEVICE_FAILURE", async () => {
    const { device, errors } = await rig("\r", 16);
    device.send(new TextEncoder().encode("x".repeat(20)));
    expect(errors.map((error) => error.details?.reason)).toEqual(["no-terminator"]);
  });

  it("should read the same scans however the bytes are chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        async (cuts) => {
          // Arrange
          const { device, scans } = await rig("\r\n");
          const bytes = new TextEncoder().encode(
            "]E04006381333931\r\n]Q1https://example.com/é\r\n96385074\r\n",
          );
          // Act
          let offset = 0;
          for (const cut of [...cuts, bytes.length]) {
            device.send(bytes.slice(offset, offset + cut));
            offset += cut;
          }
          // Assert
          expect(scans.map((scan) => scan.value)).toEqual([
            "4006381333931",
            "https://example.com/é",
            "96385074",
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

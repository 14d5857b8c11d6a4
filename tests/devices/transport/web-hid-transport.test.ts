import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { requestHidDevice, WebHidTransport } from "../../../src/devices/transport";
import { FakeHid, FakeHidDevice } from "./fake-navigator";

const scanner = { usbVendorId: 0x05e0, usbProductId: 0x1200 };

describe("WebHidTransport", () => {
  it("persists the chosen device's identity", async () => {
    const hid = new FakeHid([new FakeHidDevice(0x05e0, 0x1200)]);
    await expect(requestHidDevice(hid, [{ usagePage: 0x8c }])).resolves.toEqual(scanner);
  });

  it("delivers each input report as one chunk led by its report id", async () => {
    const device = new FakeHidDevice(0x05e0, 0x1200);
    const transport = new WebHidTransport({ identity: scanner, hid: new FakeHid([device]) });
    const chunks: number[][] = [];
    transport.on("data", (chunk) => chunks.push([...chunk]));
    await transport.open();
    device.input(2, [0x41, 0x42]);
    expect(chunks).toEqual([[2, 0x41, 0x42]]);
    await transport.close();
    expect(device.opened).toBe(false);
  });

  it.each([
    [3, 2, [[1, 2], [3]]],
    [5, 63, [[1, 2, 3, 4, 5]]],
  ])("splits a %i-byte write into reports of %i bytes", async (length, reportSize, expected) => {
    const device = new FakeHidDevice(0x05e0, 0x1200);
    const transport = new WebHidTransport({ identity: scanner, reportSize, hid: new FakeHid([device]) });
    await transport.open();
    await transport.write(new Uint8Array(Array.from({ length }, (_, index) => index + 1)));
    expect(device.reports.map((report) => report.data)).toEqual(expected);
  });

  it("rejects writes at once after the device is unplugged and resumes on reconnect", async () => {
    const device = new FakeHidDevice(0x05e0, 0x1200);
    const hid = new FakeHid([device]);
    const transport = new WebHidTransport({ identity: scanner, hid });
    await transport.open();
    hid.dispatch("disconnect", { device });
    const error = await transport.write(new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
    hid.dispatch("connect", { device });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(transport.state).toBe("open");
  });
});

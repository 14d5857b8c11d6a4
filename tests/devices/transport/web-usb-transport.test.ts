import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { requestUsbDevice, WebUsbTransport } from "../../../src/devices/transport";
import { FakeUsb, FakeUsbDevice, settle } from "./fake-navigator";

const identity = { usbVendorId: 0x0519, usbProductId: 0x0003, serial: "TSP-1" };

describe("WebUsbTransport", () => {
  it("persists vendor, product and serial number", async () => {
    const usb = new FakeUsb([new FakeUsbDevice(0x0519, 0x0003, "TSP-1")]);
    await expect(requestUsbDevice(usb)).resolves.toEqual(identity);
  });

  it("matches on the serial number, claims the bulk interface, writes OUT and reads IN", async () => {
    const twin = new FakeUsbDevice(0x0519, 0x0003, "TSP-2");
    const device = new FakeUsbDevice(0x0519, 0x0003, "TSP-1");
    const transport = new WebUsbTransport({ identity, usb: new FakeUsb([twin, device]) });
    const chunks: number[][] = [];
    transport.on("data", (chunk) => chunks.push([...chunk]));
    await transport.open();
    await transport.write(new Uint8Array([0x10, 0x04, 0x01]));
    device.reply([0x16]);
    await settle();
    expect(device.claimed).toEqual([0]);
    expect(device.written).toEqual([0x10, 0x04, 0x01]);
    expect(twin.opened).toBe(false);
    expect(chunks).toEqual([[0x16]]);
    await transport.close();
  });

  it("rejects writes at once after unplug", async () => {
    const device = new FakeUsbDevice(0x0519, 0x0003, "TSP-1");
    const usb = new FakeUsb([device]);
    const transport = new WebUsbTransport({ identity, usb });
    await transport.open();
    usb.dispatch("disconnect", { device });
    const error = await transport.write(new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
    usb.dispatch("connect", { device });
    await settle();
    expect(transport.state).toBe("open");
    await transport.close();
  });
});

import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { requestSerialPort, WebSerialTransport } from "../../../src/devices/transport";
import { FakeSerial, FakeSerialPort, settle } from "./fake-navigator";

const epson = { usbVendorId: 0x04b8, usbProductId: 0x0e28 };

describe("WebSerialTransport", () => {
  it("persists the identity of the port chosen in the user gesture", async () => {
    const serial = new FakeSerial([new FakeSerialPort(epson)]);
    await expect(requestSerialPort(serial)).resolves.toEqual(epson);
  });

  it("turns a cancelled picker into DEVICE_NOT_CONNECTED", async () => {
    const serial = new FakeSerial([], () => undefined);
    const error = await requestSerialPort(serial).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("reconnects silently through getPorts() by identity, writes and reads", async () => {
    const other = new FakeSerialPort({ usbVendorId: 1, usbProductId: 2 });
    const port = new FakeSerialPort(epson);
    const transport = new WebSerialTransport({ identity: epson, serial: new FakeSerial([other, port]) });
    const chunks: number[][] = [];
    transport.on("data", (chunk) => chunks.push([...chunk]));
    await transport.open();
    await transport.write(new Uint8Array([0x1b, 0x40]));
    port.push([0x16]);
    await settle();
    expect(transport.id).toBe("webserial:04b8:0e28");
    expect(port.written).toEqual([0x1b, 0x40]);
    expect(other.isOpen).toBe(false);
    expect(chunks).toEqual([[0x16]]);
    await transport.close();
  });

  it("fails to open when no granted port matches", async () => {
    const transport = new WebSerialTransport({ identity: epson, serial: new FakeSerial([]) });
    const error = await transport.open().catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("surfaces unplug as disconnect (writes reject at once) and replug as reconnect", async () => {
    const port = new FakeSerialPort(epson);
    const serial = new FakeSerial([port]);
    const transport = new WebSerialTransport({ identity: epson, serial });
    const events: string[] = [];
    transport.on("disconnect", () => events.push("disconnect"));
    transport.on("reconnect", () => events.push("reconnect"));
    await transport.open();
    serial.unplug(port);
    const error = await transport.write(new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
    serial.plug(port);
    await settle();
    await transport.write(new Uint8Array([2]));
    expect(events).toEqual(["disconnect", "reconnect"]);
    expect(port.written).toEqual([2]);
    await transport.close();
  });

  it("reports DEVICE_UNSUPPORTED where navigator.serial is missing", async () => {
    const error = await requestSerialPort(undefined).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_UNSUPPORTED");
  });
});

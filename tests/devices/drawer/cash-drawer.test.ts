import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { type DrawerKick, drawerKickBytes, makeCashDrawer, VirtualDrawer } from "../../../src/devices/drawer";
import { VirtualPrinter } from "../../../src/devices/printer";
import { createMemoryLink } from "../../../src/devices/transport";

const clock = (): Date => new Date("2026-03-14T15:09:26.000Z");

describe("drawerKickBytes", () => {
  it.each<[string, DrawerKick, number[]]>([
    ["pin 2, defaults 100/500 ms", {}, [0x1b, 0x70, 0x00, 0x32, 0xfa]],
    ["pin 5, 200/200 ms", { pin: 5, onMs: 200, offMs: 200 }, [0x1b, 0x70, 0x01, 0x64, 0x64]],
    ["pin 2, 510/2 ms (the limits)", { pin: 2, onMs: 510, offMs: 2 }, [0x1b, 0x70, 0x00, 0xff, 0x01]],
    ["odd 101 ms rounds down to 100 ms", { onMs: 101 }, [0x1b, 0x70, 0x00, 0x32, 0xfa]],
  ])("%s → ESC p bytes", (_name, kick, expected) => {
    expect([...drawerKickBytes(kick)]).toEqual(expected);
  });

  it.each([
    ["pin 3", { pin: 3 }, ["kick", "pin"]],
    ["onMs 600", { onMs: 600 }, ["kick", "onMs"]],
  ])("rejects %s with INVALID_INPUT at its path", (_name, kick, path) => {
    let error: unknown;
    try {
      drawerKickBytes(kick as DrawerKick);
    } catch (caught) {
      error = caught;
    }
    expect(isTillError(error) && [error.code, error.path]).toEqual(["INVALID_INPUT", path]);
  });
});

describe("makeCashDrawer", () => {
  it("kicks through the printer, emits a journal event and reads the drawer open", async () => {
    const { host, device } = createMemoryLink("drawer");
    const virtual = new VirtualDrawer(device);
    const drawer = makeCashDrawer({
      id: "drawer-1",
      transport: host,
      connection: { kind: "printer" },
      clock,
    });
    const events: unknown[] = [];
    drawer.onOpened((event) => events.push(event));
    const result = await drawer.open({ reason: "sale", saleId: "S-1", operatorId: "c7" });
    const expected = {
      type: "drawer-opened",
      drawerId: "drawer-1",
      at: "2026-03-14T15:09:26.000Z",
      reason: "sale",
      saleId: "S-1",
      operatorId: "c7",
    };
    expect(result).toEqual({ status: "opened", event: expected });
    expect(events).toEqual([expected]);
    expect(virtual.openings).toBe(1);
    expect(await drawer.isOpen()).toBe(true);
    virtual.close();
    expect(await drawer.isOpen()).toBe(false);
  });

  it("reads the drawer through a virtual printer's status", async () => {
    const { host, device } = createMemoryLink("printer");
    const printer = new VirtualPrinter(device);
    const drawer = makeCashDrawer({
      id: "d",
      transport: host,
      connection: { kind: "printer", kick: { pin: 5 } },
      clock,
    });
    await drawer.open({ reason: "no-sale" });
    expect(printer.lines()).toEqual(["[PULSE pin 5 100/500 ms]"]);
    expect(await drawer.isOpen()).toBe(true);
  });

  it("opens a serial drawer on its open sequence; its state is not readable", async () => {
    const { host, device } = createMemoryLink("serial-drawer");
    const virtual = new VirtualDrawer(device, { openBytes: [0x07] });
    const drawer = makeCashDrawer({
      id: "s",
      transport: host,
      connection: { kind: "serial", openBytes: [0x07] },
      clock,
    });
    await drawer.open({ reason: "cash-in" });
    await drawer.open({ reason: "cash-out" });
    expect(virtual.openings).toBe(2);
    const error = await drawer.isOpen().catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_UNSUPPORTED");
  });

  it("returns a failed result and emits nothing when the link is down", async () => {
    const { host, device } = createMemoryLink();
    await host.open();
    device.disconnect();
    const drawer = makeCashDrawer({ id: "d", transport: host, connection: { kind: "printer" }, clock });
    const events: unknown[] = [];
    drawer.onOpened((event) => events.push(event));
    const result = await drawer.open({ reason: "sale" });
    expect(result.status === "failed" && result.error.code).toBe("DEVICE_NOT_CONNECTED");
    expect(events).toEqual([]);
  });
});

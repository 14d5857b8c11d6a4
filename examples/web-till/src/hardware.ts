import {
  createHidScanner,
  createScale,
  makeCustomerDisplay,
  makeReceiptPrinter,
  mtSicsProtocol,
  requestHidDevice,
  requestSerialPort,
  WebHidTransport,
  WebSerialTransport,
} from "tillkit/devices";
import { CURRENCY } from "./catalog";
import { PRINTER_PROFILE, type TillDevices } from "./devices";

/** Real devices the browser can reach: WebHID for the scanner, WebSerial for the rest. */
export type HardwareRole = "scanner" | "printer" | "scale" | "display";

/** HID POS usage page (0x8C): bar code scanners in HID POS mode. */
const HID_POS_USAGE_PAGE = 0x8c;

/** What this browser offers; Chromium has both on desktop, other browsers neither. */
export function hardwareSupport(navigator: Navigator): Record<"hid" | "serial", boolean> {
  return { hid: "hid" in navigator, serial: "serial" in navigator };
}

/**
 * Asks the person to pick a device (the browser's chooser needs a click), connects it, and swaps it in
 * for the emulator in that role. Printers are added beside the virtual one, which keeps drawing the
 * on-screen preview.
 *
 * @param role - which device to connect
 * @param devices - the till's devices, changed in place
 * @returns a short description for the status bar
 */
export async function connectHardware(role: HardwareRole, devices: TillDevices): Promise<string> {
  if (role === "scanner") {
    const identity = await requestHidDevice(undefined, [{ usagePage: HID_POS_USAGE_PAGE }]);
    const transport = new WebHidTransport({ identity });
    devices.manager.register({ id: transport.id, role, transport });
    await transport.open();
    devices.scans.add(createHidScanner(transport, { interpret: { currency: CURRENCY } }));
    devices.kinds.scanner = `WebHID ${transport.id}`;
    return devices.kinds.scanner;
  }
  const identity = await requestSerialPort();
  const transport = new WebSerialTransport({ identity, baudRate: 9600 });
  devices.manager.register({ id: `${role}:${transport.id}`, role, transport });
  await transport.open();
  if (role === "printer") devices.printers.push(makeReceiptPrinter({ transport, profile: PRINTER_PROFILE }));
  if (role === "scale") devices.scale = createScale(transport, mtSicsProtocol);
  if (role === "display") devices.display = makeCustomerDisplay(transport, "cd5220", { currency: CURRENCY });
  devices.kinds[role] = `WebSerial ${transport.id}`;
  return devices.kinds[role];
}

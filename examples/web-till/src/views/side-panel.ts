import type { JournalEntry } from "tillkit";
import { CATALOG } from "../catalog";
import type { TillDevices } from "../devices";
import { connectHardware, type HardwareRole, hardwareSupport } from "../hardware";
import { recentSales, todaysFacts } from "../sales-history";
import { h } from "./dom";
import { recentSalesView } from "./recent-sales-view";

/** What the side panel's controls do. */
export interface SideActions {
  /** Sends a barcode through the emulated scanner, byte for byte as a serial scanner would. */
  scan(code: string): void;
  say(text: string, tone?: "info" | "error"): void;
}

function displayView(devices: TillDevices): HTMLElement {
  const [upper, lower] = devices.virtualDisplay.lines();
  return h(
    "section",
    { class: "pole", "aria-label": "Customer display" },
    h("h3", {}, "Customer display"),
    h("pre", { class: "pole-lines" }, `${upper.padEnd(20)}\n${lower.padEnd(20)}`),
  );
}

/** The weight on the emulated scale's platter, kept across redraws of the panel. */
let platter = "1.235";

function emulatorView(devices: TillDevices, actions: SideActions): HTMLElement {
  const weight = h("input", {
    id: "scale-weight",
    value: platter,
    inputmode: "decimal",
    "aria-label": "Weight in kg",
  });
  weight.addEventListener("change", () => {
    platter = weight.value.trim();
    devices.scaleEmulator.setWeight(platter);
  });
  return h(
    "section",
    { class: "emulators", "aria-label": "Emulated devices" },
    h("h3", {}, "Emulated scanner"),
    h(
      "div",
      { class: "scan-buttons" },
      ...CATALOG.map((item) =>
        h(
          "button",
          {
            class: "scan-button",
            "data-barcode": item.barcodes?.[0],
            onclick: () => actions.scan(item.barcodes?.[0] ?? item.sku),
          },
          item.description,
        ),
      ),
    ),
    h("label", { class: "scale" }, "Scale (kg) ", weight),
  );
}

function hardwareView(devices: TillDevices, actions: SideActions): HTMLElement {
  const support = hardwareSupport(navigator);
  const button = (role: HardwareRole, api: "hid" | "serial") =>
    h(
      "button",
      {
        class: "connect",
        disabled: !support[api],
        title: support[api]
          ? `Connect a ${role}`
          : `This browser has no Web${api === "hid" ? "HID" : "Serial"}`,
        onclick: () =>
          void connectHardware(role, devices).then(
            (name) => actions.say(`${role} connected: ${name}`),
            (error: unknown) => actions.say(`${role}: ${String(error)}`, "error"),
          ),
      },
      `${role}: ${devices.kinds[role]}`,
    );
  return h(
    "section",
    { class: "hardware", "aria-label": "Devices" },
    h("h3", {}, "Devices"),
    button("scanner", "hid"),
    button("printer", "serial"),
    button("scale", "serial"),
    button("display", "serial"),
  );
}

/**
 * The side panel: recent sales from the store, the customer display, the emulators, and buttons that
 * connect real hardware where the browser can.
 *
 * @param entries - the register's journal
 * @param devices - the devices
 * @param actions - emulator actions
 * @returns the panel's sections
 */
export function sidePanel(
  entries: readonly JournalEntry[],
  devices: TillDevices,
  actions: SideActions,
): HTMLElement {
  return h(
    "div",
    { class: "side-inner" },
    recentSalesView(recentSales(todaysFacts(entries), 5)),
    displayView(devices),
    emulatorView(devices, actions),
    hardwareView(devices, actions),
  );
}

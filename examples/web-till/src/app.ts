import { isTillError } from "tillkit";
import { enterCode, pay, reprintLast } from "./checkout";
import type { TillDevices } from "./devices";
import type { WebTill } from "./till";
import { basketView } from "./views/basket-view";
import { dashboardView } from "./views/dashboard-view";
import { h, mount } from "./views/dom";
import { type PrintedReceipt, receiptView } from "./views/receipt-view";
import { sidePanel } from "./views/side-panel";
import { tenderView } from "./views/tender-view";

type Screen = "till" | "tender" | "receipt" | "dashboard";

/** The page's fixed regions (see index.html). */
export interface AppElements {
  readonly screen: HTMLElement;
  readonly side: HTMLElement;
  readonly message: HTMLElement;
  readonly title: HTMLElement;
}

const TITLES: Readonly<Record<Screen, string>> = {
  till: "Basket",
  tender: "Payment",
  receipt: "Receipt",
  dashboard: "Today's sales",
};

/**
 * Runs the till screen by screen. Every action goes through one queue, so scans that arrive quickly are
 * applied in order, and every failure is shown as a message (TillErrors carry a stable code).
 *
 * @param elements - where to draw
 * @param web - the till
 * @param devices - the devices
 */
export function startApp(elements: AppElements, web: WebTill, devices: TillDevices): void {
  let screen: Screen = "till";
  let receipt: PrintedReceipt | undefined;
  let queue = Promise.resolve();
  const say = (text: string, tone: "info" | "error" = "info") => {
    elements.message.textContent = text;
    elements.message.className = `message ${tone}`;
  };
  const run = (action: () => Promise<void>) => {
    queue = queue
      .then(action)
      .catch((error: unknown) =>
        say(isTillError(error) ? `${error.code}: ${error.message}` : String(error), "error"),
      )
      .then(render);
  };
  const show = (next: Screen) =>
    run(async () => {
      screen = next;
    });

  const onCode = (code: string) =>
    run(async () => {
      const outcome = await enterCode(web, devices, code);
      if (outcome.kind === "item") say(`Added ${outcome.text}`);
      else say(outcome.isApplied ? `Coupon ${outcome.text} applied` : `Coupon ${outcome.text} not accepted`);
    });
  const onPay = (kind: "card" | "cash", amount: string) =>
    run(async () => {
      const printed = await pay(web, devices, kind, amount);
      say(`${kind === "card" ? "Card" : "Cash"} ${amount} accepted`);
      if (printed === undefined) return;
      receipt = printed;
      screen = "receipt";
    });
  const startTender = () =>
    run(async () => {
      const current = web.till.current();
      if (current === undefined || current.priced.lines.length === 0) throw new Error("Scan an item first.");
      await devices.display.showTotal(current.priced.total.toString());
      screen = "tender";
    });

  const reprint = () =>
    run(async () => {
      receipt = await reprintLast(web, devices);
      screen = "receipt";
      say(`Receipt ${receipt.receiptNumber} reprinted`);
    });

  async function render(): Promise<void> {
    elements.title.textContent = TITLES[screen];
    document.body.dataset.screen = screen;
    const entries = await web.till.journal();
    mount(
      elements.side,
      sidePanel(entries, devices, { scan: (code) => void devices.scannerEmulator.scan(code), say }),
    );
    if (screen === "till") mount(elements.screen, commandBox(onCode), basketView(web.till.current()));
    const current = web.till.current();
    if (screen === "tender" && current !== undefined)
      mount(elements.screen, tenderView(current, { pay: onPay, back: () => show("till") }));
    if (screen === "receipt" && receipt !== undefined) mount(elements.screen, receiptView(receipt));
    if (screen === "dashboard") mount(elements.screen, dashboardView(entries));
    elements.screen.querySelector<HTMLInputElement>("input")?.focus();
  }

  devices.scans.listen(
    (scan) => {
      if (screen === "till") onCode(scan.value);
    },
    (error) => say(`Unreadable scan: ${error.message}`, "error"),
  );
  window.addEventListener("keydown", (event) => {
    const keys: Record<string, () => void> = {
      F3: () => (screen === "till" || screen === "dashboard" ? reprint() : undefined),
      F4: () => (screen === "till" ? startTender() : undefined),
      F9: () => show(screen === "dashboard" ? "till" : "dashboard"),
      Escape: () => (screen === "dashboard" || screen === "tender" ? show("till") : undefined),
      Enter: () => (screen === "receipt" ? show("till") : undefined),
    };
    const action = keys[event.key];
    if (action === undefined || (event.key === "Enter" && screen !== "receipt")) return;
    event.preventDefault();
    action();
  });
  document.querySelector("#key-pay")?.addEventListener("click", startTender);
  document.querySelector("#key-reprint")?.addEventListener("click", reprint);
  document.querySelector("#key-dashboard")?.addEventListener("click", () => show("dashboard"));
  document.querySelector("#key-till")?.addEventListener("click", () => show("till"));
  void devices.display.showIdle("Welcome", "Corner Shop");
  run(async () => undefined);
}

/** The one input of the till screen: scan or type a barcode, a SKU or a coupon code, then Enter. */
function commandBox(onCode: (code: string) => void): HTMLElement {
  const input = h("input", {
    id: "scan",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: "Scan or type a barcode, SKU or coupon — Enter",
    "aria-label": "Barcode, SKU or coupon",
  });
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const code = input.value.trim();
    input.value = "";
    // A keyboard-wedge scan claims its Enter first (capture phase) and is already on its way.
    if (event.defaultPrevented || code === "") return;
    event.preventDefault();
    onCode(code);
  });
  return h("div", { class: "command" }, input);
}

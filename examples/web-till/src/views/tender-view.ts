import type { TillSnapshot } from "tillkit";
import { money } from "../format";
import { h } from "./dom";

/** What the tender screen can ask the till to do. */
export interface TenderActions {
  pay(kind: "card" | "cash", amount: string): void;
  back(): void;
}

/**
 * The tender screen: what is due, the tenders so far, and one amount field. Enter or F8 pays cash, F7
 * pays by card through the terminal, Escape goes back to the basket.
 *
 * @param snapshot - the sale being paid
 * @param actions - what the keys do
 * @returns the tender panel
 */
export function tenderView(snapshot: TillSnapshot, actions: TenderActions): HTMLElement {
  const { priced, sale } = snapshot;
  const amount = h("input", {
    id: "tender-amount",
    inputmode: "decimal",
    autocomplete: "off",
    value: priced.balanceDue.toString(),
    "aria-label": "Amount tendered",
  });
  const pay = (kind: "card" | "cash") => actions.pay(kind, amount.value.trim());
  amount.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === "F8") pay("cash");
    else if (event.key === "F7") pay("card");
    else if (event.key === "Escape") actions.back();
    else return;
    event.preventDefault();
  });
  return h(
    "section",
    { class: "tender" },
    h(
      "div",
      { class: "due" },
      h("span", {}, "Total"),
      h("strong", { "data-total": "total" }, money(priced.total)),
    ),
    h(
      "ul",
      { class: "tenders" },
      ...sale.tenders.map((tender) =>
        h(
          "li",
          { class: `tender-${tender.status}` },
          `${tender.kind} ${money(tender.amount)} — ${tender.status}`,
        ),
      ),
    ),
    h(
      "div",
      { class: "due balance" },
      h("span", {}, "Balance due"),
      h("strong", { "data-total": "balance" }, money(priced.balanceDue)),
    ),
    h("label", { for: "tender-amount" }, "Amount"),
    amount,
    h(
      "div",
      { class: "keys" },
      h("button", { id: "pay-card", onclick: () => pay("card") }, h("kbd", {}, "F7"), " Card"),
      h("button", { id: "pay-cash", onclick: () => pay("cash") }, h("kbd", {}, "F8"), " Cash"),
      h("button", { id: "tender-back", onclick: () => actions.back() }, h("kbd", {}, "Esc"), " Back"),
    ),
  );
}

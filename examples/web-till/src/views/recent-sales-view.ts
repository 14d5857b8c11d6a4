import { money } from "../format";
import type { RecentSale } from "../sales-history";
import { h } from "./dom";

/**
 * The receipts already in the store, newest first. They come back from PGlite after a reload.
 *
 * @param sales - the recent sales
 * @returns the list panel
 */
export function recentSalesView(sales: readonly RecentSale[]): HTMLElement {
  return h(
    "section",
    { class: "recent", "aria-label": "Recent sales" },
    h("h3", {}, "Recent sales"),
    sales.length === 0
      ? h("p", { class: "muted" }, "No sales yet today.")
      : h(
          "ol",
          {},
          ...sales.map((sale) =>
            h(
              "li",
              { "data-receipt": sale.receiptNumber },
              h("span", { class: "receipt-no" }, `#${sale.receiptNumber}`),
              h("span", {}, sale.time),
              h("span", { class: "num" }, money(sale.total)),
              h("span", { class: "muted" }, sale.tenders),
            ),
          ),
        ),
  );
}

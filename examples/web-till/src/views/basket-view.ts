import { isZero, type PricedSale, type TillSnapshot } from "tillkit";
import { money, quantityText } from "../format";
import { h } from "./dom";

/** Why a coupon did not apply, in words a cashier can say to the customer. */
const COUPON_REASONS: Readonly<Record<string, string>> = {
  unknown_code: "is not a known coupon",
  expired: "has expired",
  not_started: "is not valid yet",
  already_redeemed: "was already used",
  usage_limit_reached: "has been used up",
};

function lineRows(snapshot: TillSnapshot): HTMLElement[] {
  const descriptions = new Map(snapshot.sale.lines.map((line) => [line.lineId, line.description]));
  return snapshot.priced.lines.flatMap((line) => [
    h(
      "tr",
      { class: "line", "data-sku": line.sku },
      h("td", {}, descriptions.get(line.lineId) ?? line.sku),
      h("td", { class: "num" }, quantityText(line.quantity)),
      h("td", { class: "num" }, money(line.unitPrice)),
      h("td", { class: "num" }, money(line.gross)),
    ),
    ...line.adjustments.map((adjustment) =>
      h(
        "tr",
        { class: "adjustment" },
        h("td", { colspan: 3 }, `  ${adjustment.source.name}`),
        h("td", { class: "num" }, `−${money(adjustment.amount)}`),
      ),
    ),
  ]);
}

function totals(priced: PricedSale): HTMLElement {
  const row = (label: string, value: string, name: string) =>
    h("div", { class: `total-row ${name}` }, h("span", {}, label), h("span", { "data-total": name }, value));
  return h(
    "div",
    { class: "totals" },
    row("Subtotal", money(priced.subtotal), "subtotal"),
    row(
      "Discounts",
      isZero(priced.discountTotal) ? money(priced.discountTotal) : `−${money(priced.discountTotal)}`,
      "discounts",
    ),
    row("VAT included", money(priced.taxTotal), "tax"),
    row("Total", money(priced.total), "total"),
  );
}

/**
 * The explanation the pricing pipeline attaches to every PricedSale: which deals applied and for how
 * much, which coupons were refused and why, and what the customer could add to get the next deal.
 */
function explanation(priced: PricedSale): HTMLElement {
  const applied = priced.explanation.applied.map((rule) =>
    h("li", { class: "applied" }, `✓ ${rule.name}: −${money(rule.amount)}`),
  );
  const refused = priced.explanation.rejected
    .filter((rule) => rule.kind === "coupon")
    .map((rule) =>
      h(
        "li",
        { class: "rejected" },
        `✗ Coupon ${rule.ruleId} ${COUPON_REASONS[rule.reasonCode] ?? rule.reasonCode}`,
      ),
    );
  const nudges = priced.explanation.nudges.map((nudge) =>
    h("li", { class: "nudge" }, `→ ${capitalize(nudge.message)}`),
  );
  const items = [...applied, ...refused, ...nudges];
  return h(
    "section",
    { class: "explanation", "aria-label": "Deals" },
    h("h3", {}, "Deals"),
    items.length === 0 ? h("p", { class: "muted" }, "No deals yet.") : h("ul", {}, ...items),
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The live basket: lines with their allocation ledger, totals, and the pricing explanation.
 *
 * @param snapshot - the sale in progress, or undefined between sales
 * @returns the basket panel
 */
export function basketView(snapshot: TillSnapshot | undefined): HTMLElement {
  if (snapshot === undefined || snapshot.priced.lines.length === 0)
    return h(
      "section",
      { class: "basket empty" },
      h("p", { class: "muted" }, "Scan an item to start a sale."),
    );
  return h(
    "section",
    { class: "basket" },
    h(
      "table",
      { class: "lines" },
      h(
        "thead",
        {},
        h("tr", {}, h("th", {}, "Item"), h("th", {}, "Qty"), h("th", {}, "Price"), h("th", {}, "Amount")),
      ),
      h("tbody", {}, ...lineRows(snapshot)),
    ),
    totals(snapshot.priced),
    explanation(snapshot.priced),
  );
}

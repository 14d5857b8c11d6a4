import { type JournalEntry, type Money, subtract, sum } from "tillkit";
import { renderBarChart, type SaleFacts, salesByHour } from "tillkit/reports";
import { money } from "../format";
import { recentSales, todaysFacts } from "../sales-history";
import { h, svg } from "./dom";
import { recentSalesView } from "./recent-sales-view";

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function figure(label: string, value: string, name: string): HTMLElement {
  return h("div", { class: "figure", "data-figure": name }, h("span", {}, label), h("strong", {}, value));
}

/**
 * What each kind of tender took in: cash counts what stayed in the drawer (tendered minus change).
 * The journal's sale entries carry tenders and taxes; item lines are not in them, so there is no
 * by-item chart here.
 */
function takings(facts: SaleFacts): { kind: string; amount: Money }[] {
  const kinds = [...new Set(facts.sales.flatMap((fact) => fact.tenders.map((tender) => tender.kind)))];
  const change = sum(
    facts.sales.map((fact) => fact.change),
    facts.currency,
  );
  return kinds.map((kind) => {
    const tendered = sum(
      facts.sales.flatMap((fact) =>
        fact.tenders.filter((tender) => tender.kind === kind).map((t) => t.amount),
      ),
      facts.currency,
    );
    return { kind, amount: kind === "cash" ? subtract(tendered, change) : tendered };
  });
}

/**
 * Today's sales at this register: key figures, revenue by hour and by tender as SVG bar charts drawn by
 * the reports room, and the receipts of the day. Everything is projected from the journal.
 *
 * @param entries - the register's journal
 * @returns the dashboard panel
 */
export function dashboardView(entries: readonly JournalEntry[]): HTMLElement {
  const facts = todaysFacts(entries);
  const byHour = salesByHour(facts, { timeZone: TIME_ZONE });
  const byTender = takings(facts);
  return h(
    "section",
    { class: "dashboard" },
    h(
      "div",
      { class: "figures" },
      figure("Receipts", String(byHour.total.receipts), "receipts"),
      figure("Sales", money(byHour.total.net), "net"),
      figure("Discounts", money(byHour.total.discounts), "discounts"),
      figure("VAT", money(byHour.total.tax), "tax"),
      ...byTender.map((row) => figure(`Taken by ${row.kind}`, money(row.amount), `tender-${row.kind}`)),
    ),
    h(
      "div",
      { class: "charts" },
      svg(
        renderBarChart({
          title: "Sales by hour",
          bars: byHour.rows.map((row) => ({ label: `${row.key.slice(-2)}:00`, value: row.net.toString() })),
          width: 420,
          height: 260,
        }),
        "Sales by hour",
      ),
      svg(
        renderBarChart({
          title: "Takings by tender",
          bars: byTender.map((row) => ({ label: row.kind, value: row.amount.toString() })),
          width: 420,
          height: 260,
        }),
        "Takings by tender",
      ),
    ),
    recentSalesView(recentSales(facts, 10)),
  );
}

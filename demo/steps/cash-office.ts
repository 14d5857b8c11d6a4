import { parseMoney } from "tillkit";
import type { DemoContext } from "../setup/demo-context";

const PAID_OUT = { USD: "5.00", EUR: "5.00", CNY: "30.00" } as const;

/** A no-sale drawer opening and a paid-out (both journaled), then the mid-day X report. */
export async function cashOffice(context: DemoContext): Promise<void> {
  const { till, out, devices, preset } = context;
  out.step("No-sale drawer opening, a paid-out, and the X report");
  const noSale = await till.noSale("change for the market stall");
  const opened = await devices.drawer.open({ reason: "no-sale", operatorId: "emp-7" });
  devices.drawerEmulator.close();
  out.show("no-sale", `#${noSale.seq} ${noSale.type}; drawer ${opened.status}`);
  const amount = PAID_OUT[preset.currency];
  const paidOut = await till.paidOut({ amount, reason: "window cleaner" });
  context.drawerCash -= parseMoney(amount, preset.currency).minor;
  out.show(`paid out ${amount}`, `#${paidOut.seq} ${paidOut.type}`);
  const x = await till.xReport();
  out.show("X: sales", `${x.sales.count} receipts, ${x.sales.total}`);
  out.show("X: returns", `${x.returns.count} receipts, ${x.returns.total}`);
  for (const tax of x.taxes)
    out.show(`X: tax ${tax.jurisdiction} ${tax.rate}`, `base ${tax.base}, tax ${tax.tax}`);
  for (const tender of x.tenders) out.show(`X: tender ${tender.kind}`, `${tender.amount} (${tender.count})`);
  out.show("X: cash rounding / drawer openings", `${x.cashRounding} / ${x.drawerOpenings}`);
}

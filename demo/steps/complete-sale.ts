import { moneyFromMinor } from "tillkit";
import type { CompletedSale, DemoContext } from "../setup/demo-context";
import { previewedPoints } from "./loyalty-promotions";
import { showPole } from "./open-session";
import { printReceipt } from "./print-receipt";

/**
 * Completes the paid sale in one atomic commit, then does what follows at the counter: the cash drawer
 * opens when cash moved (drawer emulator), the display shows paid and change, the member's balance is read
 * from the store's loyalty ledger and the receipt is printed.
 *
 * @param context - the demo
 * @param name - receipt file name
 * @param memberId - the loyalty member whose balance the receipt shows (the core books the points)
 * @returns the completed sale
 */
export async function completeSale(
  context: DemoContext,
  name: string,
  memberId?: string,
): Promise<CompletedSale> {
  const { till, out, devices, preset } = context;
  const done = await till.complete();
  const cash = done.sale.tenders.filter((tender) => tender.kind === "cash");
  const cashIn = cash.reduce((total, tender) => total + tender.amount.minor, 0n);
  // A refund with no tender entered is paid out in cash, exactly (the core's rule).
  const isCashRefund = done.priced.total.minor < 0n && done.sale.tenders.length === 0;
  context.drawerCash += isCashRefund ? done.priced.total.minor : cashIn - done.priced.change.minor;
  out.show("receipt number", done.sale.receiptNumber);
  out.show("total / change", `${done.priced.total} / ${done.priced.change}`);
  const tenders = done.sale.tenders.map((tender) => `${tender.kind} ${tender.amount}`);
  out.show("tenders", tenders.length > 0 ? tenders.join(", ") : "cash (refund paid out)");
  if (done.sale.cashRounding !== undefined)
    out.show(
      "cash rounding line",
      `${done.sale.cashRounding.difference} (${preset.cashRounding.description})`,
    );
  if (cash.length > 0 || isCashRefund) {
    const opened = await devices.drawer.open({
      reason: "sale",
      saleId: done.sale.saleId,
      operatorId: "emp-7",
    });
    out.show(
      "cash drawer (emulator)",
      `${opened.status}, ${devices.drawerEmulator.openings} opening(s) today`,
    );
    devices.drawerEmulator.close();
  }
  const paid = moneyFromMinor(done.priced.tendered.minor, preset.currency).toString();
  if (done.priced.total.minor < 0n) await devices.display.showTotal(done.priced.total.toString());
  else await devices.display.showChange(paid, done.priced.change.toString());
  showPole(context);
  let loyalty: { pointsEarned: number; balance: number } | undefined;
  if (memberId !== undefined) {
    loyalty = {
      pointsEarned: previewedPoints(done.priced),
      balance: await context.store.loyalty.balance(memberId),
    };
    out.show("loyalty points earned / member's balance", `${loyalty.pointsEarned} / ${loyalty.balance}`);
  }
  context.completed.push(done);
  await printReceipt(context, done, name, loyalty);
  return done;
}

import { isTillError, moneyFromMinor, parseMoney } from "tillkit";
import type { DemoContext } from "../setup/demo-context";
import { LOYALTY_CUSTOMER } from "../setup/rules";
import { completeSale } from "./complete-sale";
import { totals } from "./loyalty-promotions";
import { showPole } from "./open-session";

const CARD_PART = { USD: "30.00", EUR: "30.00", CNY: "200.00" } as const;

/** The note the customer hands over for the cash part: the next multiple of 10 above it. */
function noteFor(restMinor: bigint, currency: string): string {
  const ten = parseMoney("10", currency).minor;
  return moneyFromMinor((restMinor / ten + 1n) * ten, currency).toString();
}

/**
 * Split payment: part by card through the terminal simulator — which goes silent, so the watchdog makes
 * the payment `unknown` and the status query settles it — and the rest in cash, rounded by the locale's
 * cash-rounding policy.
 */
export async function splitPayment(context: DemoContext): Promise<void> {
  const { till, out, terminal, timer, devices, preset } = context;
  out.step("Split payment: card (terminal times out, the status query settles it) + cash");
  const priced = till.current()?.priced;
  if (priced === undefined) throw new Error("No sale to pay");
  out.show("subtotal / discounts / tax / total", totals(priced));
  await devices.display.showTotal(priced.total.toString());
  showPole(context);
  terminal.script({ outcome: "timeout", actually: "approved" });
  const pending = till.addTender({ kind: "card", amount: CARD_PART[preset.currency] });
  await timer.whenArmed();
  timer.advance(120_000);
  const card = (await pending).sale.tenders.at(-1);
  out.show(`card ${CARD_PART[preset.currency]} after 120 s of silence`, card?.status);
  try {
    await till.complete();
  } catch (error) {
    if (!isTillError(error)) throw error;
    out.show("complete() refuses while a payment is unknown", error.code);
  }
  const settled = await till.resolvePayment(card?.reference ?? "");
  out.show("status query", settled.sale.tenders.at(-1)?.status);
  const note = noteFor(settled.priced.balanceDue.minor, preset.currency);
  out.show("cash part due / handed over", `${settled.priced.balanceDue} / ${note}`);
  await till.addTender({ kind: "cash", amount: note });
  await completeSale(context, "receipt-2-customer-1", LOYALTY_CUSTOMER.customerId);
}

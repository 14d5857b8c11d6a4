import type { DemoContext } from "../setup/demo-context";
import { LOYALTY_CUSTOMER } from "../setup/rules";
import { completeSale } from "./complete-sale";
import { totals } from "./loyalty-promotions";

/**
 * Customer 1 brings the mug and one chocolate bar back. The two kept bars no longer make "3 for 2" and the
 * kept goods fall under the basket threshold, so the refund is what the returned goods were allocated
 * minus the clawback of both broken deals (till.returnItems plans it); the core pays it back to the
 * original tenders.
 */
export async function returnWithClawback(context: DemoContext): Promise<void> {
  const { till, out } = context;
  out.step("Return the mug and a chocolate bar: broken deals are clawed back");
  const original = context.completed.find((done) => done.sale.customer !== undefined);
  const lineOf = (sku: string) => original?.sale.lines.find((line) => line.sku === sku)?.lineId ?? "";
  if (original === undefined) throw new Error("No sale to return against");
  await till.startSale();
  const snapshot = await till.returnItems({
    receiptNumber: original.sale.receiptNumber ?? "",
    lines: [
      { lineId: lineOf("MUG"), quantity: "1" },
      { lineId: lineOf("CHOC"), quantity: "1" },
    ],
  });
  for (const line of snapshot.priced.lines) {
    const kinds = line.adjustments.map((adjustment) => `${adjustment.source.kind} ${adjustment.amount}`);
    out.show(
      `${line.sku} ${line.quantity.toString()}`,
      `${line.total}${kinds.length > 0 ? ` (${kinds.join(", ")})` : ""}`,
    );
  }
  out.show("subtotal / discounts / tax / refund", totals(snapshot.priced));
  await completeSale(context, "receipt-3-return", LOYALTY_CUSTOMER.customerId);
}

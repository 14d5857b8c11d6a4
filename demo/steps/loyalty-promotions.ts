import type { PricedSale } from "tillkit";
import type { DemoContext } from "../setup/demo-context";
import { COUPON_CODE, LOYALTY_CUSTOMER } from "../setup/rules";

/** The loyalty points the pricing previews for the sale (the previewLoyalty stage's note). */
export function previewedPoints(priced: PricedSale): number {
  const note = priced.notes.find((candidate) => candidate.code === "LOYALTY_PREVIEW");
  return note === undefined ? 0 : Number.parseInt(note.message, 10);
}

/** Shows every promotion applied and every nudge, as the cashier's screen explains them. */
export function explainPromotions(context: DemoContext, priced: PricedSale): void {
  for (const rule of priced.explanation.applied)
    context.out.show(`${rule.kind} ${rule.name}`, `−${rule.amount}`);
  for (const nudge of priced.explanation.nudges) context.out.show("nudge", nudge.message);
  context.out.show("subtotal / discounts / tax / total", totals(priced));
}

/** subtotal / discounts / tax / total. */
export function totals(priced: PricedSale): string {
  return `${priced.subtotal} / ${priced.discountTotal} / ${priced.taxTotal} / ${priced.total}`;
}

/** Attaches the loyalty member and takes their coupon: buy-2-get-1, the basket threshold and the coupon apply. */
export async function loyaltyAndPromotions(context: DemoContext): Promise<void> {
  const { till, out } = context;
  out.step("Attach the loyalty customer and take a coupon: promotions apply");
  await till.attachCustomer({ ...LOYALTY_CUSTOMER });
  out.show("customer", `${LOYALTY_CUSTOMER.name} (${LOYALTY_CUSTOMER.tier}, double points)`);
  const snapshot = await till.addCoupon(COUPON_CODE);
  out.show("coupon", COUPON_CODE);
  explainPromotions(context, snapshot.priced);
  out.show("points this sale would earn", previewedPoints(snapshot.priced));
}

import { moneyFromMinor } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";

/**
 * The tax category gift-card lines carry: selling stored value is not a taxable supply (tax is due when
 * the card pays for goods), so tax rules map this category to no tax.
 *
 * @public
 */
export const GIFT_CARD_TAX_CATEGORY = "non-taxable-liability";

/**
 * What the host adds to a sale when it sells or reloads a gift card: a non-taxable line tagged
 * "gift-card" (loyalty excludes the tag by default, and promotion selectors should too) whose amount is a
 * liability, not revenue. The card is activated through {@link StoredValue} when the sale completes.
 *
 * @param accountId - the card
 * @param amount - the value loaded
 * @param kind - "activation" for a new card, "reload" for more value
 * @returns the line facts for the sale
 * @public
 */
export function giftCardLine(
  accountId: string,
  amount: Money,
  kind: "activation" | "reload" = "activation",
): {
  readonly sku: string;
  readonly description: string;
  readonly unitPrice: Money;
  readonly taxCategory: string;
  readonly tags: readonly string[];
  readonly serial: string;
} {
  return {
    sku: kind === "activation" ? "gift-card-activation" : "gift-card-reload",
    description: kind === "activation" ? "Gift card" : "Gift card reload",
    unitPrice: amount,
    taxCategory: GIFT_CARD_TAX_CATEGORY,
    tags: ["gift-card", "liability"],
    serial: accountId,
  };
}

/**
 * How much a stored-value tender may take: the smaller of the balance and what is due (never negative).
 *
 * @param balance - the card or credit balance
 * @param due - the balance due on the sale
 * @returns the amount to tender
 * @public
 */
export function storedValueTenderAmount(balance: Money, due: Money): Money {
  if (due.minor <= 0n) return moneyFromMinor(0n, due.currency);
  return balance.minor < due.minor ? balance : due;
}

import type { AccountingDocument } from "./accounting-document";
import type { ChartOfAccounts } from "./chart-of-accounts";
import { type Posting, pushPosting } from "./posting";
import { taxKey } from "./tax-key";

function minorOf(amount: { readonly minor: bigint } | undefined): bigint {
  return amount?.minor ?? 0n;
}

function postLiabilities(document: AccountingDocument, postings: Posting[]): void {
  // Selling a gift card or issuing store credit owes the customer (credit); redeeming settles it (debit).
  pushPosting(
    postings,
    "gift-card-liability",
    "",
    minorOf(document.giftCards?.redeemed) - minorOf(document.giftCards?.sold),
  );
  pushPosting(
    postings,
    "store-credit-liability",
    "",
    minorOf(document.storeCredit?.redeemed) - minorOf(document.storeCredit?.issued),
  );
  pushPosting(postings, "tips-payable", "", -minorOf(document.tips));
}

function postLoyalty(document: AccountingDocument, chart: ChartOfAccounts, postings: Posting[]): void {
  const earned = minorOf(document.loyalty?.earned);
  const redeemed = minorOf(document.loyalty?.redeemed);
  if (chart.loyalty?.treatment === "defer") {
    // IFRS 15 style: part of the price is owed as points, so revenue moves into a liability until used.
    pushPosting(postings, "loyalty-deferral", "", earned);
    pushPosting(postings, "loyalty-liability", "", redeemed - earned);
    return;
  }
  pushPosting(postings, "loyalty-expense", "", redeemed);
}

/**
 * The signed postings of one receipt, in the order a bookkeeper reads them: tenders, cash rounding,
 * discounts, revenue, tax, liabilities, loyalty, cost of goods. They sum to zero for a consistent receipt.
 *
 * @param document - a validated receipt
 * @param chart - the mapping (its discount and loyalty treatments decide the postings)
 * @returns the postings, zero amounts left out
 * @internal
 */
export function postDocument(document: AccountingDocument, chart: ChartOfAccounts): Posting[] {
  const postings: Posting[] = [];
  for (const tender of document.tenders) {
    pushPosting(postings, "tender", tender.type, tender.amount.minor - minorOf(tender.change));
  }
  // Rounding down 27.12 to 27.10 (−0.02) costs the shop 0.02: a debit of the negated difference.
  pushPosting(postings, "cash-rounding", "", -minorOf(document.cashRounding));
  for (const discount of document.discounts) {
    if (chart.discounts.treatment === "net")
      pushPosting(postings, "revenue", discount.category, discount.amount.minor);
    else pushPosting(postings, "discount", discount.promotion, discount.amount.minor);
  }
  for (const line of document.revenue) pushPosting(postings, "revenue", line.category, -line.net.minor);
  document.taxes.forEach((tax, index) => {
    pushPosting(
      postings,
      "tax",
      taxKey(tax.jurisdiction, tax.rate, ["taxes", index, "rate"]),
      -tax.amount.minor,
    );
  });
  postLiabilities(document, postings);
  postLoyalty(document, chart, postings);
  for (const cost of document.costs) {
    pushPosting(postings, "cost-of-goods", cost.category, cost.amount.minor);
    pushPosting(postings, "inventory", cost.category, -cost.amount.minor);
  }
  return postings;
}

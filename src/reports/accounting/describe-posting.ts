import { parseRate } from "../../core/rate/rate";
import type { PostingRole } from "./posting";

const ROLE_TEXT: Readonly<Record<PostingRole, string>> = {
  tender: "Tender clearing",
  "cash-rounding": "Cash rounding",
  discount: "Discount",
  revenue: "Revenue",
  tax: "Tax payable",
  "gift-card-liability": "Gift-card liability",
  "store-credit-liability": "Store-credit liability",
  "tips-payable": "Tips payable",
  "loyalty-deferral": "Loyalty deferral",
  "loyalty-liability": "Loyalty liability",
  "loyalty-expense": "Loyalty expense",
  "cost-of-goods": "Cost of goods sold",
  inventory: "Inventory",
  "paid-in": "Paid in",
  "paid-out": "Paid out",
  "over-short": "Cash over/short",
};

/**
 * The memo of a journal line: the role in words and its key ("Revenue food", "Tax payable DE 7%").
 *
 * @param role - posting role
 * @param key - posting key
 * @returns memo text
 * @internal
 */
export function describePosting(role: PostingRole, key: string): string {
  const text = ROLE_TEXT[role];
  if (key === "") return text;
  if (role === "tax") {
    const [jurisdiction = "", rate = "0"] = key.split("@");
    return `${text} ${jurisdiction} ${parseRate(rate).toPercentString()}%`;
  }
  return `${text} ${key}`;
}

import { z } from "zod";

/**
 * Every kind of posting the journal makes; each maps to one place in the {@link ChartOfAccounts}.
 *
 * @public
 */
export const POSTING_ROLES = [
  "tender",
  "cash-rounding",
  "discount",
  "revenue",
  "tax",
  "gift-card-liability",
  "store-credit-liability",
  "tips-payable",
  "loyalty-deferral",
  "loyalty-liability",
  "loyalty-expense",
  "cost-of-goods",
  "inventory",
  "paid-in",
  "paid-out",
  "over-short",
] as const;

/**
 * zod schema of a posting role.
 *
 * @public
 */
export const postingRoleSchema = /* @__PURE__ */ z.enum(POSTING_ROLES);

/**
 * A kind of posting.
 *
 * @public
 */
export type PostingRole = z.infer<typeof postingRoleSchema>;

/**
 * One signed amount before accounts are resolved: positive is a debit, negative a credit, in minor units of
 * the journal's currency.
 *
 * @internal
 */
export interface Posting {
  readonly role: PostingRole;
  /** Category, promotion, tender type, tax key ("DE@0.07") or reason; "" where the role has no key. */
  readonly key: string;
  readonly debitMinor: bigint;
}

/**
 * Appends a posting unless it is zero: zero lines carry no information and some ledgers reject them.
 *
 * @param postings - the list to append to
 * @param role - the posting role
 * @param key - its key
 * @param debitMinor - signed minor units (+ debit, − credit)
 * @internal
 */
export function pushPosting(postings: Posting[], role: PostingRole, key: string, debitMinor: bigint): void {
  if (debitMinor !== 0n) postings.push({ role, key, debitMinor });
}

import { moneyFromMinor } from "../../core/money/create-money";
import type { ChartOfAccounts } from "./chart-of-accounts";
import { describePosting } from "./describe-posting";
import type { JournalLine } from "./journal";
import type { PostingRole } from "./posting";

/**
 * A posting with its account resolved.
 *
 * @internal
 */
export interface ResolvedPosting {
  readonly role: PostingRole;
  readonly key: string;
  readonly account: string;
  readonly debitMinor: bigint;
}

/**
 * Nets postings into journal lines, one per (role, key, account) in order of first appearance. A net
 * debit becomes a debit line, a net credit a credit line, and a net zero disappears: a session's sales
 * and returns of one category post as one revenue line.
 *
 * @param postings - resolved postings of one entry
 * @param chart - the mapping (for account names)
 * @param currency - the journal currency
 * @returns the entry's lines
 * @internal
 */
export function entryLines(
  postings: readonly ResolvedPosting[],
  chart: ChartOfAccounts,
  currency: string,
): JournalLine[] {
  const totals = new Map<string, { posting: ResolvedPosting; minor: bigint }>();
  for (const posting of postings) {
    const id = `${posting.role}\u0000${posting.key}\u0000${posting.account}`;
    const found = totals.get(id);
    if (found === undefined) totals.set(id, { posting, minor: posting.debitMinor });
    else found.minor += posting.debitMinor;
  }
  const lines: JournalLine[] = [];
  for (const { posting, minor } of totals.values()) {
    if (minor === 0n) continue;
    lines.push({
      account: posting.account,
      accountName: chart.accounts[posting.account]?.name ?? posting.account,
      role: posting.role,
      key: posting.key,
      debit: moneyFromMinor(minor > 0n ? minor : 0n, currency),
      credit: moneyFromMinor(minor < 0n ? -minor : 0n, currency),
      memo: describePosting(posting.role, posting.key),
    });
  }
  return lines;
}

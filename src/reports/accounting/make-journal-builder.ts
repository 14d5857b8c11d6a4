import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { assertEntryBalanced } from "./assert-balanced";
import type { ChartOfAccounts } from "./chart-of-accounts";
import { collectPostings, type PostedSource } from "./collect-postings";
import { entryLines, type ResolvedPosting } from "./entry-lines";
import type { Journal, JournalEntry } from "./journal";
import {
  type JournalPolicyInput,
  type JournalSource,
  journalPolicySchema,
  journalSourceSchema,
} from "./journal-policy";
import { resolveAccount } from "./resolve-account";
import { taxKey } from "./tax-key";

function taxIndex(chart: ChartOfAccounts): Map<string, string> {
  const index = new Map<string, string>();
  chart.taxes.forEach((row, position) => {
    index.set(taxKey(row.jurisdiction, row.rate, ["chart", "taxes", position, "rate"]), row.account);
  });
  return index;
}

function resolveAll(sources: readonly PostedSource[], chart: ChartOfAccounts): ResolvedPosting[][] {
  const taxKeys = taxIndex(chart);
  const missing = new Map<string, { mapping: string; role: string; key: string; firstSeenIn: string }>();
  const resolved = sources.map((source) =>
    source.postings.map((posting): ResolvedPosting => {
      const lookup = resolveAccount(chart, posting, taxKeys);
      if ("account" in lookup) return { ...posting, account: lookup.account };
      if (!missing.has(lookup.missing)) {
        missing.set(lookup.missing, {
          mapping: lookup.missing,
          role: posting.role,
          key: posting.key,
          firstSeenIn: source.id,
        });
      }
      return { ...posting, account: "" };
    }),
  );
  if (missing.size > 0) {
    const names = [...missing.keys()];
    throw new TillError("UNMAPPED_ACCOUNT", {
      message: `No account is mapped for: ${names.join(", ")}`,
      path: ["chart"],
      details: { missing: [...missing.values()] },
    });
  }
  return resolved;
}

function groupKey(source: PostedSource, granularity: Journal["granularity"]): string {
  return granularity === "session" ? `${source.register}/${source.sessionId}` : `${source.kind}:${source.id}`;
}

function buildEntries(
  sources: readonly PostedSource[],
  resolved: readonly ResolvedPosting[][],
  policy: { chart: ChartOfAccounts; currency: string; granularity: Journal["granularity"] },
): JournalEntry[] {
  const groups = new Map<string, { id: string; members: number[] }>();
  sources.forEach((source, index) => {
    const key = groupKey(source, policy.granularity);
    const id = policy.granularity === "session" ? key : source.id;
    const group = groups.get(key) ?? { id, members: [] };
    group.members.push(index);
    groups.set(key, group);
  });
  return [...groups.values()].map(({ id, members }) => {
    const covered = members.map((index) => sources[index] as PostedSource);
    const first = covered[0] as PostedSource;
    const latest = covered.reduce((a, b) => (Date.parse(b.date) > Date.parse(a.date) ? b : a), first);
    return {
      id,
      date: latest.date,
      register: first.register,
      sessionId: first.sessionId,
      currency: policy.currency,
      documentIds: covered.filter((source) => source.kind === "document").map((source) => source.id),
      eventIds: covered.filter((source) => source.kind === "event").map((source) => source.id),
      lines: entryLines(
        members.flatMap((index) => resolved[index] ?? []),
        policy.chart,
        policy.currency,
      ),
    };
  });
}

/**
 * Makes the journal builder for a policy: receipts and session events in, a balanced double-entry journal
 * out. Stages: validate → post each receipt and event (each must balance on its own) → resolve accounts
 * (every gap reported at once) → group by receipt or session → net lines per account → assert balance.
 *
 * @param policyInput - currency, chart-of-accounts mapping and granularity
 * @returns a pure function from {@link JournalSource} to {@link Journal}
 * @throws TillError INVALID_INPUT for a malformed policy (path under the policy)
 * @example
 * ```ts
 * const buildJournal = makeJournalBuilder({ currency: "EUR", granularity: "session", chart });
 * const journal = buildJournal({ documents, events }); // throws UNMAPPED_ACCOUNT, UNBALANCED_JOURNAL, ...
 * ```
 * @public
 */
export function makeJournalBuilder(policyInput: JournalPolicyInput): (source: JournalSource) => Journal {
  const policy = parseWith(journalPolicySchema, policyInput);
  /**
   * @throws TillError INVALID_INPUT / MONEY_PRECISION (path of the field), CURRENCY_MISMATCH,
   *   UNBALANCED_JOURNAL (naming the receipt or entry), UNMAPPED_ACCOUNT (details.missing lists each gap)
   */
  return (sourceInput: JournalSource): Journal => {
    const source = parseWith(journalSourceSchema, sourceInput);
    const sources = collectPostings(source.documents, source.events, policy.chart, policy.currency);
    const resolved = resolveAll(sources, policy.chart);
    const entries = buildEntries(sources, resolved, policy);
    entries.forEach((entry, index) => {
      assertEntryBalanced(entry, ["entries", index]);
    });
    return { currency: policy.currency, granularity: policy.granularity, entries };
  };
}

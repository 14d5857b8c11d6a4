import { TillError, type TillErrorPath } from "../core/errors/till-error";

/**
 * One broken invariant: which rule, where, and the two figures that disagree.
 *
 * @public
 */
export interface InvariantViolation {
  /** Stable rule id, e.g. "sale.total" or "tender.change-not-negative". */
  readonly rule: string;
  /** Where in the checked value the rule broke (keys and indices). */
  readonly path: TillErrorPath;
  /** What the rule expected, as text. */
  readonly expected: string;
  /** What the value holds, as text. */
  readonly actual: string;
}

/**
 * Builds a violation when `expected` and `actual` differ, so checkers read as a list of comparisons.
 *
 * @param rule - the rule id
 * @param path - where the rule applies
 * @param expected - the value the rule derives
 * @param actual - the value found
 * @returns an empty list when they agree, else one violation
 * @internal
 */
export function compareText(
  rule: string,
  path: TillErrorPath,
  expected: string,
  actual: string,
): InvariantViolation[] {
  return expected === actual ? [] : [{ rule, path, expected, actual }];
}

/**
 * Throws when a checker found violations.
 *
 * @param violations - the checker's result
 * @param subject - what was checked, for the message ("sale", "tenders", "journal", ...)
 * @throws TillError INTERNAL with `details.violations` (the full list) and the first violation's path
 * @example
 * ```ts
 * assertNoViolations(checkSaleInvariants(priced), "sale");
 * ```
 * @public
 */
export function assertNoViolations(violations: readonly InvariantViolation[], subject: string): void {
  const first = violations[0];
  if (first === undefined) return;
  throw new TillError("INTERNAL", {
    message: `${subject} breaks ${violations.length} invariant(s), first ${first.rule}: expected ${first.expected}, got ${first.actual}`,
    path: first.path,
    details: { subject, violations },
  });
}

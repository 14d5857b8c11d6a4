import { parseDecimal } from "../../core/numbers/parse-decimal";
import { unitsAtScale } from "../../core/numbers/scaled-decimal";
import type { CompiledTax } from "../rules/tax-rules";
import { JURISDICTION_LEVELS, type Jurisdiction } from "../schema/jurisdiction-schema";
import type { JurisdictionReportRowExact, LineResultExact, TaxSummaryExact } from "./tax-result";

interface MutableRow {
  jurisdiction: Jurisdiction;
  rate: string | undefined;
  kind: string;
  taxIds: string[];
  baseMinor: bigint;
  amountMinor: bigint;
}

function addTo(
  rows: Map<string, MutableRow>,
  tax: CompiledTax,
  rate: string | undefined,
  kind: string,
  baseMinor: bigint,
  amountMinor: bigint,
): void {
  const row = rows.get(tax.reportKey);
  if (row === undefined) {
    rows.set(tax.reportKey, {
      jurisdiction: tax.jurisdiction,
      rate,
      kind,
      taxIds: [tax.id],
      baseMinor,
      amountMinor,
    });
    return;
  }
  if (!row.taxIds.includes(tax.id)) row.taxIds.push(tax.id);
  row.baseMinor += baseMinor;
  row.amountMinor += amountMinor;
}

function compareRows(a: MutableRow, b: MutableRow): number {
  const byLevel =
    JURISDICTION_LEVELS.indexOf(a.jurisdiction.level) - JURISDICTION_LEVELS.indexOf(b.jurisdiction.level);
  if (byLevel !== 0) return byLevel;
  const keyA = `${a.jurisdiction.id}\u0000${a.kind}`;
  const keyB = `${b.jurisdiction.id}\u0000${b.kind}`;
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return compareRates(a.rate, b.rate);
}

/** Rates by value, not as text (2% before 10%); rows without a rate (fixed amounts) first. */
function compareRates(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  const scale = Math.max(left.scale, right.scale);
  const difference = unitsAtScale(left, scale) - unitsAtScale(right, scale);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/**
 * Groups the tax collected by jurisdiction and rate (fixed amounts by kind). Plain taxes report through their
 * document summaries; a combined-rate group reports through its children's split on each line, so each
 * jurisdiction gets its own share. Every amount is counted exactly once, so the rows sum to the document's
 * tax.
 *
 * @param summaries - the per-tax summaries
 * @param lines - the line results (read only for combined splits)
 * @returns rows ordered by level (country first), then jurisdiction id, kind and rate
 * @internal
 */
export function jurisdictionReport(
  summaries: readonly TaxSummaryExact[],
  lines: readonly LineResultExact[],
): JurisdictionReportRowExact[] {
  const rows = new Map<string, MutableRow>();
  let hasSplits = false;
  for (const summary of summaries) {
    if (summary.tax.calculation.type === "group") hasSplits = true;
    else
      addTo(
        rows,
        summary.tax,
        summary.rate?.percent,
        summary.tax.calculation.type,
        summary.baseMinor,
        summary.amountMinor,
      );
  }
  if (!hasSplits) return [...rows.values()].sort(compareRows);
  for (const line of lines) {
    for (const entry of line.taxes) {
      if (entry.split === undefined) continue;
      for (const share of entry.split) {
        addTo(rows, share.tax, share.rate.percent, "percent", entry.baseMinor, share.amountMinor);
      }
    }
  }
  return [...rows.values()].sort(compareRows);
}

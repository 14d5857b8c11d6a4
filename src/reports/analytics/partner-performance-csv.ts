import type { PartnerPeriod } from "./partner-commissions";

/**
 * The CSV rows of the partner performance table (header first).
 *
 * @param rows - from {@link partnerCommissions}
 * @returns rows for `writeCsv`
 * @public
 */
export function partnerPerformanceCsv(rows: readonly PartnerPeriod[]): string[][] {
  return [
    [
      "partner",
      "period",
      "receipts",
      "returns",
      "sales",
      "returned",
      "tier_bonus_percent",
      "commission",
      "clawback",
      "net_commission",
    ],
    ...rows.map((row) => [
      row.partnerId,
      row.period,
      String(row.receipts),
      String(row.returns),
      row.sales.toString(),
      row.returned.toString(),
      row.tierBonusPercent,
      row.commission.toString(),
      row.clawback.toString(),
      row.netCommission.toString(),
    ]),
  ];
}

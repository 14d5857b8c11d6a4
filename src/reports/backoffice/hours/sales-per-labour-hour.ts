import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { moneyFromMinor } from "../../../core/money/create-money";
import type { Money } from "../../../core/money/money";
import { divideRounded } from "../../../core/rounding/divide-rounded";
import { roundingModeSchema } from "../../../core/rounding/rounding-mode";
import type { SaleFacts } from "../../projections/sale-fact";
import type { HoursReport } from "./hours-worked";

/**
 * zod schema of the policy of {@link salesPerLabourHour}: how the ratio is rounded to the minor unit
 * (half-up by default).
 *
 * @public
 */
export const labourProductivityPolicySchema = /* @__PURE__ */ z.object({
  rounding: roundingModeSchema.default("half-up"),
});

/**
 * Policy of {@link salesPerLabourHour}, see {@link labourProductivityPolicySchema}.
 *
 * @public
 */
export type LabourProductivityPolicy = z.input<typeof labourProductivityPolicySchema>;

/**
 * Sales per labour hour, for the whole period and per employee (sales rung up by that employee over the
 * hours that employee worked).
 *
 * @public
 */
export interface LabourProductivity {
  readonly sales: Money;
  readonly hours: string;
  /** Null when nobody worked a closed shift in the period. */
  readonly salesPerHour: Money | null;
  readonly employees: readonly {
    readonly employeeId: string;
    readonly sales: Money;
    readonly hours: string;
    readonly salesPerHour: Money | null;
  }[];
}

function perHour(
  salesMinor: bigint,
  workedMs: bigint,
  currency: string,
  mode: z.output<typeof roundingModeSchema>,
) {
  // sales / (ms / 3 600 000) as one exact ratio of integers, rounded once.
  return workedMs === 0n
    ? null
    : moneyFromMinor(divideRounded(salesMinor * 3_600_000n, workedMs, mode), currency);
}

/**
 * Sales per labour hour: the receipts' totals (returns negative) in the hours report's period, over its
 * hours worked. The ratio is exact until the one rounding to the minor unit the policy names.
 *
 * @param facts - sale facts from `readSaleFacts` over the same entries
 * @param hours - the result of `hoursWorked`
 * @param policy - rounding of the ratio
 * @returns the ratio for the period and per employee
 * @throws TillError INVALID_INPUT for a bad policy
 * @public
 */
export function salesPerLabourHour(
  facts: SaleFacts,
  hours: HoursReport,
  policy: LabourProductivityPolicy = {},
): LabourProductivity {
  const { rounding } = parseWith(labourProductivityPolicySchema, policy, ["policy"]);
  const [start, end] = [Date.parse(hours.from), Date.parse(hours.to)];
  const byEmployee = new Map<string, bigint>();
  let totalMinor = 0n;
  for (const sale of facts.sales) {
    if (sale.time < start || sale.time >= end) continue;
    totalMinor += sale.total.minor;
    byEmployee.set(sale.employeeId, (byEmployee.get(sale.employeeId) ?? 0n) + sale.total.minor);
  }
  const employees = hours.employees.map((employee) => {
    const salesMinor = byEmployee.get(employee.employeeId) ?? 0n;
    return {
      employeeId: employee.employeeId,
      sales: moneyFromMinor(salesMinor, facts.currency),
      hours: employee.hours,
      salesPerHour: perHour(salesMinor, employee.workedMs, facts.currency, rounding),
    };
  });
  return {
    sales: moneyFromMinor(totalMinor, facts.currency),
    hours: hours.hours,
    salesPerHour: perHour(totalMinor, hours.workedMs, facts.currency, rounding),
    employees,
  };
}

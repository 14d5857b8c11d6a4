import { currencyExponent } from "../../core/currency/get-currency";
import { parseWith } from "../../core/errors/from-zod";
import { Money } from "../../core/money/money";
import { parseDecimal } from "../../core/numbers/parse-decimal";
import { formatScaled, normalizeScaled, unitsAtScale } from "../../core/numbers/scaled-decimal";
import { divideRounded } from "../../core/rounding/divide-rounded";
import type { SaleFact, SaleFacts } from "../projections/sale-fact";
import { type CommissionRulesInput, commissionRulesSchema, type PartnerPlan } from "./commission-rules";
import { makeLocalClock } from "./local-time";

/** Percentages are held in ten-thousandths of a percent (scale 4, at most 4 decimals by the schema). */
const SCALE = 4;
const toUnits = (text: string): bigint => unitsAtScale(parseDecimal(text), SCALE);
const percentText = (units: bigint): string => {
  const value = normalizeScaled({ units, scale: SCALE });
  return formatScaled(value.units, value.scale);
};

/**
 * One receipt on a commission statement.
 *
 * @public
 */
export interface CommissionLine {
  readonly timestamp: string;
  readonly saleId: string;
  readonly registerId: string;
  readonly receiptNumber?: number;
  readonly kind: SaleFact["kind"];
  /** Net sales of the receipt, tax excluded (negative on a return). */
  readonly net: Money;
  readonly commission: Money;
}

/**
 * A partner's performance in one period, with the statement lines behind it.
 *
 * @public
 */
export interface PartnerPeriod {
  readonly partnerId: string;
  readonly period: string;
  readonly receipts: number;
  readonly returns: number;
  readonly sales: Money;
  readonly returned: Money;
  /** Bonus percent of the volume tier reached ("0" below every tier). */
  readonly tierBonusPercent: string;
  readonly commission: Money;
  readonly clawback: Money;
  readonly netCommission: Money;
  readonly lines: readonly CommissionLine[];
}

function netByCategory(fact: SaleFact): Map<string, bigint> {
  const nets = new Map<string, bigint>();
  if (!fact.hasLines) {
    const tax = fact.taxes.reduce((sum, row) => sum + row.tax.minor, 0n);
    nets.set("", fact.total.minor - tax);
  }
  for (const line of fact.lines)
    nets.set(line.category, (nets.get(line.category) ?? 0n) + line.netExTax.minor);
  return nets;
}

/**
 * Who earns on a receipt: each line goes to its own partner (the core journals `partnerId` per line),
 * else to the receipt's partner or referral code; a receipt split between partners counts once for each.
 */
function attributions(fact: SaleFact, receiptPartner: string | undefined): [string, SaleFact][] {
  if (!fact.lines.some((line) => line.partnerId !== undefined))
    return receiptPartner === undefined ? [] : [[receiptPartner, fact]];
  const byPartner = new Map<string, SaleFact["lines"][number][]>();
  for (const line of fact.lines) {
    const partnerId = line.partnerId ?? receiptPartner;
    if (partnerId === undefined) continue;
    byPartner.set(partnerId, [...(byPartner.get(partnerId) ?? []), line]);
  }
  return [...byPartner].map(([partnerId, lines]) => [partnerId, { ...fact, lines }]);
}

function tierBonus(plan: PartnerPlan, salesMinor: bigint, exponent: bigint): bigint {
  let bonus = 0n;
  let reached = -1n;
  for (const tier of plan.tiers) {
    const threshold = unitsAtScale(parseDecimal(tier.minSales), Number(exponent));
    if (salesMinor >= threshold && threshold > reached) {
      reached = threshold;
      bonus = toUnits(tier.bonusPercent);
    }
  }
  return bonus;
}

function commissionOf(fact: SaleFact, plan: PartnerPlan, bonus: bigint): bigint {
  if (fact.kind !== "sale" && plan.returns === "keep") return 0n;
  let commission = 0n;
  for (const [category, net] of netByCategory(fact)) {
    const percent = toUnits(plan.categoryPercent[category] ?? plan.defaultPercent) + bonus;
    // Half away from zero per receipt and category, so a full return takes back exactly what the sale paid.
    commission += divideRounded(net * percent, 100n * 10n ** BigInt(SCALE), "half-up");
  }
  return commission;
}

/**
 * Attributes sales to partners (each line by its own `partnerId`, else the receipt's `partnerId`, else
 * its `referralCode`) and computes each partner's
 * commission per period: percent of net sales by category, plus the bonus of the highest volume tier
 * the partner's sales (returns not deducted) reached in the period; returns claw back at the same rate.
 *
 * @param facts - from `readSaleFacts`
 * @param rulesInput - the commission rules ({@link commissionRulesSchema})
 * @returns one row per partner and period, sorted by partner then period, with its statement lines
 * @throws TillError INVALID_INPUT for malformed rules (path under "rules")
 * @public
 */
export function partnerCommissions(facts: SaleFacts, rulesInput: CommissionRulesInput): PartnerPeriod[] {
  const rules = parseWith(commissionRulesSchema, rulesInput, ["rules"]);
  const plans = new Map(rules.partners.map((plan) => [plan.partnerId, plan]));
  const local = makeLocalClock(rules.timeZone);
  const groups = new Map<string, { plan: PartnerPlan; period: string; facts: SaleFact[] }>();
  for (const sale of facts.sales) {
    const receiptPartner =
      sale.partnerId ??
      (sale.referralCode === undefined ? undefined : rules.referralCodes[sale.referralCode]);
    for (const [partnerId, fact] of attributions(sale, receiptPartner)) {
      const plan = plans.get(partnerId);
      if (plan === undefined) continue;
      const at = local(fact.time);
      const period = rules.period === "day" ? at.date : at.month;
      const key = `${plan.partnerId}\u0000${period}`;
      const group = groups.get(key) ?? { plan, period, facts: [] };
      group.facts.push(fact);
      groups.set(key, group);
    }
  }
  const exponent = BigInt(currencyExponent(facts.currency));
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => periodRow(group, facts.currency, exponent));
}

function periodRow(
  group: { plan: PartnerPlan; period: string; facts: SaleFact[] },
  currency: string,
  exponent: bigint,
): PartnerPeriod {
  const money = (minor: bigint) => new Money(minor, currency);
  const nets = group.facts.map((fact) => [...netByCategory(fact).values()].reduce((a, b) => a + b, 0n));
  const sales = group.facts.reduce(
    (sum, fact, index) => (fact.kind === "sale" ? sum + (nets[index] ?? 0n) : sum),
    0n,
  );
  const bonus = tierBonus(group.plan, sales, exponent);
  let commission = 0n;
  let clawback = 0n;
  const lines = group.facts.map((fact, index): CommissionLine => {
    const amount = commissionOf(fact, group.plan, bonus);
    if (fact.kind === "sale") commission += amount;
    else clawback -= amount;
    return {
      timestamp: fact.timestamp,
      saleId: fact.saleId,
      registerId: fact.registerId,
      ...(fact.receiptNumber === undefined ? {} : { receiptNumber: fact.receiptNumber }),
      kind: fact.kind,
      net: money(nets[index] ?? 0n),
      commission: money(amount),
    };
  });
  const returns = group.facts.filter((fact) => fact.kind !== "sale").length;
  return {
    partnerId: group.plan.partnerId,
    period: group.period,
    receipts: group.facts.length - returns,
    returns,
    sales: money(sales),
    returned: money(nets.reduce((sum, net) => sum + net, 0n) - sales),
    tierBonusPercent: percentText(bonus),
    commission: money(commission),
    clawback: money(clawback),
    netCommission: money(commission - clawback),
    lines,
  };
}

import { allocateMinor } from "../allocation/allocate-minor";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { Money } from "../money/money";
import type { PricedLine, PricedSale } from "../pipeline/priced-sale";
import type { Sale } from "../sale/sale";
import { checkWeightsFor } from "./check-weights";
import { type SplitCheck, type SplitPlan, splitPlanSchema } from "./split-plan";

/**
 * The figures of a line that a split shares: its total, its discount, and each tax (keyed by id and
 * inclusion). The total is split directly so the checks' totals are as even as the cents allow; net and
 * gross are derived from it.
 */
function componentsOf(line: PricedLine): Map<string, bigint> {
  const components = new Map<string, bigint>([
    ["total", line.total.minor],
    ["discount", line.gross.minor - line.net.minor],
  ]);
  for (const tax of line.taxes) {
    const key = `tax|${tax.included ? "in" : "ex"}|${tax.taxId}`;
    components.set(key, (components.get(key) ?? 0n) + tax.amount.minor);
  }
  return components;
}

/** Adds up the components of lines with the same weights, so each group is allocated once. */
function groupByWeights(priced: PricedSale, weights: readonly (readonly bigint[])[]) {
  const groups = new Map<string, { weights: readonly bigint[]; components: Map<string, bigint> }>();
  priced.lines.forEach((line, index) => {
    const lineWeights = weights[index] ?? [];
    const key = lineWeights.join(",");
    const group = groups.get(key) ?? { weights: lineWeights, components: new Map<string, bigint>() };
    for (const [name, minor] of componentsOf(line))
      group.components.set(name, (group.components.get(name) ?? 0n) + minor);
    groups.set(key, group);
  });
  return [...groups.values()];
}

function buildCheck(
  index: number,
  figures: Map<string, bigint>,
  lineIds: string[],
  currency: string,
  seat?: number,
) {
  const money = (minor: bigint) => new Money(minor, currency);
  const discount = figures.get("discount") ?? 0n;
  const taxes = [...figures.entries()]
    .filter(([name]) => name.startsWith("tax|"))
    .map(([name, minor]) => {
      const [, inclusion, taxId = ""] = name.split("|");
      return { taxId, included: inclusion === "in", amount: money(minor) };
    });
  const excluded = taxes.filter((tax) => !tax.included).reduce((total, tax) => total + tax.amount.minor, 0n);
  const total = figures.get("total") ?? 0n;
  const net = total - excluded;
  const check: SplitCheck = {
    index,
    lineIds,
    gross: money(net + discount),
    discountTotal: money(discount),
    net: money(net),
    taxes,
    taxTotal: money(taxes.reduce((sum, tax) => sum + tax.amount.minor, 0n)),
    total: money(total),
  };
  return seat === undefined ? check : { ...check, seat };
}

/**
 * Splits a priced sale into checks (restaurants). Lines with the same weights are grouped and each figure
 * of a group (gross, discount, each tax) is split once by the allocation primitive, so cents stay exact:
 * every figure of the checks sums to the original, and so do their totals and taxes. The totals are
 * split first (54.41 evenly in 3 gives 18.14 / 18.14 / 18.13); net and gross follow from total and tax.
 *
 * @param sale - the sale (for seats)
 * @param priced - its PricedSale
 * @param plan - evenly, by seat, or by chosen lines, see {@link splitPlanSchema}
 * @returns the checks, in order
 * @throws TillError INVALID_INPUT, EMPTY_SALE, SPLIT_INVALID (a line in no or two checks, fewer than two
 *   seats), UNKNOWN_LINE
 * @public
 */
export function splitSale(sale: Sale, priced: PricedSale, plan: SplitPlan): SplitCheck[] {
  const valid = parseWith(splitPlanSchema, plan, ["plan"]);
  if (priced.lines.length === 0) throw new TillError("EMPTY_SALE", { path: ["lines"] });
  const { checkCount, seats, weights } = checkWeightsFor(sale, priced, valid);
  const figures = Array.from({ length: checkCount }, () => new Map<string, bigint>());
  for (const group of groupByWeights(priced, weights)) {
    for (const [name, minor] of group.components) {
      allocateMinor(minor, group.weights).forEach((part, check) => {
        const target = figures[check];
        if (target !== undefined) target.set(name, (target.get(name) ?? 0n) + part);
      });
    }
  }
  return figures.map((checkFigures, check) => {
    const lineIds = priced.lines
      .filter((_, line) => (weights[line]?.[check] ?? 0n) > 0n)
      .map((line) => line.lineId);
    return buildCheck(check, checkFigures, lineIds, priced.currency, seats?.[check]);
  });
}

import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { checkEligibility } from "./check-eligibility";
import { chooseStack } from "./choose-stack";
import type { CompiledPromotion, CompiledPromotionRules } from "./compile-promotion-rules";
import type { StackChoice } from "./evaluate-with-stop-after";
import { isParsedContext, isParsedLine } from "./parsed-input";
import {
  type PromotionContext,
  type PromotionContextInput,
  type PromotionLine,
  type PromotionLineInput,
  promotionContextSchema,
  promotionLineSchema,
} from "./promotion-input";
import type { PromotionOutcome } from "./promotion-outcome";
import { resolveGroups } from "./resolve-groups";
import type { RejectionDraft } from "./stack-drafts";
import type { StackResult } from "./stack-state";
import { toPromotionOutcome } from "./to-promotion-outcome";
import { toWorkingLines, type WorkingLine } from "./working-line";

function overBudget(choice: StackChoice, context: PromotionContext): RejectionDraft | undefined {
  for (const effect of choice.result.effects) {
    const budget = effect.promotion.budgetMinor;
    if (budget === undefined) continue;
    const spent = context.usage[effect.promotion.id]?.spentMinor ?? 0n;
    if (spent + effect.amountMinor > budget) {
      return {
        promotion: effect.promotion,
        reason: "campaign_budget_exceeded",
        details: {
          budgetMinor: budget.toString(),
          spentMinor: spent.toString(),
          wouldGiveMinor: effect.amountMinor.toString(),
        },
      };
    }
  }
  return undefined;
}

/** Eligibility, groups, exclusives and stop_after; a promotion over its budget is dropped whole and all is redone. */
function decide(rules: CompiledPromotionRules, lines: readonly WorkingLine[], context: PromotionContext) {
  const dropped: RejectionDraft[] = [];
  for (;;) {
    const rejected: RejectionDraft[] = [];
    const eligible: CompiledPromotion[] = [];
    for (const promotion of rules.promotions) {
      if (dropped.some((entry) => entry.promotion.id === promotion.id)) continue;
      const problem = checkEligibility(promotion, context);
      if (problem === undefined) eligible.push(promotion);
      else rejected.push({ promotion, ...problem });
    }
    const groups = resolveGroups(eligible, lines, context, rules.policy);
    const choice = chooseStack(groups.kept, lines, context, rules.policy);
    const budget = overBudget(choice, context);
    if (budget !== undefined) {
      dropped.push(budget);
      continue;
    }
    return {
      result: choice.result,
      rejected: [...dropped, ...rejected, ...groups.rejected, ...choice.rejected, ...choice.result.rejected],
    };
  }
}

/**
 * The engine's decision before it becomes the public outcome: the decided stack, every rejection gathered
 * on the way, the lines in canonical order and each caller line's canonical index. The promotion stages
 * write it onto the priced sale directly, without the outcome's Money lines and shares they never read.
 *
 * @internal
 */
export interface DecidedPromotions {
  readonly result: StackResult;
  readonly rejected: readonly RejectionDraft[];
  /** The lines in canonical (lineId) order. */
  readonly lines: readonly PromotionLine[];
  /** The canonical index of each caller line. */
  readonly order: readonly number[];
  readonly currency: string;
}

/**
 * Decides the promotions for a sale's lines ({@link evaluatePromotions} without the outcome form).
 *
 * @param rules - compiled promotion rules
 * @param lineInputs - the lines, with current nets
 * @param contextInput - the sale's facts
 * @returns the decision
 * @throws TillError as {@link evaluatePromotions}
 * @internal
 */
export function decidePromotions(
  rules: CompiledPromotionRules,
  lineInputs: readonly PromotionLineInput[],
  contextInput: PromotionContextInput,
): DecidedPromotions {
  const lines: PromotionLine[] = lineInputs.map((line, index) =>
    isParsedLine(line) ? line : parseWith(promotionLineSchema, line, ["lines", index]),
  );
  const context = isParsedContext(contextInput)
    ? contextInput
    : parseWith(promotionContextSchema, contextInput, ["context"]);
  lines.forEach((line, index) => {
    if (line.net.currency !== rules.currency || line.unitPrice.currency !== rules.currency)
      throw new TillError("CURRENCY_MISMATCH", {
        path: ["lines", index, "net"],
        details: { expected: rules.currency },
      });
  });
  const canonical = lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) =>
      a.line.lineId < b.line.lineId ? -1 : a.line.lineId > b.line.lineId ? 1 : a.index - b.index,
    );
  const order = new Array<number>(lines.length);
  canonical.forEach((entry, position) => {
    order[entry.index] = position;
  });
  const sorted = canonical.map((entry) => entry.line);
  const decided = decide(rules, toWorkingLines(sorted), context);
  return {
    result: decided.result,
    rejected: decided.rejected,
    lines: sorted,
    order,
    currency: rules.currency,
  };
}

/**
 * Applies promotions to a sale's lines: the pure promotion engine behind the item and basket promotion
 * stages. Lines are evaluated in lineId order, so the caller's line order never changes an amount.
 *
 * @param rules - compiled promotion rules ({@link compilePromotionRules})
 * @param lineInputs - the lines, with current nets
 * @param contextInput - the sale's facts: instant, time zone, store, channel, customer, coupons, usage
 * @returns adjusted lines, applied and rejected promotions with reasons, nudges and the solver report
 * @throws TillError INVALID_INPUT for malformed lines or context; CURRENCY_MISMATCH when a line is not in
 *   the rules' currency
 * @public
 */
export function evaluatePromotions(
  rules: CompiledPromotionRules,
  lineInputs: readonly PromotionLineInput[],
  contextInput: PromotionContextInput,
): PromotionOutcome {
  const { result, rejected, lines, order, currency } = decidePromotions(rules, lineInputs, contextInput);
  return toPromotionOutcome(result, rejected, lines, order, currency);
}

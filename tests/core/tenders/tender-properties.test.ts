import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core/errors";
import { moneyFromMinor } from "../../../src/core/money";
import {
  addTender,
  applyPaymentResult,
  balanceTenders,
  settleTenders,
  startTendering,
  type TenderInput,
  type TenderState,
} from "../../../src/core/tenders";
import { approvedPayment, bePolicy, plainPolicy, skPolicy } from "./tender-fixtures";

const policyArbitrary = fc.constantFrom(plainPolicy, skPolicy, bePolicy);
const stepArbitrary = fc.record({
  kind: fc.constantFrom("cash", "card", "voucher", "card-pending", "usd"),
  minor: fc.bigInt({ min: 1n, max: 20_000n }),
});

function run(dueMinor: bigint, steps: readonly { kind: string; minor: bigint }[], policy = skPolicy) {
  let state: TenderState = startTendering({
    saleId: "S",
    due: moneyFromMinor(dueMinor, "EUR"),
    lineCount: 1,
  });
  steps.forEach((step, index) => {
    const tenderId = `t${index}`;
    const amount = moneyFromMinor(step.minor, step.kind === "usd" ? "USD" : "EUR");
    const input: TenderInput =
      step.kind === "usd"
        ? { kind: "foreign-cash", tenderId, amount }
        : step.kind === "voucher"
          ? { kind: "voucher", tenderId, amount, voucherId: "V" }
          : { kind: step.kind === "cash" ? "cash" : "card", tenderId, amount };
    const before = state;
    try {
      state = addTender(state, input, policy);
      if (step.kind === "card")
        state = applyPaymentResult(state, tenderId, approvedPayment(amount.toString(), tenderId));
    } catch (error) {
      if (!isTillError(error)) throw error;
      // A refused tender leaves the state exactly as it was.
      expect(state).toBe(before);
    }
  });
  return state;
}

describe("tender properties", () => {
  it("change is never negative and comes only from over-tenderable tenders", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 50_000n }),
        fc.array(stepArbitrary, { maxLength: 6 }),
        policyArbitrary,
        (due, steps, policy) => {
          // Foreign cash is refused (TENDER_NOT_ALLOWED) by the policies without a rate table.
          const state = run(due, steps, policy);
          const balance = balanceTenders(state.due, state.tenders, policy);
          const overTenderable = state.tenders
            .filter(
              (t) =>
                (t.status === "entered" || t.status === "approved") &&
                (t.kind === "cash" || t.kind === "foreign-cash"),
            )
            .reduce((total, t) => total + t.amount.minor, 0n);
          expect(balance.change.minor >= 0n).toBe(true);
          expect(balance.change.minor <= overTenderable).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a sale completes only when fully paid, and then paid − change = toPay exactly", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 50_000n }),
        fc.array(stepArbitrary, { maxLength: 6 }),
        (due, steps) => {
          const state = run(due, steps);
          const balance = balanceTenders(state.due, state.tenders, skPolicy);
          const pending = state.tenders.some((t) => t.status === "pending");
          let completed = true;
          try {
            settleTenders(state, skPolicy);
          } catch (error) {
            if (!isTillError(error)) throw error;
            completed = false;
          }
          expect(completed).toBe(balance.paid.minor >= balance.toPay.minor && !pending);
          if (completed) expect(balance.paid.minor - balance.change.minor).toBe(balance.toPay.minor);
        },
      ),
      {
        numRuns: 1000,
        // Found by this property: 0.01 due in SK cash rounds to 0.05, but a 0.02 card entered while
        // pending moved the cash part below zero once approved; the card must be bounded as approved.
        examples: [
          [
            1n,
            [
              { kind: "cash", minor: 1n },
              { kind: "card", minor: 2n },
            ],
          ],
        ],
      },
    );
  });
});

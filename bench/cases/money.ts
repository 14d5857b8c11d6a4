/**
 * Money kernel benchmarks: tillkit's bigint kernel against decimal.js (multiply-round, add) and dinero.js
 * 2.0.2 (allocate), each pair doing identical work on values parsed before timing starts.
 *
 * Every call does enough work (5,000 lines, 10,000 adds, 500 or 100 allocations) that both sides take over
 * mitata's 65.5 µs batching threshold even when fully optimised, so both are sampled the same way (one
 * call per sample). With 100 lines per call tillkit's side fell under the threshold and was timed in
 * batches of 4,096 calls that absorb garbage collection and preemption, while the slower baseline was
 * timed call by call: on a loaded machine that alone turned a 30x ratio into 7x.
 */
import Decimal from "decimal.js";
import { EUR as DINERO_EUR, dinero, allocate as dineroAllocate, toSnapshot } from "dinero.js";
import {
  type AllocationWeight,
  add,
  allocate,
  type Money,
  multiply,
  parseMoney,
  parseQuantity,
  type Quantity,
  zeroMoney,
} from "../../src/core";
import type { BenchGroup } from "../harness";

type DineroAmount = ReturnType<typeof dinero>;

/** A private decimal.js constructor, as the library itself uses, so no global config is touched. */
const BaselineDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Fifty baskets of 100 lines per measured call. */
const LINES = 5000;

/** Adds per measured call: a running total over a day's receipts. */
const ADDS = 10000;

/** Deterministic pseudo-random integers (a linear congruential generator), so every run sees the same data. */
function seededIntegers(count: number, seed: number, modulo: number): number[] {
  const values: number[] = [];
  let state = seed;
  for (let index = 0; index < count; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    values.push(state % modulo);
  }
  return values;
}

/** Amount text such as "12.34" or "-0.05" from integer cents. */
function centsText(cents: number): string {
  const magnitude = Math.abs(cents);
  const text = `${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, "0")}`;
  return cents < 0 ? `-${text}` : text;
}

/** Quantity text with three decimals such as "0.350" (a weighed line) from thousandths. */
function thousandthsText(value: number): string {
  return `${Math.trunc(value / 1000)}.${String(value % 1000).padStart(3, "0")}`;
}

const priceTexts = seededIntegers(LINES, 7, 5000).map((cents) => centsText(cents + 1));
const quantityTexts = seededIntegers(LINES, 11, 3000).map((value) => thousandthsText(value + 1));

function multiplyRoundGroup(): BenchGroup {
  const prices = priceTexts.map((text) => parseMoney(text, "EUR"));
  const quantities = quantityTexts.map((text) => parseQuantity(text, "kg"));
  const decimalPrices = priceTexts.map((text) => new BaselineDecimal(text));
  const decimalQuantities = quantityTexts.map((text) => new BaselineDecimal(text));
  const out: Money[] = new Array(LINES);
  const decimalOut: Decimal[] = new Array(LINES);
  return {
    title: "Money multiply-by-quantity-and-round (5,000 weighed lines, half-up to the cent)",
    cases: [
      {
        name: "multiply(price, quantity, half-up) × 5000",
        run: () => {
          for (let index = 0; index < LINES; index++)
            out[index] = multiply(prices[index] as Money, quantities[index] as Quantity, "half-up");
          return out;
        },
        baseline: {
          name: "decimal.js times + toDecimalPlaces(2)",
          run: () => {
            for (let index = 0; index < LINES; index++) {
              decimalOut[index] = (decimalPrices[index] as Decimal)
                .times(decimalQuantities[index] as Decimal)
                .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
            }
            return decimalOut;
          },
        },
        targetRatio: 20,
        unitsPerRun: { count: LINES, label: "lines" },
      },
    ],
  };
}

function addGroup(): BenchGroup {
  const texts = seededIntegers(ADDS, 13, 20000).map((cents) => centsText(cents - 10000));
  const amounts = texts.map((text) => parseMoney(text, "EUR"));
  const decimalAmounts = texts.map((text) => new BaselineDecimal(text));
  const zero = zeroMoney("EUR");
  const decimalZero = new BaselineDecimal(0);
  return {
    title: "Money add (a running total over 10,000 amounts)",
    cases: [
      {
        name: "add(total, amount) × 10000",
        run: () => {
          let total = zero;
          for (let index = 0; index < ADDS; index++) total = add(total, amounts[index] as Money);
          return total;
        },
        baseline: {
          name: "decimal.js plus",
          run: () => {
            let total = decimalZero;
            for (let index = 0; index < ADDS; index++) total = total.plus(decimalAmounts[index] as Decimal);
            return total;
          },
        },
        unitsPerRun: { count: ADDS, label: "adds" },
      },
    ],
  };
}

/**
 * Allocates `amountCount` different amounts over `weightCount` weights, in both libraries. dinero.js takes
 * integer ratios; tillkit is given either the same integers (identical input, the comparison the ≥ 10x
 * target is for) or the line nets as Money, its everyday call, which also reads each weight out of a Money
 * (a bigint-to-number conversion of about 10 ns per weight that dinero.js is not asked to do), so that
 * case is reported beside the same baseline without a target.
 */
function allocateCase(weightCount: number, amountCount: number, weightKind: "integers" | "line nets") {
  const amountCents = seededIntegers(amountCount, 3, 100000).map((cents) => cents + 1);
  const weightCents = seededIntegers(weightCount, 5 + weightCount, 20000).map((cents) => cents + 1);
  const amounts = amountCents.map((cents) => parseMoney(centsText(cents), "EUR"));
  // tillkit gets its own copy of the integers: with one array shared by both libraries, V8 ran dinero.js
  // 10–20x slower (about 30 ms per call instead of 2), which would flatter the ratio.
  const weights: readonly AllocationWeight[] =
    weightKind === "integers"
      ? [...weightCents]
      : weightCents.map((cents) => parseMoney(centsText(cents), "EUR"));
  const dineroAmounts = amountCents.map((cents) => dinero({ amount: cents, currency: DINERO_EUR }));
  assertSameSplit(amounts, weights, dineroAmounts, weightCents);
  return {
    name: `allocate(amount, ${weightCount} ${weightKind}) × ${amountCount}`,
    run: () => {
      let last: Money[] = [];
      for (const amount of amounts) last = allocate(amount, weights);
      return last;
    },
    baseline: {
      name: "dinero.js allocate",
      run: () => {
        let last: unknown[] = [];
        for (const amount of dineroAmounts) last = dineroAllocate(amount, weightCents);
        return last;
      },
    },
    ...(weightKind === "integers" ? { targetRatio: 10 } : {}),
    unitsPerRun: { count: amountCount, label: "allocations" },
  };
}

/**
 * The two libraries differ in where leftover units go (see docs/money.md), but every part must agree to
 * within one cent and sum to the same amount; a bench that compared different work would be meaningless.
 */
function assertSameSplit(
  amounts: readonly Money[],
  weights: readonly AllocationWeight[],
  dineroAmounts: readonly DineroAmount[],
  weightCents: readonly number[],
): void {
  amounts.forEach((amount, index) => {
    const ours = allocate(amount, weights).map((part) => Number(part.minor));
    const theirs = dineroAllocate(dineroAmounts[index] as DineroAmount, [...weightCents]).map(
      (part) => toSnapshot(part).amount,
    );
    const drift = ours.some((part, partIndex) => Math.abs(part - (theirs[partIndex] as number)) > 1);
    if (drift) throw new Error(`allocate bench: the libraries disagree by more than a cent on ${amount}`);
  });
}

/**
 * The money group of `npm run bench`.
 *
 * @returns the multiply-round, add and allocate comparisons
 */
export function benchGroups(): BenchGroup[] {
  return [
    multiplyRoundGroup(),
    addGroup(),
    {
      title: "allocate over line nets (largest remainder)",
      cases: [
        allocateCase(10, 500, "integers"),
        allocateCase(100, 100, "integers"),
        allocateCase(10, 500, "line nets"),
        allocateCase(100, 100, "line nets"),
      ],
    },
  ];
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMoney, type RoundingMode } from "../../../src/core";
import type { AppliedRule } from "../../../src/core/pipeline/priced-sale";
import { applyManualDiscounts } from "../../../src/pricing";
import {
  appliedManual,
  contextWith,
  type DiscountSpec,
  type LineSpec,
  manualShares,
  nets,
  pricedSale,
  runStage,
} from "./manual-stage-fixtures";

interface Row {
  readonly title: string;
  readonly lines: readonly LineSpec[];
  readonly discounts: readonly DiscountSpec[];
  readonly mode?: RoundingMode;
  /** Manual amounts per line ("-" none, "a+b" two discounts). */
  readonly shares: readonly string[];
  readonly nets: readonly string[];
  /** "discountId amount [lineIds]" per applied manual rule, in the order applied. */
  readonly applied: readonly string[];
}

const THREE = [
  { id: "a", net: "12.99" },
  { id: "b", net: "7.49" },
  { id: "c", net: "3.50" },
];

const rows: Row[] = [
  {
    title: "10.00 off the basket over 12.99 / 7.49 / 3.50 splits 5.42 / 3.12 / 1.46",
    lines: THREE,
    discounts: [{ id: "d1", value: "10.00" }],
    shares: ["5.42", "3.12", "1.46"],
    nets: ["7.57", "4.37", "2.04"],
    applied: ["d1 10.00 [a,b,c]"],
  },
  {
    title: "10% off the basket: 2.398 rounds once to 2.40, split 1.30 / 0.75 / 0.35",
    lines: THREE,
    discounts: [{ id: "d1", value: "10%" }],
    shares: ["1.30", "0.75", "0.35"],
    nets: ["11.69", "6.74", "3.15"],
    applied: ["d1 2.40 [a,b,c]"],
  },
  {
    title: "10% of a 2.45 line is 0.245: half-up gives 0.25",
    lines: [
      { id: "a", net: "2.45" },
      { id: "b", net: "5.00" },
    ],
    discounts: [{ id: "d1", line: "a", value: "10%" }],
    shares: ["0.25", "-"],
    nets: ["2.20", "5.00"],
    applied: ["d1 0.25 [a]"],
  },
  {
    title: "10% of a 2.45 line is 0.245: half-even (the pricing mode) gives 0.24",
    lines: [
      { id: "a", net: "2.45" },
      { id: "b", net: "5.00" },
    ],
    discounts: [{ id: "d1", line: "a", value: "10%" }],
    mode: "half-even",
    shares: ["0.24", "-"],
    nets: ["2.21", "5.00"],
    applied: ["d1 0.24 [a]"],
  },
  {
    title: "10% off a 2.45 basket is 0.245: half-even gives 0.24",
    lines: [
      { id: "a", net: "1.45" },
      { id: "b", net: "1.00" },
    ],
    discounts: [{ id: "d1", value: "10%" }],
    mode: "half-even",
    shares: ["0.14", "0.10"],
    nets: ["1.31", "0.90"],
    applied: ["d1 0.24 [a,b]"],
  },
  {
    title: "20.00 off a 12.99 line is capped at the line: 12.99",
    lines: [
      { id: "a", net: "12.99" },
      { id: "b", net: "7.49" },
    ],
    discounts: [{ id: "d1", line: "a", value: "20.00" }],
    shares: ["12.99", "-"],
    nets: ["0.00", "7.49"],
    applied: ["d1 12.99 [a]"],
  },
  {
    title: "150% off a 10.00 basket is capped at the basket: 10.00",
    lines: [
      { id: "a", net: "6.00" },
      { id: "b", net: "4.00" },
    ],
    discounts: [{ id: "d1", value: "150%" }],
    shares: ["6.00", "4.00"],
    nets: ["0.00", "0.00"],
    applied: ["d1 10.00 [a,b]"],
  },
  {
    title: "a negative line amount takes nothing off",
    lines: [{ id: "a", net: "5.00" }],
    discounts: [{ id: "d1", line: "a", value: "-1.00" }],
    shares: ["-"],
    nets: ["5.00"],
    applied: ["d1 0.00 []"],
  },
  {
    title: "a negative basket amount takes nothing off",
    lines: [
      { id: "a", net: "5.00" },
      { id: "b", net: "3.00" },
    ],
    discounts: [{ id: "d1", value: "-1.00" }],
    shares: ["-", "-"],
    nets: ["5.00", "3.00"],
    applied: ["d1 0.00 []"],
  },
  {
    title: "1% of a 0.25 line rounds to 0.00: recorded, on no line",
    lines: [{ id: "a", net: "0.25" }],
    discounts: [{ id: "d1", line: "a", value: "1%" }],
    shares: ["-"],
    nets: ["0.25"],
    applied: ["d1 0.00 []"],
  },
  {
    title: "a locked (returned) line stays out of a basket split: 2.00 over 5.00 / 5.00",
    lines: [
      { id: "a", net: "10.00", isLocked: true },
      { id: "b", net: "5.00" },
      { id: "c", net: "5.00" },
    ],
    discounts: [{ id: "d1", value: "2.00" }],
    shares: ["-", "1.00", "1.00"],
    nets: ["10.00", "4.00", "4.00"],
    applied: ["d1 2.00 [b,c]"],
  },
  {
    title: "a basket percentage is taken of the unlocked lines only: 10% of 10.00",
    lines: [
      { id: "a", net: "30.00", isLocked: true },
      { id: "b", net: "10.00" },
    ],
    discounts: [{ id: "d1", value: "10%" }],
    shares: ["-", "1.00"],
    nets: ["30.00", "9.00"],
    applied: ["d1 1.00 [b]"],
  },
  {
    title: "a line discount on a locked line does nothing and is not recorded",
    lines: [{ id: "a", net: "10.00", isLocked: true }],
    discounts: [{ id: "d1", line: "a", value: "10%" }],
    shares: ["-"],
    nets: ["10.00"],
    applied: [],
  },
  {
    title: "a line discount on a line already at 0.00 does nothing and is not recorded",
    lines: [{ id: "a", net: "0.00", promotion: "3.00" }],
    discounts: [{ id: "d1", line: "a", value: "1.00" }],
    shares: ["-"],
    nets: ["0.00"],
    applied: [],
  },
  {
    title: "a line below zero stays out of a basket split: 10% of 10.00, not of 7.00",
    lines: [
      { id: "a", net: "10.00" },
      { id: "b", net: "-3.00" },
    ],
    discounts: [{ id: "d1", value: "10%" }],
    shares: ["1.00", "-"],
    nets: ["9.00", "-3.00"],
    applied: ["d1 1.00 [a]"],
  },
  {
    title: "a basket discount with every line locked does nothing and is not recorded",
    lines: [{ id: "a", net: "5.00", isLocked: true }],
    discounts: [{ id: "d1", value: "1.00" }],
    shares: ["-"],
    nets: ["5.00"],
    applied: [],
  },
  {
    title: "a line discount on an unknown line does nothing and is not recorded",
    lines: [{ id: "a", net: "5.00" }],
    discounts: [{ id: "d1", line: "zz", value: "1.00" }],
    shares: ["-"],
    nets: ["5.00"],
    applied: [],
  },
  {
    title: "line discounts go first whatever the entry order: 10% of 25.00 after 5.00 off a",
    lines: [
      { id: "a", net: "20.00" },
      { id: "b", net: "10.00" },
    ],
    discounts: [
      { id: "d1", value: "10%" },
      { id: "d2", line: "a", value: "5.00" },
    ],
    shares: ["5.00+1.50", "1.00"],
    nets: ["13.50", "9.00"],
    applied: ["d2 5.00 [a]", "d1 2.50 [a,b]"],
  },
  {
    title: "basket discounts compound in entry order: 10% (3.00) then 5.00 over 18.00 / 9.00",
    lines: [
      { id: "a", net: "20.00" },
      { id: "b", net: "10.00" },
    ],
    discounts: [
      { id: "d1", value: "10%" },
      { id: "d2", value: "5.00" },
    ],
    shares: ["2.00+3.33", "1.00+1.67"],
    nets: ["14.67", "7.33"],
    applied: ["d1 3.00 [a,b]", "d2 5.00 [a,b]"],
  },
  {
    title: "basket discounts compound in entry order: 5.00 then 10% of 25.00 (2.50)",
    lines: [
      { id: "a", net: "20.00" },
      { id: "b", net: "10.00" },
    ],
    discounts: [
      { id: "d2", value: "5.00" },
      { id: "d1", value: "10%" },
    ],
    shares: ["3.33+1.67", "1.67+0.83"],
    nets: ["15.00", "7.50"],
    applied: ["d2 5.00 [a,b]", "d1 2.50 [a,b]"],
  },
  {
    title: "two line discounts on one line compound: 10% of 10.00, then 10% of 9.00",
    lines: [
      { id: "a", net: "10.00" },
      { id: "b", net: "4.00" },
    ],
    discounts: [
      { id: "d1", line: "a", value: "10%" },
      { id: "d2", line: "a", value: "10%" },
    ],
    shares: ["1.00+0.90", "-"],
    nets: ["8.10", "4.00"],
    applied: ["d1 1.00 [a]", "d2 0.90 [a]"],
  },
  {
    title: "a line percentage is of the net after promotions: 10% of 8.00, not of 10.00",
    lines: [{ id: "a", net: "8.00", promotion: "2.00" }],
    discounts: [{ id: "d1", line: "a", value: "10%" }],
    shares: ["0.80"],
    nets: ["7.20"],
    applied: ["d1 0.80 [a]"],
  },
  {
    title: "a line id held by two lines: 10% of their 10.00 split 0.60 / 0.40",
    lines: [
      { id: "x", net: "6.00" },
      { id: "x", net: "4.00" },
      { id: "y", net: "5.00" },
    ],
    discounts: [{ id: "d1", line: "x", value: "10%" }],
    shares: ["0.60", "0.40", "-"],
    nets: ["5.40", "3.60", "5.00"],
    applied: ["d1 1.00 [x,x]"],
  },
  {
    title: "a line id held by a locked and an open line: 10% of the open 4.00 only",
    lines: [
      { id: "x", net: "6.00", isLocked: true },
      { id: "x", net: "4.00" },
    ],
    discounts: [{ id: "d1", line: "x", value: "10%" }],
    shares: ["-", "0.40"],
    nets: ["6.00", "3.60"],
    applied: ["d1 0.40 [x]"],
  },
  {
    title: "0.01 over 1.00 / 2.00 / 3.00 goes to the largest remainder, the 3.00 line",
    lines: [
      { id: "a", net: "1.00" },
      { id: "b", net: "2.00" },
      { id: "c", net: "3.00" },
    ],
    discounts: [{ id: "d1", value: "0.01" }],
    shares: ["-", "-", "0.01"],
    nets: ["1.00", "2.00", "2.99"],
    applied: ["d1 0.01 [c]"],
  },
];

describe("applyManualDiscounts: worked examples", () => {
  it.each(rows)("$title", (row) => {
    const priced = runStage(row.lines, row.discounts, row.mode ?? "half-up");
    expect({ shares: manualShares(priced), nets: nets(priced), applied: appliedManual(priced) }).toEqual({
      shares: row.shares,
      nets: row.nets,
      applied: row.applied,
    });
  });
});

describe("applyManualDiscounts: what it records", () => {
  const promotion: AppliedRule = {
    ruleId: "promo",
    kind: "promotion",
    name: "Promo",
    amount: parseMoney("1.00", "EUR"),
    lineIds: ["a"],
  };

  it.each([
    { title: "a line discount", discount: { id: "d1", line: "a", value: "1.00" } },
    { title: "a basket discount", discount: { id: "d1", value: "1.00" } },
    { title: "a line discount on a shared line id", discount: { id: "d1", line: "b", value: "1.00" } },
  ])(
    "$title: the ledger entry names the discount and its reason; earlier rules stay first",
    ({ discount }) => {
      const lines = [
        { id: "a", net: "4.00" },
        { id: "b", net: "3.00" },
        { id: "b", net: "3.00" },
      ];
      const priced = runStage(lines, [discount], "half-up", [promotion]);
      const entries = priced.lines.flatMap((line) => line.adjustments);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.map((entry) => entry.source)).toEqual(
        entries.map(() => ({ kind: "manual", id: "d1", name: "reason d1" })),
      );
      expect(priced.explanation.applied.map((rule) => [rule.ruleId, rule.kind, rule.name])).toEqual([
        ["promo", "promotion", "Promo"],
        ["d1", "manual", "reason d1"],
      ]);
    },
  );

  it.each([
    { title: "no discounts", isLocked: false, discounts: [] },
    {
      title: "a discount on an unknown line",
      isLocked: false,
      discounts: [{ id: "d1", line: "zz", value: "1.00" }],
    },
    {
      title: "a basket discount with every line locked",
      isLocked: true,
      discounts: [{ id: "d1", value: "1.00" }],
    },
  ])("$title: the priced sale comes back as it was", ({ isLocked, discounts }) => {
    const before = pricedSale([{ id: "a", net: "4.00", isLocked }]);
    expect(applyManualDiscounts.run(before, contextWith(discounts))).toBe(before);
  });
});

const minorText = (minor: bigint): string => {
  const sign = minor < 0n ? "-" : "";
  const magnitude = minor < 0n ? -minor : minor;
  return `${sign}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, "0")}`;
};

const lineArbitrary = fc.record({
  netMinor: fc.bigInt({ min: -500n, max: 5_000n }),
  isLocked: fc.boolean(),
});
const linesArbitrary = fc.array(lineArbitrary, { minLength: 1, maxLength: 6 }).map((specs) =>
  specs.map(
    (spec, index): LineSpec => ({
      id: `l${index}`,
      net: minorText(spec.netMinor),
      isLocked: spec.isLocked,
    }),
  ),
);
/** The smaller of two bigints (Math.min takes numbers only). */
function atMost(value: bigint, ceiling: bigint): bigint {
  if (value > ceiling) return ceiling;
  return value;
}
const minorOf = (text: string): bigint => BigInt(text.replace(".", ""));
const discountableBase = (lines: readonly LineSpec[]): bigint =>
  lines.reduce((total, line) => {
    const net = minorOf(line.net);
    return line.isLocked === true || net <= 0n ? total : total + net;
  }, 0n);

describe("applyManualDiscounts: the priced sale it is given stays as it was", () => {
  it.each([
    { title: "a line discount", discounts: [{ id: "d1", line: "a", value: "1.00" }] },
    { title: "a basket discount", discounts: [{ id: "d1", value: "10%" }] },
    { title: "a discount on a shared line id", discounts: [{ id: "d1", line: "b", value: "1.00" }] },
    {
      title: "line and basket discounts together",
      discounts: [
        { id: "d1", value: "2.00" },
        { id: "d2", line: "a", value: "50%" },
      ],
    },
  ])("$title: same JSON before and after, and a new priced sale out", ({ discounts }) => {
    const before = pricedSale([
      { id: "a", net: "4.00", promotion: "1.00" },
      { id: "b", net: "3.00" },
      { id: "b", net: "3.00" },
    ]);
    const snapshot = JSON.stringify(before);
    const after = applyManualDiscounts.run(before, contextWith(discounts));
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(after).not.toBe(before);
  });
});

describe("applyManualDiscounts: properties", () => {
  it("a basket amount takes min(amount, open base), each share within one cent of its exact quota", () => {
    fc.assert(
      fc.property(linesArbitrary, fc.bigInt({ min: 0n, max: 30_000n }), (lines, amountMinor) => {
        const priced = runStage(lines, [{ id: "d1", value: minorText(amountMinor) }]);
        const base = discountableBase(lines);
        const taken = atMost(amountMinor, base);
        const shares = priced.lines.map((line, index) => minorOf(lines[index]!.net) - line.net.minor);
        expect(shares.reduce((total, share) => total + share, 0n)).toBe(taken);
        lines.forEach((line, index) => {
          const net = minorOf(line.net);
          const share = shares[index]!;
          if (line.isLocked === true || net <= 0n) expect(share).toBe(0n);
          else {
            // |share × base − taken × net| < base: the share is its exact quota rounded up or down.
            const gap = share * base - taken * net;
            expect(gap < base && -gap < base).toBe(true);
          }
        });
        expect(
          priced.lines
            .filter((line, index) => line.net.minor !== minorOf(lines[index]!.net))
            .map((l) => l.lineId),
        ).toEqual(base === 0n ? [] : (priced.explanation.applied[0]?.lineIds ?? []));
      }),
      { numRuns: 300 },
    );
  });

  it("a whole basket percentage takes half-up(base × p / 100), capped at the base", () => {
    fc.assert(
      fc.property(linesArbitrary, fc.integer({ min: 0, max: 150 }), (lines, percent) => {
        const priced = runStage(lines, [{ id: "d1", value: `${percent}%` }]);
        const base = discountableBase(lines);
        const wanted = (base * BigInt(percent) * 2n + 100n) / 200n;
        const taken = atMost(wanted, base);
        const applied = priced.explanation.applied.map((rule) => rule.amount.minor);
        expect(applied).toEqual(base === 0n ? [] : [taken]);
      }),
      { numRuns: 300 },
    );
  });

  it("a line amount takes min(amount, net) off that line and leaves the others alone", () => {
    fc.assert(
      fc.property(
        linesArbitrary,
        fc.nat(),
        fc.bigInt({ min: -1_000n, max: 8_000n }),
        (lines, pick, amountMinor) => {
          const target = lines[pick % lines.length]!;
          const priced = runStage(lines, [{ id: "d1", line: target.id, value: minorText(amountMinor) }]);
          priced.lines.forEach((line, index) => {
            const spec = lines[index]!;
            const net = minorOf(spec.net);
            const open = spec.isLocked !== true && net > 0n;
            const clamped = amountMinor < 0n ? 0n : atMost(amountMinor, net);
            expect(line.net.minor).toBe(spec === target && open ? net - clamped : net);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("entry order between line and basket discounts does not matter; no line is pushed below zero; the input is untouched", () => {
    const discountArbitrary = fc.record({
      isBasket: fc.boolean(),
      pick: fc.nat(),
      isPercent: fc.boolean(),
      size: fc.integer({ min: 0, max: 3_000 }),
    });
    fc.assert(
      fc.property(linesArbitrary, fc.array(discountArbitrary, { maxLength: 4 }), (lines, drafts) => {
        const discounts = drafts.map(
          (draft, index): DiscountSpec => ({
            id: `d${index}`,
            ...(draft.isBasket ? {} : { line: lines[draft.pick % lines.length]!.id }),
            value: draft.isPercent ? `${draft.size % 101}%` : minorText(BigInt(draft.size)),
          }),
        );
        const lineFirst = [
          ...discounts.filter((discount) => discount.line !== undefined),
          ...discounts.filter((discount) => discount.line === undefined),
        ];
        const given = pricedSale(lines);
        const snapshot = JSON.stringify(given);
        const entered = applyManualDiscounts.run(given, contextWith(discounts));
        expect(JSON.stringify(given)).toBe(snapshot);
        expect(nets(entered)).toEqual(nets(runStage(lines, lineFirst)));
        entered.lines.forEach((line, index) => {
          const before = minorOf(lines[index]!.net);
          expect(line.net.minor >= 0n || line.net.minor === before).toBe(true);
          expect(line.net.minor <= before).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

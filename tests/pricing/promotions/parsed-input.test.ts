import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isParsedContext } from "../../../src/pricing/promotions/parsed-input";
import {
  type PromotionContextInput,
  promotionContextSchema,
} from "../../../src/pricing/promotions/promotion-input";

const usageEntry = fc.record({
  uses: fc.integer({ min: 0, max: 5 }),
  customerUses: fc.integer({ min: 0, max: 5 }),
  spentMinor: fc.bigInt({ min: 0n, max: 500n }),
});

/** A context with every default filled in, the way the promotion stages build it. */
const completeContext = fc.record(
  {
    atMs: fc.integer(),
    timeZone: fc.constantFrom("UTC", "Europe/Amsterdam"),
    storeId: fc.constantFrom("s1", "s2"),
    channel: fc.constantFrom("web", "till"),
    customer: fc.record(
      {
        id: fc.constantFrom("c1", "c2"),
        groups: fc.array(fc.constantFrom("staff", "vip")),
        tier: fc.constantFrom("gold"),
        isFirstPurchase: fc.boolean(),
      },
      { requiredKeys: ["id", "groups", "isFirstPurchase"] },
    ),
    couponCodes: fc.array(fc.constantFrom("SAVE", "MORE")),
    usage: fc.dictionary(fc.constantFrom("p1", "p2", "p3"), usageEntry),
    roundingMode: fc.constantFrom("half-up", "half-even", "floor"),
  },
  { requiredKeys: ["atMs", "timeZone", "couponCodes", "usage", "roundingMode"] },
);

/** One field changed to something the parse refuses, or fills in, or copies. */
const change = fc.oneof(
  fc.record({ field: fc.constant("atMs"), value: fc.constantFrom(1.5, Number.NaN, "0", 2 ** 60) }),
  fc.record({
    field: fc.constantFrom("timeZone", "roundingMode", "couponCodes", "usage"),
    value: fc.constant(undefined),
  }),
  fc.record({ field: fc.constant("timeZone"), value: fc.constant("") }),
  fc.record({ field: fc.constant("storeId"), value: fc.constantFrom(7, "") }),
  fc.record({ field: fc.constant("roundingMode"), value: fc.constant("sideways") }),
  fc.record({ field: fc.constant("couponCodes"), value: fc.constant([3]) }),
  fc.record({
    field: fc.constant("customer"),
    value: fc.constantFrom(null, { id: "c1" }, { id: "", groups: [], isFirstPurchase: false }),
  }),
  fc.record({ field: fc.constant("usage"), value: fc.constantFrom(null, [], { p1: null }) }),
  fc.record({
    field: fc.constant("usage"),
    value: fc.constantFrom(
      { p1: { uses: -1, customerUses: 0, spentMinor: 0n } },
      { p1: { uses: 0, customerUses: -1, spentMinor: 0n } },
      { p1: { uses: 0, customerUses: 1.5, spentMinor: 0n } },
      { p1: { uses: 0, customerUses: 0, spentMinor: -1n } },
      { p1: { uses: 0, customerUses: 0, spentMinor: 3 } },
      { p1: { uses: 0, customerUses: 0 } },
      { p1: { uses: 0, customerUses: 0, spentMinor: 0n, extra: true } },
    ),
  }),
);

const contextArbitrary = fc
  .tuple(completeContext, fc.option(change, { nil: undefined }))
  .map(
    ([context, changed]): Record<string, unknown> =>
      changed === undefined ? context : { ...context, [changed.field]: changed.value },
  );

/** The fields the engine reads, as the parse leaves them. */
function readFields(context: Record<string, unknown>) {
  const { atMs, timeZone, storeId, channel, customer, couponCodes, usage, roundingMode } = context;
  return { atMs, timeZone, storeId, channel, customer, couponCodes, usage, roundingMode };
}

describe("parsed promotion input", () => {
  it("property: a context taken as parsed is one the parse accepts and reads the same", () => {
    let taken = 0;
    fc.assert(
      fc.property(contextArbitrary, (context) => {
        if (!isParsedContext(context as never)) return;
        taken += 1;
        const parsed = promotionContextSchema.safeParse(context);
        expect(parsed.success).toBe(true);
        if (parsed.success) expect(readFields(parsed.data)).toEqual(asRead(context));
      }),
      { numRuns: 2_000 },
    );
    // The generator reaches the fast path, not only the parse.
    expect(taken).toBeGreaterThan(0);
  });

  it("a context missing a default, or with a symbol-keyed usage record, goes through the parse", () => {
    const full: PromotionContextInput = {
      atMs: 0,
      timeZone: "UTC",
      couponCodes: [],
      usage: {},
      roundingMode: "half-up",
    };
    expect(isParsedContext(full)).toBe(true);
    expect(isParsedContext({ ...full, roundingMode: undefined })).toBe(false);
    expect(isParsedContext({ ...full, timeZone: undefined })).toBe(false);
    expect(
      isParsedContext({
        ...full,
        usage: {
          [Symbol("x")]: { uses: 0, customerUses: 0, spentMinor: 0n },
        } as PromotionContextInput["usage"],
      }),
    ).toBe(false);
    expect(isParsedContext({ ...full, customer: { id: "c1", groups: [] } })).toBe(false);
  });
});

/** The context's fields as the engine reads them: the customer's four facts and each usage's counters. */
function asRead(context: Record<string, unknown>) {
  const fields = readFields(context);
  const customer = fields.customer as Record<string, unknown> | undefined;
  const usage = fields.usage as Record<string, Record<string, unknown>>;
  return {
    ...fields,
    customer:
      customer === undefined
        ? undefined
        : {
            id: customer.id,
            groups: customer.groups,
            tier: customer.tier,
            isFirstPurchase: customer.isFirstPurchase,
          },
    usage: Object.fromEntries(
      Object.entries(usage).map(([id, entry]) => [
        id,
        { uses: entry.uses, customerUses: entry.customerUses, spentMinor: entry.spentMinor },
      ]),
    ),
  };
}

import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { compilePromotionRules } from "../../../src/pricing";

function failure(input: unknown): { code: string; path: readonly (string | number)[] } {
  try {
    compilePromotionRules(input);
  } catch (error) {
    if (isTillError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error("expected a TillError");
}

const promotion = (reward: unknown, extra: object = {}) => ({ id: "p", name: "p", reward, ...extra });

describe("malformed promotion rules → INVALID_RULE with the field path", () => {
  it.each([
    {
      title: "unknown reward type",
      input: { currency: "EUR", promotions: [promotion({ type: "free_lunch" })] },
      path: ["promotions", 0, "reward", "type"],
    },
    {
      title: "percent above 100",
      input: { currency: "EUR", promotions: [promotion({ type: "percent_off_items", percent: "100.01" })] },
      path: ["promotions", 0, "reward", "percent"],
    },
    {
      title: "negative amount",
      input: { currency: "EUR", promotions: [promotion({ type: "fixed_off_basket", amount: "-5.00" })] },
      path: ["promotions", 0, "reward", "amount"],
    },
    {
      title: "amount finer than the currency",
      input: { currency: "EUR", promotions: [promotion({ type: "fixed_off_basket", amount: "5.001" })] },
      path: ["promotions", 0, "reward", "amount"],
    },
    {
      title: "a group that names no promotions",
      input: {
        currency: "EUR",
        promotions: [promotion({ type: "fixed_off_basket", amount: "5.00" })],
        groups: [{ id: "g", promotionIds: [] }],
      },
      path: ["groups", 0, "promotionIds"],
    },
    {
      title: "a group naming an unknown promotion",
      input: {
        currency: "EUR",
        promotions: [promotion({ type: "fixed_off_basket", amount: "5.00" })],
        groups: [{ id: "g", promotionIds: ["nope"] }],
      },
      path: ["groups", 0, "promotionIds", 0],
    },
    {
      title: "best_in_group naming an undefined group",
      input: {
        currency: "EUR",
        promotions: [
          promotion(
            { type: "fixed_off_basket", amount: "5.00" },
            { mode: { kind: "best_in_group", group: "g" } },
          ),
        ],
      },
      path: ["promotions", 0, "mode", "group"],
    },
    {
      title: "a time window ending before it starts",
      input: {
        currency: "EUR",
        promotions: [
          promotion(
            { type: "fixed_off_basket", amount: "5.00" },
            { conditions: { schedule: { timeWindows: [{ days: ["fri"], from: "19:00", to: "17:00" }] } } },
          ),
        ],
      },
      path: ["promotions", 0, "conditions", "schedule", "timeWindows", 0, "to"],
    },
    {
      title: "a dated range ending before it starts",
      input: {
        currency: "EUR",
        promotions: [
          promotion(
            { type: "fixed_off_basket", amount: "5.00" },
            {
              conditions: {
                schedule: { validFrom: "2026-12-01T00:00:00Z", validTo: "2026-11-01T00:00:00Z" },
              },
            },
          ),
        ],
      },
      path: ["promotions", 0, "conditions", "schedule", "validTo"],
    },
    {
      title: "duplicate promotion ids",
      input: {
        currency: "EUR",
        promotions: [
          promotion({ type: "fixed_off_basket", amount: "5.00" }),
          promotion({ type: "fixed_off_basket", amount: "1.00" }),
        ],
      },
      path: ["promotions", 1, "id"],
    },
    {
      title: "buy 0 get 1",
      input: { currency: "EUR", promotions: [promotion({ type: "buy_x_get_y", buy: 0, get: 1 })] },
      path: ["promotions", 0, "reward", "buy"],
    },
  ])("$title", ({ input, path }) => {
    expect(failure(input)).toEqual({ code: "INVALID_RULE", path });
  });
});

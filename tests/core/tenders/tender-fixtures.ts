import { getCashRoundingPreset } from "../../../src/core/cash-rounding";
import { type Money, parseMoney } from "../../../src/core/money";
import type { Payment } from "../../../src/core/payments";
import {
  addTender,
  applyPaymentResult,
  makeTenderPolicy,
  type StoredValuePort,
  startTendering,
  type TenderInput,
  type TenderPolicy,
  type TenderState,
} from "../../../src/core/tenders";

export const eur = (amount: string) => parseMoney(amount, "EUR");

export const RATES = {
  id: "rates-2026-11-23",
  asOf: "2026-11-23",
  rates: [{ currency: "USD", rate: "0.9200" }],
};

export const plainPolicy: TenderPolicy = makeTenderPolicy({ currency: "EUR" });
export const skPolicy: TenderPolicy = makeTenderPolicy({
  currency: "EUR",
  cashRounding: getCashRoundingPreset("SK"),
  exchangeRates: RATES,
  loyaltyPointValue: "0.01",
  refundLimits: { cash: "5.00" },
});
export const bePolicy: TenderPolicy = makeTenderPolicy({
  currency: "EUR",
  cashRounding: getCashRoundingPreset("BE"),
});

/** An approved card payment as the payment flow returns it. */
export function approvedPayment(amount: string, intentId = "pi-1"): Payment {
  return {
    intentId,
    terminalId: "T1",
    registerId: "R1",
    saleId: "S1",
    kind: "sale",
    status: "approved",
    requested: eur(amount),
    approved: eur(amount),
    tip: eur("0"),
    isCaptured: false,
  };
}

/** Tenders a sale: "card:40.00" (approved), "cash:10.00", "usd:60.00", "voucher:5.00", "points:500". */
export function tendered(due: string, steps: readonly string[], policy: TenderPolicy): TenderState {
  let state = startTendering({ saleId: "S1", due: eur(due), lineCount: 1 });
  steps.forEach((step, index) => {
    const [kind, value = ""] = step.split(":");
    const tenderId = `t${index + 1}`;
    const input: TenderInput =
      kind === "usd"
        ? { kind: "foreign-cash", tenderId, amount: parseMoney(value, "USD") }
        : kind === "points"
          ? { kind: "loyalty-points", tenderId, points: value, accountId: "C1" }
          : kind === "voucher"
            ? { kind: "voucher", tenderId, amount: eur(value), voucherId: "V1" }
            : { kind: kind === "card" ? "card" : "cash", tenderId, amount: eur(value) };
    state = addTender(state, input, policy);
    if (kind === "card")
      state = applyPaymentResult(state, tenderId, approvedPayment(value, `pi-${tenderId}`));
  });
  return state;
}

/** A stored-value port that only answers balance enquiries (undefined: an unknown account). */
export function storedValueWith(balanceOf: (accountId: string) => Money | undefined): StoredValuePort {
  const refuse = async (accountId: string) => ({
    status: "rejected" as const,
    accountId,
    reason: "inactive" as const,
  });
  return {
    balance: async (accountId) => {
      const balance = balanceOf(accountId);
      return balance === undefined
        ? { status: "rejected", accountId, reason: "unknown_account" }
        : { status: "ok", accountId, balance };
    },
    activate: refuse,
    reload: refuse,
    redeem: refuse,
    issueCredit: refuse,
  };
}

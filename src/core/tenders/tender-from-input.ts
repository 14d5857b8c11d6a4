import { currencyExponent } from "../currency/get-currency";
import { TillError } from "../errors/till-error";
import { Money } from "../money/money";
import { parseDecimal } from "../numbers/parse-decimal";
import { powerOfTen } from "../numbers/scaled-decimal";
import { divideRounded } from "../rounding/divide-rounded";
import { convertForeignCash } from "./convert-foreign-cash";
import type { Tender } from "./tender";
import type { ParsedTenderInput } from "./tender-input";
import type { TenderPolicy } from "./tender-policy";

const PATH = ["tender"];

function notAllowed(kind: string, why: string): TillError {
  return new TillError("TENDER_NOT_ALLOWED", {
    message: `${kind}: ${why}`,
    path: [...PATH, "kind"],
    details: { kind },
  });
}

function homeAmount(amount: Money, policy: TenderPolicy): Money {
  if (amount.currency !== policy.currency) {
    throw new TillError("CURRENCY_MISMATCH", {
      message: `Tender in ${amount.currency} on a ${policy.currency} sale; use foreign-cash`,
      path: [...PATH, "amount", "currency"],
    });
  }
  return amount;
}

function pointsTender(input: ParsedTenderInput & { kind: "loyalty-points" }, policy: TenderPolicy): Tender {
  if (policy.loyaltyPointValue === undefined) throw notAllowed(input.kind, "no point value is configured");
  const points = BigInt(input.points);
  const value = parseDecimal(policy.loyaltyPointValue);
  // Points are worth whole minor units only: 333 points at 0.015 is 4.99, never 5.00 (rounded down).
  const minor = divideRounded(
    points * value.units * powerOfTen(currencyExponent(policy.currency)),
    powerOfTen(value.scale),
    "down",
  );
  const amount = new Money(minor, policy.currency);
  return {
    tenderId: input.tenderId,
    kind: input.kind,
    status: "entered",
    amount,
    points: points.toString(),
    reference: input.accountId,
  };
}

/**
 * Turns a validated tender input into a tender in the home currency, checking the kind is accepted.
 *
 * @param input - the parsed input
 * @param policy - the tender policy
 * @returns the tender (status `entered` for cash, vouchers and points; `pending` for card and stored value)
 * @throws TillError TENDER_NOT_ALLOWED, CURRENCY_MISMATCH, UNKNOWN_CURRENCY
 * @internal
 */
export function tenderFromInput(input: ParsedTenderInput, policy: TenderPolicy): Tender {
  const accepted =
    policy.acceptedKinds.includes(input.kind) ||
    input.kind === "foreign-cash" ||
    input.kind === "loyalty-points";
  if (!accepted) throw notAllowed(input.kind, "not accepted by this store");
  const base = { tenderId: input.tenderId, kind: input.kind };
  switch (input.kind) {
    case "loyalty-points":
      return pointsTender(input, policy);
    case "foreign-cash": {
      if (policy.exchangeRates === undefined)
        throw notAllowed(input.kind, "no exchange-rate table is configured");
      const { amount, rate } = convertForeignCash(input.amount, policy.currency, policy.exchangeRates, [
        ...PATH,
        "amount",
      ]);
      return {
        ...base,
        status: "entered",
        amount,
        foreignAmount: input.amount,
        rate,
        rateTableId: policy.exchangeRates.id,
      };
    }
    case "cash":
      return { ...base, status: "entered", amount: homeAmount(input.amount, policy) };
    case "voucher":
      return {
        ...base,
        status: "entered",
        amount: homeAmount(input.amount, policy),
        reference: input.voucherId,
      };
    case "card":
      return { ...base, status: "pending", amount: homeAmount(input.amount, policy) };
    default:
      return {
        ...base,
        status: "pending",
        amount: homeAmount(input.amount, policy),
        reference: input.accountId,
      };
  }
}

import { z } from "zod";
import type { ClockPort } from "../clock/clock-port";
import type { CommitPort } from "../commit/commit-port";
import { currencyCodeSchema } from "../currency/currency";
import type { IdPort } from "../ids/id-port";
import type { JournalStore } from "../journal/journal-store";
import type { Signer } from "../journal/signer";
import type { PaymentTerminal } from "../payments/payment-terminal";
import type { WatchdogTimer } from "../payments/watchdog-timer";
import { permissionPolicySchema } from "../permissions/permission";
import { pricingPoliciesSchema } from "../pipeline/pricing-context";
import type { PricingStage } from "../pipeline/pricing-stage";
import type { ApprovalPort } from "../ports/approval-port";
import type { CatalogPort } from "../ports/catalog-port";
import type { CouponRegistryPort } from "../ports/coupon-registry-port";
import type { LoyaltyLedger } from "../ports/loyalty-ledger-port";
import type { SaleStorePort } from "../ports/sale-store-port";
import { idSchema } from "../sale/value-schemas";
import type { StoredValuePort } from "../tenders/stored-value-port";
import type { TenderPolicyInput } from "../tenders/tender-policy";
import type { LoyaltyAccrual } from "./till-loyalty";

const isObject = (value: unknown) => typeof value === "object" && value !== null;

/**
 * zod schema for {@link createTill}'s configuration. Ports and stages are checked for shape only.
 *
 * @public
 */
export const tillConfigSchema = /* @__PURE__ */ z.object({
  storeId: idSchema,
  registerId: idSchema,
  currency: currencyCodeSchema,
  ports: z.object({
    catalog: z.custom<CatalogPort>(isObject, { message: "A catalog port is required" }),
    saleStore: z.custom<SaleStorePort>(isObject, { message: "A sale store port is required" }),
    approvals: z.custom<ApprovalPort>(isObject, { message: "An approval port is required" }),
    clock: z.custom<ClockPort>(isObject).optional(),
    ids: z.custom<IdPort>(isObject).optional(),
    /** The register's journal (default: a memory journal store). */
    journal: z.custom<JournalStore>(isObject).optional(),
    /** Adds a signature per journal entry (fiscal devices). */
    signer: z.custom<Signer>(isObject).optional(),
    /** Atomic completion (default: a memory commit store over the journal and sale store). */
    commit: z.custom<CommitPort>(isObject).optional(),
    /** Card payments (semi-integrated); without it card tenders are refused. */
    paymentTerminal: z.custom<PaymentTerminal>(isObject).optional(),
    /** Gift card and store-credit balances; without it those tenders are refused. */
    storedValue: z.custom<StoredValuePort>(isObject).optional(),
    /** The payment watchdog's timer (a manual timer in tests). */
    timer: z.custom<WatchdogTimer>(isObject).optional(),
    /** Redeems coupon codes atomically at completion; without it codes are not redeemed anywhere. */
    coupons: z.custom<CouponRegistryPort>(isObject).optional(),
    /**
     * The points ledger the default memory commit store books a sale's loyalty entries into (a host's
     * own commit port books them itself).
     */
    loyaltyLedger: z.custom<LoyaltyLedger>(isObject).optional(),
  }),
  /** What a sale earns and redeems in points; the package's `createTill` builds it from `rules.loyalty`. */
  loyalty: z.custom<LoyaltyAccrual>((value) => typeof value === "function").optional(),
  /**
   * The catalog, price, tax and promotion snapshot versions in use (pulled from the hub); each completed
   * sale records them so its receipt can be recomputed against exactly those rules.
   */
  snapshotVersions: z
    .custom<() => Readonly<Record<string, number>>>((value) => typeof value === "function")
    .optional(),
  /** Silence from the terminal after this many milliseconds makes a payment `unknown` (default 120000). */
  watchdogMilliseconds: z.number().int().positive().optional(),
  /** Tender policy (cash rounding, accepted kinds, rates, refund limits); the currency defaults to the till's. */
  tenderPolicy: z.custom<Omit<TenderPolicyInput, "currency"> & { currency?: string }>(isObject).optional(),
  /** The ordered pricing stages; the package's `createTill` passes the default ones. */
  stages: z.array(z.custom<PricingStage>(isObject)),
  /** Rule data for the stages (tax rules, promotions, price lists, ...). */
  rules: z.record(z.string(), z.unknown()).default({}),
  policies: pricingPoliciesSchema.default({ roundingMode: "half-up", refs: [] }),
  /** Roles and permissions; defaults to `defaultPermissionPolicy()`. */
  permissions: permissionPolicySchema.optional(),
});

/**
 * Till configuration (input form).
 *
 * @public
 */
export type TillConfig = z.input<typeof tillConfigSchema>;

import { z } from "zod";
import type { ClockPort } from "../clock/clock-port";
import { currencyCodeSchema } from "../currency/currency";
import type { IdPort } from "../ids/id-port";
import { permissionPolicySchema } from "../permissions/permission";
import { pricingPoliciesSchema } from "../pipeline/pricing-context";
import type { PricingStage } from "../pipeline/pricing-stage";
import type { ApprovalPort } from "../ports/approval-port";
import type { CatalogPort } from "../ports/catalog-port";
import type { SaleStorePort } from "../ports/sale-store-port";
import { idSchema } from "../sale/value-schemas";

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
  }),
  /** The ordered pricing stages; the package's `createTill` passes the default ones. */
  stages: z.array(z.custom<PricingStage>(isObject)),
  /** Rule data for the stages (tax rules, promotions, price lists, ...). */
  rules: z.record(z.string(), z.unknown()).default({}),
  policies: pricingPoliciesSchema.default({ roundingMode: "half-up", refs: [] }),
  /** Roles and permissions; defaults to `defaultPermissionPolicy()`. */
  permissions: permissionPolicySchema.optional(),
  /** The first receipt number of this till (receipt numbers are `${registerId}-${n}`). */
  firstReceiptNumber: z.number().int().min(1).default(1),
});

/**
 * Till configuration (input form).
 *
 * @public
 */
export type TillConfig = z.input<typeof tillConfigSchema>;

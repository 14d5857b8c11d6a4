import { EventEmitter } from "eventemitter3";
import type { z } from "zod";
import type { CatalogItem } from "../catalog/catalog-item";
import { type ClockPort, createSystemClock } from "../clock/clock-port";
import { TillError } from "../errors/till-error";
import { createRandomIds, type IdPort } from "../ids/id-port";
import { hasPermission } from "../permissions/check-permission";
import {
  defaultPermissionPolicy,
  type Operator,
  type Permission,
  type PermissionPolicy,
} from "../permissions/permission";
import { priceSale } from "../pipeline/price-sale";
import type { PricedSale } from "../pipeline/priced-sale";
import type { PricingContext } from "../pipeline/pricing-context";
import { reduceSale } from "../sale/apply-sale-action";
import type { Sale } from "../sale/sale";
import type { tillConfigSchema } from "./till-config";
import type { TillEvents, TillSnapshot } from "./till-events";
import { createTillLedger, journalFact, type TillLedger } from "./till-ledger-ports";

type ParsedConfig = z.output<typeof tillConfigSchema>;

/**
 * The till's state and shared steps. Operations read the current sale, build the next one locally and
 * commit it only when every check has passed, so a failure leaves the sale exactly as it was.
 *
 * @internal
 */
export interface TillCore {
  readonly config: ParsedConfig;
  readonly clock: ClockPort;
  readonly ids: IdPort;
  readonly permissions: PermissionPolicy;
  readonly events: EventEmitter<TillEvents>;
  /** Journal, commit, tender policy, payments and register session. */
  readonly ledger: TillLedger;
  readonly state: {
    sale: Sale | undefined;
    operator: Operator | undefined;
    isTraining: boolean;
    /** Catalog items seen by this till: the snapshot pricing reads. */
    catalogItems: Record<string, CatalogItem>;
  };
}

/** @internal */
export function createTillCore(config: ParsedConfig): TillCore {
  const clock = config.ports.clock ?? createSystemClock();
  const ids = config.ports.ids ?? createRandomIds();
  const permissions = config.permissions ?? defaultPermissionPolicy();
  return {
    config,
    clock,
    ids,
    permissions,
    events: new EventEmitter<TillEvents>(),
    ledger: createTillLedger(config, { clock, ids, permissions }),
    state: { sale: undefined, operator: undefined, isTraining: false, catalogItems: {} },
  };
}

/** @internal The pricing context of a sale; its clock value is the time of the sale's last change. */
export function contextOf(core: TillCore, sale: Sale): PricingContext {
  return {
    sale,
    catalog: { items: { ...core.state.catalogItems } },
    rules: core.config.rules,
    now: sale.updatedAt,
    policies: core.config.policies,
  };
}

/** @internal */
export function priceOf(core: TillCore, sale: Sale): PricedSale {
  const context = contextOf(core, sale);
  return priceSale(context.sale, context, core.config.stages);
}

/** @internal The open sale, or SALE_NOT_FOUND. */
export function requireSale(core: TillCore): Sale {
  if (core.state.sale === undefined)
    throw new TillError("SALE_NOT_FOUND", { message: "No sale is in progress" });
  return core.state.sale;
}

/** @internal The signed-in operator, or PERMISSION_DENIED. */
export function requireOperator(core: TillCore): Operator {
  if (core.state.operator === undefined)
    throw new TillError("PERMISSION_DENIED", { message: "No operator signed in" });
  return core.state.operator;
}

/**
 * Checks a permission; when the operator lacks it, raises `approvalRequired`, asks the approval port and
 * records the approver on the (uncommitted) sale.
 *
 * @internal
 */
export async function authorize(
  core: TillCore,
  sale: Sale,
  permission: Permission,
  subject?: string,
  details?: Readonly<Record<string, string>>,
): Promise<{ sale: Sale; approvedBy?: string }> {
  const operator = requireOperator(core);
  if (hasPermission(core.permissions, operator, permission)) return { sale };
  return requestApproval(core, sale, permission, subject, details);
}

/** @internal Asks the approval port (used directly for discount limits). */
export async function requestApproval(
  core: TillCore,
  sale: Sale,
  permission: Permission,
  subject?: string,
  details?: Readonly<Record<string, string>>,
): Promise<{ sale: Sale; approvedBy: string }> {
  const operator = requireOperator(core);
  const request = {
    permission,
    requestedBy: operator.employeeId,
    saleId: sale.saleId,
    ...(subject === undefined ? {} : { subject }),
    ...(details === undefined ? {} : { details }),
  };
  core.events.emit("approvalRequired", { request });
  const decision = await core.config.ports.approvals.requestApproval(request);
  if (!decision.isGranted) {
    throw new TillError("APPROVAL_REFUSED", {
      details: { permission, ...(decision.reason ? { reason: decision.reason } : {}) },
    });
  }
  const approval = {
    approvalId: core.ids.next("approval"),
    permission,
    requestedBy: operator.employeeId,
    approvedBy: decision.approvedBy,
    at: core.clock.now(),
    ...(subject === undefined ? {} : { subject }),
  };
  // The approval is a fact on its own: it stays journaled even if the operation it allowed fails later.
  await journalFact(
    core.ledger,
    { registerId: core.config.registerId, clock: core.clock },
    {
      type: "approval.granted",
      eventId: `approval:${approval.approvalId}`,
      payload: { ...approval, saleId: sale.saleId },
    },
  );
  return { sale: reduceSale(sale, { type: "recordApproval", approval }), approvedBy: decision.approvedBy };
}

/** @internal Makes a sale current, prices it and tells listeners the totals. */
export function commit(core: TillCore, sale: Sale): TillSnapshot {
  const priced = priceOf(core, sale);
  core.state.sale = sale;
  core.events.emit("totalsChanged", { sale, priced });
  return { sale, priced };
}

/** @internal Runs an operation; a TillError is emitted as `error` and rethrown, the state untouched. */
export async function guarded<T>(core: TillCore, operation: string, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const tillError =
      error instanceof TillError
        ? error
        : new TillError("INTERNAL", { message: String(error), cause: error });
    core.events.emit("error", { operation, error: tillError });
    throw tillError;
  }
}

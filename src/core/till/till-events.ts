import type { TillError } from "../errors/till-error";
import type { PricedSale } from "../pipeline/priced-sale";
import type { ApprovalRequest } from "../ports/approval-port";
import type { Sale } from "../sale/sale";
import type { SaleLine } from "../sale/sale-line";
import type { SaleCustomer, SaleTender } from "../sale/sale-records";

/**
 * A sale and how it is priced now.
 *
 * @public
 */
export interface TillSnapshot {
  readonly sale: Sale;
  readonly priced: PricedSale;
}

/**
 * A line event: the line, and the sale and pricing after the change.
 *
 * @public
 */
export interface LineEvent extends TillSnapshot {
  readonly line: SaleLine;
}

/**
 * The events a till emits (eventemitter3). A host can build its till screen from these alone.
 *
 * @example
 * ```ts
 * till.events.on("totalsChanged", ({ priced }) => display(priced.total.toString()));
 * ```
 * @public
 */
export interface TillEvents {
  lineAdded: (event: LineEvent) => void;
  lineChanged: (event: LineEvent) => void;
  lineVoided: (event: LineEvent) => void;
  totalsChanged: (event: TillSnapshot) => void;
  customerAttached: (event: { readonly sale: Sale; readonly customer: SaleCustomer | undefined }) => void;
  approvalRequired: (event: { readonly request: ApprovalRequest }) => void;
  tenderStarted: (event: { readonly sale: Sale; readonly tender: SaleTender }) => void;
  tenderResult: (event: TillSnapshot & { readonly tender: SaleTender }) => void;
  saleCompleted: (event: TillSnapshot) => void;
  saleVoided: (event: { readonly sale: Sale }) => void;
  returnCompleted: (event: TillSnapshot & { readonly originalSaleIds: readonly string[] }) => void;
  error: (event: { readonly operation: string; readonly error: TillError }) => void;
}

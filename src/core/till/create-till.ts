import type { EventEmitter } from "eventemitter3";
import { parseWith } from "../errors/from-zod";
import type { Operator } from "../permissions/permission";
import type { Sale } from "../sale/sale";
import type { SaleCustomer } from "../sale/sale-records";
import type { SplitCheck, SplitPlan } from "../split/split-plan";
import * as checkout from "./till-checkout-operations";
import { type TillConfig, tillConfigSchema } from "./till-config";
import { createTillCore, guarded } from "./till-core";
import * as discounts from "./till-discount-operations";
import type { TillEvents, TillSnapshot } from "./till-events";
import * as lines from "./till-line-operations";
import * as sales from "./till-sale-operations";

/**
 * The till: a stateful shell over the pure core. It holds the sale in progress and the ports, runs every
 * change through the reducer, prices with the configured stages and emits typed events. Every operation
 * either applies completely or throws a TillError (also emitted as `error`) and leaves the sale as it was.
 *
 * @public
 */
export interface Till {
  /** Typed events (eventemitter3). */
  readonly events: EventEmitter<TillEvents>;
  /** Signs an operator in; their role decides what needs approval. */
  signIn(operator: Operator): void;
  /** The sale in progress and its pricing, if any. */
  current(): TillSnapshot | undefined;
  startSale(customer?: SaleCustomer): Promise<TillSnapshot>;
  addItem(input: lines.AddItemInput): Promise<TillSnapshot>;
  changeQuantity(lineId: string, quantity: string): Promise<TillSnapshot>;
  voidLine(lineId: string, reason?: string): Promise<TillSnapshot>;
  overridePrice(lineId: string, unitPrice: string, reason: string): Promise<TillSnapshot>;
  addDiscount(input: discounts.AddDiscountInput): Promise<TillSnapshot>;
  removeDiscount(discountId: string): Promise<TillSnapshot>;
  attachCustomer(customer: SaleCustomer): Promise<TillSnapshot>;
  detachCustomer(): Promise<TillSnapshot>;
  addCoupon(code: string): Promise<TillSnapshot>;
  removeCoupon(code: string): Promise<TillSnapshot>;
  addNote(text: string): Promise<TillSnapshot>;
  suspend(): Promise<Sale>;
  resume(saleId: string): Promise<TillSnapshot>;
  voidSale(reason?: string): Promise<Sale>;
  postVoid(saleId: string, reason: string): Promise<Sale>;
  returnItems(input: checkout.ReturnItemsInput): Promise<TillSnapshot>;
  returnWithoutReceipt(input: lines.AddItemInput): Promise<TillSnapshot>;
  addTender(input: checkout.AddTenderInput): Promise<TillSnapshot>;
  complete(): Promise<TillSnapshot>;
  split(plan: SplitPlan): Promise<SplitCheck[]>;
  setTrainingMode(isTraining: boolean): Promise<void>;
}

/**
 * Creates a till from its configuration: store, register, currency, ports, pricing stages, rules,
 * policies and permissions. The package's `createTill` fills in the default stages.
 *
 * @param config - see {@link tillConfigSchema}
 * @returns the till
 * @throws TillError INVALID_INPUT for a bad configuration (with its path)
 * @example
 * ```ts
 * const till = createTill({ storeId: "s1", registerId: "r1", currency: "EUR", stages,
 *   ports: { catalog, saleStore: createMemorySaleStore(), approvals: createMemoryApprovals() } });
 * till.signIn({ employeeId: "emp-1", role: "cashier" });
 * await till.startSale();
 * await till.addItem({ sku: "COFFEE", quantity: "2" });
 * ```
 * @public
 */
export function createTill(config: TillConfig): Till {
  const core = createTillCore(parseWith(tillConfigSchema, config, ["config"]));
  const run = <T>(name: string, operation: () => Promise<T> | T) => guarded(core, name, operation);
  return {
    events: core.events,
    signIn: (operator) => sales.signIn(core, operator),
    current: () => sales.currentSnapshot(core),
    startSale: (customer) => run("startSale", () => sales.startSale(core, customer)),
    addItem: (input) => run("addItem", () => lines.addItem(core, input, false)),
    changeQuantity: (lineId, quantity) =>
      run("changeQuantity", () => lines.changeQuantity(core, lineId, quantity)),
    voidLine: (lineId, reason) => run("voidLine", () => lines.voidLine(core, lineId, reason)),
    overridePrice: (lineId, price, reason) =>
      run("overridePrice", () => lines.overridePrice(core, lineId, price, reason)),
    addDiscount: (input) => run("addDiscount", () => discounts.addDiscount(core, input)),
    removeDiscount: (discountId) => run("removeDiscount", () => discounts.removeDiscount(core, discountId)),
    attachCustomer: (customer) => run("attachCustomer", () => sales.attachCustomer(core, customer)),
    detachCustomer: () => run("detachCustomer", () => sales.attachCustomer(core, undefined)),
    addCoupon: (code) => run("addCoupon", () => sales.changeSale(core, { type: "addCouponCode", code })),
    removeCoupon: (code) =>
      run("removeCoupon", () => sales.changeSale(core, { type: "removeCouponCode", code })),
    addNote: (text) => run("addNote", () => sales.changeSale(core, { type: "addNote", text })),
    suspend: () => run("suspend", () => sales.suspend(core)),
    resume: (saleId) => run("resume", () => sales.resume(core, saleId)),
    voidSale: (reason) => run("voidSale", () => sales.voidSale(core, reason)),
    postVoid: (saleId, reason) => run("postVoid", () => sales.postVoid(core, saleId, reason)),
    returnItems: (input) => run("returnItems", () => checkout.returnItems(core, input)),
    returnWithoutReceipt: (input) => run("returnWithoutReceipt", () => lines.addItem(core, input, true)),
    addTender: (input) => run("addTender", () => checkout.addTender(core, input)),
    complete: () => run("complete", () => checkout.complete(core)),
    split: (plan) => run("split", () => checkout.split(core, plan)),
    setTrainingMode: (isTraining) => run("setTrainingMode", () => sales.setTrainingMode(core, isTraining)),
  };
}

import type { EventEmitter } from "eventemitter3";
import type { CashCount } from "../cash-session/count-cash";
import type { RegisterReport } from "../cash-session/register-report";
import { parseWith } from "../errors/from-zod";
import type { JournalEntry } from "../journal/journal-entry";
import type { Payment } from "../payments/payment";
import type { Operator } from "../permissions/permission";
import type { Sale } from "../sale/sale";
import type { SaleCustomer } from "../sale/sale-records";
import type { SplitCheck, SplitPlan } from "../split/split-plan";
import * as checkout from "./till-checkout-operations";
import * as shifts from "./till-clock-operations";
import * as completion from "./till-complete";
import { type TillConfig, tillConfigSchema } from "./till-config";
import { createTillCore, guarded } from "./till-core";
import * as discounts from "./till-discount-operations";
import type { TillEvents, TillSnapshot } from "./till-events";
import * as lines from "./till-line-operations";
import * as payments from "./till-payment-operations";
import * as sales from "./till-sale-operations";
import * as sessions from "./till-session-operations";
import * as tenders from "./till-tender-operations";

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
  /** Adds a tender: cash, card (payment terminal), gift card / store credit, voucher, points, foreign cash. */
  addTender(input: tenders.AddTenderInput): Promise<TillSnapshot>;
  /** Removes a tender that is not approved. */
  removeTender(tenderId: string): Promise<TillSnapshot>;
  /** Resolves an `unknown` card payment by the terminal's status query. */
  resolvePayment(intentId: string): Promise<TillSnapshot>;
  /**
   * Settles an `unknown` card payment by an operator's decision when the terminal cannot answer a status
   * query: a manager approves (journaled), and the outcome, approval and reason are journaled.
   */
  resolvePaymentByOperator(input: payments.ResolvePaymentByOperatorInput): Promise<TillSnapshot>;
  /** Captures a pre-authorised card payment (approved amount plus tip); journaled. */
  capturePayment(intentId: string): Promise<Payment>;
  /** Sets the tip (home-currency decimal string) of an approved, not yet captured card payment. */
  adjustTip(intentId: string, tip: string): Promise<Payment>;
  /** Voids an approved card payment of the sale in progress; its amount is due again. */
  voidPayment(intentId: string): Promise<TillSnapshot>;
  /** Completes the paid sale in one atomic commit; the receipt number comes from the journal. */
  complete(): Promise<TillSnapshot>;
  /** Clocks an employee in (`employee.clocked-in`); CLOCK_STATE_INVALID unless clocked out. */
  clockIn(employeeId: string): Promise<JournalEntry>;
  /** Clocks an employee out (`employee.clocked-out`); CLOCK_STATE_INVALID unless clocked in (not on a break). */
  clockOut(employeeId: string): Promise<JournalEntry>;
  /** Starts a break (`employee.break-started`); CLOCK_STATE_INVALID unless clocked in. */
  startBreak(employeeId: string): Promise<JournalEntry>;
  /** Ends a break (`employee.break-ended`); CLOCK_STATE_INVALID unless on a break. */
  endBreak(employeeId: string): Promise<JournalEntry>;
  /** Opens the register session with a float counted by denomination. */
  openSession(float: CashCount): Promise<JournalEntry>;
  paidIn(input: sessions.TillCashMovementInput): Promise<JournalEntry>;
  paidOut(input: sessions.TillCashMovementInput): Promise<JournalEntry>;
  drop(input: sessions.TillCashMovementInput): Promise<JournalEntry>;
  pickup(input: sessions.TillCashMovementInput): Promise<JournalEntry>;
  /** Opens the drawer with no sale (drawer.no-sale, else approval); journaled. */
  noSale(reason: string): Promise<JournalEntry>;
  /** Closes the session with the counted cash (expected vs counted, over/short). */
  closeSession(counted: CashCount): Promise<JournalEntry>;
  /** X report: mid-session, resets nothing (journaled). */
  xReport(): Promise<RegisterReport>;
  /** Z report: sequential Z number, closes the period (journaled). */
  zReport(): Promise<RegisterReport>;
  /** The register's journal entries in sequence order. */
  journal(): Promise<readonly JournalEntry[]>;
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
    addTender: (input) => run("addTender", () => tenders.addTender(core, input)),
    removeTender: (tenderId) => run("removeTender", () => tenders.removeTender(core, tenderId)),
    resolvePayment: (intentId) => run("resolvePayment", () => tenders.resolvePayment(core, intentId)),
    resolvePaymentByOperator: (input) =>
      run("resolvePaymentByOperator", () => payments.resolvePaymentByOperator(core, input)),
    capturePayment: (intentId) => run("capturePayment", () => payments.capturePayment(core, intentId)),
    adjustTip: (intentId, tip) => run("adjustTip", () => payments.adjustTip(core, intentId, tip)),
    voidPayment: (intentId) => run("voidPayment", () => payments.voidPayment(core, intentId)),
    complete: () => run("complete", () => completion.complete(core)),
    clockIn: (employeeId) => run("clockIn", () => shifts.punch(core, "clockIn", employeeId)),
    clockOut: (employeeId) => run("clockOut", () => shifts.punch(core, "clockOut", employeeId)),
    startBreak: (employeeId) => run("startBreak", () => shifts.punch(core, "startBreak", employeeId)),
    endBreak: (employeeId) => run("endBreak", () => shifts.punch(core, "endBreak", employeeId)),
    openSession: (float) => run("openSession", () => sessions.openSession(core, float)),
    paidIn: (input) => run("paidIn", () => sessions.moveCash(core, "cash.paidIn", input)),
    paidOut: (input) => run("paidOut", () => sessions.moveCash(core, "cash.paidOut", input)),
    drop: (input) => run("drop", () => sessions.moveCash(core, "cash.drop", input)),
    pickup: (input) => run("pickup", () => sessions.moveCash(core, "cash.pickup", input)),
    noSale: (reason) => run("noSale", () => sessions.noSale(core, reason)),
    closeSession: (counted) => run("closeSession", () => sessions.closeSession(core, counted)),
    xReport: () => run("xReport", () => sessions.report(core, "x")),
    zReport: () => run("zReport", () => sessions.report(core, "z")),
    journal: () => core.ledger.journal.read(core.config.registerId),
    split: (plan) => run("split", () => checkout.split(core, plan)),
    setTrainingMode: (isTraining) => run("setTrainingMode", () => sales.setTrainingMode(core, isTraining)),
  };
}

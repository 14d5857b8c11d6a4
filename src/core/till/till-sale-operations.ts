import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { type Operator, operatorSchema } from "../permissions/permission";
import { reduceSale } from "../sale/apply-sale-action";
import { createSale } from "../sale/create-sale";
import type { Sale } from "../sale/sale";
import { type SaleCustomer, saleCustomerSchema } from "../sale/sale-records";
import { authorize, commit, priceOf, requireOperator, requireSale, type TillCore } from "./till-core";
import type { TillSnapshot } from "./till-events";
import { commitPostVoid, commitVoid } from "./till-void-facts";

/** @internal */
export function signIn(core: TillCore, operator: Operator): void {
  core.state.operator = parseWith(operatorSchema, operator, ["operator"]);
}

function assertNoSaleInProgress(core: TillCore): void {
  const sale = core.state.sale;
  if (sale !== undefined && ["open", "tendering"].includes(sale.status)) {
    throw new TillError("SALE_IN_PROGRESS", { details: { saleId: sale.saleId } });
  }
}

/** @internal Starts a new sale (training when the till is in training mode). */
export async function startSale(core: TillCore, customer?: SaleCustomer): Promise<TillSnapshot> {
  assertNoSaleInProgress(core);
  const operator = requireOperator(core);
  const { storeId, registerId, currency } = core.config;
  const sale = createSale({
    saleId: core.ids.next("sale"),
    storeId,
    registerId,
    cashierId: operator.employeeId,
    currency,
    at: core.clock.now(),
    isTraining: core.state.isTraining,
    ...(customer === undefined ? {} : { customer: parseWith(saleCustomerSchema, customer, ["customer"]) }),
  });
  return commit(core, sale);
}

/** @internal */
export async function attachCustomer(
  core: TillCore,
  customer: SaleCustomer | undefined,
): Promise<TillSnapshot> {
  const sale = requireSale(core);
  const at = core.clock.now();
  const next =
    customer === undefined
      ? reduceSale(sale, { type: "detachCustomer", at })
      : reduceSale(sale, {
          type: "attachCustomer",
          customer: parseWith(saleCustomerSchema, customer, ["customer"]),
          at,
        });
  const snapshot = commit(core, next);
  core.events.emit("customerAttached", { sale: next, customer: next.customer });
  return snapshot;
}

/** @internal Adds or removes a coupon code, or adds a note. */
export async function changeSale(
  core: TillCore,
  change: { type: "addCouponCode" | "removeCouponCode"; code: string } | { type: "addNote"; text: string },
): Promise<TillSnapshot> {
  const sale = requireSale(core);
  const at = core.clock.now();
  if (change.type === "addNote") {
    const by = requireOperator(core).employeeId;
    return commit(core, reduceSale(sale, { type: "addNote", note: { text: change.text, by, at } }));
  }
  return commit(core, reduceSale(sale, { type: change.type, code: change.code, at }));
}

/** @internal Parks the sale in the store; the till is then free for the next customer. */
export async function suspend(core: TillCore): Promise<Sale> {
  const next = reduceSale(requireSale(core), { type: "suspend", at: core.clock.now() });
  await core.config.ports.saleStore.save({ sale: next });
  core.state.sale = undefined;
  return next;
}

/** @internal Resumes a parked sale by id. */
export async function resume(core: TillCore, saleId: string): Promise<TillSnapshot> {
  assertNoSaleInProgress(core);
  const record = await core.config.ports.saleStore.load(saleId);
  if (record === undefined) throw new TillError("SALE_NOT_FOUND", { path: ["saleId"], details: { saleId } });
  // A resumed sale is stored as open; if its till stopped before parking or completing it, the same
  // register picks it up again as it was (a register runs one till, so nobody else holds it).
  if (isOrphanedOnThisRegister(core, record.sale)) return commit(core, record.sale);
  const next = reduceSale(record.sale, { type: "resume", at: core.clock.now() });
  await core.config.ports.saleStore.save({ sale: next });
  return commit(core, next);
}

function isOrphanedOnThisRegister(core: TillCore, sale: Sale): boolean {
  return sale.status === "open" && sale.registerId === core.config.registerId;
}

/** @internal Voids the sale in progress (permission sale.void, else approval). */
export async function voidSale(core: TillCore, reason?: string): Promise<Sale> {
  const current = requireSale(core);
  const { sale, approvedBy } = await authorize(core, current, "sale.void", current.saleId);
  const next = reduceSale(sale, {
    type: "voidSale",
    by: requireOperator(core).employeeId,
    at: core.clock.now(),
    ...(approvedBy === undefined ? {} : { approvedBy }),
    ...(reason === undefined ? {} : { reason }),
  });
  await commitVoid(core, next);
  core.state.sale = undefined;
  core.events.emit("saleVoided", { sale: next });
  return next;
}

/** @internal Post-voids a completed sale (permission sale.post-void, else approval). */
export async function postVoid(core: TillCore, saleId: string, reason: string): Promise<Sale> {
  const record = await core.config.ports.saleStore.load(saleId);
  if (record === undefined) throw new TillError("SALE_NOT_FOUND", { path: ["saleId"], details: { saleId } });
  const { sale, approvedBy } = await authorize(core, record.sale, "sale.post-void", saleId);
  const next = reduceSale(sale, {
    type: "postVoid",
    by: requireOperator(core).employeeId,
    at: core.clock.now(),
    reason,
    ...(approvedBy === undefined ? {} : { approvedBy }),
  });
  await commitPostVoid(core, next, record.priced);
  core.events.emit("saleVoided", { sale: next });
  return next;
}

/** @internal Turns training mode on or off for the next sales (permission training.mode, else approval). */
export async function setTrainingMode(core: TillCore, isTraining: boolean): Promise<void> {
  assertNoSaleInProgress(core);
  const operator = requireOperator(core);
  const probe = createSale({
    saleId: "training",
    storeId: "-",
    registerId: "-",
    cashierId: operator.employeeId,
    currency: core.config.currency,
    at: core.clock.now(),
  });
  await authorize(core, probe, "training.mode");
  core.state.isTraining = isTraining;
}

/** @internal The sale in progress and its pricing. */
export function currentSnapshot(core: TillCore): TillSnapshot | undefined {
  const sale = core.state.sale;
  return sale === undefined ? undefined : { sale, priced: priceOf(core, sale) };
}

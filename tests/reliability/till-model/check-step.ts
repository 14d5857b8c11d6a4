import { expect } from "vitest";
import { balanceTenders, isTillError, type Tender, type TillSnapshot } from "../../../src/index";
import { checkJournal, checkSaleInvariants, checkTenderInvariants } from "../../../src/testing";
import { figuresOf } from "./model-arithmetic";
import type { ModelSale, TillModel } from "./till-model-state";
import { REGISTER_ID, TENDER_POLICY, type TillWorld } from "./till-world";

/** The engine's figures of a snapshot against the model's, plus the public invariant checkers. */
export function expectSnapshotMatches(snapshot: TillSnapshot, sale: ModelSale): void {
  const { priced } = snapshot;
  const figures = figuresOf(sale);
  const due = figures.total - figures.paid;
  const isRefund = figures.total < 0n;
  const balanceDue = isRefund ? (due < 0n ? due : 0n) : due > 0n ? due : 0n;
  expect({
    saleId: snapshot.sale.saleId,
    lines: priced.lines.length,
    subtotal: priced.subtotal.minor,
    discountTotal: priced.discountTotal.minor,
    taxTotal: priced.taxTotal.minor,
    total: priced.total.minor,
    tendered: priced.tendered.minor,
    balanceDue: priced.balanceDue.minor,
    change: priced.change.minor,
  }).toEqual({
    saleId: sale.saleId,
    lines: sale.lines.length + sale.returnLines.length,
    subtotal: figures.subtotal,
    discountTotal: figures.discountTotal,
    taxTotal: figures.taxTotal,
    total: figures.total,
    tendered: figures.paid,
    balanceDue,
    change: !isRefund && due < 0n ? -due : 0n,
  });
  expect(checkSaleInvariants(priced)).toEqual([]);
  // The tender checker reads a sale being paid; a refund is paid out at completion instead.
  if (isRefund) return;
  const tenders = snapshot.sale.tenders.map(({ at: _at, ...tender }): Tender => tender);
  const balance = balanceTenders(priced.total, tenders, TENDER_POLICY);
  expect(checkTenderInvariants({ tenders, balance, policy: TENDER_POLICY })).toEqual([]);
}

/** A refused operation: a TillError (with the code, when the model knows it) and the sale untouched. */
export async function expectRefused(
  world: TillWorld,
  operation: () => Promise<unknown>,
  code?: string,
): Promise<void> {
  const before = world.till.current()?.sale;
  const error = await operation().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(isTillError(error), `expected a TillError, got ${String(error)}`).toBe(true);
  if (code !== undefined) expect(error).toMatchObject({ code });
  expect(world.till.current()?.sale).toBe(before);
}

/** What must hold of the stores at any time: completed sales kept, suspended ones listed, journal whole. */
export async function expectStoresMatch(world: TillWorld, model: TillModel): Promise<void> {
  const entries = await world.journal.read(REGISTER_ID);
  expect(await checkJournal(entries)).toEqual([]);
  const receipts = entries.flatMap((entry) => entry.receiptNumber ?? []);
  expect(receipts).toEqual(model.completed.map((_, index) => index + 1));
  expect(entries.filter((entry) => entry.type === "approval.granted")).toHaveLength(model.approvalsGranted);
  for (const done of model.completed) {
    const record = await world.saleStore.load(done.saleId);
    expect([record?.sale.status, record?.sale.receiptNumber, record?.priced?.total.minor]).toEqual([
      "completed",
      done.receiptNumber,
      done.total,
    ]);
  }
  const parked = await world.saleStore.listSuspended(REGISTER_ID);
  expect(parked.map((record) => record.sale.saleId).sort()).toEqual(
    model.suspended.map((sale) => sale.saleId).sort(),
  );
  expect(world.commits.commitCount()).toBe(model.completed.length);
}

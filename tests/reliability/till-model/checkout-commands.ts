import { expect } from "vitest";
import { expectRefused, expectSnapshotMatches, expectStoresMatch } from "./check-step";
import { amountText, figuresOf, remainingOf } from "./model-arithmetic";
import type { TillCommand } from "./sale-commands";
import { isReturnSale, type ModelSale, type TillModel } from "./till-model-state";
import type { TillWorld } from "./till-world";

/** How much a tender offers: all that is due, about half of it, or more than is due. */
export type TenderSize = "exact" | "half" | "over";

function tenderMinor(remaining: bigint, size: TenderSize, extraMinor: bigint): bigint {
  if (size === "exact") return remaining;
  if (size === "half") return remaining / 2n > 0n ? remaining / 2n : 1n;
  return remaining + extraMinor;
}

/** Refunds are paid out at completion, so the model tenders only on the sale side. */
const canTender = (model: Readonly<TillModel>) => model.current !== undefined && !isReturnSale(model.current);

export class CashCommand implements TillCommand {
  constructor(
    readonly size: TenderSize,
    readonly extraMinor: bigint,
  ) {}
  check = canTender;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = model.current as ModelSale;
    const remaining = remainingOf(figuresOf(sale));
    const amountMinor = tenderMinor(remaining, this.size, this.extraMinor);
    const pay = () => world.till.addTender({ kind: "cash", amount: amountText(amountMinor) });
    if (amountMinor === 0n) return expectRefused(world, pay, "INVALID_INPUT");
    if (remaining === 0n) return expectRefused(world, pay, "OVERPAYMENT_NOT_ALLOWED");
    const snapshot = await pay();
    sale.tenders.push({ kind: "cash", amountMinor, isCounted: true });
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () => `cash(${this.size}, ${this.extraMinor})`;
}

export class CardCommand implements TillCommand {
  constructor(
    readonly size: TenderSize,
    readonly isApproved: boolean,
  ) {}
  check = canTender;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = model.current as ModelSale;
    const remaining = remainingOf(figuresOf(sale));
    const amountMinor = tenderMinor(remaining, this.size, 1n);
    const pay = () => world.till.addTender({ kind: "card", amount: amountText(amountMinor) });
    if (amountMinor === 0n) return expectRefused(world, pay, "INVALID_INPUT");
    // Cards together never pay more than the total (cash gives the change): the terminal is not asked.
    const cards = sale.tenders.filter((tender) => tender.kind === "card" && tender.isCounted);
    const cardMinor = cards.reduce((sum, tender) => sum + tender.amountMinor, amountMinor);
    if (remaining === 0n || cardMinor > figuresOf(sale).total)
      return expectRefused(world, pay, "OVERPAYMENT_NOT_ALLOWED");
    if (!this.isApproved) world.terminal.script({ outcome: "decline" });
    const snapshot = await pay();
    expect(snapshot.sale.tenders.at(-1)?.status).toBe(this.isApproved ? "approved" : "declined");
    sale.tenders.push({ kind: "card", amountMinor, isCounted: this.isApproved });
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () => `card(${this.size}, ${this.isApproved ? "approve" : "decline"})`;
}

export class CompleteCommand implements TillCommand {
  check = (model: Readonly<TillModel>) => model.current !== undefined;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = model.current as ModelSale;
    const figures = figuresOf(sale);
    const complete = () => world.till.complete();
    if (sale.lines.length === 0 && sale.returnLines.length === 0) return expectRefused(world, complete);
    if (remainingOf(figures) > 0n) return expectRefused(world, complete, "NOT_FULLY_PAID");
    const done = await complete();
    const receiptNumber = `reg-1-${model.completed.length + 1}`;
    const change = figures.paid > figures.total && figures.total >= 0n ? figures.paid - figures.total : 0n;
    expect([
      done.sale.status,
      done.sale.receiptNumber,
      done.priced.total.minor,
      done.priced.change.minor,
    ]).toEqual(["completed", receiptNumber, figures.total, change]);
    expect(world.till.current()).toBeUndefined();
    const lines = sale.lines.map((line) => {
      const { gross = 0n, net = 0n, tax = 0n } = figures.lines.get(line.lineId) ?? {};
      return { key: `${sale.saleId}/${line.lineId}`, quantity: line.quantity, gross, net, tax };
    });
    model.completed.push({ saleId: sale.saleId, receiptNumber, total: figures.total, lines });
    for (const line of sale.returnLines) model.returned.add(line.key);
    model.current = undefined;
    await expectStoresMatch(world, model);
  }
  toString = () => "complete";
}

export class SuspendCommand implements TillCommand {
  check = (model: Readonly<TillModel>) => model.current !== undefined;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = model.current as ModelSale;
    const suspend = () => world.till.suspend();
    if (sale.tenders.length > 0) return expectRefused(world, suspend, "SALE_NOT_OPEN");
    const parked = await suspend();
    expect([parked.saleId, parked.status, world.till.current()]).toEqual([
      sale.saleId,
      "suspended",
      undefined,
    ]);
    model.suspended.push(sale);
    model.current = undefined;
    await expectStoresMatch(world, model);
  }
  toString = () => "suspend";
}

export class ResumeCommand implements TillCommand {
  constructor(readonly pick: number) {}
  check = (model: Readonly<TillModel>) => model.suspended.length > 0;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const index = this.pick % model.suspended.length;
    const sale = model.suspended[index] as ModelSale;
    const resume = () => world.till.resume(sale.saleId);
    if (model.current !== undefined) return expectRefused(world, resume, "SALE_IN_PROGRESS");
    const snapshot = await resume();
    model.suspended.splice(index, 1);
    model.current = sale;
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () => `resume(${this.pick})`;
}

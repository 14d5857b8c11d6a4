import { expect } from "vitest";
import { expectRefused, expectSnapshotMatches, expectStoresMatch } from "./check-step";
import { ensureSale, type TillCommand } from "./sale-commands";
import type { TillModel } from "./till-model-state";
import { openTill, type TillWorld } from "./till-world";

/** Whole lines of a completed sale come back on a sale that holds nothing else. */
export class ReturnCommand implements TillCommand {
  constructor(
    readonly salePick: number,
    readonly linePick: number,
  ) {}
  check(model: Readonly<TillModel>): boolean {
    const sale = model.current;
    const isFree =
      sale === undefined ||
      (sale.lines.length === 0 && sale.basketDiscounts.length === 0 && sale.tenders.length === 0);
    return isFree && model.completed.some((done) => done.lines.length > 0);
  }
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sales = model.completed.filter((done) => done.lines.length > 0);
    const original = sales[this.salePick % sales.length];
    const line = original?.lines[this.linePick % original.lines.length];
    if (original === undefined || line === undefined) return;
    const sale = await ensureSale(model, world);
    const lineId = line.key.slice(original.saleId.length + 1);
    const back = () =>
      world.till.returnItems({
        saleId: original.saleId,
        lines: [{ lineId, quantity: String(line.quantity) }],
      });
    const isReturned =
      model.returned.has(line.key) || sale.returnLines.some((taken) => taken.key === line.key);
    if (isReturned) return expectRefused(world, back, "RETURN_EXCEEDS_SOLD");
    const snapshot = await back();
    sale.returnLines.push(line);
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () => `return(${this.salePick}, ${this.linePick})`;
}

/** The till object is dropped mid-whatever and a new one opens over the same stores. */
export class CrashCommand implements TillCommand {
  check = () => true;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    model.boots += 1;
    world.till = openTill(world, model.boots);
    model.current = undefined;
    expect(world.till.current()).toBeUndefined();
    await expectStoresMatch(world, model);
  }
  toString = () => "crash-and-reopen";
}

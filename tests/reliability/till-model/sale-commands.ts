import type fc from "fast-check";
import { expectRefused, expectSnapshotMatches } from "./check-step";
import { amountText, figuresOf } from "./model-arithmetic";
import { emptySale, isReturnSale, type ModelSale, type TillModel } from "./till-model-state";
import { CATALOG, type TillWorld } from "./till-world";

export type TillCommand = fc.AsyncCommand<TillModel, TillWorld>;

/** The model's sale in progress, starting one on the till when there is none. */
export async function ensureSale(model: TillModel, world: TillWorld): Promise<ModelSale> {
  if (model.current !== undefined) return model.current;
  const started = await world.till.startSale();
  const sale = emptySale(started.sale.saleId);
  expectSnapshotMatches(started, sale);
  model.current = sale;
  return sale;
}

/** Sales with return lines only take more returns and completion, so the model keeps them apart. */
const isSaleSide = (model: Readonly<TillModel>) =>
  model.current === undefined || !isReturnSale(model.current);

export class AddItemCommand implements TillCommand {
  constructor(
    readonly item: number,
    readonly quantity: bigint,
  ) {}
  check = isSaleSide;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = await ensureSale(model, world);
    const { sku, unitMinor } = CATALOG[this.item % CATALOG.length] ?? CATALOG[0];
    const add = () => world.till.addItem({ sku, quantity: String(this.quantity) });
    if (sale.tenders.length > 0) return expectRefused(world, add, "SALE_NOT_OPEN");
    const snapshot = await add();
    const lineId = snapshot.sale.lines.at(-1)?.lineId ?? "";
    sale.lines.push({ lineId, sku, unitMinor, quantity: this.quantity });
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () => `add(${this.item}, ${this.quantity})`;
}

const hasSaleLines = (model: Readonly<TillModel>) =>
  model.current !== undefined && !isReturnSale(model.current) && model.current.lines.length > 0;

export class ChangeQuantityCommand implements TillCommand {
  constructor(
    readonly pick: number,
    readonly quantity: bigint,
  ) {}
  check = hasSaleLines;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = model.current as ModelSale;
    const line = sale.lines[this.pick % sale.lines.length];
    if (line === undefined) return;
    const change = () => world.till.changeQuantity(line.lineId, String(this.quantity));
    if (sale.tenders.length > 0) return expectRefused(world, change, "SALE_NOT_OPEN");
    const snapshot = await change();
    line.quantity = this.quantity;
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () => `change(${this.pick}, ${this.quantity})`;
}

export class VoidLineCommand implements TillCommand {
  constructor(readonly pick: number) {}
  check = hasSaleLines;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = model.current as ModelSale;
    const index = this.pick % sale.lines.length;
    const line = sale.lines[index];
    if (line === undefined) return;
    const voidIt = () => world.till.voidLine(line.lineId, "model");
    if (sale.tenders.length > 0) return expectRefused(world, voidIt, "SALE_NOT_OPEN");
    const snapshot = await voidIt();
    sale.lines.splice(index, 1);
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () => `void(${this.pick})`;
}

/** A line percentage (the cashier may give up to 10%) or a basket amount in minor units. */
export type ModelDiscount =
  | { readonly scope: "line"; readonly pick: number; readonly percent: bigint }
  | { readonly scope: "basket"; readonly amountMinor: bigint };

export class DiscountCommand implements TillCommand {
  constructor(readonly discount: ModelDiscount) {}
  check = (model: Readonly<TillModel>) =>
    this.discount.scope === "line" ? hasSaleLines(model) : isSaleSide(model);
  async run(model: TillModel, world: TillWorld): Promise<void> {
    const sale = await ensureSale(model, world);
    const { discount } = this;
    const line = discount.scope === "line" ? sale.lines[discount.pick % sale.lines.length] : undefined;
    const add = () =>
      world.till.addDiscount(
        discount.scope === "line"
          ? {
              scope: { kind: "line", lineId: line?.lineId ?? "" },
              value: { kind: "percent", percent: String(discount.percent) },
              reason: "model",
            }
          : {
              scope: { kind: "basket" },
              value: { kind: "amount", amount: amountText(discount.amountMinor) },
              reason: "model",
            },
      );
    if (sale.tenders.length > 0) return expectRefused(world, add, "SALE_NOT_OPEN");
    const figures = figuresOf(sale).lines;
    const nets = line === undefined ? [...figures.values()].map((figure) => figure.net) : [];
    const base = nets.filter((net) => net > 0n).reduce((sum, net) => sum + net, 0n);
    const isWithinLimit =
      discount.scope === "line" ? discount.percent <= 10n : discount.amountMinor * 100n <= 10n * base;
    if (!isWithinLimit && !model.isManagerGranting) return expectRefused(world, add, "APPROVAL_REFUSED");
    const snapshot = await add();
    if (!isWithinLimit) model.approvalsGranted += 1;
    if (discount.scope === "line")
      sale.lineDiscounts.push({ lineId: line?.lineId ?? "", percent: discount.percent });
    else sale.basketDiscounts.push(discount.amountMinor);
    expectSnapshotMatches(snapshot, sale);
  }
  toString = () =>
    `discount(${JSON.stringify(this.discount, (_, value) => (typeof value === "bigint" ? String(value) : value))})`;
}

export class ApproveCommand implements TillCommand {
  constructor(readonly isGranting: boolean) {}
  check = () => true;
  async run(model: TillModel, world: TillWorld): Promise<void> {
    model.isManagerGranting = this.isGranting;
    world.manager.isGranting = this.isGranting;
  }
  toString = () => `manager(${this.isGranting ? "grants" : "refuses"})`;
}

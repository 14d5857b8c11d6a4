/**
 * `npm run bench:peers`: the same basket through tillkit's pipeline (`priceBasket`, default stages: prices,
 * promotions, manual discounts, tax, totals), Medusa's `decorateCartTotals` and Vendure's
 * `OrderCalculator.calculateOrderTotals`; medians and ratios from one run, totals compared line by line,
 * scale curves over lines and promotions. Writes docs/performance.md and docs/performance.json.
 *
 * tillkit is the built package (../../dist, made by `tsup` before this runs); the peers come from
 * bench/peers/node_modules, installed by `npm --prefix bench/peers ci`.
 */
import { loadavg } from "node:os";
import { benchGroups as moneyGroups } from "../cases/money";
import { benchGroups as taxGroups } from "../cases/tax";
import { runGroups } from "../harness";
import { type BenchLine, benchLines, tillkitInput, tillkitSale } from "./basket";
import { medianNs, medianOnFreshInputNs } from "./measure";
import {
  type LineAdjustment,
  loadMedusa,
  loadVendure,
  medusaCart,
  medusaLineTotals,
  type PeerLineTotals,
  vendureLineTotals,
} from "./peers";
import { agreementOf, type ScenarioResult, writeReport } from "./report";

type Tillkit = typeof import("../../src/index");

const tillkit = (await import(new URL("../../dist/index.js", import.meta.url).href)) as Tillkit;
const loadBefore = loadavg();
// The kernel cases run first, on a small heap: after the peers are loaded (Vendure brings NestJS, TypeORM
// and GraphQL) every collection takes longer and the kernel medians drift.
const kernel = await runGroups([...moneyGroups(), ...taxGroups()]);
const loadStarted = performance.now();
const decorateCartTotals = loadMedusa();
const vendure = loadVendure();
const loadMs = performance.now() - loadStarted;

type Priced = ReturnType<Tillkit["priceBasket"]>;

function cents(amount: string): number {
  const [whole = "0", fraction = "00"] = amount.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return amount.startsWith("-") ? -value : value;
}

/** What tillkit allocated to each line (manual amounts and promotions), to hand the peers the same. */
function adjustmentsOf(priced: Priced): LineAdjustment[][] {
  return priced.lines.map((line) =>
    line.adjustments.map((entry) => ({ sourceId: entry.source.id, cents: cents(entry.amount.amount) })),
  );
}

function tillkitLineTotals(priced: Priced): PeerLineTotals[] {
  return priced.lines.map((line) => ({
    totalCents: cents(line.total.amount),
    taxCents: line.taxes.reduce((sum, tax) => sum + cents(tax.amount.amount), 0),
  }));
}

/** One scenario's inputs for the three engines, built and priced once before anything is timed. */
function prepare(lineCount: number, promotionCount: number) {
  const lines: BenchLine[] = benchLines(lineCount);
  const input = tillkitInput(lines, promotionCount);
  const priced = tillkit.priceBasket(input);
  const built = tillkitSale(tillkit, input);
  const pipeline = () => tillkit.priceSale(built.sale, built.context, tillkit.defaultStages);
  // The built sale must be the same basket: same lines, adjustments, taxes and totals as priceBasket's.
  if (JSON.stringify(tillkit.pricedSaleJson(pipeline()).lines) !== JSON.stringify(priced.lines))
    throw new Error(`The built sale prices differently from priceBasket (${lineCount} lines)`);
  const adjustments = adjustmentsOf(priced);
  const cart = medusaCart(lines, adjustments);
  const order = vendure.order(lines, adjustments);
  const medusaOut = decorateCartTotals(structuredClone(cart));
  vendure.calculator.calculateOrderTotals(order);
  return { lineCount, promotionCount, lines, input, priced, pipeline, adjustments, cart, order, medusaOut };
}

type Prepared = ReturnType<typeof prepare>;

/**
 * A full measuring pass over every engine and scenario whose figures are thrown away, before the pass
 * that is reported. The case timed first used to read several times slower for every engine (tillkit
 * 21.9 ms and Medusa 11.8 ms on 100 lines, against 12.5 ms and 8.7 ms on the same lines with 50
 * promotions later in the run): the JIT was still compiling the code all cases share and the heap was
 * still settling after the peers were loaded, and a plain warm-up loop before it was not enough.
 */
async function warmUpAll(prepared: readonly Prepared[]): Promise<void> {
  for (const entry of prepared) {
    await medianNs(() => tillkit.priceBasket(entry.input));
    await medianNs(entry.pipeline);
    await medianOnFreshInputNs(
      () => structuredClone(entry.cart),
      (fresh) => decorateCartTotals(fresh),
    );
    await medianNs(() => vendure.calculator.calculateOrderTotals(entry.order));
  }
}

/** Rounds of medians per engine; each engine's figure is the lowest of its rounds. */
const ROUNDS = 3;

/**
 * Times every engine once per round, the engines taking turns, and keeps each engine's lowest median.
 * Medusa's median moved by up to four times between samplings of the same work in one process (5.1 ms
 * and 21.1 ms for the same 100 lines, given the same adjustments), much as dinero.js's does; the lowest of
 * several rounds, for every engine alike, reads each at its steady speed rather than at an unlucky moment.
 */
async function lowestOfRounds<Name extends string>(
  engines: Record<Name, () => Promise<number>>,
): Promise<Record<Name, number>> {
  const names = Object.keys(engines) as Name[];
  const lowest = Object.fromEntries(names.map((name) => [name, Number.POSITIVE_INFINITY])) as Record<
    Name,
    number
  >;
  for (let round = 0; round < ROUNDS; round++)
    for (const name of names) lowest[name] = Math.min(lowest[name], await engines[name]());
  return lowest;
}

async function scenario(prepared: Prepared): Promise<ScenarioResult> {
  const { lineCount, promotionCount, lines, input, priced, pipeline, adjustments, cart, order, medusaOut } =
    prepared;
  const timings = await lowestOfRounds({
    tillkit: () => medianNs(() => tillkit.priceBasket(input)),
    pipeline: () => medianNs(pipeline),
    medusa: () =>
      medianOnFreshInputNs(
        () => structuredClone(cart),
        (fresh) => decorateCartTotals(fresh),
      ),
    vendure: () => medianNs(() => vendure.calculator.calculateOrderTotals(order)),
  });
  const { tillkit: tillkitNs, pipeline: pipelineNs, medusa: medusaNs, vendure: vendureNs } = timings;
  const ours = tillkitLineTotals(priced);
  return {
    lines: lineCount,
    promotions: promotionCount,
    adjustments: adjustments.reduce((sum, list) => sum + list.length, 0),
    tillkitNs,
    pipelineNs,
    medusaNs,
    vendureNs,
    totalsCents: {
      tillkit: cents(priced.total.amount),
      medusa: Math.round(medusaOut.total.numeric * 100),
      vendure: order.subTotalWithTax,
    },
    medusaAgreement: agreementOf(ours, medusaLineTotals(medusaOut), () => true),
    vendureAgreement: agreementOf(ours, vendureLineTotals(order), (index) => lines[index]?.quantity === 1),
  };
}

const prepared = (
  [
    [100, 10],
    [10, 10],
    [1000, 10],
    [100, 0],
    [100, 50],
  ] as const
).map(([lineCount, promotionCount]) => prepare(lineCount, promotionCount));
await warmUpAll(prepared);
const scenarios: ScenarioResult[] = [];
for (const entry of prepared) {
  const { lineCount, promotionCount } = entry;
  const result = await scenario(entry);
  console.log(
    `${lineCount} lines, ${promotionCount} promotions: tillkit ${(result.tillkitNs / 1e3).toFixed(1)} µs, ` +
      `Medusa ${(result.medusaNs / 1e3).toFixed(1)} µs (${(result.medusaNs / result.tillkitNs).toFixed(1)}x), ` +
      `Vendure ${(result.vendureNs / 1e3).toFixed(1)} µs (${(result.vendureNs / result.tillkitNs).toFixed(2)}x)`,
  );
  scenarios.push(result);
}
writeReport(scenarios, { loadMs, loadBefore, loadAfter: loadavg() }, kernel);

/**
 * Turns the peer comparison (and the kernel benchmarks of the same run) into docs/performance.md and a
 * JSON copy, docs/performance.json, with the machine it ran on.
 */
import { writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import type { BenchResult } from "../harness";
import type { PeerLineTotals } from "./peers";

/** How many compared lines agree to the cent on total and tax. */
export interface Agreement {
  readonly compared: number;
  readonly agreeing: number;
}

/** One basket size and promotion count, timed on the three engines. */
export interface ScenarioResult {
  readonly lines: number;
  readonly promotions: number;
  /** Adjustment entries tillkit allocated (and the peers were given). */
  readonly adjustments: number;
  readonly tillkitNs: number;
  /** `priceSale` over the same basket held as a sale, as a till re-prices it (no JSON in or out). */
  readonly pipelineNs: number;
  readonly medusaNs: number;
  readonly vendureNs: number;
  readonly totalsCents: { readonly tillkit: number; readonly medusa: number; readonly vendure: number };
  readonly medusaAgreement: Agreement;
  readonly vendureAgreement: Agreement;
}

/** Conditions of the run. */
export interface RunConditions {
  readonly loadMs: number;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
}

/**
 * Compares tillkit's line totals with a peer's on the lines `inSubset` picks.
 *
 * @param ours - tillkit's per-line totals
 * @param theirs - the peer's, in the same order
 * @param inSubset - which line indexes share semantics with the peer
 * @returns compared and agreeing counts
 */
export function agreementOf(
  ours: readonly PeerLineTotals[],
  theirs: readonly PeerLineTotals[],
  inSubset: (index: number) => boolean,
): Agreement {
  let compared = 0;
  let agreeing = 0;
  ours.forEach((line, index) => {
    if (!inSubset(index)) return;
    compared++;
    const peer = theirs[index];
    if (peer !== undefined && peer.totalCents === line.totalCents && peer.taxCents === line.taxCents)
      agreeing++;
  });
  return { compared, agreeing };
}

const micros = (ns: number) => (ns / 1e3).toFixed(1);
/** peer time ÷ tillkit time, with two significant digits below 1 (0.00074x, not 0.00x). */
function ratio(peerNs: number, oursNs: number): string {
  const value = peerNs / oursNs;
  return value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toPrecision(2);
}
const euros = (cents: number) => (cents / 100).toFixed(2);

function scenarioRow(result: ScenarioResult): string {
  return `| ${result.lines} | ${result.promotions} | ${result.adjustments} | ${micros(result.tillkitNs)} | ${micros(result.pipelineNs)} | ${micros(result.medusaNs)} | ${ratio(result.medusaNs, result.tillkitNs)}x | ${ratio(result.medusaNs, result.pipelineNs)}x | ${micros(result.vendureNs)} | ${ratio(result.vendureNs, result.tillkitNs)}x | ${ratio(result.vendureNs, result.pipelineNs)}x |`;
}

function agreementRow(result: ScenarioResult): string {
  const { tillkit, medusa, vendure } = result.totalsCents;
  const medusaAgrees = `${result.medusaAgreement.agreeing} / ${result.medusaAgreement.compared}`;
  const vendureAgrees = `${result.vendureAgreement.agreeing} / ${result.vendureAgreement.compared}`;
  return `| ${result.lines} | ${result.promotions} | ${euros(tillkit)} | ${euros(medusa)} | ${euros(vendure)} | ${medusaAgrees} | ${vendureAgrees} |`;
}

function kernelRow(result: BenchResult): string {
  const baseline =
    result.baselineMedianNs === undefined
      ? "—"
      : `${result.baselineName}: ${micros(result.baselineMedianNs)} µs`;
  const speedUp = result.ratio === undefined ? "—" : `${result.ratio.toFixed(1)}x`;
  const target = [
    result.targetRatio === undefined ? "" : `≥ ${result.targetRatio}x`,
    result.budgetNs === undefined ? "" : `< ${micros(result.budgetNs)} µs`,
  ]
    .filter((part) => part !== "")
    .join(", ");
  return `| ${result.name} | ${micros(result.medianNs)} | ${baseline} | ${speedUp} | ${target || "—"} | ${result.meetsTarget ? "met" : "missed"} |`;
}

function machine(conditions: RunConditions): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(" / ");
  return [
    `- CPU: ${cpu} × ${cpus().length} logical cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}`,
    `- Node ${process.version}; load average (1 / 5 / 15 min) ${load(conditions.loadBefore)} before, ${load(conditions.loadAfter)} after`,
    `- Peers loaded in ${(conditions.loadMs / 1e3).toFixed(1)} s (not timed below)`,
  ].join("\n");
}

function markdown(
  scenarios: readonly ScenarioResult[],
  conditions: RunConditions,
  kernel: readonly BenchResult[],
) {
  const main = scenarios[0] as ScenarioResult;
  return `# Performance

Written by \`npm run bench:peers\` (bench/peers/run.ts) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.
The numbers come from one run on a shared machine, so they move from run to run; the ratios are what to
read, since all engines are measured in the same process, one call per sample. Each peer-table figure
is the lowest of three medians, the engines taking turns (a peer's median can move severalfold between
samplings of the same work).

${machine(conditions)}

## Against peer engines

The same basket goes through three engines: **tillkit**'s \`priceBasket\` (JSON in, JSON out, input
validated, default stages: prices, item and basket promotions, manual discounts, tax, totals), **Medusa**'s
\`decorateCartTotals\` (@medusajs/utils 2.21.2, a fresh \`structuredClone\` of the cart per call, cloned
outside the timed region) and **Vendure**'s \`OrderCalculator.calculateOrderTotals\` (@vendure/core 3.7.3,
prebuilt \`Order\` and \`OrderLine\` entities, \`orderPlacedQuantity: 0\`). Lines are spread over four tax
categories (21% and 9% included in the price, 8% and 5% added on top), 1–3 units each, with a manual amount
off every fifth line and N item promotions (percent off one of ten product categories, stackable). The
peers do not evaluate promotions: they are handed the adjustments tillkit allocated, so all three total
the same basket while only tillkit also computes the promotions.

Two tillkit figures: **priceBasket** is the stateless call, JSON in and out with the input validated;
**pipeline** is \`priceSale(sale, context, defaultStages)\` over the same basket held as a sale (built
once with \`applySaleAction\`, as a till holds it and re-prices it on every scan), with no JSON to read or
write. Both give the same lines, adjustments, taxes and totals (the run checks it before timing).

Main case: ${main.lines} lines, ${main.promotions} promotions: priceBasket ${micros(main.tillkitNs)} µs, pipeline ${micros(main.pipelineNs)} µs; Medusa takes ${ratio(main.medusaNs, main.tillkitNs)}x priceBasket's time and ${ratio(main.medusaNs, main.pipelineNs)}x the pipeline's, Vendure ${ratio(main.vendureNs, main.tillkitNs)}x and ${ratio(main.vendureNs, main.pipelineNs)}x (targets: Medusa at least 20x, Vendure above 1x).

| lines | promotions | adjustments | priceBasket µs | pipeline µs | Medusa µs | Medusa ÷ priceBasket | Medusa ÷ pipeline | Vendure µs | Vendure ÷ priceBasket | Vendure ÷ pipeline |
| ----: | ---------: | ----------: | -------------: | ----------: | --------: | -------------------: | ----------------: | ---------: | --------------------: | -----------------: |
${scenarios.map(scenarioRow).join("\n")}

### Do the totals agree?

Per line, total with tax and tax, to the cent. Medusa keeps unrounded decimals; its line amounts are
rounded half-up to the cent here, and with one tax per line that is tillkit's per-line rounding, so every
line is compared. Vendure rounds each unit and multiplies by the quantity (per-unit rounding), so only
lines of one unit share tillkit's per-line semantics and are compared. Document totals are shown as each
engine reports them (Medusa's rounded to the cent; Vendure's is the sum of its per-unit-rounded lines).

| lines | promotions | tillkit total | Medusa total | Vendure total | Medusa lines agreeing | Vendure lines agreeing (1 unit) |
| ----: | ---------: | ------------: | -----------: | ------------: | --------------------: | ------------------------------: |
${scenarios.map(agreementRow).join("\n")}

## Kernel benchmarks (same run, before the peers are loaded)

The money and tax cases of \`npm run bench\` (bench/cases/money.ts, bench/cases/tax.ts), each against
its baseline in the same process. The ≥ 10x allocation target is for the integer weights, the input
dinero.js takes; the line-net rows give tillkit Money weights (its everyday call, which also reads each
weight out of a bigint) against the same dinero.js call. dinero.js's own time varies from process to
process: about 1.3–5 ms per case in most, but in some processes V8 runs it about ten times slower (12–30
ms were seen), which inflates the ratio; a ratio far above 20x comes from such a process.

| case | tillkit µs | baseline | speed-up | target | |
| ---- | ---------: | -------- | -------: | ------ | - |
${kernel.map(kernelRow).join("\n")}
`;
}

/**
 * Writes docs/performance.md and docs/performance.json.
 *
 * @param scenarios - the peer comparisons, main case first
 * @param conditions - load and timing conditions
 * @param kernel - the kernel benchmarks of the same run
 */
export function writeReport(
  scenarios: readonly ScenarioResult[],
  conditions: RunConditions,
  kernel: readonly BenchResult[],
): void {
  const docs = new URL("../../docs/", import.meta.url);
  writeFileSync(new URL("performance.md", docs), markdown(scenarios, conditions, kernel));
  const json = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version },
    conditions,
    peers: { medusa: "@medusajs/utils 2.21.2", vendure: "@vendure/core 3.7.3" },
    scenarios,
    kernel,
  };
  writeFileSync(new URL("performance.json", docs), `${JSON.stringify(json, null, 2)}\n`);
}

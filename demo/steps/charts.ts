import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { moneyFromMinor } from "tillkit";
import {
  hourOfWeekHeatmap,
  readSaleFacts,
  renderBarChart,
  renderHeatmap,
  type SaleFacts,
} from "tillkit/reports";
import type { DemoContext } from "../setup/demo-context";

function write(context: DemoContext, name: string, svg: string): void {
  const file = join(context.outputDir, name);
  writeFileSync(file, svg);
  context.out.show("written", file);
}

/**
 * SVG charts: the day's receipts (a return hangs below the line), the tender mix, and the hour-of-week
 * heatmap over every day the store has seen (it fills up as the demo runs again without --fresh).
 *
 * @param facts - the day's sale facts
 */
export async function charts(context: DemoContext, facts: SaleFacts): Promise<void> {
  const { out, preset, till } = context;
  out.step("SVG charts");
  const receipts = facts.sales.map((sale) => ({
    label: String(sale.receiptNumber ?? sale.seq),
    value: sale.total.toString(),
  }));
  write(
    context,
    "chart-receipts.svg",
    renderBarChart({ title: `Receipts (${preset.currency})`, bars: receipts }),
  );
  const byTender = new Map<string, bigint>();
  for (const sale of facts.sales)
    for (const tender of sale.tenders)
      byTender.set(tender.kind, (byTender.get(tender.kind) ?? 0n) + tender.amount.minor);
  const tenders = [...byTender].map(([kind, minor]) => ({
    label: kind,
    value: moneyText(minor, preset.currency),
  }));
  write(
    context,
    "chart-tenders.svg",
    renderBarChart({ title: `Tenders (${preset.currency})`, bars: tenders }),
  );
  const history = await readSaleFacts(await till.journal(), { currency: preset.currency });
  const cells = hourOfWeekHeatmap(history, { timeZone: preset.timeZone }).map((cell) => ({
    day: cell.weekday - 1,
    hour: cell.hour,
    value: cell.net.toString(),
  }));
  write(context, "chart-heatmap.svg", renderHeatmap({ title: "Net sales by hour of week", cells }));
}

function moneyText(minor: bigint, currency: string): string {
  return moneyFromMinor(minor, currency).toString();
}

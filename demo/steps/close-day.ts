import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { moneyFromMinor } from "tillkit";
import { cashCountFor } from "../setup/cash-count";
import type { DemoContext } from "../setup/demo-context";

/** Counts the drawer, closes the session (expected vs counted) and runs the Z report. */
export async function closeDay(context: DemoContext): Promise<void> {
  const { till, out, preset } = context;
  out.step("Count the drawer, close the session, Z report");
  const counted = cashCountFor(context.drawerCash, preset.currency);
  out.show(
    "counted",
    `${moneyFromMinor(context.drawerCash, preset.currency)} (${counted.counts.map((row) => `${row.count} × ${row.denomination}`).join(", ")})`,
  );
  const closed = await till.closeSession(counted);
  const payload = closed.payload as { expected?: { amount: string }; overShort?: { amount: string } };
  out.show("expected / over-short", `${payload.expected?.amount} / ${payload.overShort?.amount}`);
  const z = await till.zReport();
  out.show(`Z ${z.zNumber}`, `sales ${z.sales.total}, returns ${z.returns.total}, net ${z.grandTotals.net}`);
  writeFileSync(join(context.outputDir, "z-report.json"), `${JSON.stringify(z, null, 2)}\n`);
  out.show("written", join(context.outputDir, "z-report.json"));
}

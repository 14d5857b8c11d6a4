import { moneyFromMinor, parseMoney } from "tillkit";
import { openingFloat } from "../setup/cash-count";
import type { DemoContext } from "../setup/demo-context";

const WELCOME = { en: "Welcome", nl: "Welkom", zh: "HUANYING GUANGLIN" } as const;

/** Opens the register session with a float counted by denomination and greets on the pole display. */
export async function openSession(context: DemoContext): Promise<void> {
  const { till, out, preset, devices } = context;
  out.step("Open the register session with a counted float");
  const float = openingFloat(preset.currency);
  const opened = await till.openSession(float);
  context.drawerCash = float.counts.reduce(
    (total, row) => total + parseMoney(row.denomination, preset.currency).minor * BigInt(row.count),
    0n,
  );
  const counted = float.counts.map((row) => `${row.count} × ${row.denomination}`).join(", ");
  out.show("float", `${moneyFromMinor(context.drawerCash, preset.currency)} (${counted})`);
  out.show("journal entry", `#${opened.seq} ${opened.type}`);
  await devices.display.showIdle(WELCOME[preset.language], "Corner Shop");
  showPole(context);
}

/** Prints the two lines the customer display shows. */
export function showPole(context: DemoContext): void {
  const [upper, lower] = context.devices.pole.lines();
  context.out.raw(`display ┌${"─".repeat(20)}┐`);
  context.out.raw(`        │${upper}│`);
  context.out.raw(`        │${lower}│`);
  context.out.raw(`        └${"─".repeat(20)}┘`);
}

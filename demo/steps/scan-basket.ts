import { weightForPricing } from "tillkit/devices";
import type { DemoContext } from "../setup/demo-context";
import { addScanned, showLastLine } from "./add-scan";
import { showPole } from "./open-session";

// What the scanner emulator sends: AIM identifier, then the data (GS = FNC1 between GS1 fields).
const SCANS = [
  { what: "coffee (EAN-13)", code: "]E04006381333931" },
  { what: "chocolate (EAN-13)", code: "]E08712345678906" },
  { what: "chocolate (EAN-13)", code: "]E08712345678906" },
  { what: "chocolate (EAN-13)", code: "]E08712345678906" },
  { what: "mug (GS1-128: GTIN, batch, serial)", code: "]C10109521234567882" + "10B2611\u001d" + "21MUG0017" },
  { what: "cheese (in-store label, 0.350 kg)", code: "]E02112345003504" },
] as const;

/**
 * The first customer's basket: items scanned through the serial scanner emulator (EAN-13, a GS1-128
 * label and a weight-embedded in-store label) and apples weighed on the MT-SICS scale emulator. Each
 * line goes to the customer display.
 */
export async function scanBasket(context: DemoContext): Promise<void> {
  const { till, out, devices } = context;
  out.step("Customer 1: scan through the virtual scanner");
  await till.startSale();
  for (const { what, code } of SCANS) {
    const scan = await devices.scan(code);
    const snapshot = await addScanned(context, scan);
    out.show(`${what} ${scan.aim ?? ""} ${scan.parsed.kind}`, await showLastLine(context, snapshot));
  }
  showPole(context);

  out.step("Weigh apples on the MT-SICS scale emulator");
  devices.scalePlatter.setWeight("1.234");
  const reading = await devices.scale.weigh();
  const weight = weightForPricing(reading, { capacity: "15", minimum: "0.040" });
  out.show("scale answers (S S)", `${reading.state} ${weight.toString()} ${weight.unit}`);
  const snapshot = await till.addItem({ sku: "APPLES", scaleWeight: weight.toString() });
  out.show("apples", await showLastLine(context, snapshot));
  showPole(context);
}

import type { DemoContext } from "../setup/demo-context";
import { addScanned, showLastLine } from "./add-scan";
import { completeSale } from "./complete-sale";

const EXACT_ENOUGH = { USD: "10.00", EUR: "5.00", CNY: "50.00" } as const;

/**
 * Customer 1 has forgotten their wallet: the sale is suspended (parked in the store), customer 2 buys a
 * loaf in cash, and customer 1's sale is resumed exactly as it was.
 */
export async function suspendAndResume(context: DemoContext): Promise<void> {
  const { till, out, devices, preset } = context;
  out.step("Suspend customer 1's sale; serve customer 2; resume");
  const before = till.current()?.priced.total.toString();
  const parked = await till.suspend();
  out.show("suspended", `${parked.saleId} (${parked.lines.length} lines, total ${before})`);
  await till.startSale();
  const snapshot = await addScanned(context, await devices.scan("]E05901234123457"));
  out.show("customer 2: bread", await showLastLine(context, snapshot));
  await till.addTender({ kind: "cash", amount: EXACT_ENOUGH[preset.currency] });
  await completeSale(context, "receipt-1-bread");
  const resumed = await till.resume(parked.saleId);
  out.show(
    "resumed",
    `${resumed.sale.saleId}, total ${resumed.priced.total} (unchanged: ${resumed.priced.total.toString() === before})`,
  );
}

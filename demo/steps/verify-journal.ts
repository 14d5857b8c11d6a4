import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { verifyJournal } from "tillkit";
import type { DemoContext } from "../setup/demo-context";

/**
 * Verifies the register's whole hash chain (every day the store holds) and writes it out.
 *
 * @returns whether the chain is intact
 */
export async function verifyTheJournal(context: DemoContext): Promise<boolean> {
  const { till, out } = context;
  out.step("Verify the journal's hash chain");
  const journal = await till.journal();
  const verdict = await verifyJournal(journal);
  out.show("entries", journal.length);
  out.show("hash chain", verdict.ok ? "intact" : JSON.stringify(verdict));
  const file = join(context.outputDir, "journal.json");
  writeFileSync(file, `${JSON.stringify(journal, null, 2)}\n`);
  out.show("written", file);
  return verdict.ok;
}

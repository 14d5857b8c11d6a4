import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDemoArgs } from "../../demo/options";
import { runDemo } from "../../demo/run-demo";

// The demo imports the package by name, which resolves to the build in dist/; the tests point those
// names at the sources so `npm test` needs no build first.

const root = mkdtempSync(join(tmpdir(), "tillkit-demo-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const OUTPUT_FILES = [
  "receipt-1-bread.png",
  "receipt-2-customer-1.png",
  "receipt-3-return.png",
  "z-report.json",
  "journal.json",
  "general-ledger.csv",
  "xero-manual-journals-001.csv",
  "quickbooks.iif",
  "saft-cash-register.xml",
  "chart-receipts.svg",
  "chart-tenders.svg",
  "chart-heatmap.svg",
];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function run(locale: string, flags: readonly string[]) {
  const lines: string[] = [];
  const args = ["--locale", locale, "--out", root, ...flags];
  const result = await runDemo(parseDemoArgs(args), (line) => lines.push(line));
  return { result, text: lines.join("\n") };
}

describe("npm run demo, in process on the sources", () => {
  // Starting PGlite on an empty folder (initdb) is most of a run's time, so one locale uses it here.
  it.each([
    { locale: "en-US", currency: "USD", total: "$", flags: ["--memory"], store: "memory" },
    { locale: "nl-NL", currency: "EUR", total: "€", flags: ["--fresh"], store: "PGlite" },
    { locale: "zh-CN", currency: "CNY", total: "￥", flags: ["--memory"], store: "memory" },
  ])(
    "$locale on $store: a day in $currency writes every output and the journal verifies",
    async ({ locale, currency, total, flags, store }) => {
      const { result, text } = await run(locale, flags);
      expect(result.storeDescription.startsWith(store)).toBe(true);
      expect([result.day, result.isJournalIntact]).toEqual([1, true]);
      for (const file of OUTPUT_FILES) expect(existsSync(join(result.outputDir, file)), file).toBe(true);
      for (const image of result.receiptImages)
        expect([...readFileSync(image).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(text).toContain(`${currency},`);
      // The receipts come back from the virtual printer with the locale's currency sign on the total.
      expect(text).toMatch(new RegExp(`\\| .+\\s${total === "$" ? "\\$" : total}\\s?\\d`));
      expect(text).toContain("PAYMENT_UNKNOWN");
      expect(text).toContain("clawback");
      expect(readFileSync(join(result.outputDir, "saft-cash-register.xml"), "utf8")).toContain("<auditfile");
    },
  );

  it("a second run without --fresh continues the stored journal as day 2", async () => {
    const { result, text } = await run("nl-NL", []);
    const journal = JSON.parse(readFileSync(join(result.outputDir, "journal.json"), "utf8")) as {
      type: string;
    }[];
    expect([result.day, result.isJournalIntact, text.includes("day 2")]).toEqual([2, true, true]);
    expect(journal.filter((entry) => entry.type === "report.z")).toHaveLength(2);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportSaftCashRegister, SAFT_CASH_REGISTER_NAMESPACE, type SaftOptions } from "../../../src/reports";
import { documentsArbitrary, eventsArbitrary } from "../accounting/arbitraries";
import { workedExample } from "../accounting/fixtures";
import { addTo, cents, journalBalances, journalOf } from "./journal-fixtures";
import { children, findAll, type Node, readXml, structuralProblems, textOf } from "./saft-structure";

const OPTIONS: SaftOptions = {
  company: { ident: "999999999", name: "Butikken & Co AS", taxRegIdent: "999999999MVA" },
  software: { description: "tillkit", version: "0.1.0", companyName: "tillkit" },
  period: { start: "2026-11-01", end: "2026-11-30" },
  createdAt: "2026-12-01T08:00:00+01:00",
  locationName: "Shop <Frogner>",
  codes: {
    vat: { "DE@0.07": { code: "7", standardCode: "33" }, "DE@0.19": { code: "19", standardCode: "3" } },
  },
};

const signed = (node: Node, amount: string, flag = "amntTp") =>
  textOf(node, flag) === "D" ? -cents(textOf(node, amount)) : cents(textOf(node, amount));

function exportOf(docs: readonly unknown[], events: readonly unknown[] = []) {
  const { documents, events: parsed, journal } = journalOf(docs, events);
  const xml = exportSaftCashRegister({ documents, events: parsed }, journal, OPTIONS);
  return { xml, root: readXml(xml), journal };
}

/** Checks every reference the XSD keys: event and line types are declared basics, accIDs are ledger accounts. */
function referenceProblems(root: Node): string[] {
  const basics = new Set(findAll(root, "basic").map((basic) => textOf(basic, "basicID")));
  const accounts = new Set(findAll(root, "ledgerAccount").map((account) => textOf(account, "accID")));
  const problems: string[] = [];
  for (const event of findAll(root, "event"))
    if (!basics.has(textOf(event, "eventType"))) problems.push(`eventType ${textOf(event, "eventType")}`);
  for (const line of findAll(root, "ctLine"))
    if (!basics.has(textOf(line, "lineType"))) problems.push(`lineType ${textOf(line, "lineType")}`);
  for (const id of findAll(root, "accID"))
    if (!accounts.has(id.text) && id.text !== "") problems.push(`accID ${id.text}`);
  return problems;
}

/** Per transaction: payments = amount incl. tax + tips + rounding. Per Z report: payments = Σ transactions. */
function tieProblems(root: Node): string[] {
  const problems: string[] = [];
  const paymentsByType = new Map<string, bigint>();
  for (const transaction of findAll(root, "cashtransaction")) {
    const paid = children(transaction, "payment").reduce(
      (sum, payment) => sum + cents(textOf(payment, "paidAmnt")),
      0n,
    );
    if (["PAYIN", "PAYOUT", "CASHDIFF"].includes(textOf(transaction, "transType"))) continue;
    for (const payment of children(transaction, "payment"))
      addTo(paymentsByType, textOf(payment, "paymentType"), cents(textOf(payment, "paidAmnt")));
    const tips = children(transaction, "raise").reduce(
      (sum, raise) => sum + cents(textOf(raise, "raiseAmnt")),
      0n,
    );
    const rounding = children(transaction, "rounding").reduce(
      (sum, r) => sum + cents(textOf(r, "roundingAmnt")),
      0n,
    );
    const expected = signed(transaction, "transAmntIn") + tips + rounding;
    if (paid !== expected) problems.push(`${textOf(transaction, "transID")}: paid ${paid} ≠ ${expected}`);
  }
  const reported = new Map<string, bigint>();
  for (const row of findAll(root, "reportPayment"))
    addTo(reported, textOf(row, "paymentType"), cents(textOf(row, "paymentAmnt")));
  const text = (map: Map<string, bigint>) =>
    [...map]
      .map(([type, amount]) => `${type}=${amount}`)
      .sort()
      .join(",");
  if (text(reported) !== text(paymentsByType))
    problems.push(`Z payments ${text(reported)} ≠ ${text(paymentsByType)}`);
  return problems;
}

describe("SAF-T Cash Register (Norway)", () => {
  const { xml, root } = exportOf([workedExample()]);

  it("declares Skatteetaten's namespace and escapes text", () => {
    expect(xml.split("\n")[1]).toBe(`<auditfile xmlns="${SAFT_CASH_REGISTER_NAMESPACE}">`);
    expect(xml).toContain("<companyName>Butikken &amp; Co AS</companyName>");
    expect(xml).toContain("<name>Shop &lt;Frogner&gt;</name>");
  });

  it.each([
    ["transType", "CASHSAL", "11001"],
    ["eventType", "SALREC", "13012"],
    ["eventType", "ZREP", "13009"],
    ["paymentType", "PAY-card", "12003"],
    ["paymentType", "PAY-cash", "12001"],
  ])("maps %s %s to the predefined code %s", (_element, basicId, predefined) => {
    const basic = findAll(root, "basic").find((node) => textOf(node, "basicID") === basicId);
    expect(basic === undefined ? undefined : textOf(basic, "predefinedBasicID")).toBe(predefined);
  });

  it.each([
    ["transAmntIn", "57.12"],
    ["transAmntEx", "53.00"],
  ])("writes the worked example's %s as %s", (name, amount) => {
    expect(textOf(findAll(root, "cashtransaction")[0] as Node, name)).toBe(amount);
  });

  it("writes a Z report whose payments and VAT tie to the receipt", () => {
    const report = findAll(root, "eventReport")[0] as Node;
    expect(
      findAll(report, "reportPayment").map((row) => [textOf(row, "paymentType"), textOf(row, "paymentAmnt")]),
    ).toEqual([
      ["PAY-card", "30.00"],
      ["PAY-cash", "27.10"],
    ]);
    expect(
      findAll(report, "reportCashSaleVat").map((row) => [
        textOf(row, "vatPerc"),
        textOf(row, "cashSaleAmnt"),
        textOf(row, "vatAmnt"),
      ]),
    ).toEqual([
      ["7.00", "10.00", "0.70"],
      ["19.00", "18.00", "3.42"],
    ]);
  });

  it("writes the same bytes for the same receipts", () => {
    expect(exportOf([workedExample()]).xml).toBe(xml);
  });

  it("is structurally complete for an empty period", () => {
    expect(structuralProblems(exportOf([]).root)).toEqual([]);
  });

  it("refuses a session-granularity journal", () => {
    const { documents, journal } = journalOf([workedExample()], [], "session");
    expect(() => exportSaftCashRegister({ documents }, journal, OPTIONS)).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["journal", "granularity"] }),
    );
  });

  it("should be structurally valid, keyed and tied for generated receipts and events", () => {
    fc.assert(
      fc.property(documentsArbitrary, eventsArbitrary, (docs, events) => {
        const { root: generated, journal } = exportOf(docs, events);
        expect(structuralProblems(generated)).toEqual([]);
        expect(referenceProblems(generated)).toEqual([]);
        expect(tieProblems(generated)).toEqual([]);
        // The tender clearing accounts of the journal equal the SAF-T payments of the same tender.
        const balances = journalBalances(journal);
        const card = findAll(generated, "payment")
          .filter((p) => textOf(p, "paymentType") === "PAY-card")
          .reduce((s, p) => s + cents(textOf(p, "paidAmnt")), 0n);
        expect(card).toBe(balances.get("1910") ?? 0n);
        // The Z reports' VAT at 19% equals the credit on VAT 19% payable.
        const vat19 = findAll(generated, "reportCashSaleVat")
          .filter((row) => textOf(row, "vatPerc") === "19.00")
          .reduce((s, row) => s + cents(textOf(row, "vatAmnt")), 0n);
        expect(vat19).toBe(-(balances.get("2619") ?? 0n));
      }),
      { numRuns: 100 },
    );
  });
});

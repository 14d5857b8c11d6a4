import { XMLParser } from "fast-xml-parser";

/** An element read back with its children in document order. */
export interface Node {
  readonly name: string;
  readonly text: string;
  readonly children: Node[];
}

type Raw = Record<string, unknown>;

function toNode(raw: Raw): Node | undefined {
  const name = Object.keys(raw).find((key) => key !== ":@");
  if (name === undefined || name === "#text") return undefined;
  const content = (raw[name] as Raw[]) ?? [];
  const text = content.map((child) => (child["#text"] === undefined ? "" : String(child["#text"]))).join("");
  const children = content.map(toNode).filter((node): node is Node => node !== undefined);
  return { name, text, children };
}

/** Parses XML keeping order and text exactly (no number conversion). */
export function readXml(xml: string): Node {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = (parser.parse(xml) as Raw[]).map(toNode).filter((node): node is Node => node !== undefined);
  const root = roots.find((node) => node.name === "auditfile");
  if (root === undefined) throw new Error("no auditfile element");
  return root;
}

export const child = (node: Node, name: string): Node | undefined =>
  node.children.find((c) => c.name === name);
export const children = (node: Node, name: string): Node[] => node.children.filter((c) => c.name === name);
export const textOf = (node: Node, name: string): string => child(node, name)?.text ?? "";

/** Every node named `name` anywhere below `node`. */
export function findAll(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const walk = (current: Node) => {
    for (const next of current.children) {
      if (next.name === name) found.push(next);
      walk(next);
    }
  };
  walk(node);
  return found;
}

/**
 * Required children of the elements tillkit writes, in the order Skatteetaten's XSD (v1.00) sequences
 * them; optional ones may sit between. Taken from the published schema (it is not shipped: no licence).
 */
export const REQUIRED_CHILDREN: Readonly<Record<string, readonly string[]>> = {
  auditfile: ["header", "company"],
  header: [
    "fiscalYear",
    "startDate",
    "endDate",
    "curCode",
    "dateCreated",
    "timeCreated",
    "softwareDesc",
    "softwareVersion",
    "softwareCompanyName",
    "auditfileVersion",
  ],
  company: ["companyIdent", "companyName"],
  basic: ["basicType", "basicID", "basicDesc"],
  ledgerAccount: ["accID", "accDesc"],
  cashregister: ["registerID"],
  event: ["eventID", "eventType", "eventDate", "eventTime"],
  eventReport: [
    "reportID",
    "reportType",
    "companyIdent",
    "companyName",
    "reportDate",
    "reportTime",
    "registerID",
    "reportTotalCashSales",
    "reportArtGroups",
    "reportPayments",
    "reportCashSalesVat",
    "reportOpeningChangeFloat",
    "reportReceiptNum",
    "reportOpenCashBoxNum",
    "reportReceiptCopyNum",
    "reportReceiptCopyAmnt",
    "reportReceiptProformaNum",
    "reportReceiptProformaAmnt",
    "reportReturnNum",
    "reportReturnAmnt",
    "reportDiscountNum",
    "reportDiscountAmnt",
    "reportVoidTransNum",
    "reportVoidTransAmnt",
    "reportCorrLines",
    "reportPriceInquiries",
    "reportOtherCorrs",
    "reportReceiptDeliveryNum",
    "reportReceiptDeliveryAmnt",
    "reportTrainingNum",
    "reportTrainingAmnt",
    "reportGrandTotalSales",
    "reportGrandTotalReturn",
    "reportGrandTotalSalesNet",
  ],
  cashtransaction: [
    "nr",
    "transID",
    "transAmntIn",
    "transAmntEx",
    "amntTp",
    "transDate",
    "transTime",
    "signature",
    "keyVersion",
  ],
  ctLine: ["nr", "lineID", "lineType", "lineAmntIn", "lineAmntEx", "amntTp"],
  payment: ["paymentType", "paidAmnt"],
  discount: ["dscTp", "dscAmnt"],
  raise: ["raiseType", "raiseAmnt"],
};

/** Order of the children of a cash transaction in the XSD sequence (all of them, optional or not). */
export const TRANSACTION_ORDER = [
  "nr",
  "transID",
  "transType",
  "transAmntIn",
  "transAmntEx",
  "amntTp",
  "empID",
  "custSupID",
  "periodNumber",
  "transDate",
  "transTime",
  "bookDate",
  "bookTime",
  "invoiceID",
  "refID",
  "desc",
  "ctLine",
  "vat",
  "savings",
  "discount",
  "raise",
  "rounding",
  "payment",
  "signature",
  "keyVersion",
  "receiptNum",
  "receiptCopyNum",
  "receiptProformaNum",
  "receiptDeliveryNum",
  "voidTransaction",
  "trainingID",
];

/** Problems found: a required child missing or out of order, or a transaction child out of sequence. */
export function structuralProblems(root: Node): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    const required = REQUIRED_CHILDREN[node.name];
    if (required !== undefined) {
      const names = node.children.map((c) => c.name);
      let last = -1;
      for (const name of required) {
        const at = names.indexOf(name);
        if (at < 0) problems.push(`${node.name} lacks ${name}`);
        else if (at < last) problems.push(`${node.name}: ${name} out of order`);
        else last = at;
      }
    }
    if (node.name === "cashtransaction") {
      const ranks = node.children.map((c) => TRANSACTION_ORDER.indexOf(c.name));
      if (ranks.some((rank, index) => rank < 0 || (index > 0 && rank < (ranks[index - 1] ?? 0))))
        problems.push(`cashtransaction ${textOf(node, "transID")} children out of sequence`);
    }
    node.children.forEach(visit);
  };
  visit(root);
  return problems;
}

import type { PostingRole } from "../../accounting/posting";
import { localDateParts } from "../signed-amount";
import { creditFlag, saftAmount } from "./saft-amounts";
import { categoryLines, taxShares } from "./saft-category-lines";
import { SAFT_BASIC_TYPES, SAFT_PREDEFINED_CODES } from "./saft-codes";
import { optionalElement, type SaftTransactionContext } from "./saft-context";
import { parentElement, textElement, type XmlElement } from "./xml-element";

function ctLine(
  context: SaftTransactionContext,
  index: number,
  fields: {
    type: string;
    group?: string;
    amountIn: bigint;
    amountEx: bigint;
    account: string | undefined;
    extra: (XmlElement | undefined)[];
  },
): XmlElement {
  const { document } = context;
  const { day, month, year, time } = localDateParts(document.date);
  context.totals.amountIn += fields.amountIn;
  context.totals.amountEx += fields.amountEx;
  return parentElement("ctLine", [
    textElement("nr", document.receiptNumber),
    textElement("lineID", String(index + 1)),
    textElement("lineType", fields.type),
    optionalElement("artGroupID", fields.group),
    textElement("lineAmntIn", saftAmount(fields.amountIn, document.currency)),
    textElement("lineAmntEx", saftAmount(fields.amountEx, document.currency)),
    textElement("amntTp", creditFlag(fields.amountIn)),
    optionalElement("empID", undefined),
    optionalElement("lineAmntInAccID", fields.account),
    textElement("lineDate", `${year}-${month}-${day}`),
    textElement("lineTime", time),
    ...fields.extra,
  ]);
}

/**
 * The goods lines of a transaction: one ctLine per category, net after its discounts, tax from the
 * receipt's rows for that category (or allocated), with the discounts inside.
 *
 * @param context - the transaction being written
 * @returns the ctLine elements
 * @internal
 */
export function goodsLines(context: SaftTransactionContext): XmlElement[] {
  const { document, basics, settings, summary } = context;
  const lines = categoryLines(document);
  const exclusive = lines.map(
    (line) => line.net - line.discounts.reduce((total, row) => total + row.amount, 0n),
  );
  const shares = taxShares(document, lines, exclusive);
  const lineType = basics.use(
    SAFT_BASIC_TYPES.lineType,
    document.kind === "sale" ? "SAL" : "RET",
    undefined,
    document.kind === "sale" ? "Sale line" : "Return line",
  );
  return lines.map((line, index) => {
    const group = basics.use(
      SAFT_BASIC_TYPES.articleGroup,
      line.category,
      settings.codes.categories[line.category] ?? SAFT_PREDEFINED_CODES.articleGroup.other,
      line.category,
    );
    const amountEx = exclusive[index] ?? 0n;
    const amountIn = amountEx + (shares[index] ?? 0n);
    const found = summary.artGroups.get(group) ?? { count: 0n, amountIn: 0n };
    summary.artGroups.set(group, { count: found.count + 1n, amountIn: found.amountIn + amountIn });
    const discounts = line.discounts.map((row) => {
      (summary as { discountCount: bigint }).discountCount += 1n;
      (summary as { discountAmount: bigint }).discountAmount += row.amount;
      const type = basics.use(
        SAFT_BASIC_TYPES.discount,
        `DSC-${row.promotion}`,
        undefined,
        `Discount ${row.promotion}`,
      );
      return parentElement("discount", [
        textElement("dscTp", type),
        textElement("dscAmnt", saftAmount(row.amount, document.currency)),
        optionalElement("accID", context.accountOf("discount", row.promotion)),
      ]);
    });
    return ctLine(context, index, {
      type: lineType,
      group,
      amountIn,
      amountEx,
      account: context.accountOf("revenue", line.category),
      extra: discounts,
    });
  });
}

/**
 * ctLines for gift cards sold and store credit issued (no VAT: they are liabilities, not sales).
 *
 * @param context - the transaction being written
 * @param offset - number of lines already written (for lineID)
 * @returns the ctLine elements
 * @internal
 */
export function liabilityLines(context: SaftTransactionContext, offset: number): XmlElement[] {
  const { document, basics } = context;
  const rows: { id: string; text: string; minor: bigint; role: PostingRole }[] = [
    {
      id: "GIFTCARD",
      text: "Gift card sold",
      minor: document.giftCards?.sold?.minor ?? 0n,
      role: "gift-card-liability",
    },
    {
      id: "CREDITNOTE",
      text: "Store credit issued",
      minor: document.storeCredit?.issued?.minor ?? 0n,
      role: "store-credit-liability",
    },
  ];
  return rows
    .filter((row) => row.minor !== 0n)
    .map((row, index) => {
      const type = basics.use(SAFT_BASIC_TYPES.lineType, row.id, undefined, row.text);
      return ctLine(context, offset + index, {
        type,
        amountIn: row.minor,
        amountEx: row.minor,
        account: context.accountOf(row.role, ""),
        extra: [],
      });
    });
}

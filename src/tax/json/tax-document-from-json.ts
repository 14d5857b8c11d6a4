import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import { parseQuantity } from "../../core/quantity/quantity";
import type { TaxDocument, TaxLine } from "../plan/tax-document";
import { assertUniqueLineIds } from "../plan/unique-line-ids";
import type { TaxDocumentParsed } from "../schema/tax-document-schema";

function lineFromJson(
  line: TaxDocumentParsed["lines"][number],
  currency: string,
  path: TillErrorPath,
): TaxLine {
  if (line.currency !== undefined && line.currency !== currency) {
    throw new TillError("CURRENCY_MISMATCH", {
      path: [...path, "currency"],
      details: { left: currency, right: line.currency },
    });
  }
  return {
    id: line.id,
    unitPrice: parseMoney(line.unitPrice, currency, { path: [...path, "unitPrice"] }),
    quantity: parseQuantity(line.quantity, "each", [...path, "quantity"]),
    taxCategory: line.taxCategory,
    kind: line.kind,
    discounts: line.discounts.map((discount, index) => ({
      source: discount.source,
      funding: discount.funding,
      amount: parseMoney(discount.amount, currency, { path: [...path, "discounts", index, "amount"] }),
    })),
    shipTo: line.shipTo,
    sourcing: line.sourcing,
  };
}

/**
 * Turns a schema-validated JSON document into the kernel's exact form, once: decimal text becomes Money
 * and Quantity in the document's currency.
 *
 * @param parsed - output of {@link taxDocumentSchema}
 * @returns the exact document
 * @throws TillError MONEY_PRECISION, QUANTITY_PRECISION, INVALID_DECIMAL, CURRENCY_MISMATCH, INVALID_INPUT
 *   (duplicate line id), with paths
 * @public
 */
export function taxDocumentFromJson(parsed: TaxDocumentParsed): TaxDocument {
  const lines = parsed.lines.map((line, index) => lineFromJson(line, parsed.currency, ["lines", index]));
  // Checked here, once, so planning the document (possibly many times) does not repeat it.
  assertUniqueLineIds(lines);
  return {
    currency: parsed.currency,
    date: parsed.date,
    context: parsed.context,
    customer: parsed.customer,
    lines,
  };
}

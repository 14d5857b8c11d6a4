import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { parseWith } from "../../core/errors/from-zod";
import { isTillError, TillError } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import { formatMoney } from "../../core/money/money-conversions";
import { decimalStringSchema } from "../../core/numbers/decimal-input";
import type { ByteTransport } from "../transport/byte-transport";
import { type DisplayDialect, resolveDisplayDialect } from "./display-dialect";
import { displayPair, fitDisplayLine } from "./display-text";
import { encodeDisplayFrame } from "./encode-display-frame";

/**
 * Settings for {@link makeCustomerDisplay}.
 *
 * @public
 */
export const customerDisplayOptionsSchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  locale: z.string().min(2).default("en"),
  labels: z
    .object({ total: z.string(), paid: z.string(), change: z.string() })
    .default({ total: "TOTAL", paid: "Paid", change: "Change" }),
});

/** @public */
export type CustomerDisplayOptions = z.input<typeof customerDisplayOptionsSchema>;

/** The outcome of a display update; a display fault never interrupts a sale. @public */
export type DisplayResult =
  | { readonly status: "shown"; readonly lines: readonly [string, string] }
  | { readonly status: "failed"; readonly error: TillError };

/**
 * A 2-line customer display.
 *
 * @public
 */
export interface CustomerDisplay {
  /** The line just added: description above, "quantity x price" and the line total below. */
  showLine(line: {
    description: string;
    quantity: string;
    unitPrice: string;
    lineTotal: string;
  }): Promise<DisplayResult>;
  /** The sale total. */
  showTotal(total: string): Promise<DisplayResult>;
  /** What was paid and the change. */
  showChange(paid: string, change: string): Promise<DisplayResult>;
  /** An idle message, centred. */
  showIdle(upper: string, lower?: string): Promise<DisplayResult>;
}

/**
 * Makes a customer display driver over a transport. Amounts are decimal strings in the currency, shown
 * without the currency sign (pole displays rarely have €, and CP437 has none).
 *
 * @param transport - the link to the display
 * @param dialect - a dialect id ("cd5220", "escpos", "bixolon", "digipos") or a dialect
 * @param options - currency, locale and labels
 * @returns the driver
 * @throws TillError INVALID_INPUT for bad options; DEVICE_UNSUPPORTED for an unknown dialect
 * @public
 */
export function makeCustomerDisplay(
  transport: ByteTransport,
  dialect: string | DisplayDialect,
  options: CustomerDisplayOptions,
): CustomerDisplay {
  const resolved = resolveDisplayDialect(dialect);
  const settings = parseWith(customerDisplayOptionsSchema, options, ["options"]);
  const columns = resolved.columns;
  const amount = (value: string, path: string): string => {
    const money = parseMoney(parseWith(decimalStringSchema, value, [path]), settings.currency, {
      path: [path],
    });
    // Intl's no-break and thin spaces (fr groups digits with U+202F) are not in display code pages.
    return formatMoney(money, settings.locale, { style: "decimal" }).replace(/[\u00a0\u2009\u202f]/g, " ");
  };
  const show = async (compose: () => [string, string]): Promise<DisplayResult> => {
    try {
      const lines = compose();
      if (transport.state === "closed") await transport.open();
      await transport.write(encodeDisplayFrame(resolved, lines));
      return { status: "shown", lines };
    } catch (error) {
      return {
        status: "failed",
        error: isTillError(error) ? error : new TillError("DEVICE_FAILURE", { cause: error }),
      };
    }
  };
  return {
    showLine: (line) =>
      show(() => [
        fitDisplayLine(line.description, columns),
        displayPair(
          `${line.quantity} x ${amount(line.unitPrice, "unitPrice")}`,
          amount(line.lineTotal, "lineTotal"),
          columns,
        ),
      ]),
    showTotal: (total) =>
      show(() => [
        fitDisplayLine(settings.labels.total, columns),
        fitDisplayLine(amount(total, "total"), columns, "right"),
      ]),
    showChange: (paid, change) =>
      show(() => [
        displayPair(settings.labels.paid, amount(paid, "paid"), columns),
        displayPair(settings.labels.change, amount(change, "change"), columns),
      ]),
    showIdle: (upper, lower = "") =>
      show(() => [fitDisplayLine(upper, columns, "center"), fitDisplayLine(lower, columns, "center")]),
  };
}

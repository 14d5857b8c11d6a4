import type { Money } from "../../core/money/money";
import type { Quantity } from "../../core/quantity/quantity";
import type { Sourcing, TaxAddress } from "../schema/jurisdiction-schema";
import type { LineKind } from "../schema/tax-definition-schema";
import type { TaxContext, TaxExemption } from "../schema/tax-document-schema";

/**
 * A discount already allocated to a line, in exact form (see {@link taxLineDiscountSchema}).
 *
 * @public
 */
export interface TaxLineDiscount {
  readonly source: string;
  readonly amount: Money;
  readonly funding: "store" | "manufacturer";
}

/**
 * A line in exact form: what a pipeline stage builds from a priced line, with no JSON in between.
 *
 * @public
 */
export interface TaxLine {
  readonly id: string;
  readonly unitPrice: Money;
  readonly quantity: Quantity;
  readonly taxCategory: string;
  readonly kind: LineKind;
  readonly discounts: readonly TaxLineDiscount[];
  readonly shipTo?: TaxAddress | undefined;
  readonly sourcing?: Sourcing | undefined;
}

/**
 * A document to tax in exact form: the kernel's input beside the compiled rules.
 *
 * @public
 */
export interface TaxDocument {
  readonly currency: string;
  /** The document date, "YYYY-MM-DD": picks rates by effective range. */
  readonly date: string;
  readonly context?: TaxContext | undefined;
  readonly customer?:
    | { readonly id?: string | undefined; readonly exemption?: TaxExemption | undefined }
    | undefined;
  readonly lines: readonly TaxLine[];
}

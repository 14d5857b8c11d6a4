import { parseMoney, pieces } from "../../../src/core";
import { createSale } from "../../../src/core/sale/create-sale";
import type { Sale } from "../../../src/core/sale/sale";
import type { SaleLine } from "../../../src/core/sale/sale-line";

/** The clock value of every stage test. */
export const AT = "2026-11-23T12:00:00Z";

/** A catalog-priced line of `quantity` pieces at `price` EUR, taxed "standard". */
export function saleLine(
  lineId: string,
  sku: string,
  price: string,
  quantity: number,
  extra: Partial<SaleLine> = {},
): SaleLine {
  return {
    lineId,
    sku,
    description: sku,
    quantity: pieces(quantity),
    unitPrice: parseMoney(price, "EUR"),
    priceSource: { kind: "catalog" },
    taxCategory: "standard",
    tags: [],
    modifiers: [],
    addedBy: "cashier-1",
    addedAt: AT,
    ...extra,
  };
}

/** An empty EUR sale opened at {@link AT}, for a customer when one is given. */
export function stageSale(customer?: Sale["customer"]): Sale {
  return createSale({
    saleId: "s1",
    storeId: "store-1",
    registerId: "r1",
    cashierId: "cashier-1",
    currency: "EUR",
    at: AT,
    ...(customer === undefined ? {} : { customer }),
  });
}

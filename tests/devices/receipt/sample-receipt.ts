import type { ReceiptDataInput } from "../../../src/devices/receipt";

/** A worked sale: 2 × 1.25 coffee with a promotion, 0.750 kg apples, 21% and 9% Dutch VAT, cash rounded. */
export const sampleReceipt: ReceiptDataInput = {
  currency: "EUR",
  store: {
    name: "Corner Shop",
    addressLines: ["Main Street 1", "1011 AB Amsterdam"],
    vatId: "NL001234567B01",
  },
  receiptNumber: "R1-000042",
  issuedAt: "2026-03-14T15:09:26Z",
  register: "R1",
  cashier: { id: "c7", name: "Ann" },
  customer: { id: "m9", name: "Bob Jansen" },
  lines: [
    {
      description: "Coffee",
      quantity: "2",
      unitPrice: "1.25",
      lineTotal: "2.50",
      discounts: [{ promotionName: "2nd half price", amount: "0.63" }],
      taxCode: "B",
    },
    {
      description: "Apples",
      quantity: "0.750",
      unit: "kg",
      unitPrice: "3.00",
      lineTotal: "2.25",
      taxCode: "B",
    },
    { description: "Candle", quantity: "1", unitPrice: "4.99", lineTotal: "4.99", taxCode: "A" },
  ],
  taxes: [
    { code: "A", name: "VAT", jurisdiction: "NL", ratePercent: "21", base: "4.12", amount: "0.87" },
    { code: "B", name: "VAT", jurisdiction: "NL", ratePercent: "9", base: "3.81", amount: "0.31" },
  ],
  totals: { subtotal: "9.74", discount: "0.63", tax: "1.18", total: "9.11", taxIncluded: true },
  cashRounding: { adjustment: "-0.01", roundedTotal: "9.10" },
  tenders: [{ method: "cash", amount: "10.00" }],
  change: "0.90",
  loyalty: { pointsEarned: "9", balance: "120" },
  journal: { sequence: 1042, hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
  returnPolicy: "Returns within 30 days with receipt.",
};

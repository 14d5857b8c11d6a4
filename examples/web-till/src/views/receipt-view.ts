import type { Money } from "tillkit";
import { money } from "../format";
import { h } from "./dom";

/** A printed receipt as the virtual printer decoded it. */
export interface PrintedReceipt {
  readonly receiptNumber: string;
  /** A reprint: marked COPY on the paper. */
  readonly isCopy: boolean;
  readonly change: Money;
  /** The paper as text, one printed line each. */
  readonly lines: readonly string[];
  /** The paper as a PNG image. */
  readonly png: Uint8Array;
}

/**
 * The end of a sale: the change to hand back, and the receipt exactly as the printer got it (the
 * virtual printer decodes the ESC/POS bytes back into text and renders them as an image).
 *
 * @param receipt - the printed receipt
 * @returns the receipt panel
 */
export function receiptView(receipt: PrintedReceipt): HTMLElement {
  const image = h("img", { class: "receipt-png", alt: `Receipt ${receipt.receiptNumber} as printed` });
  image.src = URL.createObjectURL(new Blob([receipt.png.slice()], { type: "image/png" }));
  return h(
    "section",
    { class: "receipt" },
    receipt.isCopy
      ? h(
          "div",
          { class: "change copy" },
          h("span", {}, "Copy of receipt"),
          h("strong", {}, receipt.receiptNumber),
        )
      : h(
          "div",
          { class: "change" },
          h("span", {}, "Change"),
          h("strong", { "data-total": "change" }, money(receipt.change)),
        ),
    h(
      "p",
      { class: "muted" },
      `Receipt ${receipt.receiptNumber} printed. Press Enter for the next customer.`,
    ),
    h(
      "div",
      { class: "paper" },
      h("pre", { class: "receipt-text", "aria-label": "Receipt text" }, receipt.lines.join("\n")),
      image,
    ),
  );
}

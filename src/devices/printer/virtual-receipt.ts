/**
 * A styled piece of a decoded line.
 *
 * @public
 */
export interface VirtualSegment {
  readonly text: string;
  readonly bold: boolean;
  readonly underline: boolean;
  readonly invert: boolean;
  readonly width: number;
  readonly height: number;
}

/**
 * One thing a virtual printer saw, in order.
 *
 * @public
 */
export type VirtualItem =
  | { readonly type: "text"; readonly text: string; readonly segments: readonly VirtualSegment[] }
  | { readonly type: "barcode"; readonly symbology: number; readonly value: string }
  | { readonly type: "qrcode"; readonly value: string }
  | { readonly type: "image"; readonly width: number; readonly height: number; readonly data: Uint8Array }
  | { readonly type: "cut"; readonly partial: boolean }
  | { readonly type: "pulse"; readonly pin: 2 | 5; readonly onMs: number; readonly offMs: number }
  | {
      readonly type: "status-request";
      /** DLE EOT n, GS a n (ESC/POS Automatic Status Back; n = 0 turns it off) or Star ESC ACK SOH. */
      readonly command: "dle-eot" | "asb" | "star";
      readonly n: number;
    };

/**
 * What a virtual printer decoded from a byte stream.
 *
 * @public
 */
export interface VirtualReceipt {
  readonly items: readonly VirtualItem[];
  /** Command bytes it did not understand, with their offsets (an empty list means a clean stream). */
  readonly unknown: readonly { offset: number; byte: number }[];
}

/**
 * The printed text lines of a decoded receipt, with barcodes, QR codes, images, cuts and pulses as
 * bracketed placeholders such as `[QR TK1;r=…]`, `[CUT partial]` and `[PULSE pin 2]`.
 *
 * @param receipt - the decoded receipt
 * @returns one string per printed line or event
 * @public
 */
export function receiptLines(receipt: VirtualReceipt): string[] {
  return receipt.items.flatMap((item): string[] => {
    switch (item.type) {
      case "text":
        return [item.text];
      case "barcode":
        return [`[BARCODE ${item.value}]`];
      case "qrcode":
        return [`[QR ${item.value}]`];
      case "image":
        return [`[IMAGE ${item.width}x${item.height}]`];
      case "cut":
        return [item.partial ? "[CUT partial]" : "[CUT]"];
      case "pulse":
        return [`[PULSE pin ${item.pin} ${item.onMs}/${item.offMs} ms]`];
      default:
        return [];
    }
  });
}

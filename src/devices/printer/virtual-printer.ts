import type { MemoryDeviceEnd } from "../transport/memory-transport";
import { type DecodeEscPosOptions, decodeEscPos } from "./decode-escpos";
import { decodeStarPrnt } from "./decode-star-prnt";
import { dleEotBytes, type PrinterStatus } from "./printer-status";
import { type RenderPngOptions, renderReceiptPng } from "./render-receipt-png";
import { receiptLines, type VirtualReceipt } from "./virtual-receipt";

/**
 * Options for {@link VirtualPrinter}.
 *
 * @public
 */
export interface VirtualPrinterOptions extends DecodeEscPosOptions {
  /** The command language it reads (default "esc-pos"; status replies are ESC/POS only). */
  readonly language?: "esc-pos" | "star-prnt";
  /** Pin-3 level its drawer reports as open. */
  readonly drawerOpenLevel?: "high" | "low";
}

/**
 * An ESC/POS (or StarPRNT) printer emulator on the device end of an in-memory link. It keeps every byte, decodes them
 * on demand, answers DLE EOT status requests from its simulated state, and opens its drawer on a pulse.
 *
 * @example
 * ```ts
 * const { host, device } = createMemoryLink("printer");
 * const printer = new VirtualPrinter(device);
 * await host.open();
 * await host.write(encodeReceipt(document, "generic-escpos-80mm"));
 * printer.lines(); // ["   Corner Shop", …, "[CUT partial]"]
 * ```
 * @public
 */
export class VirtualPrinter {
  /** The simulated state reported to status requests; tests change it to simulate faults. */
  status: PrinterStatus = { isOnline: true, paper: "ok", cover: "closed", drawer: "closed", hasError: false };
  readonly #device: MemoryDeviceEnd;
  readonly #options: VirtualPrinterOptions;
  readonly #stop: () => void;
  #answered = 0;
  #pulses = 0;

  /**
   * @param device - the device end of a memory link
   * @param options - decoding options and the drawer's pin-3 level
   */
  constructor(device: MemoryDeviceEnd, options: VirtualPrinterOptions = {}) {
    this.#device = device;
    this.#options = options;
    this.#stop = device.onData(() => this.#hear());
  }

  /** Everything received so far, decoded. */
  receipt(): VirtualReceipt {
    const bytes = this.#device.received();
    return this.#options.language === "star-prnt"
      ? decodeStarPrnt(bytes)
      : decodeEscPos(bytes, this.#options);
  }

  /** The printed lines with placeholders (see {@link receiptLines}). */
  lines(): string[] {
    return receiptLines(this.receipt());
  }

  /** A PNG picture of the paper so far. */
  png(options: RenderPngOptions = {}): Uint8Array {
    return renderReceiptPng(this.receipt(), options);
  }

  /** Tears the paper off: forgets what was printed. */
  clear(): void {
    this.#device.clear();
    this.#answered = 0;
    this.#pulses = 0;
  }

  /** Detaches from the link. */
  detach(): void {
    this.#stop();
  }

  #hear(): void {
    // Decoding the whole stream again keeps command boundaries exact (image data may contain any byte);
    // only requests and pulses not yet handled are acted on.
    const items = this.receipt().items;
    const requests = items.filter((item) => item.type === "status-request");
    for (const request of requests.slice(this.#answered)) this.#answer(request.n);
    this.#answered = requests.length;
    const pulses = items.filter((item) => item.type === "pulse").length;
    if (pulses > this.#pulses) this.status = { ...this.status, drawer: "open" };
    this.#pulses = pulses;
  }

  #answer(n: number): void {
    const [printer, offline, paper] = dleEotBytes(this.status, this.#options.drawerOpenLevel);
    const reply = n === 1 ? printer : n === 2 ? offline : n === 4 ? paper : undefined;
    if (reply !== undefined) this.#device.send(new Uint8Array([reply]));
  }
}

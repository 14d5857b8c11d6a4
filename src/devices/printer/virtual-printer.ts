import type { MemoryDeviceEnd } from "../transport/memory-transport";
import { escPosAsbBytes } from "./automatic-status";
import { type DecodeEscPosOptions, decodeEscPos } from "./decode-escpos";
import { decodeStarPrnt } from "./decode-star-prnt";
import { dleEotBytes, type PrinterStatus } from "./printer-status";
import { type RenderPngOptions, renderReceiptPng } from "./render-receipt-png";
import { starStatusBytes } from "./star-status";
import { receiptLines, type VirtualReceipt } from "./virtual-receipt";

/**
 * Options for {@link VirtualPrinter}.
 *
 * @public
 */
export interface VirtualPrinterOptions extends DecodeEscPosOptions {
  /** The command language it reads (default "esc-pos"). */
  readonly language?: "esc-pos" | "star-prnt" | "star-line";
  /** Pin-3 level its drawer reports as open. */
  readonly drawerOpenLevel?: "high" | "low";
}

/**
 * An ESC/POS (or StarPRNT / Star Line) printer emulator on the device end of an in-memory link. It keeps
 * every byte, decodes them on demand, answers status requests from its simulated state (DLE EOT; GS a
 * with a 4-byte Automatic Status Back frame, then again on every change of {@link setStatus} while on;
 * Star ESC ACK SOH with a Star status frame), and opens its drawer on a pulse.
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
  #isAsbOn = false;

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
    return this.#options.language === "star-prnt" || this.#options.language === "star-line"
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

  /**
   * Changes the simulated state; with Automatic Status Back on, the printer reports the change at once.
   *
   * @param change - the fields that change
   */
  setStatus(change: Partial<PrinterStatus>): void {
    this.status = { ...this.status, ...change };
    if (this.#isAsbOn) this.#sendAsb();
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
    for (const request of requests.slice(this.#answered)) this.#answer(request.command, request.n);
    this.#answered = requests.length;
    const pulses = items.filter((item) => item.type === "pulse").length;
    if (pulses > this.#pulses) this.setStatus({ drawer: "open" });
    this.#pulses = pulses;
  }

  #answer(command: "dle-eot" | "asb" | "star", n: number): void {
    if (command === "star") {
      this.#device.send(new Uint8Array(starStatusBytes(this.status, this.#options.drawerOpenLevel)));
      return;
    }
    if (command === "asb") {
      this.#isAsbOn = n !== 0;
      if (this.#isAsbOn) this.#sendAsb();
      return;
    }
    const [printer, offline, paper] = dleEotBytes(this.status, this.#options.drawerOpenLevel);
    const reply = n === 1 ? printer : n === 2 ? offline : n === 4 ? paper : undefined;
    if (reply !== undefined) this.#device.send(new Uint8Array([reply]));
  }

  #sendAsb(): void {
    this.#device.send(new Uint8Array(escPosAsbBytes(this.status, this.#options.drawerOpenLevel)));
  }
}

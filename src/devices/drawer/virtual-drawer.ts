import type { MemoryDeviceEnd } from "../transport/memory-transport";

/**
 * A cash drawer emulator on the device end of a memory link. Wired "printer", it opens on an ESC/POS
 * kick (`ESC p`) and answers `DLE EOT 1` with its pin-3 level (high = open); wired "serial", it opens on
 * its open sequence.
 *
 * @public
 */
export class VirtualDrawer {
  /** How many times it has been kicked open. */
  openings = 0;
  #isOpen = false;
  #buffer: number[] = [];
  readonly #device: MemoryDeviceEnd;
  readonly #openBytes: readonly number[] | undefined;

  /**
   * @param device - device end of a memory link
   * @param wiring - "printer" (ESC p kicks) or the serial open sequence
   */
  constructor(device: MemoryDeviceEnd, wiring: "printer" | { openBytes: readonly number[] } = "printer") {
    this.#device = device;
    this.#openBytes = wiring === "printer" ? undefined : wiring.openBytes;
    device.onData((chunk) => this.#hear(chunk));
  }

  /** Whether the drawer is open. */
  get isOpen(): boolean {
    return this.#isOpen;
  }

  /** The cashier pushes it shut. */
  close(): void {
    this.#isOpen = false;
  }

  #hear(chunk: Uint8Array): void {
    this.#buffer.push(...chunk);
    const pattern = this.#openBytes;
    for (;;) {
      if (pattern !== undefined) {
        const at = indexOf(this.#buffer, pattern);
        if (at < 0) break;
        this.#kick();
        this.#buffer.splice(0, at + pattern.length);
        continue;
      }
      const kick = indexOf(this.#buffer, [0x1b, 0x70]);
      const status = indexOf(this.#buffer, [0x10, 0x04]);
      const next = [kick, status].filter((at) => at >= 0).sort((a, b) => a - b)[0];
      if (next === undefined) break;
      const length = next === kick ? 5 : 3;
      if (this.#buffer.length < next + length) break;
      if (next === kick) this.#kick();
      else if (this.#buffer[next + 2] === 1)
        this.#device.send(new Uint8Array([0x12 | (this.#isOpen ? 0x04 : 0)]));
      this.#buffer.splice(0, next + length);
    }
    // Only a possible command prefix needs keeping between chunks.
    const keep = Math.max(4, (this.#openBytes?.length ?? 0) - 1);
    if (this.#buffer.length > keep) this.#buffer = this.#buffer.slice(-keep);
  }

  #kick(): void {
    this.openings += 1;
    this.#isOpen = true;
  }
}

function indexOf(haystack: readonly number[], needle: readonly number[]): number {
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((byte, offset) => haystack[start + offset] === byte)) return start;
  }
  return -1;
}

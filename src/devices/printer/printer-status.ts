import { z } from "zod";
import { TillError } from "../../core/errors/till-error";
import type { ByteTransport } from "../transport/byte-transport";
import { withStatusReplies } from "./status-replies";

/**
 * What a printer reports about itself.
 *
 * @public
 */
export const printerStatusSchema = /* @__PURE__ */ z.object({
  isOnline: z.boolean(),
  paper: z.enum(["ok", "near-end", "out"]),
  cover: z.enum(["closed", "open"]),
  drawer: z.enum(["closed", "open"]),
  hasError: z.boolean(),
});

/** @public */
export type PrinterStatus = z.infer<typeof printerStatusSchema>;

/** The real-time status requests: DLE EOT 1 (printer), 2 (offline cause), 4 (paper sensor). @public */
export const DLE_EOT = {
  printer: [0x10, 0x04, 0x01],
  offline: [0x10, 0x04, 0x02],
  paper: [0x10, 0x04, 0x04],
} as const;

/**
 * Parses the three ESC/POS real-time status bytes. Bit meanings (Epson): printer status bit 2 = drawer
 * connector pin 3 high, bit 3 = offline; offline cause bit 2 = cover open, bit 5 = stopped by paper end,
 * bit 6 = error; paper sensor bits 2–3 = near end, bits 5–6 = paper end.
 *
 * @param bytes - replies to DLE EOT 1, 2 and 4, in that order
 * @param drawerOpenLevel - which pin-3 level means the drawer is open (drawers differ)
 * @returns the status
 * @throws TillError DEVICE_FAILURE when a byte is not a status byte (bits 1 and 4 set, bits 0 and 7 clear)
 * @public
 */
export function parseDleEotStatus(
  bytes: readonly [number, number, number],
  drawerOpenLevel: "high" | "low" = "high",
): PrinterStatus {
  for (const byte of bytes) {
    if ((byte & 0x93) !== 0x12)
      throw new TillError("DEVICE_FAILURE", { message: "Not a status byte.", details: { byte } });
  }
  const [printer, offline, paper] = bytes;
  const isPinHigh = (printer & 0x04) !== 0;
  return {
    isOnline: (printer & 0x08) === 0,
    paper: (paper & 0x60) !== 0 || (offline & 0x20) !== 0 ? "out" : (paper & 0x0c) !== 0 ? "near-end" : "ok",
    cover: (offline & 0x04) !== 0 ? "open" : "closed",
    drawer: isPinHigh === (drawerOpenLevel === "high") ? "open" : "closed",
    hasError: (offline & 0x40) !== 0,
  };
}

/**
 * The status bytes a printer would send for a status (the inverse of {@link parseDleEotStatus}); the
 * virtual printer answers with them.
 *
 * @param status - the status to report
 * @param drawerOpenLevel - pin-3 level meaning "open"
 * @returns replies to DLE EOT 1, 2 and 4
 * @public
 */
export function dleEotBytes(
  status: PrinterStatus,
  drawerOpenLevel: "high" | "low" = "high",
): [number, number, number] {
  const isPinHigh = (status.drawer === "open") === (drawerOpenLevel === "high");
  const printer = 0x12 | (isPinHigh ? 0x04 : 0) | (status.isOnline ? 0 : 0x08);
  const offline =
    0x12 |
    (status.cover === "open" ? 0x04 : 0) |
    (status.paper === "out" ? 0x20 : 0) |
    (status.hasError ? 0x40 : 0);
  const paper = 0x12 | (status.paper === "near-end" ? 0x0c : 0) | (status.paper === "out" ? 0x60 : 0);
  return [printer, offline, paper];
}

/**
 * Asks a printer for its status over a bidirectional link: sends DLE EOT 1, 2 and 4 and reads one byte
 * for each.
 *
 * @param transport - an open transport
 * @param options - `timeoutMs` per reply (default 1000), drawer level, injectable timer for tests
 * @returns the status
 * @throws TillError DEVICE_NOT_CONNECTED when the link is down; DEVICE_FAILURE when a reply does not come
 * @public
 */
export async function queryPrinterStatus(
  transport: ByteTransport,
  options: {
    timeoutMs?: number;
    drawerOpenLevel?: "high" | "low";
    setTimer?: (callback: () => void, ms: number) => () => void;
  } = {},
): Promise<PrinterStatus> {
  return withStatusReplies(transport, options, async (nextByte) => {
    const bytes: number[] = [];
    for (const request of [DLE_EOT.printer, DLE_EOT.offline, DLE_EOT.paper]) {
      await transport.write(new Uint8Array(request));
      bytes.push(await nextByte());
    }
    return parseDleEotStatus(bytes as [number, number, number], options.drawerOpenLevel);
  });
}

/**
 * Reads only the drawer: sends DLE EOT 1 and reads bit 2 of the reply (drawer connector pin 3).
 *
 * @param transport - an open transport to the printer (or drawer interface) answering DLE EOT 1
 * @param drawerOpenLevel - pin-3 level meaning "open"
 * @param options - `timeoutMs` (default 1000) and an injectable timer
 * @returns true when the drawer is open
 * @throws TillError DEVICE_NOT_CONNECTED; DEVICE_FAILURE when no valid reply comes
 * @public
 */
export async function queryDrawerOpen(
  transport: ByteTransport,
  drawerOpenLevel: "high" | "low" = "high",
  options: { timeoutMs?: number; setTimer?: (callback: () => void, ms: number) => () => void } = {},
): Promise<boolean> {
  return withStatusReplies(transport, options, async (nextByte) => {
    await transport.write(new Uint8Array(DLE_EOT.printer));
    const byte = await nextByte();
    return parseDleEotStatus([byte, 0x12, 0x12], drawerOpenLevel).drawer === "open";
  });
}

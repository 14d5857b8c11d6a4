import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { isTillError, TillError } from "../../core/errors/till-error";
import { queryDrawerOpen } from "../printer/printer-status";
import type { ByteTransport } from "../transport/byte-transport";
import { type DrawerKick, drawerKickBytes } from "./drawer-kick";

/**
 * Why the drawer was opened, as the journal records it.
 *
 * @public
 */
export const drawerOpenRequestSchema = /* @__PURE__ */ z.object({
  reason: z.enum(["sale", "refund", "no-sale", "cash-in", "cash-out", "float", "count"]),
  saleId: z.string().optional(),
  operatorId: z.string().optional(),
});

/** @public */
export type DrawerOpenRequest = z.input<typeof drawerOpenRequestSchema>;

/**
 * The event every opening emits; the till appends it to the journal.
 *
 * @public
 */
export interface DrawerOpenedEvent {
  readonly type: "drawer-opened";
  readonly drawerId: string;
  /** ISO 8601 instant from the injected clock. */
  readonly at: string;
  readonly reason: DrawerOpenRequest["reason"];
  readonly saleId?: string | undefined;
  readonly operatorId?: string | undefined;
}

/** The outcome of an open request. @public */
export type DrawerResult =
  | { readonly status: "opened"; readonly event: DrawerOpenedEvent }
  | { readonly status: "failed"; readonly error: TillError };

/**
 * How the drawer is wired: to a printer's kick connector, or to its own serial interface that opens on a
 * fixed byte sequence.
 *
 * @public
 */
export type DrawerConnection =
  | { readonly kind: "printer"; readonly kick?: DrawerKick; readonly openLevel?: "high" | "low" }
  | { readonly kind: "serial"; readonly openBytes: readonly number[] };

/**
 * A cash drawer driver.
 *
 * @public
 */
export interface CashDrawer {
  readonly id: string;
  /** Opens the drawer and emits (and returns) the drawer-opened event. Never throws. */
  open(request: DrawerOpenRequest): Promise<DrawerResult>;
  /** Whether the drawer is open, where the printer reports it (DEVICE_UNSUPPORTED for serial drawers). */
  isOpen(): Promise<boolean>;
  /** Subscribes to openings; returns the unsubscribe function. */
  onOpened(listener: (event: DrawerOpenedEvent) => void): () => void;
}

/**
 * Makes a cash drawer driver.
 *
 * @param options - id, transport, wiring and a clock returning the current instant
 * @returns the driver
 * @public
 */
export function makeCashDrawer(options: {
  id: string;
  transport: ByteTransport;
  connection: DrawerConnection;
  clock: () => Date;
}): CashDrawer {
  const { transport, connection } = options;
  const listeners: ((event: DrawerOpenedEvent) => void)[] = [];
  const bytes =
    connection.kind === "printer" ? drawerKickBytes(connection.kick) : new Uint8Array(connection.openBytes);
  return {
    id: options.id,
    async open(request) {
      try {
        const valid = parseWith(drawerOpenRequestSchema, request, ["request"]);
        if (transport.state === "closed") await transport.open();
        await transport.write(bytes);
        const event: DrawerOpenedEvent = {
          type: "drawer-opened",
          drawerId: options.id,
          at: options.clock().toISOString(),
          ...valid,
        };
        for (const listener of [...listeners]) listener(event);
        return { status: "opened", event };
      } catch (error) {
        return {
          status: "failed",
          error: isTillError(error) ? error : new TillError("DEVICE_FAILURE", { cause: error }),
        };
      }
    },
    async isOpen() {
      if (connection.kind !== "printer")
        throw new TillError("DEVICE_UNSUPPORTED", { details: { drawerId: options.id } });
      return queryDrawerOpen(transport, connection.openLevel ?? "high");
    },
    onOpened(listener) {
      listeners.push(listener);
      return () => {
        const index = listeners.indexOf(listener);
        if (index >= 0) listeners.splice(index, 1);
      };
    },
  };
}

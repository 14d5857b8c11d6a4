import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";

/**
 * A drawer kick through a printer's drawer connector: which pin (2 or 5, for a second drawer) and how
 * long the pulse is on and off. ESC/POS counts both times in 2 ms units, up to 255 (510 ms).
 *
 * @public
 */
export const drawerKickSchema = /* @__PURE__ */ z.object({
  pin: z.union([z.literal(2), z.literal(5)]).default(2),
  onMs: z.number().int().min(2).max(510).default(100),
  offMs: z.number().int().min(2).max(510).default(500),
});

/** @public */
export type DrawerKick = z.input<typeof drawerKickSchema>;

/**
 * The ESC/POS drawer kick `ESC p m t1 t2`: m = 0 for pin 2, 1 for pin 5; t1, t2 = times / 2 ms.
 *
 * @param kick - pin and pulse times (defaults: pin 2, 100 ms on, 500 ms off)
 * @returns the five command bytes
 * @throws TillError INVALID_INPUT for a pin other than 2 or 5 or times outside 2–510 ms
 * @example
 * ```ts
 * drawerKickBytes({ pin: 2 }); // Uint8Array [0x1b, 0x70, 0x00, 0x32, 0xfa]
 * ```
 * @public
 */
export function drawerKickBytes(kick: DrawerKick = {}): Uint8Array {
  const { pin, onMs, offMs } = parseWith(drawerKickSchema, kick, ["kick"]);
  // Odd milliseconds round down to the 2 ms unit the printer counts in.
  return new Uint8Array([0x1b, 0x70, pin === 2 ? 0x00 : 0x01, onMs >> 1, offMs >> 1]);
}

import { z } from "zod";

/**
 * The identity of a USB-attached device a host persists (for example in localStorage) after the first,
 * user-approved connection, so later visits can reconnect silently through `getPorts()`/`getDevices()`.
 *
 * @public
 */
export const deviceIdentitySchema = /* @__PURE__ */ z.object({
  usbVendorId: z.number().int().min(0).max(0xffff),
  usbProductId: z.number().int().min(0).max(0xffff),
  serial: z.string().min(1).optional(),
});

/**
 * A persisted device identity (see {@link deviceIdentitySchema}).
 *
 * @public
 */
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

/**
 * Whether a device matches a persisted identity. The serial number is compared only when both sides know
 * it, because WebSerial's `getInfo()` never reports one.
 *
 * @param identity - the persisted identity
 * @param candidate - what the browser reports for a granted device
 * @returns true when vendor and product (and serial, where both have one) agree
 * @public
 */
export function matchesIdentity(identity: DeviceIdentity, candidate: Partial<DeviceIdentity>): boolean {
  if (candidate.usbVendorId !== identity.usbVendorId) return false;
  if (candidate.usbProductId !== identity.usbProductId) return false;
  if (identity.serial === undefined || candidate.serial === undefined) return true;
  return identity.serial === candidate.serial;
}

/**
 * A stable transport id from an identity, such as `usb:04b8:0e28` or `usb:04b8:0e28:ABC123`.
 *
 * @param kind - link kind prefix
 * @param identity - the device identity
 * @returns the id string
 * @public
 */
export function identityId(kind: string, identity: DeviceIdentity): string {
  const hex = (value: number): string => value.toString(16).padStart(4, "0");
  const base = `${kind}:${hex(identity.usbVendorId)}:${hex(identity.usbProductId)}`;
  return identity.serial === undefined ? base : `${base}:${identity.serial}`;
}

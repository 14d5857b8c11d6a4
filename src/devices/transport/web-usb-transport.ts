import { TillError } from "../../core/errors/till-error";
import { BaseTransport } from "./base-transport";
import { type DeviceIdentity, identityId, matchesIdentity } from "./device-identity";

/**
 * One endpoint of a USB interface alternate.
 *
 * @public
 */
export interface UsbEndpointLike {
  readonly endpointNumber: number;
  readonly direction: "in" | "out";
  readonly type: "bulk" | "interrupt" | "isochronous";
}

/**
 * The part of a WebUSB `USBDevice` the transport uses.
 *
 * @public
 */
export interface UsbDeviceLike {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber?: string | undefined;
  readonly opened: boolean;
  readonly configuration: {
    readonly interfaces: readonly {
      readonly interfaceNumber: number;
      readonly alternate: { readonly endpoints: readonly UsbEndpointLike[] };
    }[];
  } | null;
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration(configurationValue: number): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  transferOut(endpointNumber: number, data: Uint8Array): Promise<{ status: string }>;
  transferIn(
    endpointNumber: number,
    length: number,
  ): Promise<{ status: string; data?: DataView | undefined }>;
}

/**
 * The part of `navigator.usb` the transport uses.
 *
 * @public
 */
export interface UsbLike {
  requestDevice(options: { filters: { vendorId?: number; productId?: number }[] }): Promise<UsbDeviceLike>;
  getDevices(): Promise<UsbDeviceLike[]>;
  addEventListener(
    type: "connect" | "disconnect",
    listener: (event: { device: UsbDeviceLike }) => void,
  ): void;
  removeEventListener(
    type: "connect" | "disconnect",
    listener: (event: { device: UsbDeviceLike }) => void,
  ): void;
}

/**
 * Options for {@link WebUsbTransport}.
 *
 * @public
 */
export interface WebUsbOptions {
  readonly identity: DeviceIdentity;
  readonly usb?: UsbLike;
}

/**
 * Asks the user to pick a USB device (inside a user gesture).
 *
 * @param usb - `navigator.usb` (or a fake)
 * @param filters - vendor/product filters
 * @returns the identity to persist, including the serial number when the device has one
 * @throws TillError DEVICE_UNSUPPORTED without WebUSB; DEVICE_NOT_CONNECTED when nothing is chosen
 * @public
 */
export async function requestUsbDevice(
  usb: UsbLike | undefined = globalUsb(),
  filters: { vendorId?: number; productId?: number }[] = [],
): Promise<DeviceIdentity> {
  if (usb === undefined) throw new TillError("DEVICE_UNSUPPORTED", { details: { api: "navigator.usb" } });
  try {
    return toIdentity(await usb.requestDevice({ filters }));
  } catch (cause) {
    throw new TillError("DEVICE_NOT_CONNECTED", { message: "No USB device was chosen.", cause });
  }
}

/**
 * A byte transport over WebUSB bulk endpoints: it claims the first interface with a bulk OUT endpoint and
 * polls its bulk IN endpoint (when there is one) for status bytes.
 *
 * @public
 */
export class WebUsbTransport extends BaseTransport {
  readonly kind = "webusb";
  readonly #options: WebUsbOptions;
  #device: UsbDeviceLike | undefined;
  #endpoints: { out: number; in: number | undefined } | undefined;
  readonly #onConnect = (event: { device: UsbDeviceLike }): void => void this.#handleConnect(event.device);
  readonly #onDisconnect = (event: { device: UsbDeviceLike }): void => {
    if (event.device !== this.#device) return;
    this.#device = undefined;
    this.markDisconnected("USB device unplugged");
  };

  /** @param options - identity and (in tests) a fake `navigator.usb` */
  constructor(options: WebUsbOptions) {
    super(identityId("webusb", options.identity));
    this.#options = options;
  }

  protected async connect(): Promise<void> {
    const usb = this.#usb();
    const devices = await usb.getDevices();
    const device = devices.find((candidate) =>
      matchesIdentity(this.#options.identity, toIdentity(candidate)),
    );
    if (device === undefined)
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    await this.#openDevice(device);
    usb.addEventListener("connect", this.#onConnect);
    usb.addEventListener("disconnect", this.#onDisconnect);
  }

  protected async disconnectLink(): Promise<void> {
    const usb = this.#options.usb ?? globalUsb();
    usb?.removeEventListener("connect", this.#onConnect);
    usb?.removeEventListener("disconnect", this.#onDisconnect);
    const device = this.#device;
    this.#device = undefined;
    if (device?.opened === true) await device.close().catch(() => undefined);
  }

  protected async send(bytes: Uint8Array): Promise<void> {
    const device = this.#device;
    const endpoints = this.#endpoints;
    if (device === undefined || endpoints === undefined) {
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    }
    const result = await device.transferOut(endpoints.out, bytes);
    if (result.status !== "ok") throw new TillError("DEVICE_FAILURE", { details: { status: result.status } });
  }

  async #openDevice(device: UsbDeviceLike): Promise<void> {
    if (!device.opened) await device.open();
    if (device.configuration === null) await device.selectConfiguration(1);
    const found = findBulkEndpoints(device);
    if (found === undefined) throw new TillError("DEVICE_UNSUPPORTED", { message: "No bulk OUT endpoint." });
    await device.claimInterface(found.interfaceNumber);
    this.#device = device;
    this.#endpoints = { out: found.out, in: found.in };
    if (found.in !== undefined) void this.#readLoop(device, found.in);
  }

  async #handleConnect(device: UsbDeviceLike): Promise<void> {
    if (this.state !== "disconnected" || !matchesIdentity(this.#options.identity, toIdentity(device))) return;
    try {
      await this.#openDevice(device);
      this.markReconnected();
    } catch {
      // Still disconnected; a device manager's backoff will try `open()` again.
    }
  }

  async #readLoop(device: UsbDeviceLike, endpoint: number): Promise<void> {
    while (this.#device === device) {
      try {
        const result = await device.transferIn(endpoint, 64);
        const data = result.data;
        if (data !== undefined) this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      } catch {
        return;
      }
    }
  }

  #usb(): UsbLike {
    const usb = this.#options.usb ?? globalUsb();
    if (usb === undefined) throw new TillError("DEVICE_UNSUPPORTED", { details: { api: "navigator.usb" } });
    return usb;
  }
}

function findBulkEndpoints(
  device: UsbDeviceLike,
): { interfaceNumber: number; out: number; in: number | undefined } | undefined {
  for (const usbInterface of device.configuration?.interfaces ?? []) {
    const endpoints = usbInterface.alternate.endpoints.filter((endpoint) => endpoint.type === "bulk");
    const out = endpoints.find((endpoint) => endpoint.direction === "out");
    if (out === undefined) continue;
    const input = endpoints.find((endpoint) => endpoint.direction === "in");
    return {
      interfaceNumber: usbInterface.interfaceNumber,
      out: out.endpointNumber,
      in: input?.endpointNumber,
    };
  }
  return undefined;
}

function toIdentity(device: UsbDeviceLike): DeviceIdentity {
  const base = { usbVendorId: device.vendorId, usbProductId: device.productId };
  return device.serialNumber === undefined || device.serialNumber === ""
    ? base
    : { ...base, serial: device.serialNumber };
}

function globalUsb(): UsbLike | undefined {
  return (globalThis as { navigator?: { usb?: UsbLike } }).navigator?.usb;
}

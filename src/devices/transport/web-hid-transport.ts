import { TillError } from "../../core/errors/till-error";
import { BaseTransport } from "./base-transport";
import { type DeviceIdentity, identityId, matchesIdentity } from "./device-identity";

/**
 * An input report event as WebHID delivers it.
 *
 * @public
 */
export interface HidInputReportLike {
  readonly reportId: number;
  readonly data: DataView;
}

/**
 * The part of a WebHID `HIDDevice` the transport uses.
 *
 * @public
 */
export interface HidDeviceLike {
  readonly vendorId: number;
  readonly productId: number;
  readonly opened: boolean;
  open(): Promise<void>;
  close(): Promise<void>;
  sendReport(reportId: number, data: Uint8Array): Promise<void>;
  addEventListener(type: "inputreport", listener: (event: HidInputReportLike) => void): void;
  removeEventListener(type: "inputreport", listener: (event: HidInputReportLike) => void): void;
}

/**
 * The part of `navigator.hid` the transport uses.
 *
 * @public
 */
export interface HidLike {
  requestDevice(options: {
    filters: { vendorId?: number; productId?: number; usagePage?: number }[];
  }): Promise<HidDeviceLike[]>;
  getDevices(): Promise<HidDeviceLike[]>;
  addEventListener(
    type: "connect" | "disconnect",
    listener: (event: { device: HidDeviceLike }) => void,
  ): void;
  removeEventListener(
    type: "connect" | "disconnect",
    listener: (event: { device: HidDeviceLike }) => void,
  ): void;
}

/**
 * Options for {@link WebHidTransport}.
 *
 * @public
 */
export interface WebHidOptions {
  readonly identity: DeviceIdentity;
  /** Output report id used for writes (0 when the device has no numbered reports). */
  readonly outputReportId?: number;
  /** Largest payload per output report; writes are split into reports of this size (default 63). */
  readonly reportSize?: number;
  readonly hid?: HidLike;
}

/**
 * Asks the user to pick a HID device (inside a user gesture). HID POS scanners use usage page 0x8C and
 * scales 0x8D; pass them as filters.
 *
 * @param hid - `navigator.hid` (or a fake)
 * @param filters - WebHID filters
 * @returns the identity to persist
 * @throws TillError DEVICE_UNSUPPORTED without WebHID; DEVICE_NOT_CONNECTED when nothing is chosen
 * @public
 */
export async function requestHidDevice(
  hid: HidLike | undefined = globalHid(),
  filters: { vendorId?: number; productId?: number; usagePage?: number }[] = [],
): Promise<DeviceIdentity> {
  if (hid === undefined) throw new TillError("DEVICE_UNSUPPORTED", { details: { api: "navigator.hid" } });
  const [device] = await hid.requestDevice({ filters }).catch(() => []);
  if (device === undefined)
    throw new TillError("DEVICE_NOT_CONNECTED", { message: "No HID device was chosen." });
  return { usbVendorId: device.vendorId, usbProductId: device.productId };
}

/**
 * A byte transport over WebHID. Each input report arrives as one chunk whose first byte is the report id,
 * so a protocol (HID POS scanner, HID scale) can tell report kinds apart.
 *
 * @public
 */
export class WebHidTransport extends BaseTransport {
  readonly kind = "webhid";
  readonly #options: WebHidOptions;
  #device: HidDeviceLike | undefined;
  readonly #onReport = (event: HidInputReportLike): void => {
    const payload = new Uint8Array(event.data.buffer, event.data.byteOffset, event.data.byteLength);
    const chunk = new Uint8Array(payload.length + 1);
    chunk[0] = event.reportId;
    chunk.set(payload, 1);
    this.receive(chunk);
  };
  readonly #onConnect = (event: { device: HidDeviceLike }): void => void this.#handleConnect(event.device);
  readonly #onDisconnect = (event: { device: HidDeviceLike }): void => {
    if (event.device === this.#device) this.markDisconnected("HID device unplugged");
  };

  /** @param options - identity, report settings and (in tests) a fake `navigator.hid` */
  constructor(options: WebHidOptions) {
    super(identityId("webhid", options.identity));
    this.#options = options;
  }

  protected async connect(): Promise<void> {
    const hid = this.#hid();
    const devices = await hid.getDevices();
    const device = devices.find((candidate) =>
      matchesIdentity(this.#options.identity, toIdentity(candidate)),
    );
    if (device === undefined)
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    await this.#openDevice(device);
    hid.addEventListener("connect", this.#onConnect);
    hid.addEventListener("disconnect", this.#onDisconnect);
  }

  protected async disconnectLink(): Promise<void> {
    const hid = this.#options.hid ?? globalHid();
    hid?.removeEventListener("connect", this.#onConnect);
    hid?.removeEventListener("disconnect", this.#onDisconnect);
    const device = this.#device;
    this.#device = undefined;
    device?.removeEventListener("inputreport", this.#onReport);
    if (device?.opened === true) await device.close().catch(() => undefined);
  }

  protected async send(bytes: Uint8Array): Promise<void> {
    const device = this.#device;
    if (device === undefined)
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    const size = this.#options.reportSize ?? 63;
    for (let offset = 0; offset < bytes.length; offset += size) {
      await device.sendReport(this.#options.outputReportId ?? 0, bytes.slice(offset, offset + size));
    }
  }

  async #openDevice(device: HidDeviceLike): Promise<void> {
    if (!device.opened) await device.open();
    device.addEventListener("inputreport", this.#onReport);
    this.#device = device;
  }

  async #handleConnect(device: HidDeviceLike): Promise<void> {
    if (this.state !== "disconnected" || !matchesIdentity(this.#options.identity, toIdentity(device))) return;
    try {
      this.#device?.removeEventListener("inputreport", this.#onReport);
      await this.#openDevice(device);
      this.markReconnected();
    } catch {
      // Still disconnected; a device manager's backoff will try `open()` again.
    }
  }

  #hid(): HidLike {
    const hid = this.#options.hid ?? globalHid();
    if (hid === undefined) throw new TillError("DEVICE_UNSUPPORTED", { details: { api: "navigator.hid" } });
    return hid;
  }
}

function toIdentity(device: HidDeviceLike): DeviceIdentity {
  return { usbVendorId: device.vendorId, usbProductId: device.productId };
}

function globalHid(): HidLike | undefined {
  return (globalThis as { navigator?: { hid?: HidLike } }).navigator?.hid;
}

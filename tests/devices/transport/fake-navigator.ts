import type {
  HidDeviceLike,
  HidInputReportLike,
  HidLike,
  SerialLike,
  SerialPortLike,
  UsbDeviceLike,
  UsbLike,
} from "../../../src/devices/transport";

type Handler<T> = (event: T) => void;

class FakeEvents<T> {
  readonly handlers: Record<string, Handler<T>[]> = {};
  addEventListener(type: string, listener: Handler<T>): void {
    const list = this.handlers[type] ?? [];
    list.push(listener);
    this.handlers[type] = list;
  }
  removeEventListener(type: string, listener: Handler<T>): void {
    this.handlers[type] = (this.handlers[type] ?? []).filter((entry) => entry !== listener);
  }
  dispatch(type: string, event: T): void {
    for (const listener of this.handlers[type] ?? []) listener(event);
  }
}

/** A fake WebSerial port: records writes, lets the test push bytes, can be unplugged. */
export class FakeSerialPort implements SerialPortLike {
  readonly written: number[] = [];
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;
  isOpen = false;
  #controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  constructor(readonly info: { usbVendorId: number; usbProductId: number }) {}
  getInfo(): { usbVendorId: number; usbProductId: number } {
    return this.info;
  }
  async open(): Promise<void> {
    this.isOpen = true;
    this.readable = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.#controller = controller;
      },
    });
    this.writable = new WritableStream<Uint8Array>({ write: (chunk) => void this.written.push(...chunk) });
  }
  async close(): Promise<void> {
    this.isOpen = false;
    this.readable = null;
    this.writable = null;
  }
  push(bytes: number[]): void {
    this.#controller?.enqueue(new Uint8Array(bytes));
  }
}

/** A fake `navigator.serial`. */
export class FakeSerial extends FakeEvents<{ target: unknown }> implements SerialLike {
  constructor(
    readonly granted: FakeSerialPort[],
    readonly chooser: () => FakeSerialPort | undefined = () => granted[0],
  ) {
    super();
  }
  async requestPort(): Promise<SerialPortLike> {
    const port = this.chooser();
    if (port === undefined) throw new Error("NotFoundError: no port selected");
    return port;
  }
  async getPorts(): Promise<SerialPortLike[]> {
    return [...this.granted];
  }
  unplug(port: FakeSerialPort): void {
    void port.close();
    this.dispatch("disconnect", { target: port });
  }
  plug(port: FakeSerialPort): void {
    this.dispatch("connect", { target: port });
  }
}

/** A fake HID device. */
export class FakeHidDevice extends FakeEvents<HidInputReportLike> implements HidDeviceLike {
  readonly reports: { reportId: number; data: number[] }[] = [];
  opened = false;
  constructor(
    readonly vendorId: number,
    readonly productId: number,
  ) {
    super();
  }
  async open(): Promise<void> {
    this.opened = true;
  }
  async close(): Promise<void> {
    this.opened = false;
  }
  async sendReport(reportId: number, data: Uint8Array): Promise<void> {
    this.reports.push({ reportId, data: [...data] });
  }
  input(reportId: number, bytes: number[]): void {
    this.dispatch("inputreport", { reportId, data: new DataView(new Uint8Array(bytes).buffer) });
  }
}

/** A fake `navigator.hid`. */
export class FakeHid extends FakeEvents<{ device: HidDeviceLike }> implements HidLike {
  constructor(readonly granted: FakeHidDevice[]) {
    super();
  }
  async requestDevice(): Promise<HidDeviceLike[]> {
    return this.granted.slice(0, 1);
  }
  async getDevices(): Promise<HidDeviceLike[]> {
    return [...this.granted];
  }
}

/** A fake USB printer with one bulk OUT and one bulk IN endpoint. */
export class FakeUsbDevice implements UsbDeviceLike {
  readonly written: number[] = [];
  opened = false;
  claimed: number[] = [];
  configuration: UsbDeviceLike["configuration"] = null;
  #pending: ((value: { status: string; data?: DataView }) => void)[] = [];
  constructor(
    readonly vendorId: number,
    readonly productId: number,
    readonly serialNumber?: string,
  ) {}
  async open(): Promise<void> {
    this.opened = true;
  }
  async close(): Promise<void> {
    this.opened = false;
    for (const resolve of this.#pending.splice(0)) resolve({ status: "stall" });
  }
  async selectConfiguration(): Promise<void> {
    this.configuration = {
      interfaces: [
        {
          interfaceNumber: 0,
          alternate: {
            endpoints: [
              { endpointNumber: 1, direction: "out", type: "bulk" },
              { endpointNumber: 2, direction: "in", type: "bulk" },
            ],
          },
        },
      ],
    };
  }
  async claimInterface(interfaceNumber: number): Promise<void> {
    this.claimed.push(interfaceNumber);
  }
  async transferOut(_endpoint: number, data: Uint8Array): Promise<{ status: string }> {
    this.written.push(...data);
    return { status: "ok" };
  }
  transferIn(): Promise<{ status: string; data?: DataView }> {
    return new Promise((resolve) => this.#pending.push(resolve));
  }
  reply(bytes: number[]): void {
    this.#pending.shift()?.({ status: "ok", data: new DataView(new Uint8Array(bytes).buffer) });
  }
}

/** A fake `navigator.usb`. */
export class FakeUsb extends FakeEvents<{ device: UsbDeviceLike }> implements UsbLike {
  constructor(readonly granted: FakeUsbDevice[]) {
    super();
  }
  async requestDevice(): Promise<UsbDeviceLike> {
    const [device] = this.granted;
    if (device === undefined) throw new Error("NotFoundError");
    return device;
  }
  async getDevices(): Promise<UsbDeviceLike[]> {
    return [...this.granted];
  }
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

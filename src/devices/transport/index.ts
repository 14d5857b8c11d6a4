export { BaseTransport } from "./base-transport";
export type { ByteTransport, ByteTransportEvents, TransportState } from "./byte-transport";
export { type DeviceIdentity, deviceIdentitySchema, identityId, matchesIdentity } from "./device-identity";
export { concatBytes, createMemoryLink, type MemoryDeviceEnd, MemoryTransport } from "./memory-transport";
export {
  type NodeSerialPortLike,
  type SerialPortOptions,
  SerialPortTransport,
} from "./serial-port-transport";
export { type TcpOptions, TcpTransport } from "./tcp-transport";
export {
  type HidDeviceLike,
  type HidInputReportLike,
  type HidLike,
  requestHidDevice,
  type WebHidOptions,
  WebHidTransport,
} from "./web-hid-transport";
export {
  requestSerialPort,
  type SerialLike,
  type SerialPortLike,
  type WebSerialOptions,
  WebSerialTransport,
} from "./web-serial-transport";
export {
  requestUsbDevice,
  type UsbDeviceLike,
  type UsbEndpointLike,
  type UsbLike,
  type WebUsbOptions,
  WebUsbTransport,
} from "./web-usb-transport";

export {
  type BackoffPolicy,
  backoffDelay,
  backoffPolicySchema,
  realScheduler,
  type Scheduler,
} from "./backoff";
export {
  type DeviceConnectionState,
  type DeviceManager,
  type DeviceRole,
  type DeviceStateChange,
  makeDeviceManager,
} from "./device-manager";
export { makePrintSpooler, type PrintJob, type PrintSpooler } from "./print-spooler";

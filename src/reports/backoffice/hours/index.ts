export { type HoursWorkedOptions, hoursWorkedOptionsSchema } from "./hours-options";
export {
  type DayHours,
  type EmployeeHours,
  type HoursReport,
  hoursText,
  hoursWorked,
} from "./hours-worked";
export type { PunchFlag, PunchFlagKind } from "./punch-flag";
export {
  type EmployeePunchPayload,
  employeePunchPayloadSchema,
  PUNCH_CORRECTED,
  PUNCH_ENTRY_TYPES,
  PUNCH_KINDS,
  type PunchCorrectionPayload,
  type PunchKind,
  punchCorrectionPayloadSchema,
} from "./punch-payloads";
export {
  type LabourProductivity,
  type LabourProductivityPolicy,
  labourProductivityPolicySchema,
  salesPerLabourHour,
} from "./sales-per-labour-hour";
export type { WorkedShift } from "./shift-runs";

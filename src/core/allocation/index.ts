export { type AllocationWeight, allocate, allocateEvenly } from "./allocate";
export { allocateMinor } from "./allocate-minor";

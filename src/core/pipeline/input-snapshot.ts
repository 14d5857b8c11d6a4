import { isPlainObject } from "../is-plain-object";

/** Marks where a plain object starts in a snapshot (followed by its key count, then key and value pairs). */
const OBJECT_START: object = /* @__PURE__ */ Object.freeze({});
/** Marks where an array starts in a snapshot (followed by its length, then its items). */
const ARRAY_START: object = /* @__PURE__ */ Object.freeze({});

/** Deeper input is not snapshotted (a cycle or a pathological nesting): it is then validated every time. */
const MAX_DEPTH = 64;

/** Appends the flat form of `value`; false when it is nested too deep to snapshot. */
function write(value: unknown, out: unknown[], depth: number): boolean {
  if (typeof value !== "object" || value === null) {
    out.push(value);
    return true;
  }
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    out.push(ARRAY_START, value.length);
    for (const item of value) if (!write(item, out, depth + 1)) return false;
    return true;
  }
  // Class instances (Money, Quantity, Date) are kept by reference: a different instance is a change.
  if (!isPlainObject(value)) {
    out.push(value);
    return true;
  }
  const keys = Object.keys(value);
  out.push(OBJECT_START, keys.length);
  for (const key of keys) {
    out.push(key);
    if (!write((value as Record<string, unknown>)[key], out, depth + 1)) return false;
  }
  return true;
}

/**
 * A snapshot of JSON-like input: its plain objects, arrays and primitives flattened in key order, any
 * other object by reference. Cheap to compare with the input later ({@link matchesSnapshot}), so a
 * validation result can be reused for as long as the caller's object still holds the same data, even if
 * the caller changed it in place and changed it back.
 *
 * @param value - the input as the caller passed it
 * @returns the snapshot, or undefined when the input is nested deeper than 64 levels (or cyclic)
 * @internal
 */
export function snapshotOf(value: unknown): readonly unknown[] | undefined {
  const out: unknown[] = [];
  return write(value, out, 0) ? out : undefined;
}

/** Walks `value` against the snapshot from `at`; the position after it, or -1 at the first difference. */
function compare(value: unknown, snapshot: readonly unknown[], at: number, depth: number): number {
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH)
    return Object.is(snapshot[at], value) ? at + 1 : -1;
  if (Array.isArray(value)) {
    if (snapshot[at] !== ARRAY_START || snapshot[at + 1] !== value.length) return -1;
    let next = at + 2;
    for (const item of value) {
      next = compare(item, snapshot, next, depth + 1);
      if (next < 0) return -1;
    }
    return next;
  }
  if (!isPlainObject(value)) return snapshot[at] === value ? at + 1 : -1;
  const keys = Object.keys(value);
  if (snapshot[at] !== OBJECT_START || snapshot[at + 1] !== keys.length) return -1;
  let next = at + 2;
  for (const key of keys) {
    if (snapshot[next] !== key) return -1;
    next = compare((value as Record<string, unknown>)[key], snapshot, next + 1, depth + 1);
    if (next < 0) return -1;
  }
  return next;
}

/**
 * True when `value` holds exactly the data of the snapshot: same keys in the same order, same primitives
 * (`Object.is`), the same class instances.
 *
 * @param value - the input now
 * @param snapshot - from {@link snapshotOf}
 * @returns whether nothing changed
 * @internal
 */
export function matchesSnapshot(value: unknown, snapshot: readonly unknown[]): boolean {
  return compare(value, snapshot, 0, 0) === snapshot.length;
}

/**
 * A value derived from a caller's object (its validated or compiled form), with a snapshot of the data
 * the object held when the value was derived.
 *
 * @internal
 */
export interface SnapshotEntry<T> {
  readonly snapshot: readonly unknown[];
  readonly value: T;
}

/**
 * The value remembered under `key` while `input` still holds the data it held then; undefined when none
 * is remembered or the data changed (in place: the caller's object is compared with the snapshot).
 *
 * @param cache - the values by caller object
 * @param key - the caller's object (or a stand-in for an absent one)
 * @param input - what the value was derived from
 * @returns the remembered value, or undefined
 * @internal
 */
export function unchangedValue<T>(
  cache: WeakMap<object, SnapshotEntry<T>>,
  key: object,
  input: unknown,
): T | undefined {
  const entry = cache.get(key);
  return entry !== undefined && matchesSnapshot(input, entry.snapshot) ? entry.value : undefined;
}

/**
 * Remembers `value` under `key` with a snapshot of `input`; nothing when the input is too deep to snapshot.
 *
 * @param cache - the values by caller object
 * @param key - the caller's object (or a stand-in for an absent one)
 * @param input - what the value was derived from
 * @param value - the derived value
 * @internal
 */
export function rememberValue<T>(
  cache: WeakMap<object, SnapshotEntry<T>>,
  key: object,
  input: unknown,
  value: T,
): void {
  const snapshot = snapshotOf(input);
  if (snapshot !== undefined) cache.set(key, { snapshot, value });
}

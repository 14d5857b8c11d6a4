/**
 * True for an object literal or an object without a prototype: JSON data, as opposed to a class instance
 * (Money, Quantity, Date) or an array.
 *
 * @param value - any object
 * @returns whether its prototype is Object.prototype or null
 * @internal
 */
export function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

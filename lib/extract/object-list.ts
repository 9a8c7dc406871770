// Empty arrays born of V8's "any element" kind, for lists filled inside optimised loops.

/**
 * An empty array that holds objects without changing kind. `[]` starts as a small-integer array, and
 * `[undefined]` as a floating-point one in current V8 (it stores undefined among doubles), and each changes
 * kind on its first object; a list made fresh on every extract by a function called once per extract (too
 * rarely for V8 to track its allocation site) then throws away the optimised code that reads or pushes onto
 * it. `[null]` is an object array from the start, and shrinking it keeps the kind.
 */
export function objectList<T>(): T[] {
  const list: T[] = [null as T];
  list.length = 0;
  return list;
}

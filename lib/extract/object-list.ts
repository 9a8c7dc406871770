// Empty arrays born of V8's "any element" kind, for lists filled inside optimised loops.

/**
 * An empty array that holds objects without changing kind. `[]` starts as a small-integer array and
 * changes kind on its first object; a list made fresh on every extract by a function called once per
 * extract (too rarely for V8 to track its allocation site) then throws away the optimised code that
 * pushes onto it, on every extract. Shrinking a one-element array keeps the kind.
 */
export function objectList<T>(): T[] {
  const list: T[] = [undefined as T];
  list.length = 0;
  return list;
}

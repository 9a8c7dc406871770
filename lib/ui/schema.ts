// A tiny structural validator for data that crosses a context boundary (messages, settings).
// Hand-written rather than a schema library because the content script must stay small (≤ 30 KB gzipped)
// and the shapes are few and flat: each check returns the first problem found, or undefined.

// Each factory is marked free of side effects (`@__NO_SIDE_EFFECTS__`): it only builds a check, so a bundle
// leaves out the checks it never runs (the content script carries none of the Bulletin's).

export type Check = (value: unknown, path: string) => string | undefined;

/** Longest string accepted anywhere in a message: a whole page's text stays well below it. */
const MAX_STRING = 8_000_000;
/** Most items accepted in one array: more articles or paragraphs than any real page holds. */
const MAX_ITEMS = 200_000;

export const string = /* @__NO_SIDE_EFFECTS__ */ (max = MAX_STRING): Check =>
  (v, p) =>
    typeof v === 'string' && v.length <= max ? undefined : `${p}: expected a string of at most ${max} chars`;

export const number = /* @__NO_SIDE_EFFECTS__ */ (min = -Infinity, max = Infinity): Check =>
  (v, p) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? undefined
      : `${p}: expected a number in [${min}, ${max}]`;

export const integer = /* @__NO_SIDE_EFFECTS__ */ (min = 0, max = Number.MAX_SAFE_INTEGER): Check =>
  (v, p) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? undefined
      : `${p}: expected an integer in [${min}, ${max}]`;

export const boolean: Check = (v, p) => (typeof v === 'boolean' ? undefined : `${p}: expected a boolean`);

export const oneOf = /* @__NO_SIDE_EFFECTS__ */ (...values: readonly (string | number | boolean)[]): Check =>
  (v, p) =>
    values.includes(v as string) ? undefined : `${p}: expected one of ${values.join(', ')}`;

export const optional = /* @__NO_SIDE_EFFECTS__ */ (check: Check): Check =>
  (v, p) =>
    v === undefined ? undefined : check(v, p);

export const array = /* @__NO_SIDE_EFFECTS__ */ (item: Check, max = MAX_ITEMS): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p}: expected an array`;
    if (v.length > max) return `${p}: more than ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * An object with the given fields. `exact` rejects fields not listed (used for message envelopes and
 * payloads); nested model objects allow extra fields so the model can grow additively.
 */
export const object = /* @__NO_SIDE_EFFECTS__ */ (
    shape: Record<string, Check>,
    { exact = false } = {},
  ): Check =>
  (v, p) => {
    if (!isPlainObject(v)) return `${p}: expected an object`;
    for (const [key, check] of Object.entries(shape)) {
      const problem = check(v[key], `${p}.${key}`);
      if (problem) return problem;
    }
    if (exact) {
      const extra = Object.keys(v).find((key) => !Object.hasOwn(shape, key));
      if (extra) return `${p}: unexpected field ${extra}`;
    }
    return undefined;
  };

export const record = /* @__NO_SIDE_EFFECTS__ */ (value: Check, max = MAX_ITEMS): Check =>
  (v, p) => {
    if (!isPlainObject(v)) return `${p}: expected an object`;
    const entries = Object.entries(v);
    if (entries.length > max) return `${p}: more than ${max} entries`;
    for (const [key, item] of entries) {
      const problem = value(item, `${p}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };

export const union = /* @__NO_SIDE_EFFECTS__ */ (...checks: Check[]): Check =>
  (v, p) => {
    const problems = checks.map((check) => check(v, p));
    return problems.includes(undefined) ? undefined : problems[0];
  };

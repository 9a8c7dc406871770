// JSON-LD reading that survives what pages really ship: several scripts, arrays, @graph, nested
// mainEntity, comments and trailing commas, HTML-escaped text, hostile sizes or depths.

export type JsonObject = Record<string, unknown>;

/** Scripts larger than this are skipped: metadata is small, and parsing megabytes on page load is not. */
const MAX_SCRIPT_CHARS = 500_000;
/** Nodes visited per page at most (a hostile graph cannot stall the page). */
const MAX_NODES = 2_000;

/** Every JSON-LD object in the given script texts, flattened (arrays, @graph, mainEntity, itemListElement items). */
export function readJsonLd(scripts: string[]): JsonObject[] {
  const found: JsonObject[] = [];
  for (const text of scripts) {
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    const value = parseLenient(text);
    if (value !== undefined) flatten(value, found);
  }
  return found;
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Common breakage: HTML comments/CDATA wrappers, trailing commas, raw newlines inside strings.
    const repaired = text
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>)\s*$/, '')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/[\r\n\t]+/g, ' ');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Breadth-first (no recursion): JSON.parse output can be arbitrarily deep. */
function flatten(root: unknown, out: JsonObject[]): void {
  const queue: unknown[] = [root];
  let visited = 0;
  while (queue.length && visited < MAX_NODES) {
    const value = queue.shift();
    visited++;
    if (Array.isArray(value)) {
      queue.push(...value.slice(0, MAX_NODES));
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const obj = value as JsonObject;
    out.push(obj);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
      const child = obj[key];
      if (child && typeof child === 'object') queue.push(child);
    }
  }
}

/** The @type values of an object, as strings. */
export function typesOf(obj: JsonObject): string[] {
  const type = obj['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** Names in an author/publisher value: a string, a {name} object, or an array of either. */
export function namesOf(value: unknown): string[] {
  const names: string[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const item of list.slice(0, 20)) {
    if (typeof item === 'string') names.push(item);
    else if (item && typeof item === 'object') {
      const name = (item as JsonObject).name;
      if (typeof name === 'string') names.push(name);
    }
  }
  return names;
}

export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

// Answers remembered per string key, with a bound, for the page walkers' repeated questions.

/**
 * `compute`, remembered for up to `max` distinct keys: the walkers ask the same questions of the same tag
 * names and class strings on every element, and the answers (tag tests, class patterns) never change.
 */
export function remember<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size < max) cache.set(key, value);
    }
    return value;
  };
}

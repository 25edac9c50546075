/**
 * A function's answers remembered by a string key, for pure functions of their arguments: the map
 * is dropped when it reaches `limit` entries (not managed as LRU), so a long-running process fed
 * arbitrary names keeps it bounded. Callers must not change a remembered answer.
 */
export function rememberByKey<A extends unknown[], V>(
  compute: (...args: A) => V,
  keyOf: (...args: A) => string,
  limit: number,
): (...args: A) => V {
  const known = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    const found = known.get(key);
    if (found !== undefined) return found;
    const value = compute(...args);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

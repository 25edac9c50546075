/**
 * A read-only map made by `make()` on first use: a one-shot query never looks an entity up by id,
 * so a loaded snapshot does not build the map of 32,000 ids unless something asks.
 */
export function lazyMap<K, V>(make: () => ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  let map: ReadonlyMap<K, V> | undefined;
  const made = (): ReadonlyMap<K, V> => (map ??= make());
  return {
    get: (key) => made().get(key),
    has: (key) => made().has(key),
    get size() {
      return made().size;
    },
    forEach: (callback, thisArg?: unknown) => {
      made().forEach(callback, thisArg);
    },
    entries: () => made().entries(),
    keys: () => made().keys(),
    values: () => made().values(),
    [Symbol.iterator]: () => made()[Symbol.iterator](),
  };
}

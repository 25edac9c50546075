import type { StringHashTable } from './string-hash-table.ts';

/**
 * A read-only Map view of a StringHashTable: key → `value(id)`, with nothing built at load (a Map
 * of 30,000 ids or tagger features costs tens of milliseconds to fill, and a one-shot command
 * looks up a handful).
 */
export function stringTableMap<V>(
  table: StringHashTable,
  value: (id: number) => V,
): ReadonlyMap<string, V> {
  function* entries(): MapIterator<[string, V]> {
    for (let id = 0; id < table.size; id++) yield [table.string(id), value(id)];
  }
  function* values(): MapIterator<V> {
    for (let id = 0; id < table.size; id++) yield value(id);
  }
  return {
    get: (key) => {
      const id = table.get(key);
      return id === undefined ? undefined : value(id);
    },
    has: (key) => table.get(key) !== undefined,
    size: table.size,
    forEach(callback, thisArg?: unknown) {
      for (const [key, v] of entries()) callback.call(thisArg, v, key, this);
    },
    entries,
    keys: () => table.keys() as MapIterator<string>,
    values,
    [Symbol.iterator]: entries,
  };
}

/** A read-only Set view of a StringHashTable's strings, with nothing built at load. */
export function stringTableSet(table: StringHashTable): ReadonlySet<string> {
  const keys = (): SetIterator<string> => table.keys() as SetIterator<string>;
  function* entries(): SetIterator<[string, string]> {
    for (const key of table.keys()) yield [key, key];
  }
  return {
    has: (key) => table.get(key) !== undefined,
    size: table.size,
    forEach(callback, thisArg?: unknown) {
      for (const key of table.keys()) callback.call(thisArg, key, key, this);
    },
    entries,
    keys,
    values: keys,
    [Symbol.iterator]: keys,
  };
}

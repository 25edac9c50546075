/**
 * A read-only array whose element `i` is made by `make(i)` on first access and then kept. A
 * one-shot query reaches a few hundred of the index's hundred thousand readings, so a loaded
 * snapshot makes those and no more; the Proxy keeps the array interface (indexing, length,
 * iteration, forEach, map) that the engine already uses.
 */
export function lazyArray<T>(count: number, make: (i: number) => T): readonly T[] {
  const made = new Array<T | undefined>(count);
  // Every element access comes here as a string key ("123"): it is read digit by digit, as only a
  // canonical index (no sign, no leading zero) names an element, without the number-to-string
  // round trip that would allocate on each access of the screening hot path.
  const positionOf = (property: string | symbol): number => {
    if (typeof property !== 'string') return -1;
    const length = property.length;
    if (length === 0 || length > 10) return -1;
    let i = 0;
    for (let k = 0; k < length; k++) {
      const digit = property.charCodeAt(k) - 48;
      if (digit < 0 || digit > 9 || (digit === 0 && k === 0 && length > 1)) return -1;
      i = i * 10 + digit;
    }
    return i < count ? i : -1;
  };
  const array = new Proxy(made as T[], {
    get(target, property, receiver) {
      const i = positionOf(property);
      if (i < 0) return Reflect.get(target, property, receiver) as unknown;
      let value = target[i];
      if (value === undefined) {
        value = make(i);
        target[i] = value;
      }
      return value;
    },
    // Array methods (forEach, map) skip indices the target lacks: every position is present.
    has(target, property) {
      return positionOf(property) >= 0 || Reflect.has(target, property);
    },
    set() {
      return false;
    },
  });
  READERS.set(array, (i) => {
    if (!(i >= 0 && i < count)) return undefined;
    let value = made[i];
    if (value === undefined) {
      value = make(i);
      made[i] = value;
    }
    return value;
  });
  return array;
}

// Each access through the Proxy runs its trap with the index as a string; the screening hot path
// reads thousands of elements a query, so it asks for a reader once and calls it directly.
const READERS = new WeakMap<object, (i: number) => unknown>();

/**
 * A function that reads element `i` of an array (undefined out of range): for a lazyArray, its
 * elements without the Proxy's trap on each access; for any other array, plain indexing.
 */
export function elementReader<T>(array: readonly T[]): (i: number) => T | undefined {
  const read = READERS.get(array) as ((i: number) => T | undefined) | undefined;
  return read ?? ((i) => array[i]);
}

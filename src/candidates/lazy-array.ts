/**
 * A read-only array whose element `i` is made by `make(i)` on first access and then kept. A
 * one-shot query reaches a few hundred of the index's hundred thousand readings, so a loaded
 * snapshot makes those and no more; the Proxy keeps the array interface (indexing, length,
 * iteration, forEach, map) that the engine already uses.
 */
export function lazyArray<T>(count: number, make: (i: number) => T): readonly T[] {
  const made = new Array<T | undefined>(count);
  const positionOf = (property: string | symbol): number => {
    if (typeof property !== 'string') return -1;
    const i = Number(property);
    return Number.isInteger(i) && i >= 0 && i < count && String(i) === property ? i : -1;
  };
  return new Proxy(made as T[], {
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
}

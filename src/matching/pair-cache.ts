/** A bounded cache from a pair of small non-negative integers to a shared value, or to none. */
export interface PairCache<T> {
  /** The value stored for the pair; null when stored as none; undefined when not stored. */
  get(outer: number, inner: number): T | null | undefined;
  /** Stores the pair's value (null for none); drops every pair first when the cache is full. */
  set(outer: number, inner: number, value: T | null): void;
  /** Pairs stored now. */
  readonly size: number;
}

/** Marks a free slot: the outer keys stored are never negative. */
const FREE = -1;
/** The value slot of a pair stored as none; distinct values are numbered from 1. */
const NONE = 0;
/** Distinct values a cache numbers; a pair whose value would be one more is not stored. */
const MAX_VALUES = 0xffff;

/**
 * Creates a cache of up to `maxPairs` pairs in typed arrays (open addressing, linear probing): 10
 * bytes a slot at under half load, where a Map of Maps spent ~100 bytes a pair on the V8 heap
 * (100 MB per thread at a million pairs, and as much again in garbage before collection). Values
 * are kept once each and numbered, so equal values must be interchangeable (the callers share
 * them and never change them); `keyOf` says when two are equal. Dropped when full, not LRU.
 */
export function createPairCache<T>(
  maxPairs: number,
  keyOf: (value: T) => string | number,
): PairCache<T> {
  let slotBits = 4;
  while (1 << slotBits < maxPairs * 2) slotBits++;
  const mask = (1 << slotBits) - 1;
  // Made on first store, so that a process that never compares tokens pays nothing.
  let outers: Int32Array | undefined;
  let inners: Int32Array | undefined;
  let slots: Uint16Array | undefined;
  let size = 0;
  const values: T[] = [];
  const numbers = new Map<string | number, number>();

  /** The slot of the pair, or of the free slot where it would go. */
  const slotOf = (outer: number, inner: number, o: Int32Array, i: Int32Array): number => {
    // Multiplicative hashing of both keys; the high bits are the best mixed.
    let h = (Math.imul(outer, 0x9e3779b1) ^ Math.imul(inner, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const stored = o[h]!;
      if (stored === FREE || (stored === outer && i[h] === inner)) return h;
      h = (h + 1) & mask;
    }
  };

  return {
    get(outer, inner) {
      if (outers === undefined || inners === undefined || slots === undefined) return undefined;
      const at = slotOf(outer, inner, outers, inners);
      if (outers[at] === FREE) return undefined;
      const number = slots[at]!;
      return number === NONE ? null : values[number - 1];
    },
    set(outer, inner, value) {
      let number = NONE;
      if (value !== null) {
        const key = keyOf(value);
        const known = numbers.get(key);
        if (known !== undefined) number = known;
        else {
          if (values.length >= MAX_VALUES) return;
          values.push(value);
          number = values.length;
          numbers.set(key, number);
        }
      }
      if (outers === undefined || inners === undefined || slots === undefined) {
        outers = new Int32Array(1 << slotBits).fill(FREE);
        inners = new Int32Array(1 << slotBits);
        slots = new Uint16Array(1 << slotBits);
      }
      if (size >= maxPairs) {
        outers.fill(FREE);
        size = 0;
      }
      const at = slotOf(outer, inner, outers, inners);
      if (outers[at] === FREE) {
        outers[at] = outer;
        inners[at] = inner;
        size++;
      }
      slots[at] = number;
    },
    get size() {
      return size;
    },
  };
}

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
/** Slots of a new table: a one-shot screening stores a few thousand pairs. */
const FIRST_SLOTS = 1 << 13;

/** The slot arrays of one table size. */
interface Table {
  outers: Int32Array;
  inners: Int32Array;
  numbers: Uint16Array;
  mask: number;
}

function newTable(slots: number): Table {
  return {
    outers: new Int32Array(slots).fill(FREE),
    inners: new Int32Array(slots),
    numbers: new Uint16Array(slots),
    mask: slots - 1,
  };
}

/** The slot of the pair in the table, or of the free slot where it would go. */
function slotOf(table: Table, outer: number, inner: number): number {
  // Multiplicative hashing of both keys, the high bits folded into the low ones.
  let h = (Math.imul(outer, 0x9e3779b1) ^ Math.imul(inner, 0x85ebca6b)) >>> 0;
  h = (h ^ (h >>> 16)) & table.mask;
  const { outers, inners } = table;
  for (;;) {
    const stored = outers[h]!;
    if (stored === FREE || (stored === outer && inners[h] === inner)) return h;
    h = (h + 1) & table.mask;
  }
}

/**
 * Creates a cache of up to `maxPairs` pairs in typed arrays (open addressing, linear probing, at
 * most half full): 10 bytes a slot, where a Map of Maps spent ~100 bytes a pair on the V8 heap
 * (100 MB per batch thread at a million pairs, and as much again in garbage between collections).
 * The table starts small and doubles as pairs come. Values are kept once each and numbered, so
 * equal values must be interchangeable (callers share them and never change them): two values are
 * equal when `groupOf` (a small integer) and `keyOf` give the same numbers for both. Dropped when
 * full, not managed as LRU.
 */
export function createPairCache<T>(
  maxPairs: number,
  groupOf: (value: T) => number,
  keyOf: (value: T) => number,
): PairCache<T> {
  let maxSlots = FIRST_SLOTS;
  while (maxSlots < maxPairs * 2) maxSlots *= 2;
  let table: Table | undefined;
  let size = 0;
  const values: T[] = [];
  // Numbers by group, then by key: one number key would need the two combined, which a double
  // cannot do exactly for every pair.
  const numbers: Map<number, number>[] = [];

  /** The table with room for one more pair: doubled while under maxSlots, else emptied when full. */
  const roomy = (): Table => {
    if (table === undefined) return (table = newTable(FIRST_SLOTS));
    if (size >= maxPairs) {
      table.outers.fill(FREE);
      size = 0;
    } else if ((size + 1) * 2 > table.outers.length && table.outers.length < maxSlots) {
      const old = table;
      table = newTable(old.outers.length * 2);
      for (let at = 0; at < old.outers.length; at++) {
        const outer = old.outers[at]!;
        if (outer === FREE) continue;
        const to = slotOf(table, outer, old.inners[at]!);
        table.outers[to] = outer;
        table.inners[to] = old.inners[at]!;
        table.numbers[to] = old.numbers[at]!;
      }
    }
    return table;
  };

  return {
    get(outer, inner) {
      if (table === undefined) return undefined;
      const at = slotOf(table, outer, inner);
      if (table.outers[at] === FREE) return undefined;
      const number = table.numbers[at]!;
      return number === NONE ? null : values[number - 1];
    },
    set(outer, inner, value) {
      let number = NONE;
      if (value !== null) {
        const group = groupOf(value);
        const key = keyOf(value);
        const numbered = (numbers[group] ??= new Map());
        const known = numbered.get(key);
        if (known !== undefined) number = known;
        else {
          if (values.length >= MAX_VALUES) return;
          values.push(value);
          number = values.length;
          numbered.set(key, number);
        }
      }
      const into = roomy();
      const at = slotOf(into, outer, inner);
      if (into.outers[at] === FREE) {
        into.outers[at] = outer;
        into.inners[at] = inner;
        size++;
      }
      into.numbers[at] = number;
    },
    get size() {
      return size;
    },
  };
}

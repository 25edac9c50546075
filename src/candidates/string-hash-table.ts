// A read-only string → id table over one decoded string and offsets, with an open-addressing hash
// table computed when the snapshot is written: loading it builds no Map of 270,000 keys, and a
// lookup compares the query text in place instead of slicing each candidate string.

/** FNV-1a over UTF-16 code units. */
function hashText(text: string, from = 0, to = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Slots for `count` keys: a power of two at least twice as large, so probes stay short. */
function slotCount(count: number): number {
  let size = 8;
  while (size < count * 2) size *= 2;
  return size;
}

/** The hash slots of strings (id + 1 in each used slot, 0 when empty), for StringHashTable. */
export function hashSlots(strings: readonly string[]): Int32Array {
  const slots = new Int32Array(slotCount(strings.length));
  const mask = slots.length - 1;
  strings.forEach((text, id) => {
    let slot = hashText(text) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  });
  return slots;
}

/** Strings with ids 0..n-1, looked up by text; `get` answers as a Map<string, number> would. */
export class StringHashTable {
  readonly size: number;
  private readonly text: string;
  private readonly at: Int32Array;
  private readonly slots: Int32Array;

  /** `text` holds every string back to back, string `i` at `text[at[i] .. at[i + 1]]`. */
  constructor(text: string, at: Int32Array, slots: Int32Array) {
    this.text = text;
    this.at = at;
    this.slots = slots;
    this.size = at.length - 1;
  }

  /** The id of a string, or undefined. */
  get(key: string): number | undefined {
    const mask = this.slots.length - 1;
    let slot = hashText(key) & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      const id = entry - 1;
      const from = this.at[id]!;
      if (this.at[id + 1]! - from === key.length && this.text.startsWith(key, from)) return id;
      slot = (slot + 1) & mask;
    }
  }

  /** The string with this id. */
  string(id: number): string {
    return this.text.slice(this.at[id], this.at[id + 1]);
  }

  /** The strings in id order. */
  *keys(): IterableIterator<string> {
    for (let id = 0; id < this.size; id++) yield this.string(id);
  }
}

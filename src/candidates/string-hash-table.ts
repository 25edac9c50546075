// A read-only string → id table over one decoded string and offsets, with an open-addressing hash
// table computed when the snapshot is written: loading it builds no Map of 270,000 keys, and a
// lookup compares the query text in place instead of slicing each candidate string.

/** FNV-1a over UTF-16 code units. */
export function hashText(text: string, from = 0, to = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Slots for `count` keys: a power of two at least twice as large, so probes stay short. */
export function slotCount(count: number): number {
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
  /** The strings as one text; undefined when they are read from `ascii` instead. */
  private readonly text: string | undefined;
  /**
   * The strings' bytes when all are ASCII (one byte per UTF-16 unit): compared in place, they need
   * not be decoded into a string of megabytes (the candidate terms and the gazetteer's names, ~9 MB
   * on four lists, were ~4% of a one-shot `sift analyze`, most of it first touches of new memory).
   */
  private readonly ascii: Uint8Array | undefined;
  private readonly at: Int32Array;
  private readonly slots: Int32Array;

  /**
   * `text` holds every string back to back, string `i` at `text[at[i] .. at[i + 1]]`: as a string,
   * or as its UTF-8 bytes (as written in a snapshot).
   */
  constructor(text: string | Uint8Array, at: Int32Array, slots: Int32Array) {
    this.at = at;
    this.slots = slots;
    this.size = at.length - 1;
    if (typeof text === 'string') this.text = text;
    else if (text.byteLength === (at[this.size] ?? 0)) this.ascii = text;
    else this.text = Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8');
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
      if (this.at[id + 1]! - from === key.length && this.holdsAt(key, from)) return id;
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the text at `from` starts with `key`. */
  private holdsAt(key: string, from: number): boolean {
    if (this.text !== undefined) return this.text.startsWith(key, from);
    const ascii = this.ascii!;
    for (let i = 0; i < key.length; i++) if (ascii[from + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** The length of the string with this id, without making the string. */
  length(id: number): number {
    return this.at[id + 1]! - this.at[id]!;
  }

  /** The string with this id. */
  string(id: number): string {
    const from = this.at[id]!;
    const to = this.at[id + 1]!;
    if (this.text !== undefined) return this.text.slice(from, to);
    const ascii = this.ascii!;
    return Buffer.from(ascii.buffer, ascii.byteOffset + from, to - from).toString('latin1');
  }

  /** The strings in id order. */
  *keys(): IterableIterator<string> {
    for (let id = 0; id < this.size; id++) yield this.string(id);
  }
}

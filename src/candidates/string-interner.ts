import { Int32List } from './int32-list.ts';
import type { SnapshotWriter } from './snapshot-file.ts';
import { hashText, slotCount } from './string-hash-table.ts';

/** First size of the byte buffer; it grows by half when full, as Int32List does. */
const FIRST_BYTES = 1 << 16;

/**
 * Strings numbered in first-met order, held as UTF-8 bytes in one growing buffer with an
 * open-addressing hash table of their numbers, not as JavaScript strings in a Map. A snapshot
 * build of 283,000 entities kept ~650,000 terms and ~566,000 name keys in Maps: ~90 MB of heap
 * (strings, concatenations of two tokens, hash tables), about a quarter of the import's peak. Here
 * they cost their bytes plus 20 bytes each. Answers `get`, `set`, `size` and `keys` as a
 * Map<string, number> numbering its keys 0, 1, 2 … would, and writes itself as a snapshot string
 * table (text, UTF-16 offsets, hash slots) equal to SnapshotWriter.addStrings and hashSlots of
 * its keys, without making them as strings.
 */
export class StringInterner {
  private bytes = Buffer.alloc(FIRST_BYTES);
  /** Byte offset of each string, then the end of the last. */
  private readonly byteAt = new Int32List();
  /** UTF-16 offset of each string, then the end of the last: the string table's `.at`. */
  private readonly unitAt = new Int32List();
  /** hashText of each string, for the hash slots written and for growing `slots`. */
  private readonly hashes = new Int32List();
  /** Number + 1 of the string in each slot, 0 when empty; at most half full. */
  private slots = new Int32Array(1024);
  /** The slot and hash of the last string `get` did not find, for the `set` that follows it. */
  private missed: { text: string; hash: number; slot: number } | undefined;
  /** A string UTF-8 cannot carry (a lone surrogate) was met: the table cannot be written. */
  private unencodable = false;

  constructor() {
    this.byteAt.push(0);
    this.unitAt.push(0);
  }

  /** Number of strings. */
  get size(): number {
    return this.hashes.length;
  }

  /** The number of a string, or undefined. */
  get(text: string): number | undefined {
    const hash = hashText(text);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.missed = { text, hash, slot };
        return undefined;
      }
      if (this.hashes.at(entry - 1) === (hash | 0) && this.holds(entry - 1, text)) return entry - 1;
    }
  }

  /** Adds a string not held yet; `id` must be the next number (the size), as for a Map numbering its keys. */
  set(text: string, id: number): this {
    if (id !== this.size) throw new Error(`String ${id} is not the next one (${this.size}).`);
    if (this.missed?.text !== text && this.get(text) !== undefined)
      throw new Error(`"${text}" is held already.`);
    const { hash, slot } = this.missed!;
    this.missed = undefined;
    this.append(text, hash);
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.slots.length) this.growSlots();
    return this;
  }

  /** The string with this number. */
  string(id: number): string {
    return this.bytes.toString('utf8', this.byteAt.at(id), this.byteAt.at(id + 1));
  }

  /** The strings in number order. */
  *keys(): IterableIterator<string> {
    for (let id = 0; id < this.size; id++) yield this.string(id);
  }

  /**
   * Writes the strings as `<name>.text`, `<name>.at` and `<name>.slots`: the sections
   * `writer.addStrings(name, keys)` and `writer.add(name + '.slots', hashSlots(keys))` write. The
   * table lets go of its lookup slots first: it is done with after.
   */
  writeTo(writer: SnapshotWriter, name: string): void {
    if (this.unencodable)
      throw new Error(`The string table "${name}" holds text that UTF-8 cannot carry.`);
    this.slots = new Int32Array(0);
    writer.add(`${name}.text`, this.bytes.subarray(0, this.byteAt.at(this.size)));
    writer.add(`${name}.at`, this.unitAt.take());
    const slots = new Int32Array(slotCount(this.size));
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes.at(id) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    writer.add(`${name}.slots`, slots);
  }

  /** Whether string `id` is `text`. */
  private holds(id: number, text: string): boolean {
    const from = this.byteAt.at(id);
    const to = this.byteAt.at(id + 1);
    if (this.unitAt.at(id + 1) - this.unitAt.at(id) !== text.length) return false;
    if (to - from !== text.length) return this.string(id) === text;
    // As many bytes as UTF-16 units: ASCII, compared in place.
    const bytes = this.bytes;
    for (let i = 0; i < text.length; i++) if (bytes[from + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Appends the bytes of a new string. */
  private append(text: string, hash: number): void {
    const at = this.byteAt.at(this.size);
    const most = at + text.length * 3;
    if (most > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(most, Math.ceil(this.bytes.length * 1.5)));
      this.bytes.copy(grown, 0, 0, at);
      this.bytes = grown;
    }
    const written = this.bytes.write(text, at, 'utf8');
    // Only text with surrogates can hold a lone one, which UTF-8 would turn into U+FFFD.
    if (!this.unencodable && written !== text.length && /[\uD800-\uDFFF]/.test(text))
      this.unencodable = this.bytes.toString('utf8', at, at + written) !== text;
    this.byteAt.push(at + written);
    this.unitAt.push(this.unitAt.at(this.size) + text.length);
    this.hashes.push(hash);
  }

  /** Doubles the hash slots, placing every number again. */
  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes.at(id) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

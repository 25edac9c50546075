import { Int32List } from './int32-list.ts';
import type { SnapshotWriter } from './snapshot-file.ts';
import { hashText, slotCount } from './string-hash-table.ts';

/** First size of the byte buffer; it grows by half when full, as Int32List does. */
const FIRST_BYTES = 1 << 16;

/**
 * Strings in the order added, held as UTF-8 bytes in one growing buffer with their byte and UTF-16
 * offsets and their hashes, not as JavaScript strings: ~12 bytes a string besides its bytes, where
 * V8 spends ~40 on a short string and its array slot. Writes itself as a snapshot string table
 * (text, UTF-16 offsets, hash slots) equal to SnapshotWriter.addStrings and hashSlots of the
 * strings, without making them as strings (a build of 283,000 entities held their ids as strings,
 * then joined and encoded them when written).
 */
export class StringList {
  protected bytes = Buffer.alloc(FIRST_BYTES);
  /** Byte offset of each string, then the end of the last. */
  protected readonly byteAt = new Int32List();
  /** UTF-16 offset of each string, then the end of the last: the string table's `.at`. */
  protected readonly unitAt = new Int32List();
  /** hashText of each string, for the hash slots written. */
  protected readonly hashes = new Int32List();
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

  /** Adds a string (`hash` is its hashText, when known); returns its number. */
  push(text: string, hash = hashText(text)): number {
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
    return this.size - 1;
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
   * list is done with after.
   */
  writeTo(writer: SnapshotWriter, name: string): void {
    if (this.unencodable)
      throw new Error(`The string table "${name}" holds text that UTF-8 cannot carry.`);
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
  protected holds(id: number, text: string): boolean {
    const from = this.byteAt.at(id);
    const to = this.byteAt.at(id + 1);
    if (this.unitAt.at(id + 1) - this.unitAt.at(id) !== text.length) return false;
    if (to - from !== text.length) return this.string(id) === text;
    // As many bytes as UTF-16 units: ASCII, compared in place.
    const bytes = this.bytes;
    for (let i = 0; i < text.length; i++) if (bytes[from + i] !== text.charCodeAt(i)) return false;
    return true;
  }
}

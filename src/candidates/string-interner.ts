import type { SnapshotWriter } from './snapshot-file.ts';
import { hashText } from './string-hash-table.ts';
import { StringList } from './string-list.ts';

/**
 * Strings numbered in first-met order, held as a StringList (UTF-8 bytes in one buffer) with an
 * open-addressing hash table of their numbers, not as JavaScript strings in a Map. A snapshot
 * build of 283,000 entities kept ~650,000 terms and ~566,000 name keys in Maps: ~90 MB of heap
 * (strings, concatenations of two tokens, hash tables), about a quarter of the import's peak. Here
 * they cost their bytes plus 20 bytes each. Answers `get`, `set`, `size` and `keys` as a
 * Map<string, number> numbering its keys 0, 1, 2 … would, and writes itself as StringList does.
 */
export class StringInterner extends StringList {
  /** Number + 1 of the string in each slot, 0 when empty; at most half full. */
  private slots = new Int32Array(1024);
  /** The slot and hash of the last string `get` did not find, for the `set` that follows it. */
  private missed: { text: string; hash: number; slot: number } | undefined;

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
    super.push(text, hash);
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.slots.length) this.growSlots();
    return this;
  }

  /** Adds a string not held yet, as `set(text, size)`; returns its number. */
  override push(text: string): number {
    this.set(text, this.size);
    return this.size - 1;
  }

  /** As StringList.writeTo; the lookup slots are let go of first. */
  override writeTo(writer: SnapshotWriter, name: string): void {
    this.slots = new Int32Array(0);
    super.writeTo(writer, name);
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

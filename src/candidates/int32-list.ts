/**
 * A growing list of 32-bit integers in one typed array: a few million numbers kept while a snapshot
 * is built cost 4 bytes each, not the 8 (and the growth copies) of a JavaScript array.
 */
export class Int32List {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** Appends a value; a full array grows by half (a third less idle room than doubling). */
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(Math.max(16, Math.ceil(this.data.length * 1.5)));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** A copy of the values, exactly as long as the list. */
  toInt32Array(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** A copy of the values as bytes (each must fit in 0..255). */
  toUint8Array(): Uint8Array {
    return Uint8Array.from(this.data.subarray(0, this.length));
  }

  /**
   * The values as a view of the list's own array, which the list lets go of: it is empty after.
   * For a list that is done with, to be written without a copy.
   */
  take(): Int32Array {
    const values = this.data.subarray(0, this.length);
    this.data = new Int32Array(0);
    this.length = 0;
    return values;
  }
}

import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';

// Where a snapshot's bytes come from. A one-shot command reads only the sections and entity records
// its query reaches, straight from the file (on this kind of virtual machine every byte read and
// first touched costs: 58 MB read in full was ~0.3 s of CPU); batch workers share one verified copy
// in a SharedArrayBuffer instead of each reading the file.

/** Random-access bytes of a snapshot file. */
export interface SnapshotSource {
  /** Total bytes. */
  readonly size: number;
  /**
   * `bytes` bytes from `offset`, 8-byte aligned in their buffer (so that typed arrays can view them);
   * fewer only when the file was cut short after it was opened.
   */
  read(offset: number, bytes: number): Uint8Array;
  /**
   * Copies up to `into.byteLength` bytes from `offset` into `into` and returns how many (0 past
   * the end): a buffer reused for a whole check touches no fresh memory. Files only: bytes in
   * memory are checked where they are.
   */
  readInto?(offset: number, into: Uint8Array): number;
  /**
   * Like `read`, on libuv's thread pool: the copy into fresh memory, and that memory's first
   * touch, happen off the calling thread. Files only.
   */
  readAsync?(offset: number, bytes: number): Promise<Uint8Array>;
  /** The bytes, when they are all in memory already (a view, no copy). */
  readonly memory?: Uint8Array;
}

/** File descriptors of sources no longer referenced: closed when their reader is collected. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
});

/**
 * A snapshot file read on demand through one descriptor. The descriptor stays valid when the file
 * is replaced or deleted (a newer snapshot renamed over it, or pruning), so a loaded engine keeps
 * reading the bytes it verified.
 */
export function fileSource(path: string): SnapshotSource {
  const fd = openSync(path, 'r');
  const source: SnapshotSource = {
    size: fstatSync(fd).size,
    read(offset, bytes) {
      // Its own ArrayBuffer, offset 0: aligned for any typed array.
      const buffer = Buffer.allocUnsafeSlow(bytes);
      let done = 0;
      while (done < bytes) {
        const n = readSync(fd, buffer, done, bytes - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return done === bytes ? buffer : buffer.subarray(0, done);
    },
    readInto(offset, into) {
      let done = 0;
      while (done < into.byteLength) {
        const n = readSync(fd, into, done, into.byteLength - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return done;
    },
    readAsync(offset, bytes) {
      const buffer = Buffer.allocUnsafeSlow(bytes);
      return new Promise((resolve, reject) => {
        const next = (done: number): void => {
          if (done === bytes) {
            resolve(buffer);
            return;
          }
          read(fd, buffer, done, bytes - done, offset + done, (error, n) => {
            if (error !== null) reject(error);
            else if (n === 0) resolve(buffer.subarray(0, done));
            else next(done + n);
          });
        };
        next(0);
      });
    },
  };
  openFiles.register(source, fd);
  return source;
}

/** Snapshot bytes already in memory (a Buffer, or a view of a SharedArrayBuffer). */
export function memorySource(bytes: Uint8Array): SnapshotSource {
  return {
    size: bytes.byteLength,
    memory: bytes,
    read(offset, length) {
      const start = bytes.byteOffset + offset;
      const end = Math.min(offset + length, bytes.byteLength);
      if (start % 8 === 0) return bytes.subarray(offset, end);
      // Misaligned in its buffer (a Buffer from the shared pool): copy so typed arrays can view it.
      return new Uint8Array(bytes.subarray(offset, end));
    },
  };
}

/** Reads a whole snapshot file into a SharedArrayBuffer, for worker threads to view without copies. */
export function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const n = readSync(fd, bytes, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';

// The container of an engine snapshot: a fixed preamble, a JSON header naming each section, then
// the sections themselves (typed arrays and string tables), each 8-byte aligned so that loading
// views them in place instead of parsing them. A checksum of everything after the preamble
// catches a truncated or corrupted file before any of it is used.
//
//   0  "SIFTSNAP"          8 bytes
//   8  container version   u32
//  12  header length       u32 (bytes of UTF-8 JSON)
//  16  checksum           u32 (CRC-32 of bytes 24 .. end)
//  20  reserved           u32
//  24  header JSON, then the sections

const MAGIC = 'SIFTSNAP';
const CONTAINER_VERSION = 1;
const PREAMBLE_BYTES = 24;

/** The element types a section may hold. */
type SectionType = 'i32' | 'u8' | 'f64' | 'bytes';

/** One section's place in the file. */
interface SectionEntry {
  name: string;
  type: SectionType;
  offset: number;
  bytes: number;
}

/** Header of a snapshot file: the caller's metadata and the section table. */
interface SnapshotHeader {
  meta: unknown;
  sections: SectionEntry[];
}

/** Why a snapshot file cannot be used. */
export class SnapshotInvalidError extends Error {
  /** `truncated`, `corrupt` (checksum or layout) or `stale` (built for other inputs). */
  readonly reason: 'truncated' | 'corrupt' | 'stale';

  constructor(reason: 'truncated' | 'corrupt' | 'stale', message: string) {
    super(message);
    this.name = 'SnapshotInvalidError';
    this.reason = reason;
  }
}

/**
 * CRC-32 of a buffer. zlib's is native (Node ≥ 20.15) and checks 50 MB in about 40 ms; older Node
 * falls back to the first 32 bits of SHA-1, slower but just as able to catch damage.
 */
function checksum(data: Uint8Array): number {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (crc32 !== undefined) return crc32(data) >>> 0;
  return createHash('sha1').update(data).digest().readUInt32LE(0);
}

/** Collects sections, then lays them out as one buffer. */
export class SnapshotWriter {
  private readonly parts: { name: string; type: SectionType; data: Uint8Array }[] = [];

  /** Adds a typed-array or byte section under a unique name. */
  add(name: string, data: Int32Array | Uint8Array | Float64Array | Buffer): void {
    const type: SectionType =
      data instanceof Int32Array
        ? 'i32'
        : data instanceof Float64Array
          ? 'f64'
          : Buffer.isBuffer(data)
            ? 'bytes'
            : 'u8';
    this.parts.push({
      name,
      type,
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    });
  }

  /** Adds strings as one UTF-8 table: `<name>.text` and their UTF-16 offsets `<name>.at`. */
  addStrings(name: string, strings: readonly string[]): void {
    const at = new Int32Array(strings.length + 1);
    for (let i = 0; i < strings.length; i++) at[i + 1] = at[i]! + strings[i]!.length;
    const text = strings.join('');
    const utf8 = Buffer.from(text, 'utf8');
    // A lone surrogate would come back as U+FFFD and shift nothing but change the text: refuse it.
    if (utf8.toString('utf8') !== text)
      throw new Error(`The string table "${name}" holds text that UTF-8 cannot carry.`);
    this.add(`${name}.text`, utf8);
    this.add(`${name}.at`, at);
  }

  /** The whole file: preamble, header with `meta`, aligned sections; checksummed. */
  finish(meta: unknown): Buffer {
    const sections: SectionEntry[] = [];
    let offset = 0;
    for (const part of this.parts) {
      sections.push({ name: part.name, type: part.type, offset, bytes: part.data.byteLength });
      offset += align(part.data.byteLength);
    }
    const headerJson = Buffer.from(JSON.stringify({ meta, sections } satisfies SnapshotHeader));
    const bodyStart = align(PREAMBLE_BYTES + headerJson.byteLength);
    const file = Buffer.alloc(bodyStart + offset);
    file.write(MAGIC, 0, 'latin1');
    file.writeUInt32LE(CONTAINER_VERSION, 8);
    file.writeUInt32LE(headerJson.byteLength, 12);
    headerJson.copy(file, PREAMBLE_BYTES);
    this.parts.forEach((part, i) => {
      file.set(part.data, bodyStart + sections[i]!.offset);
    });
    file.writeUInt32LE(checksum(file.subarray(PREAMBLE_BYTES)), 16);
    return file;
  }
}

function align(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/** A verified snapshot file: its metadata and views of its sections. */
export class SnapshotReader {
  readonly meta: unknown;
  private readonly file: Buffer;
  private readonly bodyStart: number;
  private readonly sections: Map<string, SectionEntry>;

  /** Checks the preamble, the length and the checksum; throws SnapshotInvalidError when bad. */
  constructor(file: Buffer) {
    if (file.byteLength < PREAMBLE_BYTES)
      throw new SnapshotInvalidError(
        'truncated',
        'The snapshot file is shorter than its preamble.',
      );
    if (file.toString('latin1', 0, 8) !== MAGIC || file.readUInt32LE(8) !== CONTAINER_VERSION)
      throw new SnapshotInvalidError('corrupt', 'The snapshot file has no Sift snapshot preamble.');
    const headerBytes = file.readUInt32LE(12);
    if (PREAMBLE_BYTES + headerBytes > file.byteLength)
      throw new SnapshotInvalidError('truncated', 'The snapshot file ends inside its header.');
    let header: SnapshotHeader;
    try {
      header = JSON.parse(
        file.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + headerBytes),
      ) as SnapshotHeader;
    } catch {
      throw new SnapshotInvalidError('corrupt', 'The snapshot header is not valid JSON.');
    }
    const bodyStart = align(PREAMBLE_BYTES + headerBytes);
    const last = header.sections.at(-1);
    const expectedBytes = bodyStart + (last === undefined ? 0 : align(last.offset + last.bytes));
    if (file.byteLength < expectedBytes)
      throw new SnapshotInvalidError(
        'truncated',
        `The snapshot file has ${file.byteLength} bytes of the ${expectedBytes} its header lists.`,
      );
    if (file.byteLength > expectedBytes)
      throw new SnapshotInvalidError(
        'corrupt',
        'The snapshot file is longer than its header says.',
      );
    if (checksum(file.subarray(PREAMBLE_BYTES)) !== file.readUInt32LE(16))
      throw new SnapshotInvalidError('corrupt', 'The snapshot checksum does not match its bytes.');
    this.file = file;
    this.meta = header.meta;
    this.bodyStart = bodyStart;
    this.sections = new Map(header.sections.map((s) => [s.name, s]));
  }

  private entry(name: string, type: SectionType): SectionEntry {
    const entry = this.sections.get(name);
    if (entry?.type !== type)
      throw new SnapshotInvalidError('corrupt', `The snapshot has no ${type} section "${name}".`);
    return entry;
  }

  /** The bytes of a section, sharing the file's memory. */
  bytes(name: string): Buffer {
    const { offset, bytes } = this.entry(name, 'bytes');
    const start = this.bodyStart + offset;
    return this.file.subarray(start, start + bytes);
  }

  /** An Int32Array section, a view of the file's memory when aligned (a copy otherwise). */
  int32(name: string): Int32Array {
    const { offset, bytes } = this.entry(name, 'i32');
    const start = this.file.byteOffset + this.bodyStart + offset;
    if (start % 4 === 0) return new Int32Array(this.file.buffer, start, bytes / 4);
    return new Int32Array(this.file.buffer.slice(start, start + bytes));
  }

  /** A Float64Array section (a view when aligned, a copy otherwise). */
  float64(name: string): Float64Array {
    const { offset, bytes } = this.entry(name, 'f64');
    const start = this.file.byteOffset + this.bodyStart + offset;
    if (start % 8 === 0) return new Float64Array(this.file.buffer, start, bytes / 8);
    return new Float64Array(this.file.buffer.slice(start, start + bytes));
  }

  /** A Uint8Array section, a view of the file's memory. */
  uint8(name: string): Uint8Array {
    const { offset, bytes } = this.entry(name, 'u8');
    return new Uint8Array(this.file.buffer, this.file.byteOffset + this.bodyStart + offset, bytes);
  }

  /** A string table written by addStrings, decoded once; strings are slices of one string. */
  strings(name: string): string[] {
    const text = this.bytes(`${name}.text`).toString('utf8');
    const at = this.int32(`${name}.at`);
    const out = new Array<string>(at.length - 1);
    for (let i = 0; i + 1 < at.length; i++) out[i] = text.slice(at[i], at[i + 1]);
    return out;
  }
}

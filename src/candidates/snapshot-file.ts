import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { memorySource, type SnapshotSource } from './snapshot-source.ts';

// The container of an engine snapshot: a fixed preamble, a JSON header naming each section, then
// the sections themselves (typed arrays and string tables), each 8-byte aligned so that loading
// views them in place instead of parsing them. The header and every section carry their own
// checksum, and record sections (entity JSON) one per record: a reader reads and checks only what
// it uses, when it first uses it, and damaged bytes are never used.
//
//   0  "SIFTSNAP"          8 bytes
//   8  container version   u32
//  12  header length       u32 (bytes of UTF-8 JSON)
//  16  header checksum     u32 (CRC-32 of the header JSON)
//  20  reserved           u32
//  24  header JSON, then the sections

const MAGIC = 'SIFTSNAP';
const CONTAINER_VERSION = 2;
const PREAMBLE_BYTES = 24;

/** The element types a section may hold. */
type SectionType = 'i32' | 'u8' | 'f64' | 'bytes';

/** One section's place in the file and its checksum. */
interface SectionEntry {
  name: string;
  type: SectionType;
  offset: number;
  bytes: number;
  crc: number;
  /** Set on the data of addRecords, whose records are checked one by one as they are read. */
  records?: true;
}

/** Header of a snapshot file: the caller's metadata and the section table. */
interface SnapshotHeader {
  meta: unknown;
  sections: SectionEntry[];
}

/**
 * Why a snapshot file cannot be used: `truncated`, `corrupt` (checksum or layout), `stale` (built
 * for other inputs) or `older-format` (written by an earlier Sift, in a layout this one replaced).
 */
export type SnapshotProblem = 'truncated' | 'corrupt' | 'stale' | 'older-format';

/** Why a snapshot file cannot be used. */
export class SnapshotInvalidError extends Error {
  readonly reason: SnapshotProblem;

  constructor(reason: SnapshotProblem, message: string) {
    super(message);
    this.name = 'SnapshotInvalidError';
    this.reason = reason;
  }

  /** The reason as a log line says it: "… is corrupt", "… is of an older format". */
  get wording(): string {
    return this.reason === 'older-format' ? 'of an older format' : this.reason;
  }
}

/**
 * True when format tag `found` (`name-N`) names an earlier version of format `current`: a file
 * an older Sift wrote, to be rebuilt without calling it damaged.
 */
export function isOlderFormat(found: unknown, current: string): boolean {
  const at = current.lastIndexOf('-');
  const name = current.slice(0, at + 1);
  if (typeof found !== 'string' || !found.startsWith(name)) return false;
  const version = Number(found.slice(name.length));
  return Number.isInteger(version) && version < Number(current.slice(at + 1));
}

/**
 * CRC-32 of a buffer. zlib's is native (Node ≥ 20.15); older Node falls back to the first 32 bits
 * of SHA-1, slower but just as able to catch damage.
 */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

function checksum(data: Uint8Array): number {
  if (crc32 !== undefined) return crc32(data) >>> 0;
  return createHash('sha1').update(data).digest().readUInt32LE(0);
}

/**
 * The checksum of data seen in pieces, equal to checksum() of the pieces joined: zlib's CRC-32
 * carried from piece to piece, or SHA-1 fed piece by piece on older Node.
 */
class RunningChecksum {
  private crc = 0;
  private readonly sha1 = crc32 === undefined ? createHash('sha1') : undefined;

  update(data: Uint8Array): void {
    if (this.sha1 !== undefined) this.sha1.update(data);
    else this.crc = crc32!(data, this.crc);
  }

  digest(): number {
    if (this.sha1 !== undefined) return this.sha1.digest().readUInt32LE(0);
    return this.crc >>> 0;
  }
}

/** Bytes a spool file collects in memory before each write. */
const SPOOL_BUFFER_BYTES = 1 << 20;

/**
 * The body of a snapshot written to a file of its own as its sections come (see SnapshotWriter's
 * spool): a build in bounded memory cannot keep ~240 MB of sections (170 MB of them entity JSON,
 * for 283,000 entities) until the header that precedes them is known. Appends are sequential
 * and buffered; the file is deleted by dispose.
 */
class SpoolFile {
  readonly path: string;
  /** Bytes appended so far. */
  size = 0;
  private readonly fd: number;
  private readonly buffer = Buffer.alloc(SPOOL_BUFFER_BYTES);
  private buffered = 0;

  constructor(path: string) {
    this.path = path;
    this.fd = openSync(path, 'w+');
  }

  append(data: Uint8Array): void {
    if (this.buffered + data.byteLength > this.buffer.byteLength) this.flush();
    if (data.byteLength > this.buffer.byteLength) writeAll(this.fd, data, this.size);
    else {
      this.buffer.set(data, this.buffered);
      this.buffered += data.byteLength;
    }
    this.size += data.byteLength;
  }

  /** Appends zero bytes up to the next multiple of 8, where the next section starts. */
  align(): void {
    const padding = align(this.size) - this.size;
    if (padding > 0) this.append(new Uint8Array(padding));
  }

  private flush(): void {
    if (this.buffered === 0) return;
    writeAll(this.fd, this.buffer.subarray(0, this.buffered), this.size - this.buffered);
    this.buffered = 0;
  }

  /** Copies the whole spool into `fd` from `position`, through the spool's buffer. */
  copyTo(fd: number, position: number): void {
    this.flush();
    for (let done = 0; done < this.size;) {
      const bytes = Math.min(this.buffer.byteLength, this.size - done);
      const read = readSync(this.fd, this.buffer, 0, bytes, done);
      if (read === 0) throw new Error(`The spool file ${this.path} is shorter than written.`);
      writeAll(fd, this.buffer.subarray(0, read), position + done);
      done += read;
    }
  }

  /** The whole spool in memory (a snapshot laid out as a buffer, not a file). */
  readAll(): Buffer {
    this.flush();
    const data = Buffer.alloc(this.size);
    for (let done = 0; done < this.size;) {
      const read = readSync(this.fd, data, done, this.size - done, done);
      if (read === 0) throw new Error(`The spool file ${this.path} is shorter than written.`);
      done += read;
    }
    return data;
  }

  /** Closes and deletes the spool file. */
  dispose(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    try {
      unlinkSync(this.path);
    } catch {
      // Already gone.
    }
  }
}

/** Records added one at a time (see SnapshotWriter.beginRecords). */
export interface RecordAppender {
  append(record: Uint8Array): void;
  /** Ends the section, adding its `.at` and `.crc` tables. */
  end(): void;
}

/** Bytes of the buffer verify() reads a file through: about 0.4 ms of CPU per MB checked. */
const VERIFY_BUFFER_BYTES = 1 << 20;

function corruptSection(name: string): SnapshotInvalidError {
  return new SnapshotInvalidError(
    'corrupt',
    `The checksum of the snapshot section "${name}" does not match its bytes.`,
  );
}

/** A section to lay out: its bytes in memory, or its place in the spool file. */
type WriterPart = {
  name: string;
  type: SectionType;
  records?: true;
} & ({ data: Uint8Array; spooled?: undefined } | { spooled: number; bytes: number; crc: number });

/** The length of a part's bytes. */
function partBytes(part: WriterPart): number {
  return part.spooled === undefined ? part.data.byteLength : part.bytes;
}

/**
 * Collects sections, then lays them out as one buffer or file. With a spool file, each section is
 * written to it as it is added, and only the section table is kept: memory holds one section at a
 * time, not the whole snapshot (the same bytes come out either way).
 */
export class SnapshotWriter {
  private readonly parts: WriterPart[] = [];
  private readonly spool: SpoolFile | undefined;
  /** The name of a record section being appended to, while one is. */
  private appending: string | undefined;

  /** `spoolPath`: a file the sections are written to as they come, deleted by dispose. */
  constructor(spoolPath?: string) {
    this.spool = spoolPath === undefined ? undefined : new SpoolFile(spoolPath);
  }

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
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.appending !== undefined)
      throw new Error(`The record section "${this.appending}" is still open.`);
    if (this.spool === undefined) {
      this.parts.push({ name, type, data: bytes });
      return;
    }
    const at = this.spool.size;
    this.spool.append(bytes);
    this.spool.align();
    this.parts.push({ name, type, spooled: at, bytes: bytes.byteLength, crc: checksum(bytes) });
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

  /**
   * Adds byte records read one at a time (see SnapshotReader.records): `<name>` holds them back to
   * back, `<name>.at` their byte offsets, `<name>.crc` a checksum of each.
   */
  addRecords(name: string, records: readonly Buffer[]): void {
    if (this.spool !== undefined) {
      const appender = this.beginRecords(name);
      for (const record of records) appender.append(record);
      appender.end();
      return;
    }
    const at = new Float64Array(records.length + 1);
    const crc = new Int32Array(records.length);
    records.forEach((record, i) => {
      at[i + 1] = at[i]! + record.byteLength;
      crc[i] = checksum(record) | 0;
    });
    const data = Buffer.concat(records);
    this.parts.push({ name, type: 'bytes', data, records: true });
    this.add(`${name}.at`, at);
    this.add(`${name}.crc`, crc);
  }

  /**
   * Starts a record section whose records are given one at a time, as addRecords lays them out;
   * with a spool only (the records go to it as they come). No other section may be added until
   * the appender's `end`.
   */
  beginRecords(name: string): RecordAppender {
    const spool = this.spool;
    if (spool === undefined) throw new Error('Records are appended one at a time to a spool only.');
    const start = spool.size;
    const whole = new RunningChecksum();
    let at = new Float64Array(1024);
    let crc = new Int32Array(1024);
    let count = 0;
    this.appending = name;
    return {
      append: (record) => {
        if (count + 1 >= at.length) {
          const grownAt = new Float64Array(at.length * 2);
          grownAt.set(at);
          at = grownAt;
          const grownCrc = new Int32Array(crc.length * 2);
          grownCrc.set(crc);
          crc = grownCrc;
        }
        crc[count] = checksum(record) | 0;
        whole.update(record);
        spool.append(record);
        count++;
        at[count] = spool.size - start;
      },
      end: () => {
        const bytes = spool.size - start;
        spool.align();
        this.parts.push({
          name,
          type: 'bytes',
          spooled: start,
          bytes,
          crc: whole.digest(),
          records: true,
        });
        this.appending = undefined;
        this.add(`${name}.at`, at.slice(0, count + 1));
        this.add(`${name}.crc`, crc.slice(0, count));
      },
    };
  }

  /** The whole file: preamble, header with `meta`, aligned sections; checksummed. */
  finish(meta: unknown): Buffer {
    const { preamble, offsets, size } = this.layout(meta);
    const file = Buffer.alloc(size);
    preamble.copy(file, 0);
    if (this.spool !== undefined) this.spool.readAll().copy(file, preamble.byteLength);
    else
      this.parts.forEach((part, i) => {
        if (part.spooled === undefined) file.set(part.data, offsets[i]);
      });
    return file;
  }

  /**
   * Writes the file `finish` would return to `path`, section by section: a large snapshot is never
   * held twice in memory (its sections and the whole file); with a spool, never at all.
   */
  finishTo(path: string, meta: unknown): void {
    const { preamble, offsets, size } = this.layout(meta);
    const fd = openSync(path, 'w');
    try {
      writeAll(fd, preamble, 0);
      if (this.spool !== undefined) this.spool.copyTo(fd, preamble.byteLength);
      else
        this.parts.forEach((part, i) => {
          if (part.spooled === undefined) writeAll(fd, part.data, offsets[i]!);
        });
      // Alignment padding after the last section is part of the file's length.
      ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
  }

  /** Deletes the spool file, if there is one (after finishing, or when a build is abandoned). */
  dispose(): void {
    this.spool?.dispose();
  }

  /** The preamble and header bytes, where each section starts and the file's length. */
  private layout(meta: unknown): { preamble: Buffer; offsets: number[]; size: number } {
    if (this.appending !== undefined)
      throw new Error(`The record section "${this.appending}" is still open.`);
    const sections: SectionEntry[] = [];
    let offset = 0;
    for (const part of this.parts) {
      if (part.spooled !== undefined && part.spooled !== offset)
        throw new Error(`The section "${part.name}" is not where the spool put it.`);
      sections.push({
        name: part.name,
        type: part.type,
        offset,
        bytes: partBytes(part),
        crc: part.spooled === undefined ? checksum(part.data) : part.crc,
        ...(part.records === true ? { records: true as const } : {}),
      });
      offset += align(partBytes(part));
    }
    const headerJson = Buffer.from(JSON.stringify({ meta, sections } satisfies SnapshotHeader));
    const bodyStart = align(PREAMBLE_BYTES + headerJson.byteLength);
    // The preamble, the header and the zero padding up to the first section.
    const preamble = Buffer.alloc(bodyStart);
    preamble.write(MAGIC, 0, 'latin1');
    preamble.writeUInt32LE(CONTAINER_VERSION, 8);
    preamble.writeUInt32LE(headerJson.byteLength, 12);
    preamble.writeUInt32LE(checksum(headerJson), 16);
    headerJson.copy(preamble, PREAMBLE_BYTES);
    return {
      preamble,
      offsets: sections.map((section) => bodyStart + section.offset),
      size: bodyStart + offset,
    };
  }
}

/** Writes all of `data` at `position`, looping over short writes. */
function writeAll(fd: number, data: Uint8Array, position: number): void {
  let done = 0;
  while (done < data.byteLength) {
    done += writeSync(fd, data, done, data.byteLength - done, position + done);
  }
}

/**
 * The same snapshot with its header meta passed through `adapt`: the sections are copied as they
 * are, after a new header. Throws SnapshotInvalidError when `bytes` is not a sound snapshot.
 */
export function withSnapshotMeta(bytes: Uint8Array, adapt: (meta: unknown) => unknown): Buffer {
  const reader = new SnapshotReader(bytes);
  reader.verify(true);
  const old = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const oldBodyStart = align(PREAMBLE_BYTES + old.readUInt32LE(12));
  const header = JSON.parse(
    old.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + old.readUInt32LE(12)),
  ) as SnapshotHeader;
  const headerJson = Buffer.from(
    JSON.stringify({
      meta: adapt(reader.meta),
      sections: header.sections,
    } satisfies SnapshotHeader),
  );
  const bodyStart = align(PREAMBLE_BYTES + headerJson.byteLength);
  const file = Buffer.alloc(bodyStart + old.byteLength - oldBodyStart);
  old.copy(file, 0, 0, 12);
  file.writeUInt32LE(headerJson.byteLength, 12);
  file.writeUInt32LE(checksum(headerJson), 16);
  headerJson.copy(file, PREAMBLE_BYTES);
  old.copy(file, bodyStart, oldBodyStart);
  return file;
}

function align(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/** Reads record `i` of a record section; checked against its own checksum on every read. */
export type RecordReader = (i: number) => Buffer;

/**
 * A snapshot file: its metadata and views of its sections. Opening checks the preamble, the header
 * checksum and the file's length; each section is read and checked when first asked for.
 */
export class SnapshotReader {
  readonly meta: unknown;
  private readonly source: SnapshotSource;
  private readonly bodyStart: number;
  private readonly sections: Map<string, SectionEntry>;
  private readonly loaded = new Map<string, Uint8Array>();
  /** Sections whose bytes verify() has checked in the file (read later without a second check). */
  private readonly verified = new Set<string>();

  /** Opens snapshot bytes (a file source or a buffer); throws SnapshotInvalidError when bad. */
  constructor(from: SnapshotSource | Uint8Array) {
    const source = from instanceof Uint8Array ? memorySource(from) : from;
    if (source.size < PREAMBLE_BYTES)
      throw new SnapshotInvalidError(
        'truncated',
        'The snapshot file is shorter than its preamble.',
      );
    const preamble = Buffer.from(source.read(0, PREAMBLE_BYTES));
    if (preamble.toString('latin1', 0, 8) !== MAGIC)
      throw new SnapshotInvalidError('corrupt', 'The snapshot file has no Sift snapshot preamble.');
    const container = preamble.readUInt32LE(8);
    if (container < CONTAINER_VERSION)
      throw new SnapshotInvalidError(
        'older-format',
        `The snapshot file is in container layout ${container}; this Sift writes layout ${CONTAINER_VERSION}.`,
      );
    if (container !== CONTAINER_VERSION)
      throw new SnapshotInvalidError(
        'stale',
        `The snapshot file is in container layout ${container}, written by a newer Sift; this one writes layout ${CONTAINER_VERSION}.`,
      );
    const headerBytes = preamble.readUInt32LE(12);
    if (PREAMBLE_BYTES + headerBytes > source.size)
      throw new SnapshotInvalidError('truncated', 'The snapshot file ends inside its header.');
    const headerJson = source.read(PREAMBLE_BYTES, headerBytes);
    if (checksum(headerJson) !== preamble.readUInt32LE(16))
      throw new SnapshotInvalidError('corrupt', 'The snapshot header checksum does not match.');
    let header: SnapshotHeader;
    try {
      header = JSON.parse(Buffer.from(headerJson).toString('utf8')) as SnapshotHeader;
    } catch {
      throw new SnapshotInvalidError('corrupt', 'The snapshot header is not valid JSON.');
    }
    const bodyStart = align(PREAMBLE_BYTES + headerBytes);
    const last = header.sections.at(-1);
    const expectedBytes = bodyStart + (last === undefined ? 0 : align(last.offset + last.bytes));
    if (source.size < expectedBytes)
      throw new SnapshotInvalidError(
        'truncated',
        `The snapshot file has ${source.size} bytes of the ${expectedBytes} its header lists.`,
      );
    if (source.size > expectedBytes)
      throw new SnapshotInvalidError(
        'corrupt',
        'The snapshot file is longer than its header says.',
      );
    this.source = source;
    this.meta = header.meta;
    this.bodyStart = bodyStart;
    this.sections = new Map(header.sections.map((s) => [s.name, s]));
  }

  /** The names of the sections, in file order. */
  sectionNames(): string[] {
    return [...this.sections.keys()];
  }

  /**
   * Checks every section now, except record sections when `records` is false (their records are
   * checked one by one as they are read): a damaged table is then caught at load, before any query.
   * A file is checked through one small reused buffer and its sections are read later, when first
   * used, without a second check (the descriptor's bytes do not change: a new snapshot is renamed
   * over the old one): reading every table whole to check it touched 44 MB of fresh memory per
   * `sift analyze`, and the first touch, not the checksum, was the cost (docs/benchmarks.md).
   */
  verify(records: boolean): void {
    const chosen = [...this.sections.values()].filter((e) => records || e.records !== true);
    // In memory the sections are views, checked in place; without zlib's CRC-32 (Node < 20.15) the
    // SHA-1 stand-in cannot be computed piece by piece.
    const readInto = this.source.readInto?.bind(this.source);
    if (readInto === undefined || crc32 === undefined) {
      for (const entry of chosen) this.section(entry.name, entry.type);
      return;
    }
    const buffer = new Uint8Array(Math.min(VERIFY_BUFFER_BYTES, this.source.size));
    for (const entry of chosen) {
      let crc = 0;
      for (let done = 0; done < entry.bytes;) {
        const want = buffer.subarray(0, Math.min(buffer.byteLength, entry.bytes - done));
        const got = readInto(this.bodyStart + entry.offset + done, want);
        if (got < want.byteLength)
          throw new SnapshotInvalidError(
            'truncated',
            `The snapshot file ends inside "${entry.name}".`,
          );
        crc = crc32(want, crc) >>> 0;
        done += got;
      }
      if (crc !== entry.crc) throw corruptSection(entry.name);
      this.verified.add(entry.name);
    }
  }

  /**
   * Reads every table section not read yet, off the calling thread (a file source's readAsync),
   * and resolves once they are loaded: a caller with other work first (an article's reading)
   * then finds the tables its queries use in memory. Each run of adjacent sections is one read,
   * issued at once, since a busy caller's thread runs no callback that could issue the next. A
   * section used meanwhile is read as before, and its early copy dropped; a failed read is left
   * to the section's own read to report. Checks only sections verify() has not checked.
   */
  async readAhead(): Promise<void> {
    const readAsync = this.source.readAsync?.bind(this.source);
    if (readAsync === undefined) return;
    const runs: SectionEntry[][] = [];
    let run: SectionEntry[] = [];
    for (const entry of this.sections.values()) {
      if (entry.records === true || this.loaded.has(entry.name)) {
        if (run.length > 0) runs.push(run);
        run = [];
      } else run.push(entry);
    }
    if (run.length > 0) runs.push(run);
    await Promise.all(
      runs.map(async (entries) => {
        const first = entries[0]!;
        const last = entries.at(-1)!;
        const bytes = await readAsync(
          this.bodyStart + first.offset,
          last.offset + last.bytes - first.offset,
        ).catch(() => undefined);
        for (const entry of entries) {
          const from = entry.offset - first.offset;
          if (bytes === undefined || bytes.byteLength < from + entry.bytes) return;
          // Sections start 8-byte aligned in the file, so each is an aligned view of the run.
          const section = bytes.subarray(from, from + entry.bytes);
          if (this.loaded.has(entry.name)) continue;
          if (!this.verified.has(entry.name) && checksum(section) !== entry.crc) continue;
          this.loaded.set(entry.name, section);
        }
      }),
    );
  }

  /** Where record `i` of a record section lies in the file (for tests that damage one). */
  recordPosition(name: string, i: number): { offset: number; bytes: number } {
    const entry = this.sections.get(name);
    if (entry?.records !== true) throw new Error(`"${name}" is not a record section.`);
    const at = this.float64(`${name}.at`);
    return { offset: this.bodyStart + entry.offset + at[i]!, bytes: at[i + 1]! - at[i]! };
  }

  /** Bytes read, of the file's total: how lazy a load was. */
  bytesRead(): { read: number; total: number } {
    let read = 0;
    for (const bytes of this.loaded.values()) read += bytes.byteLength;
    return { read, total: this.source.size };
  }

  /** A section's bytes, read and checked on first use. */
  private section(name: string, type: SectionType): Uint8Array {
    const cached = this.loaded.get(name);
    if (cached !== undefined) return cached;
    const entry = this.sections.get(name);
    if (entry?.type !== type)
      throw new SnapshotInvalidError('corrupt', `The snapshot has no ${type} section "${name}".`);
    const bytes = this.source.read(this.bodyStart + entry.offset, entry.bytes);
    if (bytes.byteLength < entry.bytes)
      throw new SnapshotInvalidError('truncated', `The snapshot file ends inside "${name}".`);
    if (!this.verified.has(name) && checksum(bytes) !== entry.crc) throw corruptSection(name);
    this.loaded.set(name, bytes);
    return bytes;
  }

  /** The bytes of a section. */
  bytes(name: string): Buffer {
    const bytes = this.section(name, 'bytes');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** An Int32Array section, a view of the bytes read. */
  int32(name: string): Int32Array {
    const bytes = this.section(name, 'i32');
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  }

  /** A Float64Array section, a view of the bytes read. */
  float64(name: string): Float64Array {
    const bytes = this.section(name, 'f64');
    return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  }

  /** A Uint8Array section, a view of the bytes read. */
  uint8(name: string): Uint8Array {
    return this.section(name, 'u8');
  }

  /** A string table written by addStrings, decoded once; strings are slices of one string. */
  strings(name: string): string[] {
    const text = this.bytes(`${name}.text`).toString('utf8');
    const at = this.int32(`${name}.at`);
    const out = new Array<string>(at.length - 1);
    for (let i = 0; i + 1 < at.length; i++) out[i] = text.slice(at[i], at[i + 1]);
    return out;
  }

  /**
   * Records written by addRecords, read one at a time: a one-shot query reaches a few hundred of
   * 32,000 entities, so it reads those bytes and no others. Each record is checked against its own
   * checksum, so a damaged record is caught when it is first reached (SnapshotInvalidError).
   */
  records(name: string): { count: number; read: RecordReader } {
    const entry = this.sections.get(name);
    if (entry?.records !== true)
      throw new SnapshotInvalidError('corrupt', `The snapshot has no record section "${name}".`);
    const at = this.float64(`${name}.at`);
    const crc = this.int32(`${name}.crc`);
    const start = this.bodyStart + entry.offset;
    return {
      count: at.length - 1,
      read: (i) => {
        const from = at[i]!;
        const bytes = at[i + 1]! - from;
        // Checked as a whole already (a shared copy): a view, no read.
        const whole = this.loaded.get(name);
        if (whole !== undefined) return Buffer.from(whole.buffer, whole.byteOffset + from, bytes);
        const data = this.source.read(start + from, bytes);
        if (data.byteLength < bytes)
          throw new SnapshotInvalidError('truncated', `The snapshot file ends inside "${name}".`);
        if ((checksum(data) | 0) !== crc[i])
          throw new SnapshotInvalidError(
            'corrupt',
            `The checksum of record ${i} of the snapshot section "${name}" does not match.`,
          );
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      },
    };
  }
}

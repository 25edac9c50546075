import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { AppError, type ByteSource } from '../core/index.ts';

/** Facts about a list file on disk. */
export interface ListFileInfo {
  path: string;
  sizeBytes: number;
  /** SHA-256 of the (decompressed) content. */
  sha256: string;
  gzip: boolean;
}

/** Stats and hashes a list file, with a clear error when it is missing, a folder or empty. */
export async function inspectListFile(path: string): Promise<ListFileInfo> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new AppError('INPUT_UNREADABLE', `${path} is a folder; name a list file inside it.`);
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INPUT_NOT_FOUND', `Cannot read ${path}: no such file.`, { cause: error });
  }
  if (size === 0) throw new AppError('INGEST_EMPTY', `${path} is empty.`);
  const handle = await open(path, 'r');
  const magic = Buffer.alloc(2);
  await handle.read(magic, 0, 2, 0);
  await handle.close();
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  // The hash is over the list's own bytes, so a gzip copy of a file counts as the same file.
  const hash = createHash('sha256');
  const raw = createReadStream(path);
  try {
    for await (const chunk of gzip ? raw.pipe(createGunzip()) : raw) hash.update(chunk as Buffer);
  } catch (error) {
    throw new AppError('INPUT_UNREADABLE', `${path} could not be read: ${String(error)}`, {
      cause: error,
    });
  }
  return { path, sizeBytes: size, sha256: hash.digest('hex'), gzip };
}

/**
 * Opens a list file as a byte stream: gunzipped when it is gzip, with a UTF-8 byte-order mark
 * removed, and `onBytes` told how many file bytes have been read so far.
 */
export function openListFile(
  file: ListFileInfo,
  onBytes?: (bytesRead: number) => void,
): ByteSource {
  const raw: ReadStream = createReadStream(file.path);
  const stream = file.gzip ? raw.pipe(createGunzip()) : raw;
  // Progress is read from the raw stream as chunks are consumed; a 'data' listener would start
  // the stream flowing before the parser reads it, and lose data.
  return stripBom(
    stream,
    onBytes &&
      (() => {
        onBytes(raw.bytesRead);
      }),
  );
}

/** The first `size` bytes of the (decompressed) file, for format detection. */
export async function readListFileHead(file: ListFileInfo, size: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of openListFile(file)) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    chunks.push(buffer);
    total += buffer.length;
    if (total >= size) break;
  }
  return Buffer.concat(chunks).subarray(0, size);
}

async function* stripBom(
  stream: AsyncIterable<Buffer | string>,
  onChunk?: () => void,
): AsyncGenerator<Buffer> {
  let first = true;
  try {
    for await (const chunk of stream) {
      let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (first) {
        first = false;
        if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
          buffer = buffer.subarray(3);
      }
      onChunk?.();
      yield buffer;
    }
  } catch (error) {
    throw new AppError('INPUT_UNREADABLE', `The file could not be read: ${String(error)}`, {
      cause: error,
    });
  }
}

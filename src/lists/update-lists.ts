import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, type ListName } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { importListFile, type ImportOptions, type ImportReport } from './import-list-file.ts';

/** The most a list download may weigh; the largest official list is about 30 MB. */
const MAX_DOWNLOAD_BYTES = 500 * 1024 * 1024;

/** One list's outcome in `sift lists update`. */
export interface UpdateOutcome {
  list: ListName;
  url: string;
  report?: ImportReport;
  error?: AppError;
}

/**
 * Downloads each named list from its configured address and imports it. A list that cannot be
 * fetched is reported with the reason and leaves its current version active.
 */
export async function updateLists(
  store: Store,
  lists: readonly ListName[],
  urls: Readonly<Record<string, string>>,
  timeoutMs: number,
  guards: Pick<ImportOptions, 'allowOlder' | 'allowShrink'> = {},
): Promise<UpdateOutcome[]> {
  const outcomes: UpdateOutcome[] = [];
  for (const list of lists) {
    const url = urls[list];
    if (url === undefined) {
      outcomes.push({
        list,
        url: '',
        error: new AppError(
          'LIST_UNKNOWN',
          `No download address is known for list "${list}". Known: ${Object.keys(urls).join(', ')}.`,
        ),
      });
      continue;
    }
    const dir = await mkdtemp(join(tmpdir(), 'sift-update-'));
    try {
      const path = join(dir, `${list}.download`);
      await download(url, path, timeoutMs);
      const report = await importListFile(store, path, { list, fileName: url, ...guards });
      outcomes.push({ list, url, report });
    } catch (error) {
      const appError =
        error instanceof AppError
          ? error
          : new AppError('NETWORK_UNAVAILABLE', String(error), { cause: error });
      outcomes.push({ list, url, error: appError });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return outcomes;
}

async function download(url: string, path: string, timeoutMs: number): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    throw new AppError(
      'NETWORK_UNAVAILABLE',
      `Could not download ${url}: ${describeFetchError(error)}. On a machine without network access, import a file you downloaded elsewhere with \`sift lists import <file>\`.`,
      { cause: error },
    );
  }
  if (!response.ok || response.body === null) {
    throw new AppError(
      'NETWORK_UNAVAILABLE',
      `Downloading ${url} failed: HTTP ${response.status} ${response.statusText}.`,
    );
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_DOWNLOAD_BYTES) {
    throw new AppError(
      'NETWORK_UNAVAILABLE',
      `${url} is ${declared} bytes, over the ${MAX_DOWNLOAD_BYTES}-byte limit.`,
    );
  }
  let received = 0;
  const body = Readable.fromWeb(
    response.body as import('node:stream/web').ReadableStream<Uint8Array>,
  );
  body.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_DOWNLOAD_BYTES)
      body.destroy(new Error(`download exceeded ${MAX_DOWNLOAD_BYTES} bytes`));
  });
  await pipeline(body, createWriteStream(path));
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'the download timed out';
  const cause =
    error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return cause ?? String(error);
}

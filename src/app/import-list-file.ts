import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  AppError,
  LIST_FORMATS,
  type ListFormat,
  type ListName,
  type ListParser,
  type ParseIssue,
} from '../core/index.ts';
import {
  PARSERS,
  SNIFF_BYTES,
  detectListFormat,
  listOfFormat,
  parseOfacCsvSet,
} from '../ingest/index.ts';
import type { ImportSession, StoredVersion, Store } from '../store/index.ts';
import {
  inspectListFile,
  openListFile,
  readListFileHead,
  type ListFileInfo,
} from './read-list-file.ts';

/** How an import ended. */
export interface ImportReport {
  /**
   * `unchanged` when these bytes are the active version already: nothing was written.
   * `reactivated` when they match an older version, which becomes active again.
   */
  status: 'imported' | 'unchanged' | 'reactivated';
  version: StoredVersion;
  issues: ParseIssue[];
}

/** Options of one import. */
export interface ImportOptions {
  list?: ListName;
  format?: ListFormat | 'auto';
  /** The name recorded for the file, when it is not the path (the bundled list). */
  fileName?: string;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Imports one list file as a new version of its list. The import is atomic: a file that fails
 * leaves the previous version active and untouched, and the same bytes twice is a no-op.
 */
export async function importListFile(
  store: Store,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const file = await inspectListFile(path);
  const format =
    options.format === undefined || options.format === 'auto'
      ? detectListFormat(await readListFileHead(file, SNIFF_BYTES))
      : checkFormat(options.format);
  const list = options.list ?? listOfFormat(format) ?? 'opensanctions';
  const companions = format === 'ofac-csv' ? await findOfacCompanions(path) : {};
  const companionFiles = Object.values(companions);
  const parser = companionFiles.length > 0 ? ofacSetParser(companions) : PARSERS[format];
  if (parser === undefined) {
    throw new AppError(
      'INGEST_FORMAT_UNKNOWN',
      `Reading the ${format} format is not available in this build.`,
    );
  }
  // A set of files is one version: its hash covers every member.
  const sha256 =
    companionFiles.length === 0
      ? file.sha256
      : createHash('sha256')
          .update([file, ...companionFiles].map((f) => f.sha256).join(','))
          .digest('hex');
  const known = await reuseKnownVersion(store, list, sha256);
  if (known !== undefined) return known;

  let session: ImportSession;
  try {
    session = await store.beginImport({
      list,
      sha256,
      format,
      fileName: options.fileName ?? basename(path),
    });
  } catch (error) {
    // Another process imported the same bytes between our check and our start (two first runs
    // on a fresh store both import the bundled list): theirs is the version we wanted.
    const raced = await reuseKnownVersion(store, list, sha256);
    if (raced !== undefined) return raced;
    throw error;
  }
  try {
    const input = openListFile(
      file,
      options.onProgress && ((read) => options.onProgress?.(read, file.sizeBytes)),
    );
    const result = await parser(input, {
      list,
      onEntity: (entity) => {
        session.add(entity);
      },
    });
    if (result.meta.recordCount - result.meta.skippedCount === 0) {
      throw new AppError(
        'INGEST_EMPTY',
        `${path} holds no usable ${format} records; nothing was imported.`,
        {
          details: { issues: result.issues.slice(0, 20) },
        },
      );
    }
    const finish = {
      recordCount: result.meta.recordCount,
      skippedCount: result.meta.skippedCount,
      issues: result.issues,
      ...(result.meta.published === undefined ? {} : { published: result.meta.published }),
    };
    const version = await session.commit(finish);
    return { status: 'imported', version, issues: result.issues };
  } catch (error) {
    await session.abort();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'INGEST_PARSE_FAILED',
      `${path} could not be read as ${format}: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** The alt.csv, add.csv and sdn_comments.csv that sit beside an OFAC sdn.csv, when present. */
async function findOfacCompanions(
  sdnPath: string,
): Promise<Partial<Record<'alt' | 'add' | 'comments', ListFileInfo>>> {
  if (!/^sdn\.csv$/i.test(basename(sdnPath))) return {};
  const dir = dirname(sdnPath);
  const names = await readdir(dir);
  const found: Partial<Record<'alt' | 'add' | 'comments', ListFileInfo>> = {};
  for (const [key, wanted] of [
    ['alt', 'alt.csv'],
    ['add', 'add.csv'],
    ['comments', 'sdn_comments.csv'],
  ] as const) {
    const name = names.find((n) => n.toLowerCase() === wanted);
    if (name !== undefined) found[key] = await inspectListFile(join(dir, name));
  }
  return found;
}

function ofacSetParser(
  companions: Partial<Record<'alt' | 'add' | 'comments', ListFileInfo>>,
): ListParser {
  return (sdn, options) =>
    parseOfacCsvSet(
      {
        sdn,
        ...(companions.alt === undefined ? {} : { alt: openListFile(companions.alt) }),
        ...(companions.add === undefined ? {} : { add: openListFile(companions.add) }),
        ...(companions.comments === undefined
          ? {}
          : { comments: openListFile(companions.comments) }),
      },
      options,
    );
}

function checkFormat(format: string): ListFormat {
  if (!(LIST_FORMATS as readonly string[]).includes(format)) {
    throw new AppError(
      'INGEST_FORMAT_UNKNOWN',
      `Unknown format "${format}". Use one of: auto, ${LIST_FORMATS.join(', ')}.`,
    );
  }
  return format as ListFormat;
}

/** The stored version with these bytes, made active again if it is not: no second copy is written. */
async function reuseKnownVersion(
  store: Store,
  list: ListName,
  sha256: string,
): Promise<ImportReport | undefined> {
  const previous = await store.findVersionBySha(list, sha256);
  if (previous === undefined) return undefined;
  if (previous.active) return { status: 'unchanged', version: previous, issues: [] };
  const version = await store.activateVersion(list, previous.version);
  return { status: 'reactivated', version, issues: [] };
}

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
import type { parseOfacCsvSet } from '../ingest/index.ts';
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
  /** `auto` (sniffed) or one of `LIST_FORMATS`; any other text is refused as INGEST_FORMAT_UNKNOWN. */
  format?: string;
  /** The name recorded for the file, when it is not the path (the bundled list). */
  fileName?: string;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Accept a file published before the active version (or reactivate an older version). */
  allowOlder?: boolean;
  /** Accept a version with fewer than {@link SHRINK_LIMIT} of the active version's entities. */
  allowShrink?: boolean;
}

/**
 * A new version with fewer entities than this share of the active version's is refused unless
 * `allowShrink`: official lists change by a few entries a week, so losing a fifth of a list at
 * once is far likelier a wrong or tampered file than a real delisting.
 */
export const SHRINK_LIMIT = 0.8;

/** The lists Sift knows by name; FollowTheMoney files may also name an OpenSanctions dataset. */
export const KNOWN_LISTS: readonly ListName[] = ['un', 'ofac', 'eu', 'uk', 'opensanctions'];

/** An OpenSanctions dataset name (`zala`, `us_ofac_sdn`): lower-case letters, digits, `_`. */
const DATASET_NAME = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * Imports one list file as a new version of its list. The import is atomic: a file that fails
 * leaves the previous version active and untouched, and the same bytes twice is a no-op.
 */
export async function importListFile(
  store: Store,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  // The parsers (XML, CSV, country names: ~50 modules) load here, on the first import, not at the
  // start of every command that only reads the store.
  const { PARSERS, SNIFF_BYTES, detectListFormat, listOfFormat, parseOfacCsvSet } =
    await import('../ingest/index.ts');
  const file = await inspectListFile(path);
  const format =
    options.format === undefined || options.format === 'auto'
      ? detectListFormat(await readListFileHead(file, SNIFF_BYTES))
      : checkFormat(options.format);
  const list = checkListName(options.list, format, listOfFormat(format));
  // Messages never name `path`: for an upload it is a server temp path.
  const displayName = options.fileName ?? basename(path);
  const companions = format === 'ofac-csv' ? await findOfacCompanions(path) : {};
  const companionFiles = Object.values(companions);
  const parser =
    companionFiles.length > 0 ? ofacSetParser(companions, parseOfacCsvSet) : PARSERS[format];
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
  const known = await reuseKnownVersion(store, list, sha256, options);
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
    const raced = await reuseKnownVersion(store, list, sha256, options);
    if (raced !== undefined) return raced;
    throw error;
  }
  let entityCount = 0;
  try {
    const input = openListFile(
      file,
      options.onProgress && ((read) => options.onProgress?.(read, file.sizeBytes)),
    );
    const result = await parser(input, {
      list,
      onEntity: (entity) => {
        session.add(entity);
        entityCount += 1;
      },
    });
    if (result.meta.recordCount - result.meta.skippedCount === 0) {
      throw new AppError(
        'INGEST_EMPTY',
        `${displayName} holds no usable ${format} records; nothing was imported.`,
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
    const active = (await store.activeVersions()).find((v) => v.list === list);
    checkGuards(active, { published: result.meta.published, entityCount }, options);
    let version: StoredVersion;
    try {
      version = await session.commit(finish);
    } catch (error) {
      // Another process committed the same bytes while we parsed: theirs is the version we wanted.
      const raced = await reuseKnownVersion(store, list, sha256, options);
      if (raced !== undefined) return raced;
      throw error;
    }
    return { status: 'imported', version, issues: result.issues };
  } catch (error) {
    await session.abort();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'INGEST_PARSE_FAILED',
      `${displayName} could not be read as ${format}: ${String(error)}`,
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
  parseSet: typeof parseOfacCsvSet,
): ListParser {
  return (sdn, options) =>
    parseSet(
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

/**
 * The list an import goes to: the one named (checked), else the file format's own list. A file in
 * one list's own format (UN XML, OFAC, EU, UK) goes only to that list, so a UN file cannot replace
 * the OFAC list; a FollowTheMoney file may go to any known list or an OpenSanctions dataset name.
 */
function checkListName(
  named: string | undefined,
  format: ListFormat,
  own: ListName | undefined,
): ListName {
  if (named === undefined) return own ?? 'opensanctions';
  if (own !== undefined && named !== own) {
    throw new AppError(
      'QUERY_INVALID',
      `A ${format} file belongs to list "${own}", not "${named}"; leave out the list name.`,
    );
  }
  if (!KNOWN_LISTS.includes(named) && !DATASET_NAME.test(named)) {
    throw new AppError(
      'QUERY_INVALID',
      `Unknown list name; use one of ${KNOWN_LISTS.join(', ')} (or, for a FollowTheMoney file, an OpenSanctions dataset name of lower-case letters, digits and _).`,
    );
  }
  return named;
}

/**
 * Refuses a version that would go back in publication date or shrink the list sharply, unless the
 * caller asked for it: both are what a stale or tampered file looks like.
 */
function checkGuards(
  active: StoredVersion | undefined,
  next: { published?: string | undefined; entityCount: number },
  options: ImportOptions,
): void {
  if (active === undefined) return;
  if (
    options.allowOlder !== true &&
    next.published !== undefined &&
    active.published !== undefined &&
    next.published < active.published
  ) {
    throw new AppError(
      'IMPORT_REFUSED',
      `This ${active.list} file was published ${next.published}, before the active version ${active.version} (${active.published}); nothing was imported. To go back on purpose, import it with --allow-older (API: allow_older=true).`,
      {
        details: {
          reason: 'older',
          published: next.published,
          activePublished: active.published,
        },
      },
    );
  }
  if (options.allowShrink !== true && next.entityCount < active.entityCount * SHRINK_LIMIT) {
    throw new AppError(
      'IMPORT_REFUSED',
      `This ${active.list} file holds ${next.entityCount} entities, fewer than ${SHRINK_LIMIT * 100} % of the active version's ${active.entityCount}; nothing was imported. If the list really shrank, import it with --allow-shrink (API: allow_shrink=true).`,
      {
        details: {
          reason: 'shrink',
          entityCount: next.entityCount,
          activeEntityCount: active.entityCount,
        },
      },
    );
  }
}

/** The stored version with these bytes, made active again if it is not: no second copy is written. */
async function reuseKnownVersion(
  store: Store,
  list: ListName,
  sha256: string,
  options: ImportOptions,
): Promise<ImportReport | undefined> {
  const previous = await store.findVersionBySha(list, sha256);
  if (previous === undefined) return undefined;
  if (previous.active) return { status: 'unchanged', version: previous, issues: [] };
  const active = (await store.activeVersions()).find((v) => v.list === list);
  checkGuards(active, previous, options);
  const version = await store.activateVersion(list, previous.version);
  return { status: 'reactivated', version, issues: [] };
}

import type { ListEntity, ListSource, ListVersion, SourcedEntity } from '../core/index.ts';
import {
  hashSlots,
  isOlderFormat,
  lazyArray,
  lazyMap,
  StringHashTable,
  stringTableMap,
  readCandidateIndex,
  SnapshotInvalidError,
  SnapshotReader,
  SnapshotWriter,
  writeCandidateIndex,
  type SnapshotSource,
} from '../candidates/index.ts';
import type { ScreeningIndex } from './screening-index.ts';

/** Layout version of the screening snapshot's sections; bump on any change to what is written. */
export const SNAPSHOT_FORMAT = 'sift-snapshot-4';

/** What a snapshot says about itself, in its header. */
export interface SnapshotMeta {
  format: string;
  /** The content address it was built for (see the app's snapshot key). */
  key: string;
  lists: ListVersion[];
  /** Source of each list, in the order of `lists`. */
  sources: ListSource[];
  entityCount: number;
  builtAt: string;
}

/**
 * Serialises a screening index: the candidate index's tables, and each entity as JSON text that
 * is parsed only when a query reaches it.
 */
export function writeScreeningSnapshot(index: ScreeningIndex, key: string): Buffer {
  const { writer, meta } = snapshotWriter(index, key);
  return writer.finish(meta);
}

/**
 * Writes the bytes writeScreeningSnapshot returns to the file `path`, section by section, without
 * making the whole file in memory (a snapshot of 283,000 entities is ~250 MB).
 */
export function writeScreeningSnapshotFile(index: ScreeningIndex, key: string, path: string): void {
  const { writer, meta } = snapshotWriter(index, key);
  writer.finishTo(path, meta);
}

/** The sections and header of a screening index's snapshot. */
function snapshotWriter(
  index: ScreeningIndex,
  key: string,
): { writer: SnapshotWriter; meta: SnapshotMeta } {
  const writer = new SnapshotWriter();
  const sources: ListSource[] = index.lists.map((list, l) => {
    const source = index.entities[index.listOf.indexOf(l)]?.source;
    if (source === undefined) throw new Error(`No entity of list ${list.list} in the index.`);
    return source;
  });
  const json: Buffer[] = [];
  const ids: string[] = [];
  index.entities.forEach(({ entity, source }, i) => {
    const listed = sources[index.listOf[i]!];
    if (source.list !== listed?.list || source.version !== listed.version)
      throw new Error(`Entity ${entity.id} has a source unlike its list's.`);
    json.push(Buffer.from(JSON.stringify(entity), 'utf8'));
    ids.push(entity.id);
  });
  writer.addRecords('entities.json', json);
  writer.addStrings('entities.ids', ids);
  writer.add('entities.ids.slots', hashSlots(ids));
  writer.add('entities.listOf', index.listOf);
  writer.add('entities.schemaOf', index.schemaOf);
  writeIdentifiers(index.byIdentifier, writer);
  writeCandidateIndex(index.candidates, writer);
  const meta: SnapshotMeta = {
    format: SNAPSHOT_FORMAT,
    key,
    lists: [...index.lists],
    sources,
    entityCount: index.entities.length,
    builtAt: new Date().toISOString(),
  };
  return { writer, meta };
}

/** The header of a verified snapshot file, checked to be of this format. */
function metaOf(reader: SnapshotReader): SnapshotMeta {
  const meta = reader.meta as Partial<SnapshotMeta> | null;
  if (meta?.format !== SNAPSHOT_FORMAT)
    throw new SnapshotInvalidError(
      isOlderFormat(meta?.format, SNAPSHOT_FORMAT) ? 'older-format' : 'stale',
      `The snapshot is of format ${String(meta?.format)}, not ${SNAPSHOT_FORMAT}.`,
    );
  return meta as SnapshotMeta;
}

/**
 * Loads a screening index from a snapshot built for `key` (its bytes, or a file source read on
 * demand); throws SnapshotInvalidError when the file is truncated, corrupt or built for other inputs
 * (stale). Sections and entities are read when first used, and a damaged one throws
 * SnapshotInvalidError then: callers that load lazily must be ready for it (see the app's
 * screening service).
 */
export function readScreeningSnapshot(
  file: Uint8Array | SnapshotSource,
  key: string,
): ScreeningIndex {
  return openScreeningSnapshot(file, key).index;
}

/**
 * Like readScreeningSnapshot, with the reader (to count the bytes read). `checkRecords` checks the
 * entity records at load too (a copy shared with worker threads, checked once for all of them).
 */
export function openScreeningSnapshot(
  file: Uint8Array | SnapshotSource,
  key: string,
  checkRecords = false,
): { index: ScreeningIndex; reader: SnapshotReader } {
  const reader = new SnapshotReader(file);
  const meta = metaOf(reader);
  if (meta.key !== key)
    throw new SnapshotInvalidError(
      'stale',
      `The snapshot was built for ${meta.key.slice(0, 12)}, not ${key.slice(0, 12)}.`,
    );
  // Every table is checked now, so that a damaged one is caught at load; entity records are
  // checked one by one when a query first reaches them.
  reader.verify(checkRecords);
  try {
    return { index: indexFrom(reader, meta), reader };
  } catch (error) {
    if (error instanceof SnapshotInvalidError) throw error;
    // The checksum held, so the bytes are as written: tables that do not fit these name tables
    // (a token whose keys differ from today's) mean the snapshot is from other code.
    throw new SnapshotInvalidError(
      'stale',
      `The snapshot does not fit this engine: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function indexFrom(reader: SnapshotReader, meta: SnapshotMeta): ScreeningIndex {
  const listOf = reader.uint8('entities.listOf');
  const json = reader.records('entities.json');
  return {
    // A query reaches a few hundred of the 32,000 entities: each is read and parsed when first
    // reached.
    entities: lazyArray(json.count, (i): SourcedEntity => {
      const source = meta.sources[listOf[i]!];
      if (source === undefined) throw new Error(`Entity ${i} names no list of the snapshot.`);
      return { entity: JSON.parse(json.read(i).toString('utf8')) as ListEntity, source };
    }),
    // Looked up in the written hash table: no Map of 32,000 ids is built.
    byId: lazyMap(() =>
      stringTableMap(
        new StringHashTable(
          reader.bytes('entities.ids.text'),
          reader.int32('entities.ids.at'),
          reader.int32('entities.ids.slots'),
        ),
        (id) => id,
      ),
    ),
    candidates: readCandidateIndex(reader),
    lists: meta.lists,
    listOf,
    schemaOf: reader.uint8('entities.schemaOf'),
    byIdentifier: readIdentifiers(reader),
  };
}

/** The identifier lookup as its keys, and each key's entity positions as one flat array. */
export function writeIdentifiers(
  byIdentifier: ScreeningIndex['byIdentifier'],
  writer: SnapshotWriter,
): void {
  const keys = [...byIdentifier.keys()];
  const at = new Int32Array(keys.length + 1);
  const positions: number[] = [];
  keys.forEach((key, i) => {
    positions.push(...(byIdentifier.get(key) ?? []));
    at[i + 1] = positions.length;
  });
  writer.addStrings('identifiers.keys', keys);
  writer.add('identifiers.at', at);
  writer.add('identifiers.positions', Int32Array.from(positions));
}

function readIdentifiers(reader: SnapshotReader): Map<string, number[]> {
  const keys = reader.strings('identifiers.keys');
  const at = reader.int32('identifiers.at');
  const positions = reader.int32('identifiers.positions');
  const byIdentifier = new Map<string, number[]>();
  keys.forEach((key, i) => byIdentifier.set(key, Array.from(positions.subarray(at[i], at[i + 1]))));
  return byIdentifier;
}

import type { Gazetteer, GazetteerEntry, NerModel } from '../analysis/index.ts';
import {
  fileSource,
  SnapshotInvalidError,
  SnapshotReader,
  StringHashTable,
  stringTableMap,
  stringTableSet,
} from '../candidates/index.ts';

// Reading the article tables file (written by article-snapshot.ts) needs only the candidates'
// snapshot reader: the thread that reads an article's text loads this without the engine.

/** The format the article tables file is written in. */
export const ARTICLE_TABLES_FORMAT = 'sift-articles-3';
/** The entity types of gazetteer entries, by their byte in the file. */
export const GAZETTEER_TYPES: readonly GazetteerEntry['type'][] = ['person', 'organization'];

/** A string table written with its hash slots, as a StringHashTable. */
function hashTable(reader: SnapshotReader, name: string): StringHashTable {
  return new StringHashTable(
    reader.bytes(`${name}.text`),
    reader.int32(`${name}.at`),
    reader.int32(`${name}.slots`),
  );
}

/** The gazetteer and tagger tables of the file at `path`, checked; throws SnapshotInvalidError. */
export function readArticleTables(
  path: string,
  key: string,
): { gazetteer: Gazetteer; model: NerModel; lexiconStarts: ReadonlySet<string> } {
  const reader = new SnapshotReader(fileSource(path));
  const meta = reader.meta as {
    format?: string;
    key?: string;
    labels: string[];
    classes: string[];
    longest: number;
  };
  if (meta.format !== ARTICLE_TABLES_FORMAT || meta.key !== key)
    throw new SnapshotInvalidError('stale', 'The article tables were built for other inputs.');
  reader.verify(true);
  const keys = hashTable(reader, 'gazetteer.keys');
  const types = reader.uint8('gazetteer.types');
  const lengths = reader.int32('gazetteer.lengths');
  const stride = meta.labels.length;
  const weights = reader.float64('tagger.weights');
  const features = hashTable(reader, 'tagger.features');
  const lexicon = hashTable(reader, 'tagger.lexicon.keys');
  const classes = reader.uint8('tagger.lexicon.classes');
  // Each feature's weights are viewed once: an article looks features up ~40,000 times but
  // reaches ~3,000 of them, and a typed-array view made per lookup was ~3% of `sift analyze`.
  const rows = new Array<Float64Array | undefined>(features.size);
  return {
    // Views of the written hash tables: filling a Map and a Set of 200,000 strings cost more than
    // the whole analysis of an article.
    gazetteer: {
      entries: stringTableMap(keys, (id) => ({
        key: keys.string(id),
        type: GAZETTEER_TYPES[types[id]!]!,
        length: lengths[id]!,
      })),
      prefixes: stringTableSet(hashTable(reader, 'gazetteer.prefixes')),
      longest: meta.longest,
    },
    model: {
      labels: meta.labels,
      weights: stringTableMap(
        features,
        (id) => (rows[id] ??= weights.subarray(id * stride, (id + 1) * stride)),
      ),
      lexicon: stringTableMap(lexicon, (id) => meta.classes[classes[id]!]!),
    },
    lexiconStarts: stringTableSet(hashTable(reader, 'tagger.lexicon.starts')),
  };
}

import { createHash } from 'node:crypto';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer, GazetteerEntry, NerModel } from '../analysis/index.ts';
import {
  fileSource,
  hashSlots,
  SnapshotInvalidError,
  SnapshotReader,
  SnapshotWriter,
  StringHashTable,
  stringTableMap,
  stringTableSet,
} from '../candidates/index.ts';
import {
  codeHash,
  pruneSnapshots,
  type LoadedEngine,
  type SnapshotOptions,
} from './engine-snapshot.ts';
import { installPrebuiltSnapshot } from './prebuilt-snapshot.ts';

// The article pipeline's costly tables, kept beside the engine snapshot they were made from: the
// gazetteer of listed names (made by reading every one of the 32,000 entities: ~2 s of CPU on four
// lists) and the tagger weights in compact form (a string table and one Float64Array instead of
// 1.8 MB of JSON turned into 30,000 arrays). Named by the engine snapshot's key and the article
// code's hash, so a new list version or a retrained tagger makes a new file by itself. The
// tagger's lexicon is a hash table too, its word classes one byte each, with the first words of
// its multi-word entries: filling a Map of its 28,000 entries was ~50 ms of CPU per process.

const FORMAT = 'sift-articles-3';
const SUFFIX = '.articles';
const TYPES: readonly GazetteerEntry['type'][] = ['person', 'organization'];

/** What the analysis module provides to build the tables when no file holds them. */
export interface ArticleTableMakers {
  buildGazetteer(entities: LoadedEngine['index']['entities']): Gazetteer;
  shippedNerModel(): NerModel;
  useNerModel(model: NerModel, lexiconStarts?: ReadonlySet<string>): void;
  entryStarts(lexicon: NerModel['lexicon']): ReadonlySet<string>;
}

/** The content address of the article tables of an engine. */
function tablesKey(engine: LoadedEngine): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: FORMAT, engine: engine.key, code: codeHash('articles') }))
    .digest('hex');
}

function writeTables(
  gazetteer: Gazetteer,
  model: NerModel,
  lexiconStarts: ReadonlySet<string>,
  key: string,
): Buffer {
  const writer = new SnapshotWriter();
  const entries = [...gazetteer.entries.values()];
  writer.addStrings(
    'gazetteer.keys',
    entries.map((e) => e.key),
  );
  writer.add(
    'gazetteer.types',
    Uint8Array.from(entries, (e) => TYPES.indexOf(e.type)),
  );
  writer.add(
    'gazetteer.lengths',
    Int32Array.from(entries, (e) => e.length),
  );
  writer.add('gazetteer.keys.slots', hashSlots(entries.map((e) => e.key)));
  const prefixes = [...gazetteer.prefixes];
  writer.addStrings('gazetteer.prefixes', prefixes);
  writer.add('gazetteer.prefixes.slots', hashSlots(prefixes));
  const features = [...model.weights.keys()];
  const stride = model.labels.length;
  const weights = new Float64Array(features.length * stride);
  features.forEach((feature, i) => {
    const w = model.weights.get(feature)!;
    if (w.length !== stride) throw new Error(`Tagger feature ${feature} has ${w.length} weights.`);
    for (let k = 0; k < stride; k++) weights[i * stride + k] = w[k]!;
  });
  writer.addStrings('tagger.features', features);
  writer.add('tagger.features.slots', hashSlots(features));
  writer.add('tagger.weights', weights);
  const lexiconKeys = [...model.lexicon.keys()];
  const classes = [...new Set(model.lexicon.values())];
  if (classes.length > 255) throw new Error('The tagger lexicon has more than 255 word classes.');
  writer.addStrings('tagger.lexicon.keys', lexiconKeys);
  writer.add('tagger.lexicon.keys.slots', hashSlots(lexiconKeys));
  writer.add(
    'tagger.lexicon.classes',
    Uint8Array.from(lexiconKeys, (k) => classes.indexOf(model.lexicon.get(k)!)),
  );
  const starts = [...lexiconStarts];
  writer.addStrings('tagger.lexicon.starts', starts);
  writer.add('tagger.lexicon.starts.slots', hashSlots(starts));
  return writer.finish({
    format: FORMAT,
    key,
    labels: model.labels,
    classes,
    longest: gazetteer.longest,
  });
}

/** A string table written with its hash slots, as a StringHashTable. */
function hashTable(reader: SnapshotReader, name: string): StringHashTable {
  return new StringHashTable(
    reader.bytes(`${name}.text`),
    reader.int32(`${name}.at`),
    reader.int32(`${name}.slots`),
  );
}

function readTables(
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
  if (meta.format !== FORMAT || meta.key !== key)
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
        type: TYPES[types[id]!]!,
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

/**
 * The gazetteer of an engine's lists, with the shipped tagger installed: read from the file beside
 * the engine snapshot when there is a sound one, else built and written for the next process.
 * A damaged or stale file is logged and rebuilt, never used.
 */
export function loadArticleTables(
  engine: LoadedEngine,
  options: SnapshotOptions,
  makers: ArticleTableMakers,
): Gazetteer {
  const build = (): Gazetteer => makers.buildGazetteer(engine.index.entities);
  if (options.dir === undefined || engine.path === undefined) return build();
  const key = tablesKey(engine);
  const path = join(options.dir, `${key}${SUFFIX}`);
  // A fresh store holding only the bundled list: the build made these tables already.
  for (const attempt of ['stored', 'prebuilt'] as const) {
    if (attempt === 'prebuilt' && !installPrebuiltSnapshot(`${key}${SUFFIX}`, path, options.log))
      break;
    try {
      const { gazetteer, model, lexiconStarts } = readTables(path, key);
      makers.useNerModel(model, lexiconStarts);
      return gazetteer;
    } catch (error) {
      if (error instanceof SnapshotInvalidError) {
        options.log(
          `sift: article tables ${path} are ${error.wording} (${error.message}); rebuilding them.`,
        );
        break;
      } else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const gazetteer = build();
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const model = makers.shippedNerModel();
    writeFileSync(temporary, writeTables(gazetteer, model, makers.entryStarts(model.lexicon), key));
    // Two processes may build at once: each renames a whole file, so readers never see a part.
    renameSync(temporary, path);
    pruneSnapshots(options.dir, `${key}${SUFFIX}`, SUFFIX);
  } catch (error) {
    options.log(`sift: could not write the article tables ${path} (${String(error)}).`);
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
  }
  return gazetteer;
}

import { SCHEMAS } from '../core/index.ts';
import type { ListEntity, ListSource, ListVersion } from '../core/index.ts';
import {
  CandidateTableBuilder,
  Int32List,
  SnapshotWriter,
  StringList,
  writeCandidateSections,
  type RecordAppender,
  type EarlierReadings,
} from '../candidates/index.ts';
import { addIdentifiers } from './screening-index.ts';
import { SNAPSHOT_FORMAT, writeIdentifiers, type SnapshotMeta } from './screening-snapshot.ts';

/**
 * Writes the snapshot of a screening index from entities given one at a time, without building the
 * index: the file is the one writeScreeningSnapshotFile writes for buildScreeningIndex of the same
 * entities in the same order, byte for byte (header times aside). Each entity's JSON goes to a
 * spill file beside the snapshot as it comes, and its names are filed by a CandidateTableBuilder,
 * so memory grows with the numbers the snapshot holds, not with the entities (decision 018: the
 * snapshot of 283,000 entities built from the whole index peaked at 1.5 GB).
 */
export class ScreeningSnapshotBuilder {
  private readonly candidates: CandidateTableBuilder;
  private readonly writer: SnapshotWriter;
  private readonly json: RecordAppender;
  /** Entity ids, as bytes (see StringList). */
  private readonly ids = new StringList();
  /** Each entity's list, numbered in the order lists are first met (sorted when written). */
  private readonly listMet = new Int32List();
  private readonly schemaOf = new Int32List();
  private readonly byIdentifier = new Map<string, number[]>();
  /** The lists met, each with the source of its first entity. */
  private readonly lists: ListSource[] = [];

  /**
   * `spoolPath` is a file the snapshot's sections (the entity JSON first) are written to meanwhile,
   * deleted by dispose.
   */
  constructor(spoolPath: string, earlier?: EarlierReadings) {
    this.candidates = new CandidateTableBuilder(earlier);
    this.writer = new SnapshotWriter(spoolPath);
    this.json = this.writer.beginRecords('entities.json');
  }

  /** Adds the next entity, with the list version it belongs to. */
  add(entity: ListEntity, source: ListSource): void {
    const position = this.ids.size;
    let list = this.lists.findIndex((met) => met.list === source.list);
    if (list < 0) {
      list = this.lists.length;
      this.lists.push(source);
    } else if (this.lists[list]!.version !== source.version)
      throw new Error(`Entity ${entity.id} has a source unlike its list's.`);
    this.json.append(Buffer.from(JSON.stringify(entity), 'utf8'));
    this.ids.push(entity.id);
    this.listMet.push(list);
    this.schemaOf.push(Math.max(0, SCHEMAS.indexOf(entity.schema)));
    addIdentifiers(this.byIdentifier, entity, position);
    this.candidates.addEntity(entity);
  }

  /** Writes the snapshot, for snapshot key `key`, to the file `path`. */
  finishTo(path: string, key: string): void {
    const order = this.lists
      .map((source, met) => ({ source, met }))
      .sort((a, b) => a.source.list.localeCompare(b.source.list));
    const position = new Int32Array(order.length);
    order.forEach(({ met }, i) => {
      position[met] = i;
    });
    const listOf = new Uint8Array(this.ids.size);
    for (let i = 0; i < listOf.length; i++) listOf[i] = position[this.listMet.at(i)]!;
    const sources = order.map(({ source }) => source);
    const writer = this.writer;
    this.json.end();
    this.ids.writeTo(writer, 'entities.ids');
    writer.add('entities.listOf', listOf);
    writer.add('entities.schemaOf', this.schemaOf.toUint8Array());
    writeIdentifiers(this.byIdentifier, writer);
    writeCandidateSections(this.candidates.finish(), writer);
    const lists: ListVersion[] = sources.map((source) => ({
      list: source.list,
      version: source.version,
      published: source.published ?? null,
    }));
    const meta: SnapshotMeta = {
      format: SNAPSHOT_FORMAT,
      key,
      lists,
      sources,
      entityCount: listOf.length,
      builtAt: new Date().toISOString(),
    };
    writer.finishTo(path, meta);
  }

  /** Deletes the spool file (after finishTo, or when the build is abandoned). */
  dispose(): void {
    this.writer.dispose();
  }
}

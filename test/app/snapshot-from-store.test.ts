import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersionEntities, snapshotKey, writeSnapshotFromStore } from '../../src/app/index.ts';
import type { SourcedEntity } from '../../src/core/index.ts';
import { analysisKey, readingFor } from '../../src/candidates/index.ts';
import { analyzeName, type NameForm } from '../../src/names/index.ts';
import {
  buildScreeningIndex,
  ScreeningSnapshotBuilder,
  writeScreeningSnapshot,
} from '../../src/screening/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { copyStoreTemplate, TEMPLATE_DB } from '../support/store-template.ts';

/**
 * A snapshot file with the time it was built blanked (and so the header's checksum, bytes 16–19),
 * so that two builds can be compared.
 */
function withoutBuildTime(bytes: Buffer): Buffer {
  const header = bytes.readUInt32LE(12);
  const json = bytes.toString('utf8', 24, 24 + header);
  const blanked = json.replace(/"builtAt":"[^"]*"/, '"builtAt":"-"');
  assert.notEqual(blanked, json, 'the header names its build time');
  const preamble = Buffer.from(bytes.subarray(0, 24));
  preamble.writeUInt32LE(0, 16);
  return Buffer.concat([preamble, Buffer.from(blanked), bytes.subarray(24 + header)]);
}

/** Asserts two snapshot files are the same bytes but for their build times. */
function assertSameSnapshot(actual: Buffer, expected: Buffer): void {
  assert.equal(actual.byteLength, expected.byteLength);
  assert.ok(withoutBuildTime(actual).equals(withoutBuildTime(expected)), 'snapshot bytes differ');
}

describe('engine snapshots written a page of entities at a time', () => {
  let dir = '';
  let store: SqliteStore;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-snapshot-stream-'));
    await copyStoreTemplate(dir);
    store = SqliteStore.open(join(dir, TEMPLATE_DB));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the file the index built from every entity gives, byte for byte', async () => {
    const versions = await store.activeVersions();
    const key = snapshotKey(versions);
    const expected = writeScreeningSnapshot(
      buildScreeningIndex(await loadVersionEntities(store, versions)),
      key,
    );
    const path = join(dir, 'paged.snap');
    // Pages of 7 entities: page ends fall everywhere, and the last page is a short one.
    await writeSnapshotFromStore(store, versions, key, path, undefined, 7);
    assertSameSnapshot(readFileSync(path), expected);
  });

  it('files a name met again, in another list, as the index does, and takes earlier readings', async () => {
    const un = await loadVersionEntities(store, await store.activeVersions());
    // The same entities again as a second list, which sorts before the first: every name is met
    // twice, and each entity's list position is not the order its list was met in.
    const eu: SourcedEntity[] = un.map(({ entity, source }) => ({
      entity: { ...entity, id: entity.id.replace(/^un:/, 'eu:') },
      source: { ...source, list: 'eu', sha256: 'e'.repeat(64) },
    }));
    const entities = [...un, ...eu];
    // Readings of every third name as an earlier build left them: used as they are.
    const earlierForms = new Map<string, readonly NameForm[]>();
    un.forEach(({ entity }, i) => {
      const name = entity.names[0];
      if (i % 3 !== 0 || name === undefined) return;
      const reading = readingFor(entity.schema);
      earlierForms.set(analysisKey(reading, name.full), analyzeName(name.full, reading).forms);
    });
    const earlier = (key: string): readonly NameForm[] | undefined => earlierForms.get(key);
    const expected = writeScreeningSnapshot(buildScreeningIndex(entities, earlier), 'k');
    const path = join(dir, 'two-lists.snap');
    const builder = new ScreeningSnapshotBuilder(`${path}.entities`, earlier);
    try {
      for (const { entity, source } of entities) builder.add(entity, source);
      builder.finishTo(path, 'k');
    } finally {
      builder.dispose();
    }
    assertSameSnapshot(readFileSync(path), expected);
  });
});

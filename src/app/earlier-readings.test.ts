import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newEntity, type ListEntity, type ListSource, type SourcedEntity } from '../core/index.ts';
import { analysisKey, readingFor, withSnapshotMeta } from '../candidates/index.ts';
import { analyzeName } from '../names/index.ts';
import { buildScreeningIndex, writeScreeningSnapshot } from '../screening/index.ts';
import { earlierReadings } from './earlier-readings.ts';
import { snapshotKey } from './engine-snapshot.ts';

function entity(
  list: 'un' | 'ofac',
  ref: string,
  schema: 'Person' | 'Organization',
  names: string[],
): ListEntity {
  const made = newEntity(list, ref, schema, names[0]!);
  names.forEach((full, i) => made.names.push({ full, kind: i === 0 ? 'primary' : 'alias' }));
  return made;
}

const TEST_UN_SOURCE: ListSource = {
  list: 'un',
  version: 1,
  sha256: 'a',
  importedAt: '2026-12-07T00:00:00Z',
  format: 'un-xml',
  fileName: 'un.xml',
};
const TEST_OFAC_SOURCE: ListSource = {
  ...TEST_UN_SOURCE,
  list: 'ofac',
  sha256: 'b',
  format: 'ofac-csv',
  fileName: 'sdn.csv',
};

// Names in Latin, Arabic, Cyrillic and Han script: the readings a build reuses are the romanised ones too.
const UN: SourcedEntity[] = [
  entity('un', 'QDi.001', 'Person', ['Sirajuddin Haqqani', 'سراج الدين حقاني']),
  entity('un', 'QDi.002', 'Person', ['Ayman al-Zawahiri', 'أيمن الظواهري']),
  entity('un', 'KPi.003', 'Person', ['Kim Jong Un', '金正恩', 'Ким Чен Ын']),
  entity('un', 'QDe.004', 'Organization', ['Al-Qaida', 'القاعدة']),
].map((e) => ({ entity: e, source: TEST_UN_SOURCE }));
const OFAC: SourcedEntity[] = [
  entity('ofac', '1001', 'Person', ['Sirajuddin Haqqani', 'Siraj Haqani']),
  entity('ofac', '1002', 'Organization', ['Korea Mining Development Trading Corporation']),
].map((e) => ({ entity: e, source: TEST_OFAC_SOURCE }));

/** The snapshot bytes with the build time fixed, so two builds of the same index compare equal. */
function comparable(bytes: Buffer): Buffer {
  return withSnapshotMeta(bytes, (meta) => ({ ...(meta as object), builtAt: '-' }));
}

describe('earlier readings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-earlier-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const unKey = snapshotKey([TEST_UN_SOURCE]);
  writeFileSync(join(dir, `${unKey}.snap`), writeScreeningSnapshot(buildScreeningIndex(UN), unKey));
  const log: string[] = [];

  it('gives, for each name of a snapshot this code made, the readings analyzeName gives', () => {
    const earlier = earlierReadings([dir], snapshotKey, (m) => log.push(m));
    assert.ok(earlier !== undefined);
    for (const { entity: e } of UN) {
      for (const name of e.names) {
        const reading = readingFor(e.schema);
        const forms = earlier(analysisKey(reading, name.full));
        assert.deepEqual(forms, analyzeName(name.full, reading).forms, name.full);
      }
    }
    assert.equal(earlier(analysisKey('person', 'Siraj Haqani')), undefined);
    assert.deepEqual(log, []);
  });

  it('builds the index of more lists from those readings, byte for byte as from scratch', () => {
    const earlier = earlierReadings([dir], snapshotKey, (m) => log.push(m))!;
    const both = [...OFAC, ...UN];
    const key = snapshotKey([TEST_OFAC_SOURCE, TEST_UN_SOURCE]);
    const reused = buildScreeningIndex(both, earlier);
    // The earlier readings are used as they are, not analysed again.
    const first = reused.candidates.forms.find((f) => f.entity === OFAC.length)!;
    assert.equal(first.form, earlier(analysisKey('person', 'Sirajuddin Haqqani'))![0]);
    const fresh = buildScreeningIndex(both);
    assert.notEqual(fresh.candidates.forms[0]!.form, reused.candidates.forms[0]!.form);
    assert.ok(
      comparable(writeScreeningSnapshot(reused, key)).equals(
        comparable(writeScreeningSnapshot(fresh, key)),
      ),
    );
  });

  it('ignores a snapshot whose name is not the key of its lists under this code', () => {
    const other = mkdtempSync(join(tmpdir(), 'sift-earlier-'));
    try {
      // As a snapshot of other code looks: its key covers another code hash.
      const foreign = 'f'.repeat(64);
      writeFileSync(
        join(other, `${foreign}.snap`),
        writeScreeningSnapshot(buildScreeningIndex(UN), foreign),
      );
      assert.equal(
        earlierReadings([other], snapshotKey, () => undefined),
        undefined,
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

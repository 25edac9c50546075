import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runSift } from '../support/run-sift.ts';
import { useTempStore, type ListStatus } from '../support/temp-store.ts';
import { SHARED_MISSING, sharedFile } from '../support/shared-data.ts';

const fixture = (path: string): string =>
  fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

describe('sift lists import, every format (CLI)', () => {
  const store = useTempStore('sift-formats-');

  async function importAndCount(file: string, ...flags: string[]): Promise<ListStatus> {
    const run = await runSift(['lists', 'import', file, '--json', ...flags], store.env);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { version: { list: string } };
    const entry = (await store.status()).lists.find((l) => l.list === report.version.list);
    assert.ok(entry);
    return entry;
  }

  it('imports the OFAC 2021 CSV set with its 8,976 entries', { skip: SHARED_MISSING }, async () => {
    const ofac = await importAndCount(sharedFile('ofac/official_csv_2021-07/sdn.csv'));
    assert.equal(ofac.entityCount, 8976);
    assert.deepEqual(ofac.countsBySchema, {
      Person: 4620,
      Organization: 3673,
      Vessel: 406,
      Aircraft: 277,
    });
  });

  it(
    'imports the 2026 OFAC names file as a newer version with 19,249 entries',
    { skip: SHARED_MISSING },
    async () => {
      const ofac = await importAndCount(sharedFile('ofac/sdn_json_2026-08-20/ofac-sdn.json'));
      assert.equal(ofac.version, 2);
      assert.equal(ofac.entityCount, 19249);
      assert.equal(ofac.published, '2026-08-20');
    },
  );

  it(
    'imports the EU official-layout fixture and then the EU mirror',
    { skip: SHARED_MISSING },
    async () => {
      const fixtureVersion = await importAndCount(fixture('eu/eu-fsf-sample.xml'));
      assert.equal(fixtureVersion.entityCount, 25);
      const mirror = await importAndCount(sharedFile('eu/eu_fsf_ammitto_2026-05-01.json'));
      assert.deepEqual(mirror.countsBySchema, { Person: 4341, Organization: 1519 });
    },
  );

  it(
    'imports the UK official CSV and XML fixtures and then the UK mirror',
    { skip: SHARED_MISSING },
    async () => {
      assert.equal(
        (await importAndCount(fixture('uk/uk-sanctions-list-sample.csv'))).entityCount,
        25,
      );
      assert.equal(
        (await importAndCount(fixture('uk/uk-sanctions-list-sample.xml'))).entityCount,
        25,
      );
      // The mirror was published two days before the official fixtures: going back is asked for.
      const mirror = await importAndCount(
        sharedFile('uk/uk_sanctions_list_ammitto_2026-08-22.json'),
        '--allow-older',
      );
      assert.deepEqual(mirror.countsBySchema, { Organization: 1647, Person: 4036, Vessel: 666 });
    },
  );

  it(
    'imports FollowTheMoney JSON lines under the list name given',
    { skip: SHARED_MISSING },
    async () => {
      const run = await runSift(
        [
          'lists',
          'import',
          sharedFile('opensanctions/yente_zala_entities.ftm.json'),
          '--list',
          'zala',
        ],
        store.env,
      );
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /zala: imported version 1 .*ftm-json/);
    },
  );

  it('exports the active UN list as FollowTheMoney JSON lines', async () => {
    const run = await runSift(['lists', 'export', 'un', '--format', 'ftm'], store.env);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
      );
    assert.equal(lines.length, 1003);
    const haqqani = lines.find((l) =>
      l.properties.name?.includes('SIRAJUDDIN JALLALOUDINE HAQQANI'),
    );
    assert.ok(haqqani);
    assert.equal(haqqani.schema, 'Person');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runSift, type SiftRun } from '../support/run-sift.ts';
import { useTempStore, type ListStatus } from '../support/temp-store.ts';
import { SHARED_MISSING, sharedFile } from '../support/shared-data.ts';

const fixture = (path: string): string =>
  fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

/** One file's part of `sift lists import --json` (the version as `sift lists status` shows it). */
interface ImportedVersion {
  status: string;
  version: ListStatus & { format: string };
}

describe('sift lists import, every format (CLI)', () => {
  const store = useTempStore('sift-formats-');

  // Every official file in one command, in this order, so the engine of all these lists (about
  // 32,000 entities) is built once instead of after each file. The UK mirror was published two
  // days before the official UK fixtures: going back is asked for. The small FollowTheMoney file
  // goes first, on its own (it needs --list), so it too does not rebuild the large engine.
  const FILES = [
    sharedFile('ofac/official_csv_2021-07/sdn.csv'),
    sharedFile('ofac/sdn_json_2026-08-20/ofac-sdn.json'),
    fixture('eu/eu-fsf-sample.xml'),
    sharedFile('eu/eu_fsf_ammitto_2026-05-01.json'),
    fixture('uk/uk-sanctions-list-sample.csv'),
    fixture('uk/uk-sanctions-list-sample.xml'),
    sharedFile('uk/uk_sanctions_list_ammitto_2026-08-22.json'),
  ];
  let importing: Promise<{ ftm: SiftRun; imports: ImportedVersion[] }> | undefined;
  /** The FollowTheMoney import and the reports of the one import of FILES, run on first use. */
  const imported = (): Promise<{ ftm: SiftRun; imports: ImportedVersion[] }> =>
    (importing ??= (async () => {
      const ftm = await runSift(
        [
          'lists',
          'import',
          sharedFile('opensanctions/yente_zala_entities.ftm.json'),
          '--list',
          'zala',
        ],
        store.env,
      );
      const run = await runSift(
        ['lists', 'import', ...FILES, '--allow-older', '--json'],
        store.env,
      );
      assert.equal(run.code, 0, run.stderr);
      const { imports } = JSON.parse(run.stdout) as { imports: ImportedVersion[] };
      assert.deepEqual(
        imports.map((i) => [i.status, i.version.list, i.version.format]),
        [
          ['imported', 'ofac', 'ofac-csv'],
          ['imported', 'ofac', 'ofac-json'],
          ['imported', 'eu', 'eu-xml'],
          ['imported', 'eu', 'eu-json'],
          ['imported', 'uk', 'uk-csv'],
          ['imported', 'uk', 'uk-xml'],
          ['imported', 'uk', 'uk-json'],
        ],
      );
      return { ftm, imports };
    })());
  const report = async (index: number): Promise<ImportedVersion['version']> => {
    const version = (await imported()).imports[index]?.version;
    assert.ok(version);
    return version;
  };

  it('imports the OFAC 2021 CSV set with its 8,976 entries', { skip: SHARED_MISSING }, async () => {
    const ofac = await report(0);
    assert.equal(ofac.version, 1);
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
      const ofac = await report(1);
      assert.equal(ofac.version, 2);
      assert.equal(ofac.entityCount, 19249);
      assert.equal(ofac.published, '2026-08-20');
    },
  );

  it(
    'imports the EU official-layout fixture and then the EU mirror',
    { skip: SHARED_MISSING },
    async () => {
      assert.equal((await report(2)).entityCount, 25);
      assert.deepEqual((await report(3)).countsBySchema, { Person: 4341, Organization: 1519 });
    },
  );

  it(
    'imports the UK official CSV and XML fixtures and then the UK mirror',
    { skip: SHARED_MISSING },
    async () => {
      assert.equal((await report(4)).entityCount, 25);
      assert.equal((await report(5)).entityCount, 25);
      assert.deepEqual((await report(6)).countsBySchema, {
        Organization: 1647,
        Person: 4036,
        Vessel: 666,
      });
    },
  );

  it(
    'shows the last file of each list as its active version in `sift lists status`',
    { skip: SHARED_MISSING },
    async () => {
      await imported();
      const { lists } = await store.status();
      assert.deepEqual(
        lists
          .filter((l) => ['eu', 'ofac', 'uk'].includes(l.list))
          .map((l) => [l.list, l.version, l.entityCount, l.countsBySchema]),
        [
          ['eu', 2, 5860, { Person: 4341, Organization: 1519 }],
          ['ofac', 2, 19249, (await report(1)).countsBySchema],
          ['uk', 3, 6349, { Organization: 1647, Person: 4036, Vessel: 666 }],
        ],
      );
    },
  );

  it(
    'imports FollowTheMoney JSON lines under the list name given',
    { skip: SHARED_MISSING },
    async () => {
      const run = (await imported()).ftm;
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

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { importListFile } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { isAppError } from '../../src/core/index.ts';
import { SqliteStore } from '../../src/store/index.ts';

const FTM_SAMPLE = fileURLToPath(new URL('../fixtures/ftm/sample.ftm.json', import.meta.url));

/** The bundled UN list (1003 entities, published 2026-02-27) as text. */
const BUNDLED = gunzipSync(readFileSync(loadConfig().bundledListPath)).toString('utf8');

function edition(date: string, xml = BUNDLED): string {
  return xml.replace('dateGenerated="2026-02-27', `dateGenerated="${date}`);
}

function refusedFor(reason: string): (error: unknown) => boolean {
  return (error) => isAppError(error, 'IMPORT_REFUSED') && error.details?.reason === reason;
}

describe('import guards', () => {
  let dir = '';
  let store: SqliteStore;
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-guards-'));
    store = SqliteStore.open(join(dir, 'sift.db'));
    await importListFile(store, write('un-0227.xml', BUNDLED));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const activeUn = async (): Promise<{ version: number; entityCount: number } | undefined> =>
    (await store.activeVersions()).find((v) => v.list === 'un');

  it('refuses a file published before the active version unless allowOlder', async () => {
    const older = write('un-0101.xml', edition('2026-01-01').replace('ERIC', 'ERICK'));
    await assert.rejects(importListFile(store, older), refusedFor('older'));
    assert.equal((await activeUn())?.version, 1);
    const report = await importListFile(store, older, { allowOlder: true });
    assert.equal(report.status, 'imported');
    assert.equal((await activeUn())?.version, 2);
  });

  it('refuses to reactivate an older version unless allowOlder', async () => {
    const first = write('un-0227-again.xml', BUNDLED);
    const newer = write('un-0301.xml', edition('2026-03-01'));
    await importListFile(store, newer);
    assert.equal((await activeUn())?.version, 3);
    await assert.rejects(importListFile(store, first), refusedFor('older'));
    assert.equal((await activeUn())?.version, 3);
    const report = await importListFile(store, first, { allowOlder: true });
    assert.equal(report.status, 'reactivated');
    assert.equal((await activeUn())?.version, 1);
  });

  it('refuses a file with under 80 % of the active entities unless allowShrink', async () => {
    // The 273 organisations removed: 730 of 1003 entities (73 %) remain.
    const shrunk = write(
      'un-0302-people.xml',
      edition('2026-03-02').replace(/<ENTITY>[\s\S]*?<\/ENTITY>/g, ''),
    );
    await assert.rejects(importListFile(store, shrunk), refusedFor('shrink'));
    assert.equal((await activeUn())?.entityCount, 1003);
    await importListFile(store, shrunk, { allowShrink: true });
    assert.equal((await activeUn())?.entityCount, 730);
  });

  it('accepts only known list names, and a list format only for its own list', async () => {
    const un = write('un-0303.xml', edition('2026-03-03'));
    await assert.rejects(importListFile(store, un, { list: 'ofac' }), (error: unknown) =>
      isAppError(error, 'QUERY_INVALID'),
    );
    for (const list of ['UN', '../un', 'un list', '', 'x'.repeat(60)]) {
      await assert.rejects(
        importListFile(store, FTM_SAMPLE, { list }),
        (error: unknown) => isAppError(error, 'QUERY_INVALID'),
        list,
      );
    }
    assert.equal((await importListFile(store, FTM_SAMPLE, { list: 'zala' })).status, 'imported');
    assert.ok(!(await store.activeVersions()).some((v) => v.list === 'ofac'));
  });

  it('names no server path when a file holds no records', async () => {
    const empty = write(
      'empty.xml',
      '<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-04-01T00:00:00Z"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>',
    );
    await assert.rejects(
      importListFile(store, empty, { fileName: 'upload by admin' }),
      (error: unknown) =>
        isAppError(error, 'INGEST_EMPTY') &&
        !error.message.includes(dir) &&
        error.message.includes('upload by admin'),
    );
  });
});

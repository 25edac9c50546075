import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { copyStoreTemplate, TEMPLATE_DB } from '../../test/support/store-template.ts';
import { loadConfig } from '../config/index.ts';
import { analyzeName } from '../names/index.ts';
import { importListFile } from '../lists/index.ts';
import { SqliteStore } from '../store/index.ts';
import { snapshotKey } from './engine-snapshot.ts';
import { engineSourceFor } from './engine-source.ts';

/** The id this thread's token table gives a name never seen before (ids are handed out in turn). */
function nextTokenId(name: string): number {
  return analyzeName(name).forms[0]!.tokens[0]!.id;
}

describe('engineSourceFor', () => {
  let dir = '';
  let store: SqliteStore;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-engine-source-'));
    await copyStoreTemplate(dir);
    store = SqliteStore.open(join(dir, TEMPLATE_DB));
    // A version of the bundled list with other bytes: no prebuilt snapshot serves it.
    const xml = gunzipSync(readFileSync(loadConfig({}, {}).bundledListPath))
      .toString('utf8')
      .replace('</CONSOLIDATED_LIST>', '<!-- v2 --></CONSOLIDATED_LIST>');
    writeFileSync(join(dir, 'un-v2.xml'), xml);
    await importListFile(store, join(dir, 'un-v2.xml'), { format: 'un-xml' });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds a missing snapshot in a thread of its own, leaving this thread without the tokens of every listed name', async () => {
    const config = loadConfig({}, { SIFT_DB: join(dir, TEMPLATE_DB) });
    const snapshots = { dir: join(dir, 'new-snapshots'), log: (m: string) => assert.fail(m) };
    const versions = await store.activeVersions();
    const path = join(snapshots.dir, `${snapshotKey(versions)}.snap`);
    assert.equal(existsSync(path), false);
    const first = nextTokenId('Qzyxwvprobe');
    const source = await engineSourceFor(config, store, snapshots, versions, 'test');
    // Built on this thread, the index made a token (and an id) for each of the list's words.
    assert.ok(nextTokenId('Qzyxwvprobf') - first < 10, 'the build ran on this thread');
    assert.ok(existsSync(path));
    const data = source.data as { snapshot?: { key: string; bytes: Uint8Array } };
    assert.equal(data.snapshot?.key, snapshotKey(versions));
    assert.ok((data.snapshot?.bytes.byteLength ?? 0) > 0);
  });

  it('builds the snapshot on this thread, saying why, when the thread cannot open the store', async () => {
    // The thread opens the store by its path: one that cannot be opened makes the thread fail.
    const config = loadConfig({}, { SIFT_DB: join(dir, 'missing-folder', 'none.db') });
    const logs: string[] = [];
    const snapshots = { dir: join(dir, 'fallback-snapshots'), log: (m: string) => logs.push(m) };
    const versions = await store.activeVersions();
    const source = await engineSourceFor(config, store, snapshots, versions, 'test');
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0]!, /could not build the engine snapshot in a thread .*building it here/);
    assert.ok(existsSync(join(snapshots.dir, `${snapshotKey(versions)}.snap`)));
    const data = source.data as { snapshot?: { key: string } };
    assert.equal(data.snapshot?.key, snapshotKey(versions));
  });
});

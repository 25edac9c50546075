import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  createScreeningService,
  importListFile,
  loadActiveEntities,
  loadEngine,
  snapshotKey,
} from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import {
  buildScreeningIndex,
  openScreeningSnapshot,
  screenName,
  writeScreeningSnapshot,
} from '../../src/screening/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { SHARED_MISSING, sharedFile } from '../support/shared-data.ts';
import { copyStoreTemplate, TEMPLATE_DB } from '../support/store-template.ts';

const CHILD = fileURLToPath(new URL('../support/screen-with-engine.ts', import.meta.url));

/** Names screened by the golden test: spellings in several scripts, and list names themselves. */
const FIXED_NAMES = [
  'Sirajuddin Haqqani',
  'Serajuddin Haqani',
  'Ayman al-Zawahiri',
  'أيمن الظواهري',
  'Усама бен Ладен',
  'Kim Jong Un',
  '김정은',
  '金正恩',
  'Mullah Mohammad Omar',
  'Al-Qaida in the Arabian Peninsula',
  'Korea Mining Development Trading Corporation',
  'Tse-tung Mao',
  'Jane Doe',
  'Abu Bakr al-Baghdadi',
  'Hezbollah',
];

/** First column of a CSV of names (the eval sets), skipping the header; quoted names unquoted. */
function csvNames(path: string, count: number): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1, count + 1)
    .map((line) =>
      line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0]!,
    )
    .filter((name) => name !== '');
}

describe('engine snapshots', () => {
  let dir = '';
  let store: SqliteStore;
  const logs: string[] = [];
  const options = (): { dir: string; log: (m: string) => void } => ({
    dir: join(dir, 'snapshots'),
    log: (message) => logs.push(message),
  });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-snapshot-'));
    // The bundled UN list, imported once per test run; the snapshots the tests make go to a folder
    // of their own (`options().dir`), not to the template's.
    await copyStoreTemplate(dir);
    store = SqliteStore.open(join(dir, TEMPLATE_DB));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives byte-identical answers from a loaded snapshot and from a freshly built engine', async () => {
    // The snapshot is written from the store a page at a time (never as an index in memory): the
    // engine it gives must answer as the index built from every entity at once does.
    const written = await loadEngine(store, options());
    assert.equal(written.origin, 'built');
    const built = { index: buildScreeningIndex(await loadActiveEntities(store)) };
    const names = [...FIXED_NAMES];
    // Every 25th listed entity's first name, whatever its script.
    built.index.entities.forEach(({ entity }, i) => {
      if (i % 25 === 0 && entity.names[0] !== undefined) names.push(entity.names[0].full);
    });
    if (SHARED_MISSING === false) {
      names.push(...csvNames(sharedFile('pairs/yente_positives_un_treated.csv'), 60));
      names.push(...csvNames(sharedFile('pairs/yente_negatives_global.csv'), 60));
    }
    const expected = JSON.stringify(names.map((name) => screenName(built.index, { name })));
    const namesFile = join(dir, 'names.json');
    writeFileSync(namesFile, JSON.stringify(names));
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', CHILD, join(dir, TEMPLATE_DB), options().dir, namesFile],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    assert.equal(child.status, 0, child.stderr);
    const loaded = JSON.parse(child.stdout) as { origin: string; results: unknown[] };
    assert.equal(loaded.origin, 'loaded', child.stderr);
    // Without ../shared (a user's own clone) only the fixed names and the list's own are screened.
    assert.ok(names.length > (SHARED_MISSING === false ? 60 : 40), `${names.length} names`);
    assert.equal(JSON.stringify(loaded.results), expected);
  });

  it('loads the snapshot in a later process instead of building it again', async () => {
    const engine = await loadEngine(store, options());
    assert.equal(engine.origin, 'loaded');
    assert.deepEqual(logs, []);
  });

  /** Damages the snapshot file, loads again, and returns what was logged. */
  async function reloadAfter(damage: (path: string) => void): Promise<string[]> {
    logs.length = 0;
    const key = snapshotKey(await store.activeVersions());
    const path = join(options().dir, `${key}.snap`);
    damage(path);
    const engine = await loadEngine(store, options());
    assert.equal(engine.origin, 'built', 'a damaged snapshot is rebuilt, never used');
    const again = await loadEngine(store, options());
    assert.equal(again.origin, 'loaded', 'the rebuilt snapshot is sound');
    return [...logs];
  }

  it('detects, logs and rebuilds a truncated snapshot', async () => {
    const logged = await reloadAfter((path) => {
      truncateSync(path, Math.floor(readFileSync(path).byteLength / 2));
    });
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0]!, /is truncated/);
  });

  it('detects, logs and rebuilds a corrupt snapshot (one flipped byte)', async () => {
    const logged = await reloadAfter((path) => {
      const bytes = readFileSync(path);
      const at = Math.floor(bytes.byteLength * 0.7);
      bytes[at] = bytes[at]! ^ 0x20;
      writeFileSync(path, bytes);
    });
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0]!, /is corrupt/);
  });

  it('detects a damaged entity record when a query reaches it, and answers from a rebuilt engine', async () => {
    const query = { name: 'Sirajuddin Haqqani' };
    const sound = await createScreeningService(store, options()).screen(query, 'test');
    const top = sound.results[0];
    assert.ok(top !== undefined);
    logs.length = 0;
    const key = snapshotKey(await store.activeVersions());
    const path = join(options().dir, `${key}.snap`);
    const bytes = readFileSync(path);
    const { index, reader } = openScreeningSnapshot(bytes, key);
    const position = index.byId.get(top.entityId);
    assert.ok(position !== undefined);
    // One letter of the entity's JSON changes case: still valid JSON, so only the record's
    // checksum can tell.
    const record = reader.recordPosition('entities.json', position);
    const at = record.offset + Math.floor(record.bytes / 2);
    bytes[at] = bytes[at]! ^ 0x20;
    writeFileSync(path, bytes);
    const damaged = createScreeningService(store, options());
    assert.equal((await damaged.engine()).origin, 'loaded', 'tables are sound: loaded lazily');
    const answer = await damaged.screen(query, 'test');
    assert.equal(JSON.stringify(answer.results), JSON.stringify(sound.results));
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0]!, /is corrupt/);
    assert.equal((await damaged.engine()).origin, 'built');
    assert.equal((await loadEngine(store, options())).origin, 'loaded', 'the rebuilt one is sound');
  });

  it('logs a snapshot an older Sift wrote as of an older format, not as corrupt, and rebuilds it', async () => {
    const logged = await reloadAfter((path) => {
      const bytes = readFileSync(path);
      // The container layout number follows the 8-byte magic; layout 1 came before this one.
      assert.ok(bytes.readUInt32LE(8) > 1);
      bytes.writeUInt32LE(1, 8);
      writeFileSync(path, bytes);
    });
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0]!, /is of an older format \(/);
    assert.doesNotMatch(logged[0]!, /corrupt|stale|truncated/);
  });

  it('detects, logs and rebuilds a stale snapshot (built for other inputs)', async () => {
    const engine = await loadEngine(store, options());
    const logged = await reloadAfter((path) => {
      writeFileSync(path, writeScreeningSnapshot(engine.index, 'f'.repeat(64)));
    });
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0]!, /is stale/);
  });

  it('builds a snapshot once when two loads race for it', async () => {
    rmSync(options().dir, { recursive: true, force: true });
    const engines = await Promise.all([loadEngine(store, options()), loadEngine(store, options())]);
    assert.deepEqual(engines.map((e) => e.origin).sort(), ['built', 'loaded']);
    assert.deepEqual(
      readdirSync(options().dir).filter((name) => !name.endsWith('.snap')),
      [],
      'no lock or temporary file is left behind',
    );
  });

  it('deletes the partial files of a build whose process died, and leaves a live build’s', async () => {
    rmSync(options().dir, { recursive: true, force: true });
    mkdirSync(options().dir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const other = 'e'.repeat(64);
    const left = [`${other}.snap.${dead}.tmp`, `${other}.snap.${dead}.tmp.spool`];
    const live = `${other}.snap.${process.pid}.tmp.spool`;
    for (const name of [...left, live]) writeFileSync(join(options().dir, name), 'partial');
    const engine = await loadEngine(store, options());
    assert.equal(engine.origin, 'built');
    const names = readdirSync(options().dir);
    for (const name of left) assert.ok(!names.includes(name), `${name} is left behind`);
    assert.ok(names.includes(live), 'a live build’s spool is kept');
    rmSync(join(options().dir, live));
  });

  it('names a new snapshot when the active list version changes', async () => {
    const before = snapshotKey(await store.activeVersions());
    // The same entities from a file with other bytes make a new version of the list.
    const xml = gunzipSync(readFileSync(loadConfig({}, {}).bundledListPath))
      .toString('utf8')
      .replace('</CONSOLIDATED_LIST>', '<!-- v2 --></CONSOLIDATED_LIST>');
    writeFileSync(join(dir, 'un-v2.xml'), xml);
    await importListFile(store, join(dir, 'un-v2.xml'), { format: 'un-xml' });
    const after = snapshotKey(await store.activeVersions());
    assert.notEqual(after, before);
    const engine = await loadEngine(store, options());
    assert.equal(engine.origin, 'built');
    assert.equal(engine.index.lists[0]?.version, 2);
  });
});

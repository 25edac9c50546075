import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadConfig } from '../../src/config/index.ts';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';
import { SHARED_MISSING, sharedFile } from '../support/shared-data.ts';

describe('sift lists (CLI)', () => {
  const store = useTempStore('sift-cli-');
  const status = (): ReturnType<typeof store.status> => store.status();

  it('has the bundled UN list in a new store (the template made by openApp; first-run-cli starts empty)', async () => {
    const { lists } = await status();
    assert.deepEqual(
      lists.map((l) => [l.list, l.version, l.published, l.countsBySchema]),
      [['un', 1, '2026-02-27', { Person: 730, Organization: 273 }]],
    );
  });

  it(
    'says that the same bytes were already imported and changes nothing',
    { skip: SHARED_MISSING },
    async () => {
      const run = await runSift(
        ['lists', 'import', sharedFile('un/un_consolidated_2026-02-27.xml')],
        store.env,
      );
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /already imported as version 1/);
      assert.equal((await status()).lists[0]?.version, 1);
    },
  );

  it(
    'refuses a truncated UN file and leaves the status unchanged',
    { skip: SHARED_MISSING },
    async () => {
      const before = await status();
      const bytes = readFileSync(sharedFile('un/un_consolidated_2026-02-27.xml'));
      const truncated = join(store.dir, 'truncated.xml');
      writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const run = await runSift(['lists', 'import', truncated], store.env);
      assert.equal(run.code, 3);
      assert.match(run.stderr, /malformed or truncated.*\[INGEST_PARSE_FAILED\]/);
      assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/, 'no stack trace');
      assert.deepEqual(await status(), before);
    },
  );

  it('refuses empty files, binary noise and missing files with a clear message', async () => {
    const empty = join(store.dir, 'empty.xml');
    writeFileSync(empty, '');
    const noise = join(store.dir, 'noise.bin');
    writeFileSync(noise, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 131) % 256)));
    const emptyRun = await runSift(['lists', 'import', empty], store.env);
    assert.equal(emptyRun.code, 3);
    assert.match(emptyRun.stderr, /empty/);
    const noiseRun = await runSift(['lists', 'import', noise], store.env);
    assert.equal(noiseRun.code, 2);
    assert.match(noiseRun.stderr, /binary/);
    const missing = await runSift(['lists', 'import', join(store.dir, 'nope.xml')], store.env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
  });

  it(
    'imports a changed UN file as version 2 and diffs it against version 1',
    { skip: SHARED_MISSING },
    async () => {
      const xml = readFileSync(sharedFile('un/un_consolidated_2026-02-27.xml'), 'utf8')
        .replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01')
        .replace('<FIRST_NAME>ERIC</FIRST_NAME>', '<FIRST_NAME>ERICK</FIRST_NAME>')
        .replace(/<INDIVIDUAL>\s*<DATAID>6907994<\/DATAID>[\s\S]*?<\/INDIVIDUAL>/, '');
      const changed = join(store.dir, 'un-changed.xml');
      writeFileSync(changed, xml);
      const run = await runSift(['lists', 'import', changed], store.env);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /imported version 2/);
      const diff = await runSift(['lists', 'diff', 'un', '--json'], store.env);
      assert.equal(diff.code, 0, diff.stderr);
      const report = JSON.parse(diff.stdout) as {
        diff: {
          added: unknown[];
          removed: { id: string }[];
          changed: { id: string; fields: { field: string }[] }[];
        };
      };
      assert.deepEqual(report.diff.added, []);
      assert.deepEqual(
        report.diff.removed.map((e) => e.id),
        ['un:CDi.002'],
      );
      assert.deepEqual(
        report.diff.changed.map((c) => [c.id, c.fields.map((f) => f.field)]),
        [['un:CDi.001', ['caption', 'names']]],
      );
      const text = await runSift(['lists', 'diff', 'un', '--from', '1', '--to', '2'], store.env);
      assert.match(text.stdout, /0 added, 1 removed, 1 changed/);
    },
  );

  it(
    'fails clearly when a list cannot be downloaded, and imports from a local server',
    { skip: SHARED_MISSING },
    async () => {
      const offline = await runSift(['lists', 'update', 'un'], {
        ...store.env,
        SIFT_LIST_URL_UN: 'http://127.0.0.1:9/un.xml',
        SIFT_DOWNLOAD_TIMEOUT_MS: '3000',
      });
      assert.equal(offline.code, 5);
      assert.match(
        offline.stderr,
        /Could not download http:\/\/127\.0\.0\.1:9\/un\.xml.*sift lists import/,
      );

      const body = readFileSync(sharedFile('un/un_consolidated_2026-02-27.xml'));
      const server: Server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const address = server.address();
        assert.ok(address !== null && typeof address === 'object');
        const env = { ...store.env, SIFT_LIST_URL_UN: `http://127.0.0.1:${address.port}/un.xml` };
        // Version 2 is the newer file: going back to version 1 is asked for explicitly.
        const refused = await runSift(['lists', 'update', 'un'], env);
        assert.equal(refused.code, 2);
        assert.match(refused.stderr, /published 2026-02-27.*--allow-older.*\[IMPORT_REFUSED\]/);
        assert.equal((await status()).lists[0]?.version, 2);
        const run = await runSift(['lists', 'update', 'un', '--allow-older'], env);
        assert.equal(run.code, 0, run.stderr);
        assert.match(run.stdout, /un: reactivated \(version 1\)/);
        assert.equal((await status()).lists[0]?.version, 1);
      } finally {
        server.close();
      }
    },
  );

  it('refuses a sharply shrunk list unless --allow-shrink is given', async () => {
    const before = (await status()).lists.find((l) => l.list === 'un');
    assert.ok(before);
    const xml = gunzipSync(readFileSync(loadConfig().bundledListPath))
      .toString('utf8')
      .replace('dateGenerated="2026-02-27', 'dateGenerated="2026-06-01')
      .replace(/<ENTITY>[\s\S]*?<\/ENTITY>/g, '');
    const shrunk = join(store.dir, 'un-people-only.xml');
    writeFileSync(shrunk, xml);
    const refused = await runSift(['lists', 'import', shrunk], store.env);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /730 entities.*--allow-shrink.*\[IMPORT_REFUSED\]/);
    assert.doesNotMatch(refused.stderr, new RegExp(store.dir), 'no server path');
    assert.equal((await status()).lists.find((l) => l.list === 'un')?.version, before.version);
    const run = await runSift(['lists', 'import', shrunk, '--allow-shrink'], store.env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await status()).lists.find((l) => l.list === 'un')?.entityCount, 730);
  });

  it('imports several files in order and stops at the first that fails, keeping those before it', async () => {
    const before = (await status()).lists.find((l) => l.list === 'un');
    assert.ok(before);
    const xml = gunzipSync(readFileSync(loadConfig().bundledListPath))
      .toString('utf8')
      .replace('dateGenerated="2026-02-27', 'dateGenerated="2026-07-01');
    const newer = join(store.dir, 'un-2026-07.xml');
    writeFileSync(newer, xml);
    const run = await runSift(
      ['lists', 'import', newer, join(store.dir, 'nope.xml'), newer],
      store.env,
    );
    assert.equal(run.code, 2);
    assert.match(
      run.stdout,
      new RegExp(`^un: imported version ${before.version + 1} from un-2026-07\\.xml`),
    );
    assert.match(run.stderr, /no such file/);
    assert.doesNotMatch(
      run.stdout,
      /already imported/,
      'the file after the failing one is not read',
    );
    const after = (await status()).lists.find((l) => l.list === 'un');
    assert.deepEqual([after?.version, after?.entityCount], [before.version + 1, 1003]);
  });
});

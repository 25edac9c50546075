import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { SnapshotReader } from '../../src/candidates/index.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBundleFile, readLoadedModules } from '../support/loaded-modules.ts';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

const COMPILED = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const skip = existsSync(COMPILED)
  ? false
  : 'dist/ is not built (npm ci or npm run build compiles it)';

// runSift runs the sources through tsx; an empty SIFT_FROM_SOURCE runs what users run: dist/.
const COMPILED_ENV = { SIFT_FROM_SOURCE: '' };
const LOG_MODULES = fileURLToPath(new URL('../support/log-modules.mjs', import.meta.url));
const DIST = new URL('../../dist/', import.meta.url).href;

describe('the compiled program (dist/)', { skip }, () => {
  const store = useTempStore('sift-compiled-', { empty: true });

  it('prints the help of every command without loading the application', async () => {
    const run = await runSift(['--help'], COMPILED_ENV);
    assert.equal(run.code, 0, run.stderr);
    for (const command of ['lists', 'screen', 'batch', 'analyze', 'serve'])
      assert.match(run.stdout, new RegExp(`\\b${command}\\b`));
  });

  it('screens a name against the bundled UN list, loading the name tables it copied', async () => {
    const run = await runSift(['screen', 'Sirajuddin Haqqani', '--json'], {
      ...COMPILED_ENV,
      ...store.env,
    });
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { results: { entityId: string }[] };
    assert.ok(
      result.results.some((hit) => hit.entityId === 'un:TAi.144'),
      run.stdout,
    );
  });

  it('runs a screening from the bundle, not from the ~220 files of the compiled tree', async () => {
    const log = join(store.dir, 'modules.log');
    writeFileSync(log, '');
    const run = await runSift(['screen', 'Sirajuddin Haqqani'], {
      ...COMPILED_ENV,
      ...store.env,
      SIFT_MODULE_LOG: log,
      NODE_OPTIONS: `--import ${LOG_MODULES}`,
    });
    assert.equal(run.code, 0, run.stderr);
    const files = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const own = files.filter((url) => url.startsWith(DIST));
    assert.deepEqual(
      own.filter((url) => !isBundleFile(url)),
      [],
    );
    assert.ok(own.length < 30, own.join('\n'));
    // The bundle's files hold the screening code: the command ran from them.
    assert.ok(
      readLoadedModules(log).some((url) => url === `${DIST}screening/screen-name.js`),
      own.join('\n'),
    );
  });

  it('gave that fresh store the snapshot the build made of the bundled list, with its own import time', async () => {
    const prebuilt = fileURLToPath(new URL('../../dist/prebuilt-snapshots/', import.meta.url));
    const stored = `${store.env.SIFT_DB}-snapshots`;
    const name = readdirSync(stored).find(
      (file) => file.endsWith('.snap') && existsSync(join(prebuilt, file)),
    );
    assert.ok(name !== undefined, `no snapshot of ${prebuilt} in ${stored}`);
    const copy = new SnapshotReader(readFileSync(join(stored, name)));
    const built = new SnapshotReader(readFileSync(join(prebuilt, name)));
    const status = await store.status();
    type Meta = { builtAt: string; sources: { importedAt: string }[] };
    // Copied, not built again: the build's time, this store's import time, the same tables.
    assert.equal((copy.meta as Meta).builtAt, (built.meta as Meta).builtAt);
    assert.deepEqual(
      (copy.meta as Meta).sources.map((s) => s.importedAt),
      status.lists.map((l) => l.importedAt),
    );
    assert.deepEqual(copy.int32('entities.ids.at'), built.int32('entities.ids.at'));
  });

  it('runs a batch in a compiled worker thread', async () => {
    const input = join(store.dir, 'in.csv');
    const out = join(store.dir, 'out.csv');
    writeFileSync(input, 'id,name\nc1,Sirajuddin Haqqani\nc2,Jane Doe\n');
    const run = await runSift(['batch', input, '--out', out, '--workers', '1'], {
      ...COMPILED_ENV,
      ...store.env,
    });
    assert.equal(run.code, 0, run.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines.length, 3, lines.join('\n'));
  });
});

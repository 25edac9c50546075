import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

const COMPILED = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const skip = existsSync(COMPILED)
  ? false
  : 'dist/ is not built (npm ci or npm run build compiles it)';

// runSift runs the sources through tsx; an empty SIFT_FROM_SOURCE runs what users run: dist/.
const COMPILED_ENV = { SIFT_FROM_SOURCE: '' };

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

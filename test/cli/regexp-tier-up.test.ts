import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/sift.js', import.meta.url));

// Issue #12: a regular expression compiled to bytecode and then again to machine code costs
// `sift analyze` ~10 % of its CPU; bin/sift.js turns V8's regexp tier-up off for the process.
describe('bin/sift.js', () => {
  it('compiles regular expressions once, to machine code, without a bytecode tier first', () => {
    const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', BIN, '--help'], {
      env: { ...process.env, SIFT_FROM_SOURCE: '1' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    // The trace works: the help was printed beside it.
    assert.match(run.stdout, /\banalyze\b/);
    assert.doesNotMatch(run.stdout, /needs tier-up compilation/);
  });
});

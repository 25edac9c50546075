import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runSift } from '../support/run-sift.ts';

describe('sift for operators and scripts', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sift-operator-'));
    env = { SIFT_DB: join(dir, 'sift.db'), SIFT_KEYS_FILE: join(dir, 'keys.json') };
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the version of package.json with --version', async () => {
    const run = await runSift(['--version'], env);
    assert.equal(run.code, 0, run.stderr);
    const { version } = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    assert.equal(run.stdout.trim(), version);
  });

  it('exits 1 with --fail-on-alert when a hit matches, and 0 when none does', async () => {
    const alert = await runSift(['screen', 'Sirajuddin Haqqani', '--fail-on-alert', '--json'], env);
    assert.equal(alert.code, 1, alert.stderr);
    assert.ok((JSON.parse(alert.stdout) as { results: unknown[] }).results.length > 0);
    const clear = await runSift(['screen', 'Jane Unlisted Nobody', '--fail-on-alert'], env);
    assert.equal(clear.code, 0, clear.stderr);
    const plain = await runSift(['screen', 'Sirajuddin Haqqani'], env);
    assert.equal(plain.code, 0, 'without the flag an alert is not a failure');
  });

  it('lists API keys without the keys, and revokes one', async () => {
    const added = await runSift(['keys', 'add', 'crm', '--admin'], env);
    assert.equal(added.code, 0, added.stderr);
    const key = added.stdout.trim();
    assert.match(key, /^sift_/);
    await runSift(['keys', 'add', 'payments'], env);
    const listed = await runSift(['keys', 'list', '--json'], env);
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok(!listed.stdout.includes(key), 'the key itself is never listed');
    const { keys } = JSON.parse(listed.stdout) as { keys: { id: string; admin: boolean }[] };
    assert.deepEqual(
      keys.map((k) => [k.id, k.admin]),
      [
        ['crm', true],
        ['payments', false],
      ],
    );
    const revoked = await runSift(['keys', 'revoke', 'crm'], env);
    assert.equal(revoked.code, 0, revoked.stderr);
    const text = await runSift(['keys', 'list'], env);
    assert.match(text.stdout, /^payments\tuser\t/);
    assert.doesNotMatch(text.stdout, /crm/);
    const unknown = await runSift(['keys', 'revoke', 'crm'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /No API key has the id "crm"/);
  });
});

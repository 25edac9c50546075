import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runSift } from '../support/run-sift.ts';
import { copyStoreTemplate } from '../support/store-template.ts';

describe('sift for operators and scripts', () => {
  let dir: string;
  let env: Record<string, string>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-operator-'));
    await copyStoreTemplate(dir);
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

  it('reads a settings file given with --config, and the environment overrides it', async () => {
    const settings = join(dir, 'sift.config.json');
    writeFileSync(settings, JSON.stringify({ server: { keysFile: 'other-keys.json' } }));
    const { SIFT_KEYS_FILE: _unused, ...withoutKeysFile } = env;
    const added = await runSift(
      ['--config', settings, 'keys', 'add', 'from-file', '--json'],
      withoutKeysFile,
    );
    assert.equal(added.code, 0, added.stderr);
    const made = JSON.parse(added.stdout) as { id: string; admin: boolean; key: string };
    assert.equal(made.id, 'from-file');
    assert.match(made.key, /^sift_/);
    assert.match(readFileSync(join(dir, 'other-keys.json'), 'utf8'), /from-file/);
    const overridden = await runSift(['--config', settings, 'keys', 'list', '--json'], env);
    const { keys } = JSON.parse(overridden.stdout) as { keys: { id: string }[] };
    assert.ok(!keys.some((k) => k.id === 'from-file'), 'SIFT_KEYS_FILE overrides the file');
    writeFileSync(settings, JSON.stringify({ server: { prot: 80 } }));
    const invalid = await runSift(['--config', settings, 'keys', 'list'], env);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /unknown setting "server\.prot"/);
  });

  it('leaves out informational messages with --quiet, and prints results as JSON with --json', async () => {
    const loud = await runSift(['keys', 'add', 'loud'], env);
    assert.match(loud.stderr, /saved \(hashed\)/);
    const quiet = await runSift(['--quiet', 'keys', 'add', 'quiet'], env);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
    assert.match(quiet.stdout.trim(), /^sift_/);
    const verified = await runSift(['audit', 'verify', '--json'], env);
    assert.equal(verified.code, 0, verified.stderr);
    assert.equal((JSON.parse(verified.stdout) as { ok: boolean }).ok, true);
  });
});

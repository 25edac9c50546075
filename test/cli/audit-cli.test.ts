import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

describe('sift audit (CLI)', () => {
  const store = useTempStore('sift-audit-cli-');

  it('keys the chain, prints its head on export and checks a kept head on verify', async () => {
    const screen = await runSift(['screen', 'Sirajuddin Haqqani'], store.env);
    assert.equal(screen.code, 0, screen.stderr);
    assert.equal(statSync(join(store.dir, 'audit.key')).mode & 0o777, 0o600);
    assert.equal(statSync(join(store.dir, 'sift.db.audit-checkpoints.jsonl')).mode & 0o777, 0o600);

    const exported = await runSift(['audit', 'export'], store.env);
    assert.equal(exported.code, 0, exported.stderr);
    const [record] = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; hash: string; keyed?: boolean });
    assert.equal(record?.keyed, true);
    const head = /Audit head: (1:[0-9a-f]{64})/.exec(exported.stderr)?.[1];
    assert.equal(head, `1:${record?.hash}`);

    const verify = await runSift(['audit', 'verify', '--head', head], store.env);
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(verify.stdout, /intact: 1 records \(1 keyed; 2 checkpoints checked\)/);
    const wrong = await runSift(['audit', 'verify', '--head', `1:${'0'.repeat(64)}`], store.env);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stdout, /BROKEN at record 1: its hash differs from the head you kept/);
  });
});

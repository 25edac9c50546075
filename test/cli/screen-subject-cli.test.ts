import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

interface HitJson {
  entityId: string;
  match: boolean;
  alert?: { id: number; status: string; decision?: { note: string; by: string } };
}

describe('sift screen --subject (decisions applied)', () => {
  const store = useTempStore('sift-screen-subject-');
  const screen = async (...args: string[]) => {
    const run = await runSift(['screen', 'Ayman al-Zawahiri', ...args], store.env);
    return run;
  };
  const zawahiri = (stdout: string): HitJson | undefined =>
    (JSON.parse(stdout) as { results: HitJson[] }).results.find((h) => h.entityId === 'un:QDi.006');

  it('shows a cleared pair as cleared with its note, and --fail-on-alert lets it pass', async () => {
    const file = join(store.dir, 'subjects.csv');
    writeFileSync(file, 'id,name\nc1,Ayman al-Zawahiri\nc2,Maria Lindqvist\n');
    const imported = await runSift(['subjects', 'import', file], store.env);
    assert.equal(imported.code, 0, imported.stderr);

    const open = await screen('--subject', 'c1', '--json');
    assert.equal(open.code, 0, open.stderr);
    const pair = zawahiri(open.stdout);
    assert.equal(pair?.alert?.status, 'open');
    const alerting = await screen('--subject', 'c1', '--fail-on-alert');
    assert.equal(alerting.code, 1, 'an open alert fails the script');

    const decided = await runSift(
      ['decide', String(pair.alert.id), '--clear', '--note', 'born 1990, not 1951', '--by', 'ana'],
      store.env,
    );
    assert.equal(decided.code, 0, decided.stderr);

    const cleared = zawahiri((await screen('--subject', 'c1', '--json')).stdout);
    assert.ok(cleared, 'the cleared pair is still reported');
    assert.equal(cleared.match, true);
    assert.equal(cleared.alert?.status, 'cleared');
    assert.deepEqual(
      [cleared.alert.decision?.note, cleared.alert.decision?.by],
      ['born 1990, not 1951', 'ana'],
    );
    const table = await screen('--subject', 'c1');
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /for subject c1/);
    assert.match(table.stdout, /CLEARED/);
    assert.match(table.stdout, /cleared by ana on \d{4}-\d{2}-\d{2}: "born 1990, not 1951"/);
    const passing = await screen('--subject', 'c1', '--fail-on-alert');
    assert.equal(passing.code, 0, 'a cleared pair does not fail the script');
    const unnamed = await screen('--fail-on-alert');
    assert.equal(unnamed.code, 1, 'without the subject the match still fails it');

    const confirmed = await runSift(
      ['decide', String(pair.alert.id), '--confirm', '--note', 'same passport', '--by', 'ben'],
      store.env,
    );
    assert.equal(confirmed.code, 0, confirmed.stderr);
    assert.equal(
      zawahiri((await screen('--subject', 'c1', '--json')).stdout)?.alert?.status,
      'confirmed',
    );
  });

  it('refuses a subject nobody watches, with NOT_FOUND', async () => {
    const run = await screen('--subject', 'nobody');
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /No watched subject has the id "nobody"/);
  });
});

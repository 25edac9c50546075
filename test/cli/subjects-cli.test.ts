import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

const BUNDLED = new URL('../../data/lists/un_consolidated_2026-02-27.xml.gz', import.meta.url);

interface AlertJson {
  id: number;
  subjectId: string;
  entityId: string;
  status: string;
  reopenReason?: string;
}

describe('sift subjects, alerts and decide (CLI)', () => {
  const store = useTempStore('sift-subjects-cli-');
  const alerts = async (...args: string[]): Promise<AlertJson[]> => {
    const run = await runSift(['alerts', '--json', ...args], store.env);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as AlertJson[];
  };

  it('imports subjects from JSON lines, screens them and reports a bad row', async () => {
    const file = join(store.dir, 'subjects.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"c1","name":"Ayman al-Zawahiri"}',
        '{"id":"c2","name":"Maria Lindqvist","birth_date":"1985"}',
        '{"name":"No Id At All"}',
        '{"id":"c4","name":"Born Later","birth_date":"2999"}',
      ].join('\n'),
    );
    const run = await runSift(['subjects', 'import', file], store.env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /4 rows: 2 subjects added, 0 updated, 0 unchanged, 2 rows with errors/,
    );
    assert.match(run.stdout, /Screened 2 subjects: 1 new alerts, 0 reopened, 0 delisted/);
    assert.match(run.stderr, /line 3: no id/);
    assert.match(run.stderr, /line 4 \(c4\): Birth date '2999'/);
    const list = await runSift(['subjects', 'list', '--json'], store.env);
    assert.deepEqual(
      (JSON.parse(list.stdout) as { id: string }[]).map((s) => s.id),
      ['c1', 'c2'],
    );
    assert.deepEqual(
      (await alerts('--status', 'open')).map((a) => [a.subjectId, a.entityId]),
      [['c1', 'un:QDi.006']],
    );
  });

  it('records decisions, reopens on a changed record and prints the delta of an import', async () => {
    const [alert] = await alerts();
    assert.ok(alert);
    const refused = await runSift(['decide', String(alert.id), '--note', 'x'], store.env);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /either --clear or --confirm/);
    const unknown = await runSift(['decide', '999', '--clear', '--note', 'x'], store.env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /No alert has the id 999/);
    const clear = await runSift(
      ['decide', String(alert.id), '--clear', '--note', 'born 1990', '--by', 'ana'],
      store.env,
    );
    assert.equal(clear.code, 0, clear.stderr);
    assert.match(clear.stdout, /is now cleared/);
    assert.deepEqual(await alerts('--status', 'open'), []);

    const xml = gunzipSync(readFileSync(BUNDLED))
      .toString('utf8')
      .replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01')
      .replace('<DATE>1951-06-19</DATE>', '<DATE>1952-06-19</DATE>');
    const later = join(store.dir, 'un-later.xml');
    writeFileSync(later, xml);
    const imported = await runSift(['lists', 'import', later], store.env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /subjects: 0 new alerts, 1 reopened, 0 delisted/);
    const [reopened] = await alerts('--status', 'open');
    assert.equal(reopened?.id, alert.id);
    assert.match(reopened.reopenReason ?? '', /birth dates/);

    const confirm = await runSift(
      ['decide', String(alert.id), '--confirm', '--note', 'same person', '--by', 'ben'],
      store.env,
    );
    assert.equal(confirm.code, 0, confirm.stderr);
    const table = await runSift(['alerts'], store.env);
    assert.match(table.stdout, /confirmed\s+c1\s+un:QDi\.006/);
    const verify = await runSift(['audit', 'verify'], store.env);
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(verify.stdout, /Audit chain intact/);
  });

  it('re-screens everything on request and stops watching a removed subject', async () => {
    const rescreen = await runSift(['subjects', 'rescreen', '--all'], store.env);
    assert.equal(rescreen.code, 0, rescreen.stderr);
    assert.match(rescreen.stdout, /Screened 2 subjects: 0 new alerts, 0 reopened/);
    const removed = await runSift(['subjects', 'remove', 'c1'], store.env);
    assert.equal(removed.code, 0, removed.stderr);
    assert.deepEqual(await alerts(), []);
    const again = await runSift(['subjects', 'remove', 'c1'], store.env);
    assert.equal(again.code, 2);
  });
});

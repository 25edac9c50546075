import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

const BIN = fileURLToPath(new URL('../../bin/sift.js', import.meta.url));

describe('sift batch (CLI)', () => {
  const store = useTempStore('sift-batch-');

  it('writes one row per input row, reports bad rows with their line numbers, and audits each screening', async () => {
    const input = join(store.dir, 'customers.csv');
    writeFileSync(
      input,
      [
        'id,name,birth_date,country',
        'c1,Sirajuddin Haqqani,,',
        'c2,Jane Doe,1980-05-01,GB',
        'c3,,1970,',
        'c4,Ayman al-Zawahiri,1951-06-19,EG',
        'c5,Bad Date,1999-13-45,',
        'c6,too,many,columns,here',
        '',
      ].join('\n'),
    );
    const out = join(store.dir, 'results.csv');
    const run = await runSift(['batch', input, '--out', out, '--workers', '1'], store.env);
    assert.equal(run.code, 0, run.stderr);
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((r) => [r.line, r.id, r.status]),
      [
        ['2', 'c1', 'alert'],
        ['3', 'c2', 'clear'],
        ['4', 'c3', 'error'],
        ['5', 'c4', 'alert'],
        ['6', 'c5', 'error'],
        ['7', '', 'error'],
      ],
    );
    assert.equal(rows[0]?.best_reference, 'TAi.144');
    assert.equal(rows[3]?.best_reference, 'QDi.006');
    assert.match(run.stderr, /line 4: no name/);
    assert.match(run.stderr, /line 6: .*1999-13-45/);
    assert.match(run.stderr, /line 7: expected 4 columns, found 5/);
    assert.match(run.stderr, /Done: 6 rows, 2 alerts, 3 rows with errors/);

    const audit = await runSift(['audit', 'export', '--format', 'jsonl'], store.env);
    const records = audit.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; caller: string });
    assert.equal(records.filter((r) => r.kind === 'batch-row' && r.caller === 'cli').length, 3);
    const verify = await runSift(['audit', 'verify'], store.env);
    assert.match(verify.stdout, /intact: 3 records/);
  });

  it('reads JSON lines, carries every hit with its explanation, and reports a broken line', async () => {
    const input = join(store.dir, 'customers.jsonl');
    writeFileSync(
      input,
      '{"id":"j1","name":"Haqqani Network","schema":"Organization"}\n{not json}\n{"id":"j3","name":"Maria Lopez"}\n',
    );
    const run = await runSift(['batch', input, '--workers', '1'], store.env);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            line: number;
            status: string;
            hits: { reference: string; explanation: { parts: unknown[] } }[];
            error?: string;
          },
      );
    assert.deepEqual(
      lines.map((l) => [l.line, l.status]),
      [
        [1, 'alert'],
        [2, 'error'],
        [3, 'clear'],
      ],
    );
    assert.equal(lines[0]?.hits[0]?.reference, 'TAe.012');
    assert.ok((lines[0]?.hits[0]?.explanation.parts.length ?? 0) > 0);
    assert.equal(lines[1]?.error, 'not valid JSON');
  });

  it('refuses a CSV without a name column and a missing file with clear errors', async () => {
    const input = join(store.dir, 'no-name.csv');
    writeFileSync(input, 'id,full\n1,Ana\n');
    const run = await runSift(['batch', input], store.env);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no "name" column/);
    const missing = await runSift(['batch', join(store.dir, 'nope.csv')], store.env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
  });

  it('leaves a file already at --out as it was when the run fails', async () => {
    const input = join(store.dir, 'no-name-out.csv');
    writeFileSync(input, 'id,full\n1,Ana\n');
    const out = join(store.dir, 'earlier-results.csv');
    writeFileSync(out, 'results of an earlier run\n');
    const run = await runSift(['batch', input, '--out', out], store.env);
    assert.equal(run.code, 2);
    assert.equal(readFileSync(out, 'utf8'), 'results of an earlier run\n');
    assert.deepEqual(
      readdirSync(store.dir).filter((f) => f.startsWith('earlier-results.csv.partial')),
      [],
    );
  });

  it('stops cleanly on Ctrl-C and leaves a well-formed partial output', async () => {
    const input = join(store.dir, 'big.csv');
    const names = [
      'Sirajuddin Haqqani',
      'Jane Doe',
      'Haqqani Network',
      'Ayman al-Zawahiri',
      'Peter Miller',
    ];
    writeFileSync(
      input,
      `id,name\n${Array.from({ length: 200_000 }, (_, i) => `r${i},${names[i % names.length]!}`).join('\n')}\n`,
    );
    const out = join(store.dir, 'partial.csv');
    const child = spawn(process.execPath, [BIN, 'batch', input, '--out', out, '--workers', '1'], {
      env: {
        ...process.env,
        SIFT_FROM_SOURCE: process.env.SIFT_TEST_COMPILED === '1' ? '0' : '1',
        ...store.env,
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Rows go to `<out>.partial-<pid>` until the run ends, then take the name --out gives.
    const partial = `${out}.partial-${child.pid}`;
    for (
      let i = 0;
      i < 600 && !(existsSync(partial) && readFileSync(partial, 'utf8').split('\n').length > 300);
      i += 1
    )
      await sleep(100);
    child.kill('SIGINT');
    const code = await closed;
    assert.equal(code, 130, stderr);
    assert.match(stderr, /Stopped early: \d+ rows/);
    const text = readFileSync(out, 'utf8');
    assert.ok(text.endsWith('\n'), 'the last line is complete');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.ok(rows.length > 0 && rows.length < 200_000, `${rows.length} rows`);
    rows.forEach((row, i) => assert.equal(row.id, `r${i}`));
  });
});

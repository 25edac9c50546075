import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createKeysService } from '../../src/app/index.ts';
import { copyStoreTemplate } from '../support/store-template.ts';

const BIN = fileURLToPath(new URL('../../bin/sift.js', import.meta.url));

interface LogLine {
  reqId?: string;
  msg?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
}

describe('sift serve request log', () => {
  it('writes JSON lines with the caller’s request id, echoes it, and never logs keys or bodies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-log-'));
    await copyStoreTemplate(dir);
    const keysFile = join(dir, 'keys.json');
    const key = createKeysService(keysFile).add('crm', { admin: false });
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      env: {
        ...process.env,
        SIFT_DB: join(dir, 'sift.db'),
        SIFT_KEYS_FILE: keysFile,
        SIFT_LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const found = /Sift is serving (http:\/\/\S+) /.exec(stdout);
          if (found?.[1] !== undefined) {
            clearInterval(timer);
            resolve(found[1]);
          }
        }, 100);
        child.on('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`sift serve exited with ${String(code)}: ${stdout}`));
        });
      });
      const answer = await fetch(`${address}/screen`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'x-request-id': 'trace-42',
        },
        body: JSON.stringify({ name: 'Zebedee Quixotic Secretname' }),
      });
      assert.equal(answer.status, 200, await answer.clone().text());
      assert.equal(answer.headers.get('x-request-id'), 'trace-42');
      const refused = await fetch(`${address}/lists`);
      assert.equal(refused.status, 401);
      const made = refused.headers.get('x-request-id') ?? '';
      assert.match(made, /^[0-9a-f-]{36}$/);
      // The completion lines can reach stdout after the answers: wait for both (a fixed 300 ms
      // was too short on a loaded machine).
      const logLines = (): LogLine[] =>
        stdout
          .split('\n')
          .filter((line) => line.startsWith('{') && line.endsWith('}'))
          .map((line) => JSON.parse(line) as LogLine);
      const completed = (id: string): boolean =>
        logLines().some((l) => l.reqId === id && l.msg === 'request completed');
      for (let i = 0; i < 100 && !(completed('trace-42') && completed(made)); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const lines = logLines();
      const traced = lines.filter((l) => l.reqId === 'trace-42');
      assert.deepEqual(
        traced.map((l) => l.msg),
        ['incoming request', 'request completed'],
      );
      assert.equal(traced[0]?.req?.url, '/screen');
      assert.equal(traced[1]?.res?.statusCode, 200);
      assert.ok(lines.some((l) => l.reqId === made && l.res?.statusCode === 401));
      assert.ok(!stdout.includes(key), 'the API key is never logged');
      assert.ok(!stdout.includes('Secretname'), 'the body is never logged');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestServer, type TestServer } from './server-setup.ts';

// `sift serve` screens single names on a screen thread; a server without one answers on its event
// loop. The two must send the same bytes.

const BODIES = [
  { name: 'Sirajuddin Haqqani' },
  { name: 'Sarajudin Haqqani', schema: 'Person' },
  { name: 'Haqqani Network', threshold: 0.7, limit: 3 },
  { name: 'John Smith' },
  { identifiers: ['IMO 9187629'] },
  { name: 'Mohammad Yaqoob Mujahid', birthDate: '1960', country: 'AF' },
];

describe('POST /screen answered on a screen thread', () => {
  let threaded: TestServer;
  let plain: TestServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-server-threads-'));
    threaded = await startTestServer({}, dir, { screenThreads: 1 });
    plain = await startTestServer();
    for (let i = 0; i < 300 && !threaded.app.screening.onThreads(); i++) await sleep(50);
  });
  after(async () => {
    await threaded.close();
    await plain.close();
  });

  it('sends the bytes and content type the server sends without threads', async () => {
    assert.equal(threaded.app.screening.onThreads(), true, 'a thread holds the engine');
    assert.equal(plain.app.screening.onThreads(), false);
    for (const payload of BODIES) {
      const [a, b] = await Promise.all(
        [threaded, plain].map((t) => t.server.inject({ method: 'POST', url: '/screen', payload })),
      );
      assert.equal(a?.statusCode, 200, a?.body);
      assert.equal(a?.body, b?.body, JSON.stringify(payload));
      assert.equal(a?.headers['content-type'], b?.headers['content-type']);
      assert.equal(a?.headers['content-length'], b?.headers['content-length']);
    }
  });

  it('refuses an invalid query as the server without threads does', async () => {
    const payload = { name: '' };
    const [a, b] = await Promise.all(
      [threaded, plain].map((t) => t.server.inject({ method: 'POST', url: '/screen', payload })),
    );
    assert.equal(a?.statusCode, 400);
    assert.equal(a?.body, b?.body);
  });

  it('records each screening on the audit trail, the chain intact', async () => {
    const recent = await threaded.server.inject('/audit?kind=screen&limit=100');
    const records = recent.json<{ records: { input: { name?: string } }[] }>().records;
    assert.equal(records.filter((r) => r.input.name === 'Sirajuddin Haqqani').length, 1);
    assert.equal(records.length, BODIES.length);
    const verified = await threaded.server.inject('/audit/verify');
    assert.equal(verified.json<{ ok: boolean }>().ok, true);
  });
});

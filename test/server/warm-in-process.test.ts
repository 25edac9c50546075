import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { tablesRead } from '../../src/names/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

// A server without screen threads screens on its event loop; the first query in each script read
// that script's name tables there (up to 0.4 s of CPU) while every other request waited.

/** Tables only queries read: no listed name of the bundled UN list is in Japanese or katakana. */
const QUERY_ONLY_TABLES = ['japanese-readings.json', 'katakana-english-words.json'];

describe('a server screening in-process', () => {
  let server: TestServer | undefined;
  after(async () => {
    await server?.close();
  });

  it('reads the name tables of every script once its engine is in use, before any query', async () => {
    server = await startTestServer({}, undefined, { warmScreening: true });
    assert.equal(server.app.screening.onThreads(), false);
    const read = (): boolean => QUERY_ONLY_TABLES.every((table) => tablesRead().includes(table));
    for (let i = 0; i < 600 && !read(); i++) await sleep(50);
    assert.deepEqual(
      QUERY_ONLY_TABLES.filter((table) => !tablesRead().includes(table)),
      [],
    );
  });
});

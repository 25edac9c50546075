import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { importListFile, openApp } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import {
  POSTGRES_MISSING,
  startPostgresServer,
  type PostgresServer,
} from '../support/postgres-server.ts';

interface Ready {
  lists: { list: string; version: number }[];
}

describe(
  'a server on PostgreSQL hears of versions another process activates',
  { skip: POSTGRES_MISSING },
  () => {
    let pg: PostgresServer;
    let dir = '';
    before(async () => {
      pg = await startPostgresServer();
      dir = mkdtempSync(join(tmpdir(), 'sift-pg-follow-'));
    });
    after(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('switches within 10 s by LISTEN/NOTIFY, with the poll set far beyond that', async () => {
      const url = await pg.createDatabase();
      const config = loadConfig(
        {},
        {
          SIFT_DATABASE_URL: url,
          XDG_DATA_HOME: join(dir, 'data'),
          SIFT_SNAPSHOT_DIR: join(dir, 'snapshots'),
          SIFT_KEYS_FILE: join(dir, 'keys.json'),
          SIFT_LOG_LEVEL: 'silent',
          // Ten minutes: a switch within the test's 10 s can only come from the notification.
          SIFT_FOLLOW_STORE_MS: '600000',
        },
      );
      const app = await openApp(config);
      const server = await buildServer(app);
      const readyVersion = async (): Promise<number | undefined> => {
        const res = await server.inject('/readyz');
        return res.statusCode === 200 ? res.json<Ready>().lists[0]?.version : undefined;
      };
      const waitFor = async (version: number): Promise<number> => {
        const started = performance.now();
        while ((await readyVersion()) !== version && performance.now() - started < 10_000)
          await sleep(50);
        return performance.now() - started;
      };
      // Another process: a store of its own, with its own connections to the same database.
      const other = await PostgresStore.open(url);
      try {
        await app.screening.index();
        await server.ready();
        assert.equal(await readyVersion(), 1);
        // The listening connection is opened beside the first poll; give it a moment.
        await sleep(500);

        const xml = gunzipSync(readFileSync(config.bundledListPath))
          .toString('utf8')
          .replace('</CONSOLIDATED_LIST>', '<!-- v2 --></CONSOLIDATED_LIST>');
        writeFileSync(join(dir, 'un-v2.xml'), xml);
        const report = await importListFile(other, join(dir, 'un-v2.xml'), { format: 'un-xml' });
        assert.equal(report.version.version, 2);
        const importMs = await waitFor(2);
        assert.equal(await readyVersion(), 2, 'switched to the imported version');
        assert.ok(importMs < 10_000, `switched after ${Math.round(importMs)} ms`);

        await other.activateVersion('un', 1);
        await waitFor(1);
        assert.equal(await readyVersion(), 1, 'switched back to the version made active again');
      } finally {
        await other.close();
        await server.close();
        await app.close();
      }
    });
  },
);

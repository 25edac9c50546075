import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import {
  openApp,
  scheduleListUpdates,
  type App,
  type UpdateRunSummary,
} from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { copyStoreTemplate } from '../support/store-template.ts';

const BUNDLED = new URL('../../data/lists/un_consolidated_2026-02-27.xml.gz', import.meta.url);

/** A later UN file: QDi.006's birth date moved a year. */
function laterUnXml(): string {
  const xml = gunzipSync(readFileSync(BUNDLED))
    .toString('utf8')
    .replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01')
    .replace('<DATE>1951-06-19</DATE>', '<DATE>1952-06-19</DATE>');
  assert.ok(xml.includes('<DATE>1952-06-19</DATE>'));
  return xml;
}

describe('Scheduled list updates (serve --update-every)', () => {
  let dir = '';
  let app: App;
  let server: Server;
  let requests = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const later = laterUnXml();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-update-schedule-'));
    // The list source: the first download fails, the second is slow (longer than the interval),
    // then the later UN file is served.
    server = createServer((_request, response) => {
      requests += 1;
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      const done = (): void => {
        inFlight -= 1;
      };
      if (requests === 1) {
        response.writeHead(503).end('busy');
        done();
        return;
      }
      setTimeout(
        () => {
          response.writeHead(200, { 'content-type': 'application/xml' }).end(later, done);
        },
        requests === 2 ? 600 : 0,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await copyStoreTemplate(dir);
    app = await openApp(
      loadConfig(
        { db: join(dir, 'sift.db') },
        {
          SIFT_LIST_URL_UN: `http://127.0.0.1:${port}/un.xml`,
          SIFT_KEYS_FILE: join(dir, 'k.json'),
        },
      ),
    );
  });
  after(async () => {
    await app.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('survives a failed download, never overlaps runs, imports and re-screens on the next', async () => {
    await app.monitoring.importSubjects(Readable.from(['id,name\nc1,Ayman al-Zawahiri\n']), 'csv');
    const [alert] = await app.monitoring.alerts();
    assert.ok(alert);
    await app.monitoring.decide({
      alertId: alert.id,
      decision: 'cleared',
      note: 'born 1990',
      by: 'ana',
      caller: 'test',
    });

    const runs: UpdateRunSummary[] = [];
    const errors: unknown[] = [];
    let imported!: () => void;
    const importedRun = new Promise<void>((resolve) => (imported = resolve));
    const schedule = scheduleListUpdates(app, {
      everyMs: 200,
      onRun: (summary) => {
        runs.push(summary);
        if (summary.lists.some((l) => l.status === 'imported')) imported();
      },
      onError: (error) => errors.push(error),
    });
    await importedRun;
    await schedule.stop();
    const stoppedAt = requests;

    assert.deepEqual(errors, []);
    const [failed, ok] = runs;
    assert.equal(failed?.lists[0]?.list, 'un');
    assert.equal(failed.lists[0].error?.code, 'NETWORK_UNAVAILABLE');
    assert.match(failed.lists[0].error.message, /HTTP 503/);
    assert.equal(ok?.lists[0]?.status, 'imported');
    assert.equal(ok.lists[0].version, 2);
    assert.equal(
      ok.lists[0].delta?.reopened,
      1,
      'the changed birth date reopens the cleared alert',
    );
    assert.equal(mostInFlight, 1, 'a slow run is never overlapped by the next');
    assert.equal((await app.lists.active()).find((v) => v.list === 'un')?.version, 2);
    assert.equal((await app.screening.index()).lists.find((l) => l.list === 'un')?.version, 2);

    // Stopped means stopped: no download after stop().
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(requests, stoppedAt);
  });
});

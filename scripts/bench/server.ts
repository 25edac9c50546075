// The HTTP load bench: a real `sift serve` in a child process over all lists, loaded from this
// process with autocannon on loopback, bounded in time. Targets (issue "Serve it"): /screen
// ≥ 1,500 req/s and p99 ≤ 25 ms at 50 connections.
import autocannon from 'autocannon';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importListFile } from '../../src/lists/import-list-file.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { currentLoad, formatCount, type BenchFigure } from './bench-figure.ts';
import { REPO_ROOT, SHARED_DATA_DIR } from './ingest.ts';
import { mixedQueries } from './matching.ts';
import {
  clientFigure,
  cpuFigure,
  distinctFigure,
  type LoadResult,
  type Measured,
} from './server-figures.ts';

const LIST_FILES = [
  'un/un_consolidated_2026-02-27.xml',
  'ofac/sdn_json_2026-08-20/ofac-sdn.json',
  'eu/eu_fsf_ammitto_2026-05-01.json',
  'uk/uk_sanctions_list_ammitto_2026-08-22.json',
];
const CONNECTIONS = 50;
const DURATION_S = 10;
/**
 * The offered rate of the extra /screen run: the issue's throughput target. With 50 connections in
 * a closed loop the mean latency is 50 / throughput (Little's law), so p99 ≤ 25 ms cannot be met
 * below ~2,000 req/s; this run shows the latency at the target rate instead.
 */
const OFFERED_RATE = 1500;
/** A mix of listed names, spelling variants and names on no list. */
const NAMES = [
  'Sirajuddin Haqqani',
  'Sarajudin Haqqani',
  'Ayman al-Zawahiri',
  'John Smith',
  'Maria Garcia Lopez',
  'Haqqani Network',
  'Rosneft',
  'Mohammad Yaqoob Mujahid',
  'Wei Zhang',
  'Vladimir Putin',
  'Hezbollah',
  'Anna Kowalska',
];

async function startServer(
  dbPath: string,
): Promise<{ child: ChildProcessByStdio<null, Readable, null>; url: string }> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin/sift.js'), 'serve', '--port', '0', '--db', dbPath],
    {
      env: { ...process.env, SIFT_RATE_LIMIT_PER_MINUTE: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const match = /serving (http:\/\/[\d.:]+)/.exec(out);
      if (match?.[1] === undefined) return;
      // The request log that follows is drained unread: kept and searched chunk by chunk, as it
      // was, it grew to megabytes searched again on every chunk, CPU this process took from the
      // server it measures on a 2-core machine.
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.on('exit', (code) => {
      reject(new Error(`sift serve exited with ${String(code)}`));
    });
  });
  for (let i = 0; i < 600; i += 1) {
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return { child, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become ready in 60 s');
}

/**
 * Loads `path` with one body per name, sent in turn, from a client process of its own
 * (load-client.mjs): in this process it shared a heap and an event loop with the bench, and its
 * cost could not be told from the server's.
 */
async function load(
  url: string,
  path: string,
  body: (name: string) => object,
  { durationS = DURATION_S, overallRate, names = NAMES }: LoadOptions = {},
): Promise<LoadResult> {
  const spec = {
    url,
    path,
    connections: CONNECTIONS,
    durationS,
    overallRate,
    bodies: names.map((name) => JSON.stringify(body(name))),
  };
  const client = spawn(
    process.execPath,
    [fileURLToPath(new URL('./load-client.mjs', import.meta.url))],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  client.stdin.end(JSON.stringify(spec));
  let out = '';
  for await (const chunk of client.stdout) out += String(chunk);
  const code = await new Promise((resolve) => {
    if (client.exitCode !== null) resolve(client.exitCode);
    else client.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`the load client exited with ${String(code)}`);
  return JSON.parse(out) as LoadResult;
}

/** How long one load runs, at what offered rate (none: a closed loop), with which names. */
interface LoadOptions {
  durationS?: number;
  overallRate?: number;
  names?: readonly string[];
}

/**
 * User + system CPU time in ms (/proc, 100 ticks a second) of a live process, or with `mainThread`
 * of its main thread alone (the event loop: HTTP, validation, audit); 0 when unreadable.
 */
function serverCpuMs(pid: number | undefined, mainThread = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/${mainThread ? `task/${pid}/` : ''}stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Runs the HTTP load bench and returns its figures. */
export async function runServerBench(): Promise<BenchFigure[]> {
  if (LIST_FILES.some((file) => !existsSync(join(SHARED_DATA_DIR, file)))) {
    return [
      {
        section: 'server',
        name: 'skipped',
        value: '—',
        target: '—',
        load: currentLoad(),
        note: 'needs ../shared/data lists',
      },
    ];
  }
  const dir = await mkdtemp(join(tmpdir(), 'sift-bench-server-'));
  const dbPath = join(dir, 'store.db');
  const store = SqliteStore.open(dbPath);
  for (const file of LIST_FILES) await importListFile(store, join(SHARED_DATA_DIR, file));
  await store.close();
  const { child, url } = await startServer(dbPath);
  const figures: BenchFigure[] = [];
  try {
    // Work a server does once after it is ready (the version history, request validators, the
    // article worker's models) is not the load's: wait for it to go quiet, then warm up briefly.
    for (let i = 0, last = serverCpuMs(child.pid); i < 60; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const now = serverCpuMs(child.pid);
      if (now - last < 30) break;
      last = now;
    }
    await autocannon({ url: `${url}/healthz`, connections: 4, duration: 2 });
    await load(url, '/screen', (name) => ({ name }), { durationS: 2 });
    // The server's own CPU time over each run: under other load the req/s figures fall with the
    // share of the cores the server gets, requests per CPU-second of the server do not.
    const measured = async (run: () => Promise<LoadResult>): Promise<Measured> => {
      const before = [serverCpuMs(child.pid), serverCpuMs(child.pid, true)] as const;
      const result = await run();
      const cpuMs = serverCpuMs(child.pid) - before[0];
      return { result, cpuMs, mainCpuMs: serverCpuMs(child.pid, true) - before[1] };
    };
    const screen = await measured(() => load(url, '/screen', (name) => ({ name })));
    const match = await measured(() =>
      load(url, '/match/default', (name) => ({
        queries: { q: { schema: 'Person', properties: { name: [name] } } },
      })),
    );
    const offered = await load(url, '/screen', (name) => ({ name }), {
      overallRate: OFFERED_RATE,
    });
    // The 12 names above are screened once each and then answered from the server's answer cache
    // (the /match ones from its remembered analyses and alignments); a server screening customers
    // meets mostly names it has not seen. The 4,022 names in turn are more than the cache holds
    // (MAX_CACHED_ANSWERS), so each is pushed out before it comes round again: this run screens.
    const distinctNames = mixedQueries().map((query) => query.name ?? '');
    const distinct = await measured(() =>
      load(url, '/screen', (name) => ({ name }), { names: distinctNames }),
    );
    for (const [route, { result, cpuMs, mainCpuMs }, target] of [
      ['/screen', screen, 1500],
      ['/match', match, undefined],
    ] as const) {
      const errors = result.errors + result.non2xx;
      figures.push({
        section: 'server',
        name: `${route} throughput, ${CONNECTIONS} connections, ${DURATION_S} s`,
        value: `${formatCount(result.requests.average)} req/s`,
        target: target === undefined ? '—' : `≥ ${formatCount(target)} req/s`,
        ...(target === undefined ? {} : { met: result.requests.average >= target }),
        load: currentLoad(),
        note: `${formatCount(result.requests.total)} requests of ${NAMES.length} names in turn, ${errors} errors or non-2xx; every request appends an audit record${route === '/screen' ? "; after each name's first request, answered from the server's answer cache" : ''}`,
      });
      figures.push(cpuFigure(route, { result, cpuMs, mainCpuMs }, target));
      figures.push(clientFigure(route, result));
      figures.push({
        section: 'server',
        name: `${route} latency p50 / p99`,
        value: `${result.latency.p50} / ${result.latency.p99} ms`,
        target: route === '/screen' ? 'p99 ≤ 25 ms' : '—',
        ...(route === '/screen' ? { met: result.latency.p99 <= 25 } : {}),
        load: currentLoad(),
        note: `mean ${result.latency.mean.toFixed(1)} ms; a closed loop of ${CONNECTIONS} connections cannot have a mean under ${CONNECTIONS} / throughput = ${(CONNECTIONS / Math.max(1e-9, result.requests.average / 1000)).toFixed(1)} ms (Little's law)`,
      });
    }
    // Not a true open loop: autocannon spreads the rate over the connections, and each waits for
    // its answer before sending again, so a server slower than the rate is back in a closed loop,
    // and latency is timed from each actual send (a queue in the client is not counted).
    const offeredErrors = offered.errors + offered.non2xx;
    figures.push({
      section: 'server',
      name: `extra: /screen at an offered ${formatCount(OFFERED_RATE)} req/s (autocannon overallRate), ${CONNECTIONS} connections, ${DURATION_S} s: latency p50 / p99`,
      value: `${offered.latency.p50} / ${offered.latency.p99} ms`,
      target: 'p99 ≤ 25 ms',
      met: offered.latency.p99 <= 25,
      load: currentLoad(),
      note: `${formatCount(offered.requests.average)} req/s answered (${formatCount(offered.requests.total)} requests, ${offeredErrors} errors or non-2xx); each connection waits for its answer before the next request, so below the offered rate this is a closed loop again`,
    });
    figures.push(distinctFigure(distinct, distinctNames.length, CONNECTIONS));
  } finally {
    // Wait for it to end: a server still writing (its article tables) would refill the folder.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

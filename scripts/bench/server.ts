// The HTTP load bench: a real `sift serve` in a child process over all lists, loaded from this
// process with autocannon on loopback, bounded in time. Targets (issue "Serve it"): /screen
// ≥ 1,500 req/s and p99 ≤ 25 ms at 50 connections.
import autocannon from 'autocannon';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importListFile } from '../../src/lists/import-list-file.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { currentLoad, formatCount, type BenchFigure } from './bench-figure.ts';
import { REPO_ROOT, SHARED_DATA_DIR } from './ingest.ts';

const LIST_FILES = [
  'un/un_consolidated_2026-02-27.xml',
  'ofac/sdn_json_2026-08-20/ofac-sdn.json',
  'eu/eu_fsf_ammitto_2026-05-01.json',
  'uk/uk_sanctions_list_ammitto_2026-08-22.json',
];
const CONNECTIONS = 50;
const DURATION_S = 10;
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
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving (http:\/\/[\d.:]+)/.exec(out);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
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

async function load(
  url: string,
  path: string,
  body: (name: string) => object,
): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify(body(NAMES[next++ % NAMES.length]!)),
        }),
      },
    ],
  });
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
    const screen = await load(url, '/screen', (name) => ({ name }));
    const match = await load(url, '/match/default', (name) => ({
      queries: { q: { schema: 'Person', properties: { name: [name] } } },
    }));
    for (const [route, result, target] of [
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
        note: `${formatCount(result.requests.total)} requests, ${errors} errors or non-2xx; every request appends an audit record`,
      });
      figures.push({
        section: 'server',
        name: `${route} latency p50 / p99`,
        value: `${result.latency.p50} / ${result.latency.p99} ms`,
        target: route === '/screen' ? 'p99 ≤ 25 ms' : '—',
        ...(route === '/screen' ? { met: result.latency.p99 <= 25 } : {}),
        load: currentLoad(),
      });
    }
  } finally {
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

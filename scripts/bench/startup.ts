// `npm run bench -- --only startup`: what a user waits for at first contact, on a store with all
// four lists (issue #12): `sift --help`, a one-shot `sift screen`, `sift analyze` of the 10 KB
// example article, `sift serve` to ready, `sift batch` to its first row, the engine snapshot's
// build and load, and how soon a server follows a version another process imports. Each figure
// is printed beside its target; speed-ups are ratios measured in the same run.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadEngine, snapshotKey } from '../../src/app/index.ts';
import { fileSource, readShared } from '../../src/candidates/index.ts';
import { openScreeningSnapshot } from '../../src/screening/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { buildStore, LIST_FILES } from './batch.ts';
import { currentLoad, formatSeconds, median, type BenchFigure } from './bench-figure.ts';
import { REPO_ROOT, SHARED_DATA_DIR } from './ingest.ts';
import { runChild, type ChildRun } from './run-child.ts';

const ARTICLE = new URL(
  '../../../shared/examples/blitz-counterterrorism-article.txt',
  import.meta.url,
);
const NAME = 'Sirajuddin Haqqani';

function figure(
  name: string,
  ms: number,
  targetMs: number | undefined,
  note?: string,
): BenchFigure {
  return {
    section: 'startup',
    name,
    value: formatSeconds(ms),
    target: targetMs === undefined ? '—' : `≤ ${formatSeconds(targetMs)}`,
    ...(targetMs === undefined ? {} : { met: ms <= targetMs }),
    load: currentLoad(),
    ...(note === undefined ? {} : { note }),
  };
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** Runs `sift <args>` on the store `runs` times; the wall times and the last run. */
async function sift(
  args: string[],
  env: Record<string, string>,
  runs: number,
): Promise<{ ms: number; last: ChildRun }> {
  const times: number[] = [];
  const all: ChildRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runChild(process.execPath, ['bin/sift.js', ...args], {
      cwd: REPO_ROOT,
      timeoutMs: 300_000,
      env,
    });
    if (run.exitCode !== 0)
      throw new Error(
        `sift ${args.join(' ')} ${run.timedOut ? 'timed out (machine under load?)' : `failed: ${run.stderr}`}`,
      );
    times.push(run.elapsedMs);
    all.push(run);
  }
  const last = all.at(-1);
  if (last === undefined) throw new Error('no run');
  return { ms: median(times), last };
}

/** Starts `sift serve` on a free port; resolves with its address and the time to /readyz 200. */
async function serve(env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/sift.js', 'serve', '--port', '0'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  let address: string | undefined;
  for (let i = 0; i < 6000 && address === undefined; i++) {
    address = /serving (http:\/\/[^\s]+) /.exec(out)?.[1];
    if (address === undefined) await sleep(10);
  }
  if (address === undefined) throw new Error(`sift serve did not start: ${out}`);
  for (;;) {
    const res = await fetch(`${address}/readyz`).catch(() => undefined);
    if (res?.status === 200) break;
    await sleep(20);
  }
  return { address, readyMs: performance.now() - started, stop: () => child.kill('SIGTERM') };
}

/** The store's figures of issue #12; skipped without ../shared/data. */
export async function runStartupBench(): Promise<BenchFigure[]> {
  if (LIST_FILES.some((file) => !existsSync(join(SHARED_DATA_DIR, file))))
    return [figure('skipped (needs ../shared/data lists)', 0, undefined)];
  const dir = await mkdtemp(join(tmpdir(), 'sift-bench-startup-'));
  const figures: BenchFigure[] = [];
  const push = (f: BenchFigure): void => {
    figures.push(f);
    console.log(`  ${f.name}: ${f.value} (target ${f.target})${f.note ? ` — ${f.note}` : ''}`);
  };
  try {
    const dbPath = join(dir, 'store.db');
    await buildStore(dbPath);
    const env = { SIFT_DB: dbPath };

    const help = await sift(['--help'], {}, 5);
    push(figure('`sift --help`, wall (median of 5)', help.ms, 300));

    // The engine snapshot: built once (what the first command after an import pays), then loaded.
    const store = SqliteStore.open(dbPath);
    const snapshots = {
      dir: `${dbPath}-snapshots`,
      log: (m: string) => {
        console.log(m);
      },
    };
    const built = await loadEngine(store, snapshots);
    const key = snapshotKey(await store.activeVersions());
    await store.close();
    push(
      figure(
        'snapshot build (list versions → index → file), in process',
        built.elapsedMs,
        undefined,
        `${mb(statSync(built.path!).size)} file`,
      ),
    );
    const loads: number[] = [];
    let bytesRead = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      // As a process loads it: the tables read and checked, entity records left for queries.
      const { reader } = openScreeningSnapshot(fileSource(built.path!), key);
      loads.push(performance.now() - t);
      bytesRead = reader.bytesRead().read;
    }
    const loadMs = median(loads);
    push(
      figure(
        'snapshot load: header + tables read and checked (median of 5)',
        loadMs,
        300,
        `${(built.elapsedMs / loadMs).toFixed(0)}× faster than the build; ${mb(bytesRead)} of ${mb(statSync(built.path!).size)} read`,
      ),
    );
    const whole: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      openScreeningSnapshot(readShared(built.path!), key, true);
      whole.push(performance.now() - t);
    }
    push(
      figure(
        'snapshot load, whole file into shared memory, all checked (batch runner; median of 3)',
        median(whole),
        undefined,
      ),
    );

    const screen = await sift(['screen', NAME], env, 5);
    push(
      figure(
        `\`sift screen "${NAME}"\`, wall (median of 5)`,
        screen.ms,
        600,
        `CPU ${formatSeconds(screen.last.cpuMs)}`,
      ),
    );
    push({
      ...figure('engine memory: peak RSS of that process', 0, undefined),
      value: mb(screen.last.peakRssBytes),
      target: '≤ 300 MB',
      met: screen.last.peakRssBytes <= 300 * 1024 * 1024,
    });
    const cold = await sift(['screen', NAME], { ...env, SIFT_SNAPSHOT_DIR: 'none' }, 1);
    push(
      figure(
        'same, without snapshots (index built in the process, as before)',
        cold.ms,
        undefined,
        `${(cold.ms / screen.ms).toFixed(1)}× slower; peak RSS ${mb(cold.last.peakRssBytes)}`,
      ),
    );

    if (existsSync(ARTICLE)) {
      const analyze = await sift(['analyze', ARTICLE.pathname], env, 3);
      push(
        figure(
          '`sift analyze` of the 10 KB example article, wall (median of 3)',
          analyze.ms,
          1500,
          `CPU ${formatSeconds(analyze.last.cpuMs)}`,
        ),
      );
    }

    const server = await serve(env);
    push(figure('`sift serve` to /readyz 200, existing store', server.readyMs, 2000));

    // Another process imports a new UN version; the server should follow within seconds.
    const un = readFileSync(join(SHARED_DATA_DIR, LIST_FILES[0]), 'utf8');
    const v2 = join(dir, 'un-v2.xml');
    writeFileSync(v2, un.replace('</CONSOLIDATED_LIST>', '<!-- bench v2 --></CONSOLIDATED_LIST>'));
    const importStart = performance.now();
    await sift(['lists', 'import', v2, '--list', 'un'], env, 1);
    const imported = performance.now();
    let switched = false;
    while (!switched && performance.now() - imported < 60_000) {
      const ready = (await (await fetch(`${server.address}/readyz`)).json()) as {
        lists: { list: string; version: number }[];
      };
      switched = ready.lists.some((l) => l.list === 'un' && l.version === 2);
      if (!switched) await sleep(50);
    }
    const switchMs = performance.now() - imported;
    server.stop();
    push(
      figure(
        'server switches to a version another process imported (after the import ends)',
        switched ? switchMs : Number.NaN,
        10_000,
        `the import itself (with its snapshot build) took ${formatSeconds(imported - importStart)}`,
      ),
    );

    // The batch: two workers load the snapshot of the new versions (built by the import above).
    const input = join(dir, 'batch.csv');
    const out = join(dir, 'batch-out.csv');
    const lines = readFileSync(join(SHARED_DATA_DIR, 'pairs/yente_negatives_global.csv'), 'utf8')
      .split('\n')
      .slice(1, 20_001);
    writeFileSync(
      input,
      `id,name\n${lines.map((l, i) => `r${i},"${(l.split(',')[0] ?? '').replace(/"/g, '')}"`).join('\n')}\n`,
    );
    let firstRowMs = Number.NaN;
    const batch = await runChild(
      process.execPath,
      ['bin/sift.js', 'batch', input, '--out', out, '--workers', '2', '--db', dbPath],
      {
        cwd: REPO_ROOT,
        timeoutMs: 600_000,
        interruptAfterMs: 60_000,
        sampleMs: 20,
        // Rows go to <out>.partial-<pid> while the run lasts and are renamed onto <out> at its end.
        onSample: (elapsedMs) => {
          if (!Number.isNaN(firstRowMs)) return;
          const written = readdirSync(dir)
            .filter((f) => f === basename(out) || f.startsWith(`${basename(out)}.partial-`))
            .map((f) => join(dir, f));
          if (written.some((f) => existsSync(f) && readFileSync(f, 'utf8').split('\n').length > 2))
            firstRowMs = elapsedMs;
        },
      },
    );
    push(figure('`sift batch`, 2 workers: first output row', firstRowMs, 3000));
    push({
      ...figure('`sift batch`, 2 workers: peak RSS', 0, undefined),
      value: mb(batch.peakRssBytes),
      target: '≤ 700 MB',
      met: batch.peakRssBytes <= 700 * 1024 * 1024,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

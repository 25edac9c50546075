// The ongoing-screening bench: N watched subjects (the batch bench's names, cycled, with ids),
// then a new UN version that changes 200 entities, then the delta re-screen that import runs
// (`afterImport`, worker threads and all, as `sift lists import` runs it). Figures: the delta's
// wall and CPU time (every thread) beside the 60 s target for 1,000,000 subjects, and the full
// re-screen rate (`sift subjects rescreen --all`) beside `sift batch`'s rate on the same names,
// both measured in this run on a sample store.
//
// Seeding 1,000,000 subjects takes ~21 min (random inserts into the name-key index), so a seeded
// store can be kept: with BENCH_MONITORING_STORE=path, a file there holding exactly N subjects and
// the two UN versions is copied and used; without one, the seeded store is copied there for
// the next run. BENCH_SUBJECTS=N is the same as --subjects N. BENCH_DELTA_COMPARE=1 also times the
// same delta on one thread, on a copy of the store, and prints the ratios.
import { copyFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { openWiredApp, type WiredApp } from '../../src/app/open-app.ts';
import { loadConfig } from '../../src/config/index.ts';
import type { ListEntity } from '../../src/core/index.ts';
import {
  DELTA_THREADS_FROM,
  FULL_THREADS_FROM,
  rescreenChanges,
  subjectHash,
  subjectKeys,
  type RescreenSummary,
} from '../../src/screening/monitoring/index.ts';
import {
  diffEntities,
  SqliteStore,
  type Subject,
  type SubjectWrite,
} from '../../src/store/index.ts';
import { buildStore, LIST_FILES, loadBatchNames } from './batch.ts';
import { currentLoad, formatCount, formatSeconds, type BenchFigure } from './bench-figure.ts';
import { SHARED_DATA_DIR } from './ingest.ts';
import type { BatchName } from './make-synthetic.ts';

const TARGET_SUBJECTS = 1_000_000;
const TARGET_MS = 60_000;
const CHANGED_ENTITIES = 200;
/** Subjects of the sample store whose full re-screen is timed (enough for worker threads). */
const FULL_SAMPLE = 6_000;

/** Options of the monitoring bench. */
export interface MonitoringBenchOptions {
  /** Watched subjects; BENCH_SUBJECTS or 100,000 by default. */
  subjects?: number;
  /** A seeded store kept between runs (see above); BENCH_MONITORING_STORE by default. */
  keptStore?: string;
}

/** A new version of a list's entities with `count` of them changed: birth dates, names, identifiers. */
function changeEntities(entities: readonly ListEntity[], count: number): ListEntity[] {
  const step = Math.max(1, Math.floor(entities.length / count));
  let changed = 0;
  return entities.map((entity, i) => {
    if (i % step !== 0 || changed >= count) return entity;
    changed += 1;
    const copy = structuredClone(entity);
    if (changed % 3 === 0) {
      copy.birthDates = [{ value: `19${String(40 + (changed % 50))}`, precision: 'year' }];
    } else if (changed % 3 === 1) {
      const primary = copy.names[0]?.full ?? copy.caption;
      copy.names.push({ full: primary.split(' ').reverse().join(' '), kind: 'alias' });
    } else {
      copy.identifiers.push({ type: 'Passport', value: `BX${String(700000 + changed)}` });
    }
    return copy;
  });
}

/** The watched subject made of the i-th cycled batch name, with `prefix` and i as its id. */
function subjectOf(names: readonly BatchName[], i: number, prefix: string): Subject {
  const source = names[i % names.length]!;
  return {
    id: `${prefix}${String(i).padStart(7, '0')}`,
    names: [source.name],
    identifiers: [],
    ...(source.birthDate === undefined ? {} : { birthDate: source.birthDate }),
    ...(source.country === undefined ? {} : { country: source.country }),
  };
}

/**
 * Saves `count` subjects (not screened, so no alert exists before the import) with their name
 * keys, computed once per distinct name as cycled names repeat; returns the distinct names.
 */
async function seedSubjects(
  dbPath: string,
  names: readonly BatchName[],
  count: number,
  prefix: string,
): Promise<number> {
  const store = SqliteStore.open(dbPath);
  try {
    const keyCache = new Map<string, string[]>();
    let batch: SubjectWrite[] = [];
    for (let i = 0; i < count; i += 1) {
      const subject = subjectOf(names, i, prefix);
      let keys = keyCache.get(subject.names[0]!);
      if (keys === undefined) {
        keys = subjectKeys(subject);
        keyCache.set(subject.names[0]!, keys);
      }
      batch.push({ subject, hash: subjectHash(subject), keys });
      if (batch.length === 5000) {
        await store.monitoring.saveSubjects(batch);
        batch = [];
      }
    }
    await store.monitoring.saveSubjects(batch);
    return keyCache.size;
  } finally {
    await store.close();
  }
}

/** Imports a new UN version changing CHANGED_ENTITIES entities straight into the store. */
async function importChangedUn(dbPath: string): Promise<void> {
  const store = SqliteStore.open(dbPath);
  try {
    const un = (await store.activeVersions()).find((v) => v.list === 'un')!;
    const after = changeEntities(await store.loadEntities('un', un.version), CHANGED_ENTITIES);
    const session = await store.beginImport({
      list: 'un',
      sha256: 'bench-monitoring-un-2',
      format: un.format,
      fileName: 'un-changed.xml',
    });
    for (const entity of after) session.add(entity);
    await session.commit({ recordCount: after.length, skippedCount: 0, issues: [] });
  } finally {
    await store.close();
  }
}

/** The store a kept file holds: its subjects and UN versions, or undefined when unusable. */
async function keptStoreFits(path: string, count: number): Promise<boolean> {
  if (!existsSync(path)) return false;
  const store = SqliteStore.open(path);
  try {
    const un = (await store.activeVersions()).find((v) => v.list === 'un');
    return un?.version === 2 && (await store.monitoring.countSubjects()) === count;
  } finally {
    await store.close();
  }
}

function openBenchApp(dir: string, db: string): Promise<WiredApp> {
  return openWiredApp(
    loadConfig(
      {},
      {
        ...process.env,
        SIFT_DB: join(dir, db),
        // One snapshot folder for both stores: the same list versions make the same snapshot.
        SIFT_SNAPSHOT_DIR: join(dir, 'snapshots'),
        XDG_DATA_HOME: join(dir, 'data'),
      },
    ),
  );
}

/** The delta `afterImport('un', 1)` runs, without its worker threads. */
async function oneThreadDelta(app: WiredApp): Promise<RescreenSummary> {
  const before = await app.store.loadEntities('un', 1);
  const diff = diffEntities(before, await app.store.loadEntities('un', 2));
  return rescreenChanges(
    app.store,
    await app.screening.index(),
    {
      list: 'un',
      version: 2,
      changed: [...diff.added, ...diff.changed].map((e) => e.id),
      removed: diff.removed.map((e) => e.id),
    },
    'bench',
  );
}

/** Wall and CPU (every thread of this process) of `run`. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Runs the bench and returns its figures. */
export async function runMonitoringBench(
  options: MonitoringBenchOptions = {},
): Promise<BenchFigure[]> {
  if (!LIST_FILES.every((f) => existsSync(join(SHARED_DATA_DIR, f)))) {
    return [
      {
        section: 'monitoring',
        name: 'not run',
        value: '—',
        target: '—',
        load: currentLoad(),
        note: 'needs ../shared/data lists',
      },
    ];
  }
  const count = options.subjects ?? Number(process.env.BENCH_SUBJECTS ?? 100_000);
  const kept = options.keptStore ?? process.env.BENCH_MONITORING_STORE;
  const dir = await mkdtemp(join(tmpdir(), 'sift-bench-monitoring-'));
  const figures: BenchFigure[] = [];
  const figure = (name: string, value: string, target: string, note: string, met?: boolean) =>
    figures.push({
      section: 'monitoring',
      name,
      value,
      target,
      load: currentLoad(),
      note,
      ...(met === undefined ? {} : { met }),
    });
  try {
    const listsDb = join(dir, 'lists.db');
    await buildStore(listsDb);
    const { names } = loadBatchNames();

    // The full re-screen on a sample store: `rescreenAll` as `sift subjects rescreen --all` runs
    // it (worker threads from FULL_THREADS_FROM subjects), then `sift batch` on the same names.
    copyFileSync(listsDb, join(dir, 'sample.db'));
    await seedSubjects(join(dir, 'sample.db'), names, FULL_SAMPLE, 'f');
    const sample = await openBenchApp(dir, 'sample.db');
    try {
      await sample.screening.index();
      const full = await timed(() => sample.monitoring.rescreenAll());
      const rows = Array.from({ length: FULL_SAMPLE }, (_, i) => {
        const s = subjectOf(names, i, 'f');
        return `${JSON.stringify({ id: s.id, name: s.names[0], birth_date: s.birthDate, country: s.country })}\n`;
      });
      const discard = new Writable({
        write: (_chunk, _encoding, done) => {
          done();
        },
      });
      const batch = await timed(() =>
        sample.batch.run(Readable.from(rows), discard, {
          inputFormat: 'jsonl',
          outputFormat: 'jsonl',
          caller: 'bench',
        }),
      );
      const fullRate = FULL_SAMPLE / (full.ms / 1000);
      const batchRate = FULL_SAMPLE / (batch.ms / 1000);
      figure(
        `full re-screen of ${formatCount(FULL_SAMPLE)} subjects (sift subjects rescreen --all)`,
        `${formatCount(fullRate)} subjects/s`,
        'the batch rate',
        `${formatSeconds(full.ms)} wall, ${formatSeconds(full.cpuMs)} CPU (${formatCount(FULL_SAMPLE / (full.cpuMs / 1000))} subjects per CPU-second), worker threads from ${formatCount(FULL_THREADS_FROM)} subjects; ${full.value.raised} alerts raised; sift batch on the same names in this run: ${formatCount(batchRate)} rows/s (${formatSeconds(batch.ms)} wall, ${formatSeconds(batch.cpuMs)} CPU); ratio ${(fullRate / batchRate).toFixed(2)}; 1M subjects at this rate: ${formatSeconds((TARGET_SUBJECTS / fullRate) * 1000)}`,
        fullRate >= 0.9 * batchRate,
      );
    } finally {
      await sample.close();
    }

    // The watched subjects, seeded here or copied from the kept store.
    const mainDb = join(dir, 'main.db');
    let seeding: string;
    if (kept !== undefined && (await keptStoreFits(kept, count))) {
      copyFileSync(kept, mainDb);
      seeding = `copied from the kept store ${kept}`;
    } else {
      copyFileSync(listsDb, mainDb);
      const seeded = await timed(() => seedSubjects(mainDb, names, count, 's'));
      await importChangedUn(mainDb);
      seeding = `${formatSeconds(seeded.ms)} to save (${formatCount(seeded.value)} distinct names)`;
      if (kept !== undefined) {
        copyFileSync(mainDb, kept);
        seeding += `; kept in ${kept} for the next run`;
      }
    }
    figure(
      'subjects stored with their name keys',
      formatCount(count),
      '—',
      `${seeding}; not screened first, so no alerts existed before the import`,
    );

    // The delta: what `sift lists import` runs after the new UN version (diff, paired subjects,
    // scoring on worker threads from DELTA_THREADS_FROM paired subjects, alerts, audit records).
    // BENCH_DELTA_COMPARE=1 first times the same delta on one thread, on a copy of the store, in
    // this process before the threaded run: its main thread pays the name tables' start-up, as the
    // one-thread delta of `sift lists import` does.
    let alone: Awaited<ReturnType<typeof timed<RescreenSummary>>> | undefined;
    if (process.env.BENCH_DELTA_COMPARE === '1') {
      copyFileSync(mainDb, join(dir, 'one-thread.db'));
      const one = await openBenchApp(dir, 'one-thread.db');
      try {
        await one.screening.index();
        alone = await timed(() => oneThreadDelta(one));
      } finally {
        await one.close();
      }
    }
    const app = await openBenchApp(dir, 'main.db');
    try {
      const index = await timed(() => app.screening.index());
      const delta = await timed(() => app.monitoring.afterImport('un', 1, 'bench'));
      const summary = delta.value!;
      const threads = summary.candidates >= DELTA_THREADS_FROM;
      figure(
        `delta re-screen of ${formatCount(count)} subjects after ${CHANGED_ENTITIES} changed entities`,
        formatSeconds(delta.ms),
        count === TARGET_SUBJECTS ? `≤ ${formatSeconds(TARGET_MS)}` : '—',
        `CPU ${formatSeconds(delta.cpuMs)} (every thread); ${threads ? 'on worker threads' : 'on one thread'} (threads from ${formatCount(DELTA_THREADS_FROM)} paired subjects); ${formatCount(summary.candidates)} subjects share a key with a changed entity (${((100 * summary.candidates) / count).toFixed(1)} %), ${formatCount(summary.screened)} screened, ${summary.errors.length} with impossible dates; ${summary.raised} new alerts, ${summary.reopened} reopened; engine of the new versions loaded beforehand in ${formatSeconds(index.ms)} (the import loads it anyway)`,
        count === TARGET_SUBJECTS ? delta.ms <= TARGET_MS : undefined,
      );
      if (alone !== undefined) {
        figure(
          'the same delta on one thread (BENCH_DELTA_COMPARE=1, run first)',
          formatSeconds(alone.ms),
          '—',
          `CPU ${formatSeconds(alone.cpuMs)}; the delta above (${threads ? 'threads' : 'one thread'}) ÷ this: wall ${(delta.ms / alone.ms).toFixed(2)}, CPU ${(delta.cpuMs / alone.cpuMs).toFixed(2)}; ${alone.value.raised} new alerts (above: ${summary.raised})`,
        );
      }
      if (count !== TARGET_SUBJECTS) {
        figure(
          'delta re-screen of 1,000,000 subjects, projected',
          formatSeconds((delta.ms * TARGET_SUBJECTS) / count),
          `≤ ${formatSeconds(TARGET_MS)}`,
          `linear from ${formatCount(count)} (CPU ${formatSeconds((delta.cpuMs * TARGET_SUBJECTS) / count)}); an overstatement: the measured 1M run cost less per subject, and from ${formatCount(DELTA_THREADS_FROM)} paired subjects the delta uses worker threads; measure it with --subjects 1000000 (BENCH_MONITORING_STORE keeps the seeded store)`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

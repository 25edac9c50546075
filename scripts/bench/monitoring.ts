// The ongoing-screening bench: N watched subjects (the batch bench's names, cycled, with ids),
// then a new UN version that changes 200 entities, then the delta re-screen that import runs.
// Figures: the delta's wall and CPU time beside the 60 s target for 1,000,000 subjects, how many
// subjects it screened, and the full re-screen rate measured on a sample.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActiveEntities } from '../../src/app/index.ts';
import type { ListEntity } from '../../src/core/index.ts';
import {
  buildScreeningIndex,
  fullHits,
  rescreenChanges,
  subjectHash,
  subjectKeys,
} from '../../src/screening/index.ts';
import {
  diffEntities,
  SqliteStore,
  type Subject,
  type SubjectWrite,
} from '../../src/store/index.ts';
import { buildStore, LIST_FILES, loadBatchNames } from './batch.ts';
import { currentLoad, formatCount, formatSeconds, type BenchFigure } from './bench-figure.ts';
import { SHARED_DATA_DIR } from './ingest.ts';

const TARGET_SUBJECTS = 1_000_000;
const TARGET_MS = 60_000;
const CHANGED_ENTITIES = 200;
/** Subjects screened in full to measure the full re-screen rate. */
const FULL_SAMPLE = 2_000;

/** Options of the monitoring bench. */
export interface MonitoringBenchOptions {
  /** Watched subjects; 100,000 by default. */
  subjects?: number;
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
  const count = options.subjects ?? 100_000;
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
    const dbPath = join(dir, 'sift.db');
    await buildStore(dbPath);
    const store = SqliteStore.open(dbPath);
    try {
      // Subjects: the batch bench's names cycled with ids; keys cached per name, as cycled names repeat.
      const { names } = loadBatchNames();
      const keyCache = new Map<string, string[]>();
      const seedStart = performance.now();
      let batch: SubjectWrite[] = [];
      for (let i = 0; i < count; i += 1) {
        const source = names[i % names.length]!;
        const subject: Subject = {
          id: `s${String(i).padStart(7, '0')}`,
          names: [source.name],
          identifiers: [],
          ...(source.birthDate === undefined ? {} : { birthDate: source.birthDate }),
          ...(source.country === undefined ? {} : { country: source.country }),
        };
        let keys = keyCache.get(source.name);
        if (keys === undefined) {
          keys = subjectKeys(subject);
          keyCache.set(source.name, keys);
        }
        batch.push({ subject, hash: subjectHash(subject), keys });
        if (batch.length === 5000) {
          await store.monitoring.saveSubjects(batch);
          batch = [];
        }
      }
      await store.monitoring.saveSubjects(batch);
      figure(
        'subjects stored with their name keys',
        formatCount(count),
        '—',
        `${formatSeconds(performance.now() - seedStart)} to save (keys computed once per distinct name, ${formatCount(keyCache.size)} names); not screened first, so no alerts existed before the import`,
      );

      // A new UN version changing 200 entities, imported straight into the store.
      const un = (await store.activeVersions()).find((v) => v.list === 'un')!;
      const before = await store.loadEntities('un', un.version);
      const after = changeEntities(before, CHANGED_ENTITIES);
      const session = await store.beginImport({
        list: 'un',
        sha256: 'bench-monitoring-un-2',
        format: un.format,
        fileName: 'un-changed.xml',
      });
      for (const entity of after) session.add(entity);
      const next = await session.commit({ recordCount: after.length, skippedCount: 0, issues: [] });
      const indexStart = performance.now();
      const index = buildScreeningIndex(await loadActiveEntities(store));
      const indexMs = performance.now() - indexStart;

      // The delta: diff of the two versions, then rescreenChanges (what `sift lists import` runs).
      const cpu = process.cpuUsage();
      const start = performance.now();
      const diff = diffEntities(before, await store.loadEntities('un', next.version));
      const delta = await rescreenChanges(
        store,
        index,
        {
          list: 'un',
          version: next.version,
          changed: [...diff.added, ...diff.changed].map((e) => e.id),
          removed: diff.removed.map((e) => e.id),
        },
        'bench',
      );
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      const projected = (ms * TARGET_SUBJECTS) / count;
      figure(
        `delta re-screen of ${formatCount(count)} subjects after ${diff.changed.length} changed entities`,
        formatSeconds(ms),
        count === TARGET_SUBJECTS ? `≤ ${formatSeconds(TARGET_MS)}` : '—',
        `CPU ${formatSeconds(cpuMs)}; ${formatCount(delta.candidates)} subjects share a key with a changed entity (${((100 * delta.candidates) / count).toFixed(1)} %), ${formatCount(delta.screened)} screened; ${delta.raised} new alerts, ${delta.reopened} reopened; engine index of the new versions built beforehand in ${formatSeconds(indexMs)} (the import builds it anyway)`,
        count === TARGET_SUBJECTS ? ms <= TARGET_MS : undefined,
      );
      if (count !== TARGET_SUBJECTS) {
        figure(
          `delta re-screen of 1,000,000 subjects, projected`,
          formatSeconds(projected),
          `≤ ${formatSeconds(TARGET_MS)}`,
          `linear from ${formatCount(count)} (the share of subjects sharing a key stays the same; the delta does not reuse work between subjects of the same name, so cycled names make it no faster); CPU-based: ${formatSeconds((cpuMs * TARGET_SUBJECTS) / count)}; measure it with --subjects 1000000`,
          projected <= TARGET_MS,
        );
      }

      // The full re-screen rate on a sample (one thread; sift batch spreads it over every core).
      const sample = await store.monitoring.listSubjects({ limit: FULL_SAMPLE });
      const find = fullHits(index);
      const fullCpu = process.cpuUsage();
      const fullStart = performance.now();
      for (const subject of sample) find(subject);
      const fullMs = performance.now() - fullStart;
      const fullUsed = process.cpuUsage(fullCpu);
      const perCpuSecond = sample.length / ((fullUsed.user + fullUsed.system) / 1e6);
      figure(
        'full re-screen rate (one thread)',
        `${formatCount(sample.length / (fullMs / 1000))} subjects/s`,
        'the batch rate',
        `${formatCount(sample.length)} subjects in ${formatSeconds(fullMs)}; ${formatCount(perCpuSecond)} subjects per CPU-second; 1M would take ~${formatSeconds((TARGET_SUBJECTS / perCpuSecond) * 1000)} CPU (sift subjects rescreen --all runs on one thread; sift batch uses every core)`,
      );
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

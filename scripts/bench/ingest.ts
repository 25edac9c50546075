import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importListFile } from '../../src/lists/import-list-file.ts';
import { parseOfacCsvSet, parseUnXml } from '../../src/ingest/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { currentLoad, formatMiB, formatSeconds, median, type BenchFigure } from './bench-figure.ts';
import { runChild } from './run-child.ts';

/** The shared data folder, beside the repository. */
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
/** The repository root, where `bin/sift.js` lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const UN_XML = join(SHARED_DATA_DIR, 'un/un_consolidated_2026-02-27.xml');
const OFAC_SDN = join(SHARED_DATA_DIR, 'ofac/official_csv_2021-07/sdn.csv');
const RUNS = 3;

interface Timed {
  ms: number;
  /** User + system CPU of this process during the run: other load does not inflate it. */
  cpuMs: number;
  entities: number;
}

async function timeRuns(run: () => Promise<number>): Promise<Timed[]> {
  const results: Timed[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const entities = await run();
    const used = process.cpuUsage(cpu);
    results.push({
      ms: performance.now() - started,
      cpuMs: (used.user + used.system) / 1000,
      entities,
    });
  }
  return results;
}

async function parseUn(): Promise<number> {
  let count = 0;
  // The same streaming mode the importer uses: entities are handed on, not collected.
  await parseUnXml(createReadStream(UN_XML), { onEntity: () => (count += 1) });
  return count;
}

async function parseOfac(): Promise<number> {
  const dir = dirname(OFAC_SDN);
  let count = 0;
  await parseOfacCsvSet(
    {
      sdn: createReadStream(OFAC_SDN),
      alt: createReadStream(join(dir, 'alt.csv')),
      add: createReadStream(join(dir, 'add.csv')),
      comments: createReadStream(join(dir, 'sdn_comments.csv')),
    },
    { onEntity: () => (count += 1) },
  );
  return count;
}

async function importInto(tempDir: string, path: string, run: number): Promise<number> {
  const store = SqliteStore.open(join(tempDir, `ingest-${String(run)}-${Date.now()}.db`));
  try {
    const report = await importListFile(store, path);
    return report.version.entityCount;
  } finally {
    await store.close();
  }
}

function figure(name: string, runs: Timed[], targetMs: number, note: string): BenchFigure {
  const ms = median(runs.map((r) => r.ms));
  return {
    section: 'ingest',
    name,
    value: formatSeconds(ms),
    target: `≤ ${formatSeconds(targetMs)}`,
    met: ms <= targetMs,
    load: currentLoad(),
    note: `${note}; ${String(runs[0]?.entities ?? 0)} entities; runs ${runs.map((r) => (r.ms / 1000).toFixed(2)).join('/')} s, CPU ${runs.map((r) => (r.cpuMs / 1000).toFixed(2)).join('/')} s`,
  };
}

/**
 * Times the UN XML and the OFAC 2021 CSV set: the parser alone and the full import into a fresh
 * SQLite store, three runs each in this process (median reported), plus one cold CLI import each.
 */
export async function runIngestBench(): Promise<BenchFigure[]> {
  if (!existsSync(UN_XML) || !existsSync(OFAC_SDN)) {
    return [
      {
        section: 'ingest',
        name: 'skipped',
        value: '—',
        target: '—',
        load: currentLoad(),
        note: `needs ${UN_XML} and ${OFAC_SDN}`,
      },
    ];
  }
  const tempDir = await mkdtemp(join(tmpdir(), 'sift-bench-ingest-'));
  const figures: BenchFigure[] = [];
  try {
    let run = 0;
    figures.push(figure('UN XML parse (parseUnXml)', await timeRuns(parseUn), 2000, 'median of 3'));
    figures.push(
      figure(
        'UN XML full import (importListFile → SQLite)',
        await timeRuns(() => importInto(tempDir, UN_XML, (run += 1))),
        2000,
        'median of 3, fresh store each',
      ),
    );
    figures.push(
      figure(
        'OFAC 2021 CSV set parse (parseOfacCsvSet)',
        await timeRuns(parseOfac),
        3000,
        'median of 3',
      ),
    );
    figures.push(
      figure(
        'OFAC 2021 CSV set full import (importListFile → SQLite)',
        await timeRuns(() => importInto(tempDir, OFAC_SDN, (run += 1))),
        3000,
        'median of 3, fresh store each; sdn+alt+add+comments',
      ),
    );
    figures.push(await cliStartup());
    for (const [label, path, targetMs] of [
      ['UN XML', UN_XML, 2000],
      ['OFAC 2021 CSV set', OFAC_SDN, 3000],
    ] as const) {
      figures.push(
        await coldCliImport(label, path, targetMs, join(tempDir, `cli-${label.length}.db`)),
      );
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  return figures;
}

/** `sift --help` in a new process: main.ts loads every command, so this is the CLI's fixed cost. */
async function cliStartup(): Promise<BenchFigure> {
  const child = await runChild(process.execPath, ['bin/sift.js', '--help'], {
    cwd: REPO_ROOT,
    timeoutMs: 60_000,
  });
  return {
    section: 'ingest',
    name: 'CLI start-up (sift --help, new process)',
    value: formatSeconds(child.elapsedMs),
    target: '—',
    load: currentLoad(),
    note: `node + tsx loading every module, CPU ${formatSeconds(child.cpuMs)}; part of each cold CLI figure below; peak RSS ${formatMiB(child.peakRssBytes)}`,
  };
}

/** One `sift lists import` in a new process: what a user waits for, tsx start-up included. */
async function coldCliImport(
  label: string,
  path: string,
  targetMs: number,
  dbPath: string,
): Promise<BenchFigure> {
  const child = await runChild(
    process.execPath,
    ['bin/sift.js', 'lists', 'import', path, '--db', dbPath, '--json'],
    { cwd: REPO_ROOT, timeoutMs: 60_000 },
  );
  const ok = child.exitCode === 0;
  return {
    section: 'ingest',
    name: `${label} cold CLI import (sift lists import, new process)`,
    value: ok ? formatSeconds(child.elapsedMs) : `failed (exit ${String(child.exitCode)})`,
    target: `≤ ${formatSeconds(targetMs)}`,
    met: ok && child.elapsedMs <= targetMs,
    load: currentLoad(),
    note: ok
      ? `1 run, CPU ${formatSeconds(child.cpuMs)}; includes node+tsx start-up and the bundled UN import an empty store triggers; peak RSS ${formatMiB(child.peakRssBytes)}`
      : child.stderr.slice(-300),
  };
}

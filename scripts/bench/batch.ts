import { parse } from 'csv-parse/sync';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { importListFile } from '../../src/app/import-list-file.ts';
import { toCountryCode } from '../../src/ingest/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import {
  currentLoad,
  formatCount,
  formatMiB,
  formatSeconds,
  type BenchFigure,
} from './bench-figure.ts';
import { REPO_ROOT, SHARED_DATA_DIR } from './ingest.ts';
import { writeBatchCsv, type BatchName } from './make-synthetic.ts';
import { runChild, type ChildRun } from './run-child.ts';

/** The four lists a production store holds. */
const LIST_FILES = [
  'un/un_consolidated_2026-02-27.xml',
  'ofac/sdn_json_2026-08-20/ofac-sdn.json',
  'eu/eu_fsf_ammitto_2026-05-01.json',
  'uk/uk_sanctions_list_ammitto_2026-08-22.json',
] as const;
const TARGET_ROWS = 1_000_000;
const TARGET_MS = 10 * 60 * 1000;
/** Rows of the first, short run: it measures start-up (workers load the store, build the index). */
const CALIBRATION_ROWS = 1_000;

/** Options of the batch bench. */
export interface BatchBenchOptions {
  /** Rows of the main run; 100,000 by default, 1,000,000 with --full. */
  rows?: number;
  /** Wall-time budget of the main run: the row count is lowered to fit it (not with --full). */
  budgetMs?: number;
  /** Run exactly `rows` rows, whatever the budget. */
  full?: boolean;
}

/** Reads `full_name,…,date_of_birth,…,nationality` rows of a yente fixture as batch names. */
function readYenteNames(file: string): BatchName[] {
  const rows = parse<Record<string, string | undefined>>(
    readFileSync(join(SHARED_DATA_DIR, 'pairs', file)),
    { columns: true, skip_empty_lines: true },
  );
  return rows.flatMap((row) => {
    const name = row.full_name?.trim() ?? '';
    if (name === '') return [];
    const entry: BatchName = { name };
    const dob = row.date_of_birth?.trim() ?? '';
    if (/^\d{4}(-\d\d(-\d\d)?)?$/.test(dob)) entry.birthDate = dob;
    const nationality = row.nationality?.trim() ?? '';
    // The fixtures write either a country name or a lower-case alpha-2 code.
    const country = /^[a-z]{2}$/i.test(nationality)
      ? nationality.toUpperCase()
      : toCountryCode(nationality);
    if (country !== undefined) entry.country = country;
    return [entry];
  });
}

/** The mixed names: the two 50k negative sets interleaved, one UN positive every 25 rows. */
export function loadBatchNames(): { names: BatchName[]; positives: number; negatives: number } {
  const global = readYenteNames('yente_negatives_global.csv');
  const us = readYenteNames('yente_negatives_us.csv');
  const positives = [
    ...readYenteNames('yente_positives_un_untreated.csv'),
    ...readYenteNames('yente_positives_un_treated.csv'),
  ];
  const names: BatchName[] = [];
  let p = 0;
  for (let i = 0; i < Math.max(global.length, us.length); i += 1) {
    const a = global[i];
    const b = us[i];
    if (a !== undefined) names.push(a);
    if (b !== undefined) names.push(b);
    if (i % 12 === 0 && positives.length > 0) names.push(positives[p++ % positives.length]!);
  }
  return { names, positives: p, negatives: global.length + us.length };
}

async function buildStore(dbPath: string): Promise<number> {
  const store = SqliteStore.open(dbPath);
  let entities = 0;
  try {
    for (const file of LIST_FILES) {
      const report = await importListFile(store, join(SHARED_DATA_DIR, file));
      entities += report.version.entityCount;
    }
  } finally {
    await store.close();
  }
  return entities;
}

async function runBatchChild(
  dir: string,
  dbPath: string,
  rows: number,
  names: readonly BatchName[],
  timeoutMs: number,
): Promise<{ child: ChildRun; outPath: string; inBytes: number }> {
  const inPath = join(dir, `in-${String(rows)}.csv`);
  const outPath = join(dir, `out-${String(rows)}.csv`);
  const input = await writeBatchCsv(inPath, rows, names);
  const child = await runChild(
    process.execPath,
    ['bin/sift.js', 'batch', inPath, '--out', outPath, '--db', dbPath],
    { cwd: REPO_ROOT, timeoutMs },
  );
  return { child, outPath, inBytes: input.bytes };
}

/** Counts output lines and checks that line k carries id C<k>, so no row was lost or reordered. */
async function checkOutput(outPath: string, rows: number): Promise<string | undefined> {
  if (!existsSync(outPath)) return 'no output file';
  const lines = createInterface({ input: createReadStream(outPath), crlfDelay: Infinity });
  let count = -1;
  let firstBad: string | undefined;
  for await (const line of lines) {
    count += 1;
    if (count === 0 || firstBad !== undefined) continue;
    const id = line.split(',', 2)[1];
    if (id !== `C${String(count)}`) firstBad = `output row ${String(count)} has id ${String(id)}`;
  }
  if (count !== rows) return `${String(count)} output rows for ${String(rows)} input rows`;
  return firstBad;
}

function failure(name: string, run: ChildRun): BenchFigure {
  return {
    section: 'batch',
    name,
    value: run.timedOut ? 'timed out' : `failed (exit ${String(run.exitCode)})`,
    target: '—',
    met: false,
    load: currentLoad(),
    note: run.stderr.slice(-300),
  };
}

/**
 * Builds a store with all four lists, then runs `sift batch` in a child process: first on a
 * short file to measure start-up, then on the main file; reports rows/s, peak RSS and the
 * projected time for a million rows.
 */
export async function runBatchBench(options: BatchBenchOptions = {}): Promise<BenchFigure[]> {
  if (LIST_FILES.some((file) => !existsSync(join(SHARED_DATA_DIR, file)))) {
    return [
      {
        section: 'batch',
        name: 'skipped',
        value: '—',
        target: '—',
        load: currentLoad(),
        note: 'needs ../shared/data lists',
      },
    ];
  }
  const tempDir = await mkdtemp(join(tmpdir(), 'sift-bench-batch-'));
  const figures: BenchFigure[] = [];
  try {
    const dbPath = join(tempDir, 'store.db');
    const built = performance.now();
    const entities = await buildStore(dbPath);
    const buildMs = performance.now() - built;
    const { names, positives, negatives } = loadBatchNames();
    figures.push({
      section: 'batch',
      name: 'store with all lists (UN, OFAC 2026 JSON, EU, UK)',
      value: formatSeconds(buildMs),
      target: '—',
      load: currentLoad(),
      note: `${formatCount(entities)} entities; input cycles ${formatCount(names.length)} names (${formatCount(negatives)} yente negatives, ${formatCount(positives)} UN positives)`,
    });

    const small = await runBatchChild(tempDir, dbPath, CALIBRATION_ROWS, names, 120_000);
    if (small.child.exitCode !== 0) return [...figures, failure('calibration run', small.child)];
    const smallMs = small.child.elapsedMs;

    const requested = options.rows ?? (options.full === true ? TARGET_ROWS : 100_000);
    let rows = requested;
    const budgetMs = options.budgetMs ?? 180_000;
    if (options.full !== true) {
      // A pessimistic rate (start-up counted as screening time) keeps the main run in budget.
      const pessimisticRate = CALIBRATION_ROWS / (smallMs / 1000);
      const affordable = Math.floor((pessimisticRate * budgetMs) / 1000 / 1000) * 1000;
      rows = Math.max(CALIBRATION_ROWS * 2, Math.min(rows, affordable));
    }
    const main = await runBatchChild(
      tempDir,
      dbPath,
      rows,
      names,
      options.full === true ? 30 * 60_000 : budgetMs * 1.5,
    );
    if (main.child.exitCode !== 0)
      return [...figures, failure(`main run (${formatCount(rows)} rows)`, main.child)];
    const problem = await checkOutput(main.outPath, rows);
    const mainMs = main.child.elapsedMs;
    const ratePerSecond = (rows - CALIBRATION_ROWS) / Math.max(0.001, (mainMs - smallMs) / 1000);
    const startupMs = Math.max(0, smallMs - (CALIBRATION_ROWS / ratePerSecond) * 1000);
    const projectedMs = startupMs + (TARGET_ROWS / ratePerSecond) * 1000;
    const summary = /Done: .*/.exec(main.child.stderr)?.[0] ?? '';
    const outBytes = (await stat(main.outPath)).size;
    const load = currentLoad();
    figures.push(
      {
        section: 'batch',
        name: `main run: ${formatCount(rows)} rows (sift batch, child)`,
        value: formatSeconds(mainMs),
        target: '—',
        load,
        note: `${rows < requested ? `lowered from ${formatCount(requested)} rows to fit the ${formatSeconds(budgetMs)} budget; ` : ''}${formatMiB(main.inBytes)} in, ${formatMiB(outBytes)} out; ${summary.replace(/ → .*/, '')}`,
      },
      {
        section: 'batch',
        name: 'throughput (steady, start-up excluded)',
        value: `${formatCount(ratePerSecond)} rows/s`,
        target: `≥ ${formatCount(TARGET_ROWS / (TARGET_MS / 1000))} rows/s`,
        met: ratePerSecond >= TARGET_ROWS / (TARGET_MS / 1000),
        load,
        note: `(main − ${formatCount(CALIBRATION_ROWS)}-row run) rows over time difference`,
      },
      {
        section: 'batch',
        name: 'start-up (store load + index build in each worker)',
        value: formatSeconds(startupMs),
        target: '—',
        load,
        note: `${formatCount(CALIBRATION_ROWS)}-row run took ${formatSeconds(smallMs)}`,
      },
      {
        section: 'batch',
        name: 'peak RSS of sift batch',
        value: formatMiB(main.child.peakRssBytes),
        target: '—',
        load,
        note: `the ${formatCount(CALIBRATION_ROWS)}-row run peaked at ${formatMiB(small.child.peakRssBytes)}; VmHWM sampled from /proc`,
      },
      {
        section: 'batch',
        name: rows === TARGET_ROWS ? '1M rows, measured' : '1M rows, projected',
        value: formatSeconds(rows === TARGET_ROWS ? mainMs : projectedMs),
        target: `≤ ${formatSeconds(TARGET_MS)}`,
        met: (rows === TARGET_ROWS ? mainMs : projectedMs) <= TARGET_MS,
        load,
        note:
          rows === TARGET_ROWS
            ? 'full run (--full)'
            : `extrapolated: start-up + 1,000,000 / steady rate (run --full to measure)`,
      },
      {
        section: 'batch',
        name: 'one output line per input row',
        value: problem ?? `${formatCount(rows)} = ${formatCount(rows)}`,
        target: 'equal, in order',
        met: problem === undefined,
        load,
      },
    );
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  return figures;
}

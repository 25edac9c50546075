// `npm run bench`: ingest speed, bounded-memory streaming import, batch throughput and the
// matching bench, each printed beside its target and written to docs/benchmarks.md.
// Options: --full (or BENCH_FULL=1) runs the 1M-row batch instead of extrapolating from 100k;
// --only ingest,stream,batch,matching,server,monitoring,queue runs some sections (and leaves the doc alone);
// --rows N sets the batch size; --stream-mb N the synthetic file size; --subjects N (or
// BENCH_SUBJECTS=N) the watched subjects of the monitoring bench, whose seeded store
// BENCH_MONITORING_STORE=path keeps between runs (see scripts/bench/monitoring.ts).
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBatchBench } from './batch.ts';
import { currentLoad, formatFigureTable, formatSeconds, type BenchFigure } from './bench-figure.ts';
import { runIngestBench } from './ingest.ts';
import { runMonitoringBench } from './monitoring.ts';
import { runQueueBench } from './queue.ts';
import { runStartupBench } from './startup.ts';
import { runStreamBench } from './stream-import.ts';

/** Where the hand-kept part of docs/benchmarks.md begins; the bench rewrites only what is above. */
const HAND_KEPT_MARKER = '<!-- Hand-kept below this line';

const SECTIONS = [
  'startup',
  'ingest',
  'stream',
  'batch',
  'matching',
  'server',
  'monitoring',
  'queue',
] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    only: { type: 'string' },
    rows: { type: 'string' },
    'stream-mb': { type: 'string' },
    subjects: { type: 'string' },
  },
});
const full = values.full || process.env.BENCH_FULL === '1';
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
if (unknown.length > 0) {
  console.error(`bench: unknown section(s) ${unknown.join(', ')}; use ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const wanted = (section: Section): boolean => only === undefined || only.includes(section);

const started = performance.now();
const startedAt = new Date();
const figures: BenchFigure[] = [];
const transcripts: string[] = [];

/** Runs one section; a section that throws is reported as a row, and the bench goes on. */
async function section(name: Section, run: () => Promise<BenchFigure[]>): Promise<void> {
  if (!wanted(name)) return;
  console.log(`\n== ${name} (load ${currentLoad()}) ==`);
  const sectionStart = performance.now();
  try {
    const result = await run();
    figures.push(...result);
    console.log(formatFigureTable(result));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    figures.push({
      section: name,
      name: 'failed',
      value: '—',
      target: '—',
      met: false,
      load: currentLoad(),
      note: message,
    });
    console.log(`${name} failed: ${message}`);
  }
  console.log(`(${name}: ${formatSeconds(performance.now() - sectionStart)})`);
}

/**
 * Imports an optional bench module and runs one of its exports, capturing what it prints, so a
 * module another helper has not written yet (or that throws) costs one row, not the whole run.
 */
async function runPrintingBench(
  name: Section,
  file: string,
  exportName: string,
): Promise<BenchFigure[]> {
  const url = new URL(file, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    return [
      {
        section: name,
        name: 'not run',
        value: '—',
        target: '—',
        load: currentLoad(),
        note: `${file} is not there yet`,
      },
    ];
  }
  const module = (await import(url.href)) as Record<string, unknown>;
  const run = module[exportName];
  if (typeof run !== 'function') {
    return [
      {
        section: name,
        name: 'not run',
        value: '—',
        target: '—',
        load: currentLoad(),
        note: `${file} does not export ${exportName}()`,
      },
    ];
  }
  const write = process.stdout.write.bind(process.stdout);
  let captured = '';
  // The module prints its own figures; a tee keeps a copy for docs/benchmarks.md.
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return write(chunk, ...rest);
  };
  const sectionStart = performance.now();
  let result: unknown;
  try {
    result = await (run as () => Promise<unknown>)();
  } finally {
    process.stdout.write = write;
  }
  if (captured.trim() !== '')
    transcripts.push(
      `### ${name} (${file}, its own output)\n\n\`\`\`\n${captured.trimEnd()}\n\`\`\``,
    );
  // The server hook may hand back figures; the matching bench prints its own.
  if (Array.isArray(result)) return result as BenchFigure[];
  return [
    {
      section: name,
      name: `${exportName}() ran`,
      value: formatSeconds(performance.now() - sectionStart),
      target: '—',
      load: currentLoad(),
      note: 'its figures are printed above and copied into docs/benchmarks.md',
    },
  ];
}

const rows = values.rows === undefined ? undefined : Number(values.rows);
const streamMb = values['stream-mb'] === undefined ? undefined : Number(values['stream-mb']);

await section('startup', runStartupBench);
await section('ingest', runIngestBench);
await section('stream', () =>
  runStreamBench(streamMb === undefined ? {} : { targetBytes: streamMb * 1000 * 1000 }),
);
await section('batch', () => runBatchBench({ full, ...(rows === undefined ? {} : { rows }) }));
await section('matching', () => runPrintingBench('matching', './matching.ts', 'runMatchingBench'));
// Hook for the HTTP load test (autocannon against /screen and /match): scripts/bench/server.ts
// exports runServerBench(), returning BenchFigure[]; the bench goes on without it if it is absent.
await section('server', () => runPrintingBench('server', './server.ts', 'runServerBench'));
// Ongoing screening: the delta re-screen of watched subjects after an import changing 200 entities.
const subjects =
  values.subjects === undefined ? (full ? 1_000_000 : undefined) : Number(values.subjects);
await section('monitoring', () => runMonitoringBench(subjects === undefined ? {} : { subjects }));
// Scale-out: `sift worker` processes on loopback PostgreSQL, one of three killed halfway.
await section('queue', () =>
  runQueueBench(rows === undefined ? {} : { rows: Math.min(rows, 20_000) }),
);

const totalMs = performance.now() - started;
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}${process.env.BENCH_FULL === '1' ? ' (BENCH_FULL=1)' : ''}`;
const table = formatFigureTable(figures);
console.log(`\n== summary (${formatSeconds(totalMs)} in all) ==\n${table}`);

if (only === undefined) {
  const machine = `${String(cpus().length)} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${String(Math.round(totalmem() / 1024 ** 3))} GiB RAM, Node ${process.version}`;
  const doc = [
    '# Benchmarks',
    '',
    `Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` (${formatSeconds(totalMs)} in all)`,
    `on ${machine}. The load column is the 1/5/15-minute load average when the figure was taken:`,
    'other work shared the machine, so figures taken under load are pessimistic.',
    '',
    table,
    '',
    '## How the figures are taken',
    '',
    '- **startup**: `scripts/bench/startup.ts` on a store with all four lists: `sift` commands in new processes',
    '  (wall time, median of 5 where stated; peak RSS from /proc), the engine snapshot built and loaded in process,',
    '  `sift serve` until /readyz answers 200, and a `sift lists import` of a second UN version by another process',
    '  while the server runs, until its /readyz reports that version.',
    '- **ingest**: `parseUnXml` / `parseOfacCsvSet` in streaming mode (`onEntity`), and `importListFile` into a',
    '  fresh `SqliteStore`, three runs each in one process, median reported; then one `sift lists import` in a new',
    '  process (what a user waits for: Node and tsx start-up, and the bundled UN list an empty store imports).',
    '- **stream**: a synthetic UN-layout XML of ~200 MB (invented INDIVIDUAL records, `scripts/bench/make-synthetic.ts`)',
    '  imported by `sift lists import` in a child process; peak RSS is the kernel high-water mark (VmHWM) read from',
    '  `/proc/<pid>/status` every 50 ms. The UN XML parser streams (saxes, one record at a time); the FtM JSON-lines',
    '  parser buffers its entities until the end, so it was not used.',
    '- **batch**: a store with UN XML, OFAC 2026 JSON, EU and UK mirrors; an input CSV (`id,name,birth_date,country`)',
    '  of 100,000 rows cycling the yente negative sets with one UN positive every 25 rows; `sift batch in.csv --out',
    '  out.csv --db …` in a child process, sent SIGINT after 3 minutes (it finishes the rows already read and stops;',
    '  `--full` or `BENCH_FULL=1` screens 1,000,000 rows without a stop). The output file is watched: start-up is the',
    '  time to the first screened rows, the steady rate is the rows after that over the time after that, and the 1M',
    '  projection is start-up + remaining rows / rate. The output is checked for one line per screened row, in order.',
    '- CPU figures are user + system time (in-process: `process.cpuUsage()`; children: `/proc/<pid>/stat`); they',
    '  are not inflated by other load the way wall time is.',
    '- **matching**: `scripts/bench/matching.ts` (`runMatchingBench()`), copied below as it printed itself.',
    '- **server**: the HTTP load test, `scripts/bench/server.ts` (`runServerBench()`), autocannon against `sift serve`,',
    '  from a client process of its own (`load-client.mjs`, whose CPU is reported: on 2 cores it is taken from the',
    "  server); the server's CPU is read from /proc, its event loop (main thread) apart; a last /screen run cycles the",
    "  matching bench's 4,022 names, which the server has not seen, where the other runs repeat 12 names.",
    '- **monitoring**: `scripts/bench/monitoring.ts`: a store with the four lists, N watched subjects (100,000, or',
    '  `--subjects N` / `BENCH_SUBJECTS=N`; 1,000,000 with `--full`) cycling the batch names with ids, saved with',
    '  their name keys (`BENCH_MONITORING_STORE=path` keeps the seeded store for the next run: seeding 1M takes',
    '  ~21 min); a new UN version changing 200 entities (birth dates, an added alias, an identifier); then the delta',
    '  re-screen `sift lists import` runs (`afterImport`: diff, paired subjects, worker threads from 15,000 of them),',
    '  timed in process, CPU of every thread. The 1M figure is projected linearly when fewer subjects were used. The',
    '  full re-screen (`rescreenAll`, worker threads from 5,000 subjects) and `sift batch` (`app.batch.run`) are',
    '  timed on the same 6,000 names of a sample store in the same run, and their ratio printed.',
    '- **queue**: `scripts/bench/queue.ts`: a throwaway PostgreSQL on loopback (`test/support/postgres-server.ts`),',
    '  the bundled UN list, and `sift worker` processes (compiled, as users run them) taking chunks of 100 rows of one',
    "  batch job (3,000 rows, or `--rows N`) submitted through the batch API; a warm-up job first loads every worker's",
    '  engine. Throughput is rows over wall time from submit to done, with 1, 2 and 3 workers; worker CPU is read from',
    '  /proc. Then three workers with one sent SIGKILL once half the rows are done: the results are read back and',
    '  checked to hold every input line exactly once, in order. The 100M projection is arithmetic on the 4-list full',
    '  re-screen rate, not a measurement.',
    '',
    ...transcripts,
    '',
  ].join('\n');
  const target = new URL('../../docs/benchmarks.md', import.meta.url);
  // The results recorded by hand below the marker (figures of past decisions) are kept.
  const previous = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const kept = previous.indexOf(HAND_KEPT_MARKER);
  await writeFile(target, kept === -1 ? doc : `${doc}\n${previous.slice(kept)}`);
  console.log('\nwrote docs/benchmarks.md');
}

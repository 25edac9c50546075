import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './ingest.ts';
import { writeBatchCsv, type BatchName } from './make-synthetic.ts';
import { runChild, type ChildRun } from './run-child.ts';

/** One timed `sift batch` run, with when its first output rows appeared. */
export interface BatchRun {
  child: ChildRun;
  inBytes: number;
  outBytes: number;
  /** Rows the command says it screened (`Done:` or `Stopped early:` on stderr). */
  rowsDone: number;
  /** True when the run was stopped by SIGINT at the time budget. */
  interrupted: boolean;
  /** Time from the start to the first screened rows in the output file, and how many there were. */
  firstOutputMs?: number;
  rowsAtFirstOutput: number;
  /** The child's CPU time when the first screened rows appeared. */
  cpuAtFirstOutputMs: number;
  /** Undefined when the output has one line per screened row in input order; else what is wrong. */
  outputProblem?: string;
}

const OUTPUT_HEADER_BYTES = 200;

function countLines(path: string): number {
  let count = 0;
  for (const byte of readFileSync(path)) if (byte === 0x0a) count += 1;
  return count;
}

/** The file a running `sift batch --out outPath` writes: outPath, or its partial file while it runs. */
function writtenOutput(outPath: string): string | undefined {
  if (existsSync(outPath)) return outPath;
  const partial = readdirSync(dirname(outPath)).find((f) =>
    f.startsWith(`${basename(outPath)}.partial-`),
  );
  return partial === undefined ? undefined : join(dirname(outPath), partial);
}

/**
 * Writes an input CSV of `rows` rows and runs `sift batch in.csv --out out.csv --db …` in a child
 * process; with `interruptAfterMs` the child gets SIGINT then (it finishes the rows already read),
 * so a slow engine still yields a rate instead of a timeout. The output file is watched to time
 * the first screened rows, which separates start-up (the engine snapshot built when the store has
 * none, the workers started on it) from the steady rate.
 */
export async function runBatchChild(
  dir: string,
  dbPath: string,
  rows: number,
  names: readonly BatchName[],
  limits: { interruptAfterMs?: number; timeoutMs: number },
): Promise<BatchRun> {
  const inPath = join(dir, `in-${String(rows)}.csv`);
  const outPath = join(dir, `out-${String(rows)}.csv`);
  const input = await writeBatchCsv(inPath, rows, names);
  let firstOutputMs: number | undefined;
  let rowsAtFirstOutput = 0;
  let cpuAtFirstOutputMs = 0;
  const child = await runChild(
    process.execPath,
    ['bin/sift.js', 'batch', inPath, '--out', outPath, '--db', dbPath],
    {
      cwd: REPO_ROOT,
      timeoutMs: limits.timeoutMs,
      ...(limits.interruptAfterMs === undefined
        ? {}
        : { interruptAfterMs: limits.interruptAfterMs }),
      onSample: (elapsedMs, cpuMs) => {
        if (firstOutputMs !== undefined) return;
        // Rows go to <out>.partial-<pid> while the run lasts and are renamed onto <out> at its end.
        const written = writtenOutput(outPath);
        // The header is one short line; anything beyond it is screened rows.
        if (written === undefined || statSync(written).size <= OUTPUT_HEADER_BYTES) return;
        firstOutputMs = elapsedMs;
        cpuAtFirstOutputMs = cpuMs;
        rowsAtFirstOutput = Math.max(0, countLines(written) - 1);
      },
    },
  );
  const summary = /(Done|Stopped early): (\d+) rows/.exec(child.stderr);
  const rowsDone = summary === null ? 0 : Number(summary[2]);
  const run: BatchRun = {
    child,
    inBytes: input.bytes,
    outBytes: existsSync(outPath) ? statSync(outPath).size : 0,
    rowsDone,
    interrupted: summary?.[1] === 'Stopped early',
    rowsAtFirstOutput,
    cpuAtFirstOutputMs,
    ...(firstOutputMs === undefined ? {} : { firstOutputMs }),
  };
  const problem = await checkOutput(outPath, run.interrupted ? rowsDone : rows);
  if (problem !== undefined) run.outputProblem = problem;
  return run;
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
  if (count !== rows) return `${String(count)} output rows for ${String(rows)} rows`;
  return firstBad;
}

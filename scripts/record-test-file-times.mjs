// Preloaded (--import) by scripts/run-tests.mjs into every test file's process: when
// the process ends, appends one JSON line to $SIFT_TEST_TIMES_FILE with the file's wall time and
// CPU time, so that the runner can print the slowest files. CPU is what compares across runs on
// a shared machine; wall time alone mostly measures the other users' load. Plain JavaScript, not
// TypeScript: worker threads inherit the preload, and a worker started from a .js file has no
// TypeScript loader (a .ts preload made every batch and article worker fail to start).
import { appendFileSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

/**
 * One test file's times, as the runner reads them.
 * @typedef {{ file: string, wallMs: number, cpuMs: number, childCpuMs: number }} FileTimes
 * cpuMs is the test file's own process; childCpuMs the processes it started and waited for.
 */

const out = process.env.SIFT_TEST_TIMES_FILE;
const file = process.argv[1];
// Only the main thread of a test file's own process: worker threads inherit the preload, and the
// runner's parent process has no test file in argv[1]. The .mjs file is the runner's generated
// file that imports all the unit tests.
if (out !== undefined && isMainThread && /\.test\.m?[jt]s$/.test(file ?? '')) {
  const startedMs = Date.now() - performance.now();
  process.once('exit', () => {
    const usage = process.resourceUsage();
    /** @type {FileTimes} */
    const line = {
      file: relative(process.cwd(), file),
      wallMs: Math.round(Date.now() - startedMs),
      cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      childCpuMs: childrenCpuMs(),
    };
    appendFileSync(out, `${JSON.stringify(line)}\n`);
  });
}

/**
 * CPU time of the child processes this one has waited for (the `sift` commands a test runs, a
 * Chromium), from /proc; 0 where /proc is absent. A daemon that outlives its parent (PostgreSQL
 * started by pg_ctl) is not counted.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces, hence the last ')'): cutime and
    // cstime are the 14th and 15th of them, in clock ticks (100 per second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

// Runs node's test runner over an explicit, sorted list of test files.
// Node 20 given a directory or glob finds no .ts tests and still exits 0, so the list is built here
// and an empty list is a failure.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

let files = [...collect(join(root, 'src'), []).sort(), ...collect(join(root, 'test'), []).sort()];
if (only.length > 0) files = files.filter((f) => only.some((o) => f.includes(o)));
if (files.length === 0) {
  console.error('run-tests: no test files found; an empty test list is a failure.');
  process.exit(1);
}
// The CLI tests run `sift` as users do, from the compiled dist/: tsx compiling the sources in every
// spawned process cost 1.5 s of CPU each. dist/ is rebuilt first when any source is newer.
if (process.env.SIFT_TEST_FROM_SOURCE !== '1' && distIsStale()) {
  console.log(
    'run-tests: src/ changed since the last build; compiling dist/ (tsc, no type check)…',
  );
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--src-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    // Test files are not compiled, so a new or edited test does not make dist/ stale.
    if (!stat.isDirectory() && name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

function distIsStale() {
  const main = join(root, 'dist', 'cli', 'main.js');
  try {
    return newestMtime(join(root, 'src')) > statSync(main).mtimeMs;
  } catch {
    return true;
  }
}

// Each test file's process appends its wall and CPU time here (scripts/record-test-file-times.mjs), and
// the slowest files are printed before the closing summary, which stays the last thing printed.
const timesDir = mkdtempSync(join(tmpdir(), 'sift-test-times-'));
const timesFile = join(timesDir, 'times.jsonl');

// Two groups of files run in one process each, from a generated file that imports the group:
// - the unit tests beside the code (src/): in a process each, a file paid about 0.6 s of CPU to
//   start node, tsx and the modules it shares with the others, and the 75 files spent more on that
//   (104 s of CPU) than on their tests (26 s together);
// - the browser tests (test/browser/), which then share one Chromium (test/browser/web-setup.ts).
// The other test/ files (CLI, servers, PostgreSQL) keep a process each, as they start servers and
// programs of their own. Any file still runs alone: `node --import tsx --test <file>`. The groups
// go first, the longest first, so that the run ends on short files.
const GROUPS = [
  { prefix: 'test/browser/', name: 'browser-tests', what: 'browser test files' },
  { prefix: 'test/server/', name: 'server-tests', what: 'server test files' },
  { prefix: 'src/', name: 'unit-tests', what: 'unit test files' },
];
/** The generated file of each group that runs, and how the slowest-files list names it. */
const groupLabels = new Map();
const grouped = [];
for (const group of GROUPS) {
  const members = files.filter((f) => f.startsWith(group.prefix));
  if (members.length < 2) continue;
  const entry = join(timesDir, `${group.name}.test.mjs`);
  const imports = members.map(
    (f) => `import ${JSON.stringify(pathToFileURL(join(root, f)).href)};`,
  );
  writeFileSync(entry, `${imports.join('\n')}\n`);
  groupLabels.set(entry, `${group.prefix}… (${members.length} ${group.what}, one process)`);
  grouped.push(entry);
  files = files.filter((f) => !f.startsWith(group.prefix));
}
files = [...grouped, ...files];
const startedMs = Date.now();
const child = spawn(
  process.execPath,
  [
    ...['--import', 'tsx', '--import', join(root, 'scripts', 'record-test-file-times.mjs')],
    ...['--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  ],
  {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: {
      ...process.env,
      // The output is piped through here; keep the reporter's colours when the terminal has them.
      ...(process.stdout.isTTY && process.env.NO_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
      SIFT_TEST_COMPILED: process.env.SIFT_TEST_FROM_SOURCE === '1' ? '0' : '1',
      SIFT_TEST_TIMES_FILE: timesFile,
      // Where test files share what one process starts for the whole run: the PostgreSQL
      // server (test/support/postgres-server.ts), stopped below.
      SIFT_TEST_RUN_DIR: timesDir,
    },
  },
);
// The spec reporter's summary starts with "ℹ tests N" at the left margin (colour codes aside).
const SUMMARY_START = new RegExp(`^(?:${String.fromCharCode(27)}\\[[0-9;]*m)*ℹ tests \\d+`);
const held = [];
createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
  if (held.length > 0 || SUMMARY_START.test(line)) held.push(line);
  else process.stdout.write(`${line}\n`);
});
child.on('close', (code, signal) => {
  printSlowest();
  for (const line of held) process.stdout.write(`${line}\n`);
  cleanUp();
  process.exit(code ?? (signal === null ? 1 : 128));
});
// Interrupted, the test processes end with the runner; the shared server must not outlive them.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    child.kill(signal);
    cleanUp();
    process.exit(130);
  });
}

/** Stops the run's shared PostgreSQL server, if a test started one, and removes the run folder. */
function cleanUp() {
  try {
    const shared = JSON.parse(readFileSync(join(timesDir, 'postgres.json'), 'utf8'));
    if (shared.stop !== undefined) spawnSync(shared.stop[0], shared.stop[1], { stdio: 'ignore' });
    if (shared.dir !== undefined) rmSync(shared.dir, { recursive: true, force: true });
  } catch {
    // No test file needed PostgreSQL.
  }
  rmSync(timesDir, { recursive: true, force: true });
}

/** Prints the slowest test files by wall time, with their CPU time and the run's totals. */
function printSlowest() {
  let rows;
  try {
    rows = readFileSync(timesFile, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l));
  } catch {
    return;
  }
  const count = Number(process.env.SIFT_TEST_SLOWEST ?? 10);
  const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
  const cpu = (r) => r.cpuMs + r.childCpuMs;
  rows.sort((a, b) => b.wallMs - a.wallMs);
  console.log(`\nrun-tests: slowest ${Math.min(count, rows.length)} of ${rows.length} files`);
  console.log('  wall s  CPU s (own + children)  file');
  for (const r of rows.slice(0, count)) {
    console.log(
      `${seconds(r.wallMs)}  ${seconds(cpu(r))} (${seconds(r.cpuMs)} +${seconds(r.childCpuMs)})  ${groupLabels.get(resolve(root, r.file)) ?? r.file}`,
    );
  }
  const totalCpu = rows.reduce((sum, r) => sum + cpu(r), 0);
  console.log(
    `run-tests: ${seconds(Date.now() - startedMs).trim()} s wall, ${seconds(totalCpu).trim()} s CPU in test files and the processes they waited for\n`,
  );
}

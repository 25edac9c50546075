// Runs node's test runner over an explicit, sorted list of test files.
// Node 20 given a directory or glob finds no .ts tests and still exits 0, so the list is built here
// and an empty list is a failure.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

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

// test/ (end-to-end: CLI, servers, browsers, PostgreSQL; seconds to a minute each) runs before
// src/ (unit tests, milliseconds): with two files at a time, the long ones starting last made the
// run's tail one slow file long.
let files = [...collect(join(root, 'test'), []).sort(), ...collect(join(root, 'src'), []).sort()];
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

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      SIFT_TEST_COMPILED: process.env.SIFT_TEST_FROM_SOURCE === '1' ? '0' : '1',
    },
  },
);
process.exit(result.status ?? 1);

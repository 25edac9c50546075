#!/usr/bin/env node
// Runs the compiled JavaScript in dist/, built by `npm ci` (the `prepare` script) or `npm run
// build`: compiling TypeScript on every start cost 1.5–2.5 s of CPU. SIFT_FROM_SOURCE=1 runs src/
// through tsx instead (a development dependency), so tests exercise the sources as they are edited.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 first runs a regular expression on bytecode and compiles it to machine code on its second
// run, so one used twice is compiled twice. The article pipeline's expressions are large (Unicode
// classes, case-insensitive, bounded repeats: 3.4 MB of bytecode for one article) and mostly run
// more than once: compiling them once, to machine code, took `sift analyze` of the 10 KB example
// from 2.25 to 2.05 s of CPU (mean of 4 alternating runs each, same answers); `sift screen` is
// unchanged (0.68 / 0.69 s). The flag is process-wide, worker threads included.
setFlagsFromString('--no-regexp-tier-up');

const compiled = new URL('../dist/cli/main.js', import.meta.url);

if (process.env.SIFT_FROM_SOURCE === '1' || !existsSync(compiled)) {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error(
      'sift: the compiled program (dist/) is missing and tsx is not installed. Run `npm run build`.',
    );
    process.exit(1);
  }
  register();
  await import('../src/cli/main.ts');
} else {
  await import(compiled.href);
}

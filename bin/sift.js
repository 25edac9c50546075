#!/usr/bin/env node
// Runs the compiled JavaScript in dist/, built by `npm ci` (the `prepare` script) or `npm run
// build`: compiling TypeScript on every start cost 1.5–2.5 s of CPU. The build bundles the CLI
// into dist/bundle/ (scripts/bundle-cli.mjs: a few files load faster than ~220); without esbuild
// it runs the compiled tree dist/cli/main.js. SIFT_FROM_SOURCE=1 runs src/ through tsx instead (a
// development dependency), so tests exercise the sources as they are edited.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
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
  await import((existsSync(bundled) ? bundled : compiled).href);
}

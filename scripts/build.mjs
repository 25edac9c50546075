// Builds what `sift` runs: compiles src/ to dist/ with tsc (type checks are `npm run typecheck`'s
// job, so the emit skips them) and the analyst page (web/ → web/dist) with Vite. Run by
// `npm run build` and by the `prepare` hook, so `npm ci` leaves a runnable package. A production
// install without dev dependencies has no TypeScript: it keeps an existing dist/ and says so.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

if (existsSync(tsc)) {
  // A clean folder, so that a source file deleted since the last build leaves no module behind.
  rmSync(dist, { recursive: true, force: true });
  const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) process.exit(compiled.status ?? 1);
  // The name tables read at run time (names/load-table.ts) are not imports, so tsc does not copy
  // them: copy the whole data folder.
  cpSync(
    new URL('../src/names/data/', import.meta.url),
    new URL('../dist/names/data/', import.meta.url),
    {
      recursive: true,
      filter: (source) => !source.endsWith('.md'),
    },
  );
  // The tagger's weights are read at run time too (analysis/ner/tag-entities.ts).
  cpSync(
    new URL('../src/analysis/mentions/ner/ner-weights.json', import.meta.url),
    new URL('../dist/analysis/mentions/ner/ner-weights.json', import.meta.url),
  );
  // The hashes of the engine's and the article pipeline's code and tables that name snapshots, computed once here rather
  // than by every process at start (src/app/engine-snapshot.ts).
  const { writeCodeHashes } = await import(
    new URL('../dist/app/engine-snapshot.js', import.meta.url).href
  );
  writeCodeHashes();
  // What bin/sift.js runs: the CLI in a few files instead of ~220 (scripts/bundle-cli.mjs).
  const { bundleCli } = await import(new URL('./bundle-cli.mjs', import.meta.url).href);
  await bundleCli();
  // The bundled list's snapshot, so that a fresh install's first command does not build it.
  await import(new URL('./prebuild-snapshots.mjs', import.meta.url).href);
} else {
  console.warn(
    existsSync(new URL('../dist/cli/main.js', import.meta.url))
      ? 'build: TypeScript is not installed (production install); keeping the existing dist/.'
      : 'build: TypeScript is not installed, so src/ is not compiled; install dev dependencies and run `npm run build`.',
  );
}
// `--src-only` (the test runner's build) leaves the web page as it is.
if (process.argv.includes('--src-only')) process.exit(0);
const web = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('./build-web.mjs', import.meta.url))],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(web.status ?? 1);

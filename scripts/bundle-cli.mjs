// Bundles the compiled CLI (dist/cli/main.js and everything it imports, statically or on demand)
// into a few files in dist/bundle/, which bin/sift.js runs. Node 20's ESM loader spends ~1 ms of
// CPU per module file (resolve, open, read, compile, link, each step a promise): `sift screen`
// loaded ~220 files, and the bundle cut its CPU by about a quarter (docs/benchmarks.md). Code that
// a command loads on first use (the article pipeline, batch, the server, the list parsers) stays in
// chunks of its own, so a command still loads only what it runs. Packages stay external.
//
// Modules find their tables, worker entries and the prebuilt snapshots through `import.meta.url`:
// in the bundle each module's `import.meta.url` is rewritten to its own compiled file's URL, so
// every relative path still resolves from where tsc put the module (dist/ keeps the whole tree).
// Worker threads run the unbundled tree, as before.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outdir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));

/** Where a bundle file says which compiled modules each of its files holds (for tests). */
export const BUNDLE_INPUTS_FILE = 'inputs.json';

/** An esbuild plugin giving each compiled module its own `import.meta.url` inside the bundle. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(dist)) return undefined;
      const code = await readFile(path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outdir, path).split(sep).join('/');
      const ownUrl = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return {
        contents: code.replaceAll('import.meta.url', ownUrl),
        loader: 'js',
        resolveDir: dirname(path),
      };
    });
  },
};

/**
 * Writes dist/bundle/; false, with the reason printed, when esbuild is not installed (a
 * production install keeps whatever dist/ it has, and bin/sift.js then runs dist/cli/main.js).
 */
export async function bundleCli() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.warn('build: esbuild is not installed; sift runs the unbundled dist/cli/main.js.');
    return false;
  }
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))],
    outdir,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    plugins: [ownImportMetaUrl],
  });
  // For each output file, the compiled modules in it (paths relative to dist/; the metafile's are
  // relative to the working directory).
  const fromDist = (path) => relative(dist, resolve(root, path)).split(sep).join('/');
  const inputs = {};
  for (const [output, { inputs: parts }] of Object.entries(result.metafile.outputs))
    inputs[relative(outdir, resolve(root, output)).split(sep).join('/')] =
      Object.keys(parts).map(fromDist);
  await writeFile(resolve(outdir, BUNDLE_INPUTS_FILE), JSON.stringify(inputs));
  return true;
}

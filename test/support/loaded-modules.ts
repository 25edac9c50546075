import { readFileSync } from 'node:fs';

// A module log (log-modules.mjs) names the files the process loaded. A run of the bundled CLI
// (scripts/bundle-cli.mjs) loads bundle files, each holding several compiled modules: the build's
// inputs.json says which, so tests can ask about modules whichever way `sift` ran.

const BUNDLE_DIR = /^(file:\/\/.*\/dist\/)bundle\/([^/]+)$/;

/**
 * The modules a process loaded, by the URL of the compiled (or source) file each came from: a
 * bundle file stands for the compiled modules in it.
 */
export function readLoadedModules(logFile: string): string[] {
  const loaded: string[] = [];
  const inputsOf = new Map<string, Record<string, string[]>>();
  for (const url of readFileSync(logFile, 'utf8').split('\n').filter(Boolean)) {
    const bundled = BUNDLE_DIR.exec(url);
    if (bundled === null) {
      loaded.push(url);
      continue;
    }
    const [, dist, file] = bundled as unknown as [string, string, string];
    let inputs = inputsOf.get(dist);
    if (inputs === undefined) {
      inputs = JSON.parse(readFileSync(new URL('bundle/inputs.json', dist), 'utf8')) as Record<
        string,
        string[]
      >;
      inputsOf.set(dist, inputs);
    }
    const modules = inputs[file];
    if (modules === undefined) throw new Error(`${url} is not in the bundle's inputs.json.`);
    loaded.push(url, ...modules.map((module) => new URL(module, dist).href));
  }
  return loaded;
}

/** Whether a logged URL is a file of the bundled CLI (dist/bundle/). */
export function isBundleFile(url: string): boolean {
  return BUNDLE_DIR.test(url);
}

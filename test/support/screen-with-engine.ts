// Child process of the engine-snapshot golden test: opens a store, obtains the engine through
// loadEngine (from the snapshot the parent wrote), screens the names read from a JSON file, and
// prints how the engine was obtained and every result as JSON. A process of its own, so that no
// name analysis of the parent's build is cached when the snapshot is read.
import { readFileSync } from 'node:fs';
import { loadEngine } from '../../src/app/index.ts';
import { screenName } from '../../src/screening/index.ts';
import { SqliteStore } from '../../src/store/index.ts';

const [dbPath, snapshotDir, namesFile] = process.argv.slice(2) as [string, string, string];
const store = SqliteStore.open(dbPath);
const engine = await loadEngine(store, {
  dir: snapshotDir,
  log: (message) => process.stderr.write(`${message}\n`),
});
const names = JSON.parse(readFileSync(namesFile, 'utf8')) as string[];
const results = names.map((name) => screenName(engine.index, { name }));
process.stdout.write(JSON.stringify({ origin: engine.origin, results }));
await store.close();

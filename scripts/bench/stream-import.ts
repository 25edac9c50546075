import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  currentLoad,
  formatCount,
  formatMiB,
  formatSeconds,
  type BenchFigure,
} from './bench-figure.ts';
import { REPO_ROOT } from './ingest.ts';
import { writeSyntheticUnXml, type SyntheticFile } from './make-synthetic.ts';
import { runChild, type ChildRun } from './run-child.ts';

/** Peak RSS the import may reach, whatever the file size: bounded streaming. */
const PEAK_RSS_TARGET_BYTES = 300 * 1024 * 1024;

/** Options of the streaming-import bench. */
export interface StreamBenchOptions {
  /** Size of the synthetic file; 200 MB by default. */
  targetBytes?: number;
  /** The big import is killed after this long (the tenth-size one after a third of it). */
  timeoutMs?: number;
}

interface SyntheticImport {
  file: SyntheticFile;
  generateMs: number;
  child: ChildRun;
  entities: number;
  dbBytes: number;
}

/** Generates one synthetic file, imports it with the CLI in a child, then deletes both files. */
async function importSynthetic(
  tempDir: string,
  targetBytes: number,
  timeoutMs: number,
): Promise<SyntheticImport> {
  const generated = performance.now();
  const file = await writeSyntheticUnXml(
    join(tempDir, `synthetic-${targetBytes}.xml`),
    targetBytes,
  );
  const generateMs = performance.now() - generated;
  const dbPath = join(tempDir, `stream-${targetBytes}.db`);
  // The file is a UN list: it becomes the UN list's second version, after the bundled one an
  // empty store imports first (a list name of its own is refused for a un-xml file). Its
  // publication date may be older than the bundled file's, so --allow-older; the entity count
  // printed is that of the synthetic file alone.
  const child = await runChild(
    process.execPath,
    ['bin/sift.js', 'lists', 'import', file.path, '--db', dbPath, '--allow-older', '--json'],
    { cwd: REPO_ROOT, timeoutMs },
  );
  const match = /"entityCount":\s*(\d+)/.exec(child.stdout);
  const dbBytes = await stat(dbPath).then(
    (s) => s.size,
    () => 0,
  );
  await rm(file.path, { force: true });
  await rm(dbPath, { force: true });
  return { file, generateMs, child, entities: match === null ? 0 : Number(match[1]), dbBytes };
}

/**
 * Writes a ~200 MB synthetic UN XML into a temp folder and imports it into a fresh store with
 * `sift lists import` in a child process, sampling the child's peak RSS; a file a tenth the size
 * is imported first, so the growth of the peak with the file size shows whether it is bounded.
 */
export async function runStreamBench(options: StreamBenchOptions = {}): Promise<BenchFigure[]> {
  const targetBytes = options.targetBytes ?? 200 * 1000 * 1000;
  const timeoutMs = options.timeoutMs ?? 200_000;
  const tempDir = await mkdtemp(join(tmpdir(), 'sift-bench-stream-'));
  try {
    const small = await importSynthetic(tempDir, targetBytes / 10, timeoutMs / 3);
    const big = await importSynthetic(tempDir, targetBytes, timeoutMs);
    const load = currentLoad();
    const { file, child } = big;
    const sizeNote = `${formatCount(file.records)} INDIVIDUAL records, UN layout (generated in ${formatSeconds(big.generateMs)})`;
    if (child.exitCode !== 0 || small.child.exitCode !== 0) {
      const failed = child.exitCode !== 0 ? child : small.child;
      return [
        {
          section: 'stream',
          name: 'synthetic UN XML import (child process)',
          value: failed.timedOut ? 'timed out' : `failed (exit ${String(failed.exitCode)})`,
          target: `peak RSS < ${formatMiB(PEAK_RSS_TARGET_BYTES)}`,
          met: false,
          load,
          note: `${sizeNote}; ${failed.stderr.slice(-300)}`,
        },
      ];
    }
    const seconds = child.elapsedMs / 1000;
    const growth = child.peakRssBytes - small.child.peakRssBytes;
    const growthPer100MB = (growth / (file.bytes - small.file.bytes)) * 100 * 1000 * 1000;
    return [
      {
        section: 'stream',
        name: 'synthetic file size',
        value: formatMiB(file.bytes),
        target: '~200 MB',
        load,
        note: sizeNote,
      },
      {
        section: 'stream',
        name: 'import time (sift lists import, child)',
        value: formatSeconds(child.elapsedMs),
        target: '—',
        load,
        note: `CPU ${formatSeconds(child.cpuMs)}; includes node+tsx start-up, hashing the file and the bundled UN import of an empty store; store file ${formatMiB(big.dbBytes)}`,
      },
      {
        section: 'stream',
        name: 'import rate',
        value: `${formatCount(big.entities / seconds)} entities/s`,
        target: '—',
        load,
        note: `${formatCount(big.entities)} entities stored; ${(file.bytes / 1024 / 1024 / seconds).toFixed(1)} MiB/s`,
      },
      {
        section: 'stream',
        name: 'peak RSS of the import',
        value: formatMiB(child.peakRssBytes),
        target: `< ${formatMiB(PEAK_RSS_TARGET_BYTES)} (bounded)`,
        met: child.peakRssBytes > 0 && child.peakRssBytes < PEAK_RSS_TARGET_BYTES,
        load,
        note: `VmHWM sampled every 50 ms from /proc; file is ${formatMiB(file.bytes)}`,
      },
      {
        section: 'stream',
        name: 'peak RSS growth with file size',
        value: `${formatMiB(growthPer100MB)} per 100 MB`,
        target: '≈ 0 (bounded)',
        load,
        note: `${formatMiB(small.file.bytes)} file (${formatCount(small.entities)} entities, ${formatSeconds(small.child.elapsedMs)}) peaked at ${formatMiB(small.child.peakRssBytes)}`,
      },
    ];
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

// Makes the engine snapshot and article tables of the bundled UN list once, at build time, by
// running the built CLI against a new store in a temporary folder, and keeps them in
// dist/prebuilt-snapshots/ (src/app/prebuilt-snapshot.ts). A fresh install's first `sift screen`,
// `sift analyze` or `npm start` then copies them instead of spending ~2 s of CPU building them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/sift.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sift-prebuild-'));
try {
  const { prebuiltSnapshotDir } = await import(
    new URL('../dist/app/prebuilt-snapshot.js', import.meta.url).href
  );
  const target = prebuiltSnapshotDir();
  rmSync(target, { recursive: true, force: true });
  // The user's settings must not reach this store: only the bundled list, default paths.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('SIFT_')),
  );
  env.HOME = work;
  env.SIFT_DB = join(work, 'sift.db');
  const article = join(work, 'article.txt');
  writeFileSync(article, 'The minister said on Monday that the talks would go on.\n');
  for (const args of [
    ['screen', 'Sift build'],
    ['analyze', article],
  ]) {
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: work, env, encoding: 'utf8' });
    if (run.status !== 0)
      throw new Error(`sift ${args[0]} exited with ${run.status}: ${run.stderr.trim()}`);
  }
  const made = join(work, 'sift.db-snapshots');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(made))
    if (name.endsWith('.snap') || name.endsWith('.articles'))
      copyFileSync(join(made, name), join(target, name));
} catch (error) {
  // Without them every store builds its own, as before: slower first command, same answers.
  console.warn(`build: no prebuilt snapshots (${error instanceof Error ? error.message : error}).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLoadedModules } from '../support/loaded-modules.ts';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

const LOG_MODULES = fileURLToPath(new URL('../support/log-modules.mjs', import.meta.url));

// Issue #12: `sift analyze` of one article must start fast, and every module it loads costs start
// time. Batch screening, monitoring, the job queue and the server are other commands' work.
const NOT_FOR_ANALYZE = [
  /\/screening\/batch\//,
  /\/screening\/monitoring\//,
  /\/app\/(batch|monitoring|queue)-service\./,
  /\/app\/engine-source\./,
  /\/server\//,
  /\/node_modules\/(csv-parse|fastify|pg|pg-boss)\//,
];

describe('sift analyze', () => {
  const store = useTempStore('sift-analyze-modules-');

  it('loads no batch, monitoring, queue or server module', async () => {
    const article = join(store.dir, 'article.txt');
    writeFileSync(
      article,
      'Sirajuddin Haqqani said the talks had failed, according to a statement read in Kabul.\n',
    );
    const log = join(store.dir, 'modules.log');
    writeFileSync(log, '');
    const run = await runSift(['analyze', article, '--json'], {
      ...store.env,
      SIFT_MODULE_LOG: log,
      NODE_OPTIONS: `--import ${LOG_MODULES}`,
    });
    assert.equal(run.code, 0, run.stderr);
    // Compiled, `sift` runs the bundle (scripts/bundle-cli.mjs): its files stand for their modules.
    const loaded = readLoadedModules(log);
    // The log works: the command's own module and the article pipeline were recorded.
    assert.ok(
      loaded.some((url) => /\/cli\/analyze-command\./.test(url)),
      loaded.join('\n'),
    );
    assert.ok(loaded.some((url) => /\/analysis\/analyze-article\./.test(url)));
    const extra = loaded.filter((url) => NOT_FOR_ANALYZE.some((pattern) => pattern.test(url)));
    assert.deepEqual(extra, []);
  });
});

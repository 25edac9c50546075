// Builds the server over a throw-away store, writes its OpenAPI document and lints it with
// Redocly's CLI (recommended rules, plus redocly.yaml): `npm run lint:openapi`, part of
// `npm run check` and CI. Exits non-zero on any error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { buildServer } from '../../src/server/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sift-openapi-'));
try {
  const app = await openApp(
    loadConfig(
      { db: join(dir, 'sift.db') },
      {
        SIFT_KEYS_FILE: join(dir, 'keys.json'),
        SIFT_LOG_LEVEL: 'silent',
        SIFT_SNAPSHOT_DIR: 'none',
      },
    ),
  );
  const server = await buildServer(app);
  await server.ready();
  const file = process.argv[2] ?? join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(server.swagger(), null, 2));
  await server.close();
  await app.close();
  const redocly = new URL('../../node_modules/.bin/redocly', import.meta.url).pathname;
  const lint = spawnSync(redocly, ['lint', file, '--format=stylish'], {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  process.exitCode = lint.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

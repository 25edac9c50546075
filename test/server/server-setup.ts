import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openWiredApp, type OpenAppOptions, type WiredApp } from '../../src/app/open-app.ts';
import { loadConfig } from '../../src/config/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { copyStoreTemplate } from '../support/store-template.ts';

/** A server over a copy of the store template (the bundled UN list), built in-process for inject() tests. */
export interface TestServer {
  app: WiredApp;
  server: FastifyInstance;
  dir: string;
  close: () => Promise<void>;
}

/**
 * Starts a test server; `env` adds SIFT_* settings (keys file, limits); `options` adds to how the
 * app is opened (screen and audit threads as `sift serve` has them).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  dir = mkdtempSync(join(tmpdir(), 'sift-server-')),
  options: OpenAppOptions = {},
): Promise<TestServer> {
  await copyStoreTemplate(dir);
  const config = loadConfig(
    { db: join(dir, 'sift.db') },
    { SIFT_KEYS_FILE: join(dir, 'keys.json'), SIFT_LOG_LEVEL: 'silent', ...env },
  );
  const app = await openWiredApp(config, { articleWorker: true, ...options });
  const server = await buildServer(app);
  await app.screening.index();
  await server.ready();
  return {
    app,
    server,
    dir,
    close: async () => {
      await server.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

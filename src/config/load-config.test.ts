import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAppError } from '../core/index.ts';
import { defaultScreenThreads, loadConfig } from './load-config.ts';
import { settingsJsonSchema } from './settings-schema.ts';

describe('loadConfig', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sift-config-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function writeSettings(name: string, settings: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(settings));
    return path;
  }

  it('uses the defaults when there is no settings file and no environment', () => {
    const config = loadConfig({}, { HOME: dir });
    assert.equal(config.server.port, 8080);
    assert.equal(config.server.host, '127.0.0.1');
    assert.equal(config.server.logLevel, 'info');
    assert.equal(config.debug, false);
    assert.equal(config.settingsFile, undefined);
  });

  it('reads a settings file, resolving relative paths from its folder', () => {
    const file = writeSettings('a.json', {
      $schema: './sift.config.schema.json',
      db: 'data/sift.db',
      debug: true,
      listUrls: { un: 'http://mirror.example/un.xml' },
      server: { port: 9090, logLevel: 'warn', matchMaxNames: 10 },
    });
    const config = loadConfig({ config: file }, {});
    assert.equal(config.dbPath, join(dir, 'data', 'sift.db'));
    assert.equal(config.debug, true);
    assert.equal(config.listUrls.un, 'http://mirror.example/un.xml');
    assert.equal(config.server.port, 9090);
    assert.equal(config.server.logLevel, 'warn');
    assert.equal(config.server.matchMaxNames, 10);
    assert.equal(config.settingsFile, file);
  });

  it('lets the environment override the file, and flags override both', () => {
    const file = writeSettings('b.json', { db: '/srv/a.db', server: { port: 9090 } });
    const fromEnv = loadConfig({}, { SIFT_CONFIG: file, SIFT_PORT: '7070' });
    assert.equal(fromEnv.server.port, 7070);
    assert.equal(fromEnv.dbPath, '/srv/a.db');
    const fromFlags = loadConfig(
      { config: file, port: 6060, db: '/srv/b.db' },
      {
        SIFT_PORT: '7070',
      },
    );
    assert.equal(fromFlags.server.port, 6060);
    assert.equal(fromFlags.dbPath, '/srv/b.db');
  });

  it('rejects an unknown setting, naming it', () => {
    const file = writeSettings('c.json', { server: { prot: 1 } });
    assert.throws(
      () => loadConfig({ config: file }, {}),
      (error) => isAppError(error, 'CONFIG_INVALID') && /server\.prot/.test(error.message),
    );
  });

  it('rejects a value of the wrong type, naming the setting and what it must be', () => {
    const file = writeSettings('d.json', { server: { port: '80' } });
    assert.throws(
      () => loadConfig({ config: file }, {}),
      (error) =>
        isAppError(error, 'CONFIG_INVALID') && /server\.port.*whole number/.test(error.message),
    );
    const level = writeSettings('e.json', { server: { logLevel: 'loud' } });
    assert.throws(
      () => loadConfig({ config: level }, {}),
      (error) => isAppError(error, 'CONFIG_INVALID') && /one of fatal/.test(error.message),
    );
  });

  it('rejects a file that is not JSON, and a named file that does not exist', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ port: 1 ');
    assert.throws(
      () => loadConfig({ config: bad }, {}),
      (e) => isAppError(e, 'CONFIG_INVALID'),
    );
    assert.throws(
      () => loadConfig({}, { SIFT_CONFIG: join(dir, 'missing.json') }),
      (e) => isAppError(e, 'CONFIG_INVALID') && /does not exist/.test(e.message),
    );
  });

  it('rejects a bad number in the environment', () => {
    assert.throws(
      () => loadConfig({}, { SIFT_BATCH_MAX_ROWS: 'many' }),
      (e) => isAppError(e, 'CONFIG_INVALID') && /SIFT_BATCH_MAX_ROWS/.test(e.message),
    );
  });

  it('reads the staleness age from the file or the environment, 7 days by default', () => {
    assert.equal(loadConfig({}, { HOME: dir }).staleAfterMs, 7 * 86_400_000);
    const file = writeSettings('stale.json', { staleAfter: '2d' });
    assert.equal(loadConfig({ config: file }, {}).staleAfterMs, 2 * 86_400_000);
    assert.equal(
      loadConfig({ config: file }, { SIFT_STALE_AFTER: '12h' }).staleAfterMs,
      12 * 3_600_000,
    );
    assert.equal(loadConfig({}, { SIFT_STALE_AFTER: 'off' }).staleAfterMs, 0);
    assert.throws(
      () => loadConfig({}, { SIFT_STALE_AFTER: 'a week' }),
      (e) => isAppError(e, 'CONFIG_INVALID') && /SIFT_STALE_AFTER/.test(e.message),
    );
  });

  it('screens on one thread fewer than the cores by default, at least one, and 0 when asked', () => {
    assert.equal(defaultScreenThreads(2), 1);
    assert.equal(defaultScreenThreads(1), 1);
    assert.equal(defaultScreenThreads(8), 7);
    assert.equal(loadConfig({}, { HOME: dir }).server.screenThreads, defaultScreenThreads());
    assert.equal(loadConfig({}, { SIFT_SCREEN_THREADS: '0' }).server.screenThreads, 0);
  });

  it('keeps docs/sift.config.schema.json in step with the settings table', () => {
    const documented: unknown = JSON.parse(
      readFileSync(new URL('../../docs/sift.config.schema.json', import.meta.url), 'utf8'),
    );
    assert.deepEqual(documented, settingsJsonSchema());
  });
});

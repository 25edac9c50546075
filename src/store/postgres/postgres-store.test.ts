import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { createServer } from 'node:net';
import pg from 'pg';
import { newEntity, type ListEntity, type Schema } from '../../core/index.ts';
import { runStoreContract } from '../../../test/store/store-contract.ts';
import {
  POSTGRES_MISSING,
  startPostgresServer,
  type PostgresServer,
} from '../../../test/support/postgres-server.ts';
import { POSTGRES_MIGRATIONS } from './postgres-schema.ts';
import { PostgresStore } from './postgres-store.ts';

function entity(reference: string, schema: Schema = 'Person'): ListEntity {
  const made = newEntity('un', reference, schema, `NAME ${reference}`);
  made.names.push({ full: made.caption, kind: 'primary' });
  return made;
}

const start = { list: 'un', sha256: 'sha-1', format: 'un-xml', fileName: 'un.xml' } as const;
const finish = { recordCount: 0, skippedCount: 0, issues: [] };

async function rawQuery<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgresStore', { skip: POSTGRES_MISSING }, () => {
  let server: PostgresServer;
  before(async () => {
    server = await startPostgresServer();
  });
  after(async () => {
    // Unset when the server failed to start; that failure is the one reported.
    if ((server as PostgresServer | undefined) !== undefined) await server.stop();
  });

  runStoreContract('postgres', async () => PostgresStore.open(await server.createDatabase()));

  it('writes a large import in batches and loads it back in code-point order', async () => {
    const store = await PostgresStore.open(await server.createDatabase());
    try {
      // Mixed case: a database collation other than "C" would sort 'a' before 'B'.
      const references = Array.from({ length: 2345 }, (_, i) => `${i % 2 ? 'a' : 'B'}${i * 7919}`);
      const schemas: Schema[] = ['Person', 'Organization', 'Vessel'];
      const entities = references.map((ref, i) => entity(ref, schemas[i % 3]));
      const session = await store.beginImport(start);
      for (const [i, e] of entities.entries()) {
        session.add(e);
        // Yield now and then, as a streaming parser does between chunks of the file.
        if (i % 200 === 0) await delay(0);
      }
      const version = await session.commit({ ...finish, recordCount: entities.length });
      assert.equal(version.entityCount, entities.length);
      const expectedCounts: Partial<Record<Schema, number>> = {};
      for (const e of entities) expectedCounts[e.schema] = (expectedCounts[e.schema] ?? 0) + 1;
      assert.deepEqual(version.countsBySchema, expectedCounts);
      const loaded = await store.loadEntities('un', 1);
      assert.deepEqual(
        loaded.map((e) => e.id),
        entities.map((e) => e.id).sort(),
      );
      const sample = entities[1234]!;
      assert.deepEqual(
        loaded.find((e) => e.id === sample.id),
        sample,
      );
    } finally {
      await store.close();
    }
  });

  it('refuses an id seen in an earlier batch at the record that repeats it', async () => {
    const store = await PostgresStore.open(await server.createDatabase());
    try {
      const session = await store.beginImport(start);
      for (let i = 0; i < 1200; i += 1) session.add(entity(`R${i}`));
      await delay(50);
      assert.throws(
        () => {
          session.add(entity('R7'));
        },
        { code: 'INGEST_PARSE_FAILED' },
      );
      await session.abort();
      assert.deepEqual(await store.listVersions(), []);
    } finally {
      await store.close();
    }
  });

  it('shows nothing of an import before commit and rolls back flushed rows on abort', async () => {
    const url = await server.createDatabase();
    const store = await PostgresStore.open(url);
    try {
      const session = await store.beginImport(start);
      for (let i = 0; i < 1600; i += 1) session.add(entity(`R${i}`));
      await delay(100);
      const during = await rawQuery<{ n: string }>(url, 'SELECT count(*) AS n FROM entities');
      assert.equal(during[0]?.n, '0');
      await session.abort();
      const rows = await rawQuery<{ versions: string; entities: string; open: string }>(
        url,
        `SELECT (SELECT count(*) FROM list_versions) AS versions,
                (SELECT count(*) FROM entities) AS entities,
                (SELECT count(*) FROM pg_stat_activity
                   WHERE state LIKE 'idle in transaction%') AS open`,
      );
      assert.deepEqual(rows[0], { versions: '0', entities: '0', open: '0' });
    } finally {
      await store.close();
    }
  });

  it('lets one process at a time import a list, and others import other lists', async () => {
    const url = await server.createDatabase();
    const first = await PostgresStore.open(url);
    const second = await PostgresStore.open(url);
    try {
      const running = await first.beginImport(start);
      running.add(entity('A1'));
      await assert.rejects(second.beginImport({ ...start, sha256: 'sha-2' }), {
        code: 'STORE_UNAVAILABLE',
        message: /Another import of list un is running/,
      });
      const other = await second.beginImport({ ...start, list: 'ofac', format: 'ofac-csv' });
      other.add(newEntity('ofac', '36', 'Organization', 'AEROCARIBBEAN AIRLINES'));
      assert.equal((await other.commit(finish)).version, 1);
      assert.equal((await running.commit(finish)).version, 1);
      const next = await second.beginImport({ ...start, sha256: 'sha-2' });
      assert.equal((await next.commit(finish)).version, 2);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('migrates a fresh database once when several processes open it at the same time', async () => {
    const url = await server.createDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => PostgresStore.open(url)));
    await Promise.all(stores.map((s) => s.close()));
    const again = await PostgresStore.open(url);
    await again.close();
    const steps = await rawQuery<{ step: number }>(
      url,
      'SELECT step FROM schema_migrations ORDER BY step',
    );
    assert.deepEqual(
      steps.map((s) => s.step),
      POSTGRES_MIGRATIONS.map((_, i) => i),
    );
  });

  it('fails the import when its connection is lost while batches are written', async () => {
    const url = await server.createDatabase();
    const store = await PostgresStore.open(url);
    try {
      const session = await store.beginImport(start);
      session.add(entity('R0'));
      await rawQuery(
        url,
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE state LIKE 'idle in transaction%' AND datname = current_database()`,
      );
      for (let i = 1; i < 600; i += 1) session.add(entity(`R${i}`));
      await delay(100);
      assert.throws(
        () => {
          session.add(entity('R600'));
        },
        { code: 'STORE_UNAVAILABLE' },
      );
      await assert.rejects(session.commit(finish), { code: 'STORE_UNAVAILABLE' });
      // The store itself carries on with fresh connections.
      assert.deepEqual(await store.listVersions(), []);
    } finally {
      await store.close();
    }
  });

  it('reports an unreachable server as STORE_UNAVAILABLE without its password', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => {
          resolve(typeof address === 'object' && address !== null ? address.port : 1);
        });
      });
    });
    const opening = PostgresStore.open(`postgres://sift:s3cret@127.0.0.1:${port}/sift`);
    await assert.rejects(opening, (error: Error & { code?: string }) => {
      assert.equal(error.code, 'STORE_UNAVAILABLE');
      assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port}/sift`));
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isAppError } from '../core/index.ts';
import { findApiCaller } from './api-keys.ts';
import { createKeysService, type KeysService } from './keys-service.ts';

describe('the keys service', () => {
  let dir: string;
  let keys: KeysService;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sift-keys-'));
    keys = createKeysService(join(dir, 'keys.json'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists no key while the file does not exist', () => {
    assert.deepEqual(keys.list(), []);
  });

  it('adds a key, shows it once, and keeps only its hash', () => {
    const key = keys.add('bank-app', { admin: false });
    assert.match(key, /^sift_[\w-]{43}$/);
    const [listed] = keys.list();
    assert.deepEqual(Object.keys(listed ?? {}).sort(), ['admin', 'created', 'id']);
    assert.equal(listed?.id, 'bank-app');
    assert.equal(listed?.admin, false);
    assert.ok(!readFileSync(keys.file, 'utf8').includes(key), 'the key itself is not stored');
  });

  it('gives the server a ring that knows the added key and its role', () => {
    const admin = keys.add('ops', { admin: true });
    const ring = keys.ring();
    assert.equal(ring.required(), true);
    assert.deepEqual(findApiCaller(ring.current(), admin), { id: 'ops', admin: true });
    assert.equal(findApiCaller(ring.current(), `${admin}x`), undefined);
  });

  it('refuses a second key with the same id and an id with spaces', () => {
    keys.add('crm', { admin: false });
    const invalid = (error: unknown): boolean =>
      isAppError(error) && error.code === 'QUERY_INVALID';
    assert.throws(() => keys.add('crm', { admin: true }), invalid);
    assert.throws(() => keys.add('two words', { admin: false }), invalid);
  });

  it('revokes a key by its id, and says NOT_FOUND for an id it does not have', () => {
    keys.add('crm', { admin: false });
    keys.add('ops', { admin: true });
    assert.equal(keys.revoke('crm').id, 'crm');
    assert.deepEqual(
      keys.list().map((k) => k.id),
      ['ops'],
    );
    assert.throws(
      () => keys.revoke('crm'),
      (error: unknown) => isAppError(error) && error.code === 'NOT_FOUND',
    );
  });
});

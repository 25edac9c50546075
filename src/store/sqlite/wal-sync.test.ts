import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWalSync } from './wal-sync.ts';

/** An fsync that holds each call until the test ends it. */
function heldFsync(): {
  calls: ((error: Error | null) => void)[];
  fsync: (fd: number, done: (error: Error | null) => void) => void;
} {
  const calls: ((error: Error | null) => void)[] = [];
  return { calls, fsync: (_fd, done) => calls.push(done) };
}

/** Which of the promises have settled, after the microtasks queued so far ran. */
async function settled(promises: Promise<unknown>[]): Promise<string[]> {
  const states = promises.map(() => 'pending');
  promises.forEach((p, i) => {
    p.then(
      () => (states[i] = 'resolved'),
      () => (states[i] = 'rejected'),
    );
  });
  await new Promise((r) => setImmediate(r));
  return states;
}

describe('createWalSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-wal-sync-'));
  const wal = join(dir, 'store.db-wal');
  writeFileSync(wal, 'frames');

  it('runs one fsync at a time, and the syncs asked for while it runs share the next one', async () => {
    const held = heldFsync();
    const sync = createWalSync(wal, held.fsync);
    const first = sync.sync();
    const during = [sync.sync(), sync.sync(), sync.sync()];
    assert.equal(held.calls.length, 1);
    assert.deepEqual(await settled([first, ...during]), [
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    held.calls[0]!(null);
    // The first caller is answered; the later ones wait for an fsync begun after their writes.
    assert.deepEqual(await settled([first, ...during]), [
      'resolved',
      'pending',
      'pending',
      'pending',
    ]);
    assert.equal(held.calls.length, 2);
    held.calls[1]!(null);
    assert.deepEqual(await settled(during), ['resolved', 'resolved', 'resolved']);
    assert.equal(held.calls.length, 2);
    sync.close();
  });

  it('fails the callers of a failed fsync and goes on with the next', async () => {
    const held = heldFsync();
    const sync = createWalSync(wal, held.fsync);
    const first = sync.sync();
    const second = sync.sync();
    held.calls[0]!(new Error('EIO'));
    await assert.rejects(first, /EIO/);
    held.calls[1]!(null);
    await second;
    sync.close();
  });

  it('fails the sync when the WAL file cannot be opened', async () => {
    const sync = createWalSync(join(dir, 'missing-wal'));
    await assert.rejects(sync.sync(), /ENOENT/);
  });

  it('syncs a real file', async () => {
    const sync = createWalSync(wal);
    await Promise.all([sync.sync(), sync.sync()]);
    sync.syncNow();
    sync.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AuditEntry } from '../store/index.ts';
import { createAuditQueue } from './audit-queue.ts';

function entry(caller: string): AuditEntry {
  return {
    caller,
    kind: 'screen',
    input: { name: caller },
    lists: [],
    engine: 'test-1',
    settingsHash: 'abc',
    results: [],
  };
}

/** An audit log whose appends end only when the test says so, as a slow disk would. */
function heldAudit(): {
  append(entries: readonly AuditEntry[]): Promise<void>;
  calls: string[][];
  finish(index: number, error?: Error): void;
} {
  const calls: string[][] = [];
  const endings: ((error?: Error) => void)[] = [];
  return {
    calls,
    append: (entries) => {
      calls.push(entries.map((e) => e.caller));
      return new Promise<void>((resolve, reject) => {
        endings.push((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      });
    },
    finish: (index, error) => {
      endings[index]?.(error);
    },
  };
}

describe('createAuditQueue', () => {
  it('commits entries of one turn together', async () => {
    const audit = heldAudit();
    const append = createAuditQueue(audit);
    const done = [append(entry('a')), append(entry('b'))];
    await nextTurn();
    assert.deepEqual(audit.calls, [['a', 'b']]);
    audit.finish(0);
    await Promise.all(done);
  });

  it('holds entries that arrive while an append waits for the disk, and commits them in one next append', async () => {
    const audit = heldAudit();
    const append = createAuditQueue(audit);
    const settled: string[] = [];
    const track = (caller: string): Promise<void> =>
      append(entry(caller)).then(() => {
        settled.push(caller);
      });
    const first = track('a');
    await nextTurn();
    const later = [track('b')];
    await nextTurn();
    later.push(track('c'));
    await nextTurn();
    assert.deepEqual(audit.calls, [['a']], 'no second append while the first is not durable');
    assert.deepEqual(settled, []);
    audit.finish(0);
    await first;
    assert.deepEqual(settled, ['a']);
    assert.deepEqual(audit.calls, [['a'], ['b', 'c']]);
    await nextTurn();
    assert.deepEqual(settled, ['a'], 'the held entries wait for their own append');
    audit.finish(1);
    await Promise.all(later);
    assert.deepEqual(settled, ['a', 'b', 'c']);
  });

  it('fails the entries of a failed append only, and goes on with the next', async () => {
    const audit = heldAudit();
    const append = createAuditQueue(audit);
    const failing = append(entry('a'));
    await nextTurn();
    const next = append(entry('b'));
    audit.finish(0, new Error('disk full'));
    await assert.rejects(failing, /disk full/);
    await nextTurn();
    assert.deepEqual(audit.calls, [['a'], ['b']]);
    audit.finish(1);
    await next;
  });
});

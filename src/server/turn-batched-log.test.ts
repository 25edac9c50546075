import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createTurnBatchedLog } from './turn-batched-log.ts';

describe('createTurnBatchedLog', () => {
  it('writes the lines of one event-loop turn in one write, in order, at the end of the turn', async () => {
    const writes: string[] = [];
    const log = createTurnBatchedLog({ write: (text) => writes.push(text) });
    log.write('{"msg":"incoming request"}\n');
    log.write('{"msg":"request completed"}\n');
    assert.deepEqual(writes, []);
    await nextTurn();
    assert.deepEqual(writes, ['{"msg":"incoming request"}\n{"msg":"request completed"}\n']);
    log.write('{"msg":"next"}\n');
    await nextTurn();
    assert.deepEqual(writes.slice(1), ['{"msg":"next"}\n']);
  });

  it('writes what waits at once when flushed, and nothing when nothing waits', async () => {
    const writes: string[] = [];
    const log = createTurnBatchedLog({ write: (text) => writes.push(text) });
    log.write('a\n');
    log.flush();
    assert.deepEqual(writes, ['a\n']);
    await nextTurn();
    log.flush();
    assert.deepEqual(writes, ['a\n']);
  });
});

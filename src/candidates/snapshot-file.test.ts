import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isOlderFormat, SnapshotInvalidError } from './snapshot-file.ts';

describe('snapshot format tags', () => {
  it('tells an earlier version of the same format from another or a later one', () => {
    assert.equal(isOlderFormat('sift-snapshot-3', 'sift-snapshot-4'), true);
    assert.equal(isOlderFormat('sift-snapshot-4', 'sift-snapshot-4'), false);
    assert.equal(isOlderFormat('sift-snapshot-5', 'sift-snapshot-4'), false);
    assert.equal(isOlderFormat('sift-articles-1', 'sift-snapshot-4'), false);
    assert.equal(isOlderFormat('sift-snapshot-x', 'sift-snapshot-4'), false);
    assert.equal(isOlderFormat(undefined, 'sift-snapshot-4'), false);
  });

  it('words each reason for a log line', () => {
    const words = (['truncated', 'corrupt', 'stale', 'older-format'] as const).map(
      (reason) => new SnapshotInvalidError(reason, '').wording,
    );
    assert.deepEqual(words, ['truncated', 'corrupt', 'stale', 'of an older format']);
  });
});

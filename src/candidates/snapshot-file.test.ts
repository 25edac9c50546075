import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSource } from './snapshot-source.ts';
import {
  isOlderFormat,
  SnapshotInvalidError,
  SnapshotReader,
  SnapshotWriter,
  withSnapshotMeta,
} from './snapshot-file.ts';

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

describe('withSnapshotMeta', () => {
  const writer = new SnapshotWriter();
  writer.add('numbers', Int32Array.from([3, 1, 4, 1, 5]));
  writer.addStrings('names', ['ghani', 'baradar']);
  writer.addRecords('records', [Buffer.from('{"a":1}'), Buffer.from('{"b":2}')]);
  const original = writer.finish({ key: 'k', importedAt: '2026-01-01T00:00:00.000Z' });

  it('replaces the header meta and keeps every section as it was', () => {
    const changed = withSnapshotMeta(original, (meta) => ({
      ...(meta as object),
      importedAt: '2026-12-06T04:51:44.760Z, a longer header than before',
    }));
    const reader = new SnapshotReader(changed);
    reader.verify(true);
    assert.deepEqual(reader.meta, {
      key: 'k',
      importedAt: '2026-12-06T04:51:44.760Z, a longer header than before',
    });
    assert.deepEqual([...reader.int32('numbers')], [3, 1, 4, 1, 5]);
    assert.deepEqual(reader.strings('names'), ['ghani', 'baradar']);
    const records = reader.records('records');
    assert.equal(records.read(1).toString(), '{"b":2}');
  });

  it('refuses damaged bytes instead of passing them on', () => {
    const damaged = Buffer.from(original);
    damaged[damaged.length - 3]! ^= 0xff;
    assert.throws(
      () => withSnapshotMeta(damaged, (meta) => meta),
      (error) => error instanceof SnapshotInvalidError && error.reason === 'corrupt',
    );
  });
});

describe('SnapshotReader.verify on a file', () => {
  const writer = new SnapshotWriter();
  writer.add(
    'numbers',
    Int32Array.from({ length: 5000 }, (_, i) => i * 7),
  );
  writer.addStrings('names', ['ghani', 'baradar', 'haqqani']);
  const bytes = writer.finish({ key: 'k' });
  const dir = mkdtempSync(join(tmpdir(), 'sift-verify-'));
  const path = join(dir, 'test.snap');
  writeFileSync(path, bytes);
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('checks the sections without reading them into memory, which later reads use as checked', () => {
    const reader = new SnapshotReader(fileSource(path));
    reader.verify(true);
    assert.equal(reader.bytesRead().read, 0);
    assert.equal(reader.int32('numbers')[4999], 4999 * 7);
    assert.deepEqual(reader.strings('names'), ['ghani', 'baradar', 'haqqani']);
  });

  it('still finds a damaged section of a file at load', () => {
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 40]! ^= 0x01;
    const damagedPath = join(dir, 'damaged.snap');
    writeFileSync(damagedPath, damaged);
    const reader = new SnapshotReader(fileSource(damagedPath));
    assert.throws(
      () => reader.verify(false),
      (error) => error instanceof SnapshotInvalidError && error.reason === 'corrupt',
    );
  });
});

describe('SnapshotReader.readAhead', () => {
  const writer = new SnapshotWriter();
  writer.add('first', Int32Array.from([2, 7, 1, 8]));
  writer.addRecords('records', [Buffer.from('{"a":1}'), Buffer.from('{"b":2}')]);
  writer.add(
    'numbers',
    Int32Array.from({ length: 5000 }, (_, i) => i * 3),
  );
  writer.addStrings('names', ['ghani', 'baradar', 'haqqani']);
  const bytes = writer.finish({ key: 'k' });
  const dir = mkdtempSync(join(tmpdir(), 'sift-read-ahead-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A file source that counts its synchronous reads. */
  function countedSource(name: string, data: Uint8Array) {
    const path = join(dir, name);
    writeFileSync(path, data);
    const source = fileSource(path);
    const counted = { ...source, reads: 0 };
    counted.read = (offset: number, length: number) => {
      counted.reads += 1;
      return source.read(offset, length);
    };
    return counted;
  }

  it('reads every table not read yet, so that using them later reads nothing more', async () => {
    const source = countedSource('ahead.snap', bytes);
    const reader = new SnapshotReader(source);
    reader.verify(false);
    assert.deepEqual([...reader.int32('first')], [2, 7, 1, 8]);
    const readsBefore = source.reads;
    await reader.readAhead();
    assert.equal(reader.int32('numbers')[4999], 4999 * 3);
    assert.deepEqual(reader.strings('names'), ['ghani', 'baradar', 'haqqani']);
    assert.equal(source.reads, readsBefore);
    // Entity records stay on disk until a query reaches one.
    assert.equal(reader.records('records').read(1).toString(), '{"b":2}');
    assert.equal(source.reads, readsBefore + 1);
  });

  it('leaves a damaged table unread, for its own read to report', async () => {
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 40]! ^= 0x01;
    const reader = new SnapshotReader(countedSource('damaged-ahead.snap', damaged));
    await reader.readAhead();
    assert.throws(
      () => reader.strings('names'),
      (error) => error instanceof SnapshotInvalidError && error.reason === 'corrupt',
    );
  });
});

describe('SnapshotWriter.finishTo', () => {
  it('writes to a file, section by section, the bytes finish returns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-finish-to-'));
    try {
      const writer = new SnapshotWriter();
      writer.addStrings('names', ['ghani', 'baradar', 'ṣāliḥ']);
      // A section whose length is not a multiple of 8: the file ends in its padding.
      writer.add('flags', Uint8Array.from([1, 2, 3]));
      writer.addRecords('records', [Buffer.from('{"a":1}'), Buffer.from('{"b":22}')]);
      writer.add('numbers', Int32Array.from([3, 1, 4]));
      const path = join(dir, 'k.snap');
      writer.finishTo(path, { key: 'k' });
      assert.ok(readFileSync(path).equals(writer.finish({ key: 'k' })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SnapshotWriter with a spool file', () => {
  it('writes the bytes a writer in memory writes, records appended one at a time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-spool-'));
    try {
      // Records of 300 kB and one of 1.5 MB: the spool's 1 MB buffer is flushed, and skipped.
      const records = [0, 1, 2, 3, 4, 5].map((i) =>
        Buffer.alloc(i === 4 ? 1_500_000 : 300_001 + i, 97 + i),
      );
      const fill = (writer: SnapshotWriter, appendOneByOne: boolean): void => {
        if (appendOneByOne) {
          const appender = writer.beginRecords('records');
          for (const record of records) appender.append(record);
          appender.end();
        } else writer.addRecords('records', records);
        writer.addStrings('names', ['ghani', 'baradar', 'ṣāliḥ']);
        writer.add('flags', Uint8Array.from([1, 2, 3]));
        writer.add('numbers', Int32Array.from([3, 1, 4]));
      };
      const inMemory = new SnapshotWriter();
      fill(inMemory, false);
      const expected = inMemory.finish({ key: 'k' });
      const spooled = new SnapshotWriter(join(dir, 'k.spool'));
      try {
        fill(spooled, true);
        const path = join(dir, 'k.snap');
        spooled.finishTo(path, { key: 'k' });
        assert.ok(readFileSync(path).equals(expected));
        assert.ok(spooled.finish({ key: 'k' }).equals(expected));
        const reader = new SnapshotReader(expected);
        reader.verify(true);
        assert.ok(reader.records('records').read(4).equals(records[4]!));
      } finally {
        spooled.dispose();
      }
      assert.equal(existsSync(join(dir, 'k.spool')), false, 'dispose deletes the spool');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newEntity } from '../core/index.ts';
import { createEntitySink } from './entity-sink.ts';

describe('createEntitySink', () => {
  it('keeps the first of two records with one reference and reports the second', () => {
    const sink = createEntitySink('un');
    sink.add(newEntity('un', 'A', 'Person', 'ANA'), 3);
    sink.add(newEntity('un', 'A', 'Person', 'ANA AGAIN'), 9);
    sink.add(undefined, 12);
    const result = sink.finish('2026-01-02');
    assert.deepEqual(
      result.entities.map((e) => e.caption),
      ['ANA'],
    );
    assert.deepEqual(result.meta, {
      list: 'un',
      recordCount: 3,
      skippedCount: 2,
      published: '2026-01-02',
    });
    assert.deepEqual(
      result.issues.map((i) => [i.code, i.line, i.record]),
      [['DUPLICATE_REFERENCE', 9, 'A']],
    );
  });

  it('streams entities to onEntity and keeps none', () => {
    const seen: string[] = [];
    const sink = createEntitySink('ofac', { onEntity: (e) => seen.push(e.id) });
    sink.add(newEntity('ofac', '36', 'Organization', 'AEROCARIBBEAN AIRLINES'));
    assert.deepEqual(seen, ['ofac:36']);
    assert.deepEqual(sink.finish().entities, []);
  });
});

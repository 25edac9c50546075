import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAnswerCache, type CachedAnswer } from './answer-cache.ts';

function answerFor(name: string, padding = 0): CachedAnswer {
  return {
    json: JSON.stringify({ name, padding: 'x'.repeat(padding) }),
    audit: { input: { name }, lists: [], engine: 'e', settingsHash: 'h', results: [] },
  };
}

describe('answer cache', () => {
  it('gives the answer kept for the same query on the same engine, and none on another engine', () => {
    const cache = createAnswerCache();
    const answer = answerFor('Anna Kowalska');
    cache.set('engine-1', { name: 'Anna Kowalska' }, answer);
    assert.equal(cache.get('engine-1', { name: 'Anna Kowalska' }), answer);
    assert.equal(cache.get('engine-1', { name: 'Anna Kowalska', threshold: 0.9 }), undefined);
    assert.equal(cache.get('engine-2', { name: 'Anna Kowalska' }), undefined);
  });

  it('empties when answers of another engine are kept', () => {
    const cache = createAnswerCache();
    cache.set('engine-1', { name: 'Wei Zhang' }, answerFor('Wei Zhang'));
    cache.set('engine-2', { name: 'Rosneft' }, answerFor('Rosneft'));
    assert.equal(cache.get('engine-1', { name: 'Wei Zhang' }), undefined);
    assert.equal(cache.get('engine-2', { name: 'Wei Zhang' }), undefined);
    assert.ok(cache.get('engine-2', { name: 'Rosneft' }) !== undefined);
  });

  it('drops the least recently used answer past its count', () => {
    const cache = createAnswerCache(2);
    cache.set('e', { name: 'a' }, answerFor('a'));
    cache.set('e', { name: 'b' }, answerFor('b'));
    assert.ok(cache.get('e', { name: 'a' }) !== undefined);
    cache.set('e', { name: 'c' }, answerFor('c'));
    assert.equal(cache.get('e', { name: 'b' }), undefined);
    assert.ok(cache.get('e', { name: 'a' }) !== undefined);
    assert.ok(cache.get('e', { name: 'c' }) !== undefined);
  });

  it('keeps no answer for a cycle of queries longer than it holds', () => {
    const cache = createAnswerCache(3);
    const names = ['a', 'b', 'c', 'd'];
    let hits = 0;
    for (let round = 0; round < 3; round++) {
      for (const name of names) {
        if (cache.get('e', { name }) !== undefined) hits++;
        else cache.set('e', { name }, answerFor(name));
      }
    }
    assert.equal(hits, 0);
  });

  it('drops answers past its size in characters, and never keeps one larger than that', () => {
    const cache = createAnswerCache(100, 300);
    cache.set('e', { name: 'a' }, answerFor('a', 100));
    cache.set('e', { name: 'b' }, answerFor('b', 100));
    cache.set('e', { name: 'c' }, answerFor('c', 100));
    assert.equal(cache.get('e', { name: 'a' }), undefined);
    assert.ok(cache.get('e', { name: 'c' }) !== undefined);
    cache.set('e', { name: 'huge' }, answerFor('huge', 400));
    assert.equal(cache.get('e', { name: 'huge' }), undefined);
    assert.ok(cache.get('e', { name: 'c' }) !== undefined);
  });
});

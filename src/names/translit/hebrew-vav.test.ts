import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanizeHebrewWord } from './hebrew.ts';

describe('romanizeHebrewWord on a doubled vav', () => {
  it('reads a doubled vav inside a word as the consonant v (הארוול Hervelle)', () => {
    assert.ok(romanizeHebrewWord('הארוול').some((r) => /rv/.test(r)));
  });

  it('reads a doubled vav first as a consonant (סנוואר Sinwar)', () => {
    assert.match(romanizeHebrewWord('סנוואר')[0] ?? '', /n[vw]/);
  });
});

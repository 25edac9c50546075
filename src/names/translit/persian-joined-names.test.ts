import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';

describe('romanize on Persian given names joined with غلام', () => {
  it('reads غلام as Gholam and splits it from the name it joins (غلامحسین Gholam Hossein)', () => {
    assert.equal(romanize('غلامحسین محسنی اژه‌ای')[0]?.startsWith('gholam hossein '), true);
    assert.equal(romanize('غلامرضا سلیمانی')[0]?.startsWith('gholam reza '), true);
    assert.ok(romanize('غلامعلی رشید').includes('gholamali rashid'));
  });
});
